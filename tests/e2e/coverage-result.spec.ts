import { expect, test } from '@playwright/test';
import { SEED } from '../../mocks/seed/ids';
import { CoverageResultPage } from './pages/CoverageResultPage';

test.describe('Security Coverage Result tab', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
  });

  test('explains placeholders and exports the table and a Navigator layer', async ({ page }) => {
    const result = new CoverageResultPage(page);
    await result.goto(SEED.coverages.placeholders);
    await expect(page.getByText(/^\d+ placeholders?$/)).toBeVisible();
    await expect(result.placeholderButtons.first()).toBeVisible();
    await page.screenshot({
      path: test.info().outputPath('result-placeholders-dark.png'),
      fullPage: true,
    });

    const dialog = await result.openExplanation(/^No result for \[T\d{4}.*why\?$/);
    await expect(
      dialog.getByRole('heading', { name: 'No executable test: a placeholder' }),
    ).toBeVisible();
    await expect(
      dialog.getByText(/placeholder inject instead of an executable test/),
    ).toBeVisible();
    await expect(dialog.getByText(/Atomic Red Team/)).toBeVisible();
    await expect(dialog.getByRole('listitem')).toHaveCount(6);
    await expect(
      dialog.getByRole('button', { name: /^Copy the MITRE ATT&CK ID T\d{4}/ }),
    ).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('result-explanation-dark.png') });
    await dialog.getByRole('button', { name: 'Close' }).click();

    const rows = await result.rowCount();
    const csv = await result.exportCsv();
    expect(csv.filename).toMatch(/^security-coverage-results-.*\.csv$/);
    expect(csv.lines[0]).toMatch(/^Type,Name,MITRE ATT&CK ID,Status,/);
    expect(csv.lines).toHaveLength(rows + 1);
    expect(csv.lines.some((line) => line.includes(',Placeholder,'))).toBe(true);

    const { filename, layer } = await result.exportLayer('Prevention');
    expect(filename).toMatch(/-prevention\.layer\.json$/);
    expect(layer.versions.layer).toBe('4.5');
    expect(layer.domain).toBe('enterprise-attack');
    expect(layer.techniques.some((t) => t.comment.startsWith('Placeholder'))).toBe(true);

    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await page.screenshot({
      path: test.info().outputPath('result-placeholders-light.png'),
      fullPage: true,
    });
  });

  test('keeps search and filters in the URL and opens the Enrichment panel link', async ({
    page,
  }) => {
    const result = new CoverageResultPage(page);
    await result.goto(SEED.coverages.placeholders, '?status=placeholder');
    const count = await result.rows.count();
    expect(count).toBeGreaterThan(0);
    await expect(result.placeholderButtons).toHaveCount(count);
    await page.getByRole('searchbox', { name: 'Search tested entities' }).fill('T1');
    await expect(page).toHaveURL(/search=T1/);
    await page.getByRole('combobox', { name: 'Result' }).selectOption('Covered');
    await expect(page).toHaveURL(/status=covered/);
    await expect(result.placeholderButtons).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(/status=placeholder/);
    await expect(page).toHaveURL(/search=T1/);
    await expect(page.getByRole('searchbox', { name: 'Search tested entities' })).toHaveValue('T1');
    const dialog = await result.openExplanation(/why\?$/);
    await dialog.getByRole('button', { name: 'Open the Enrichment panel' }).click();
    await expect(page).toHaveURL(/panel=enrichment/);
  });

  test('shows manual and two-tenant coverages', async ({ page }) => {
    const result = new CoverageResultPage(page);
    await result.goto(SEED.coverages.manualFull);
    await expect(
      result.table.getByRole('button', { name: /^Edit the scores of / }).first(),
    ).toBeVisible();
    await page.screenshot({
      path: test.info().outputPath('result-manual-dark.png'),
      fullPage: true,
    });
    await result.goto(SEED.coverages.twoTenants);
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await page.screenshot({
      path: test.info().outputPath('result-two-tenants-light.png'),
      fullPage: true,
    });
  });
});

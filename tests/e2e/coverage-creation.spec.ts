import { expect, test } from '@playwright/test';
import { AddCoverageDrawer } from './pages/AddCoverageDrawer';
import { CoverageListPage } from './pages/CoverageListPage';
import { CoveragePage } from './pages/CoveragePage';
import { CoverageResultPage } from './pages/CoverageResultPage';
import { EntityPage } from './pages/EntityPage';
import { tabTo } from './pages/keyboard';

test.describe('creating security coverages', () => {
  test.beforeEach(async ({ page }) => {
    // Every journey starts from the seed: the demo keeps its data in localStorage.
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
  });

  test('creates a manual coverage with Detection 100 from the list, updates it to 80, then deletes it', async ({
    page,
  }, info) => {
    const list = new CoverageListPage(page);
    await list.goto();
    const before = await list.rows.count();
    const drawer = new AddCoverageDrawer(await list.openAddDrawer());
    await drawer.pickEntity('Phishing');
    await drawer.chooseManual();
    const name = await drawer.root.getByRole('textbox', { name: 'Name' }).inputValue();
    await drawer.score('Detection', '100');
    await page.screenshot({ path: info.outputPath('create-manual.png') });
    await drawer.create();
    const row = list.row(name);
    await expect(list.rows.first()).toContainText(name);
    await expect(row.getByRole('img', { name: 'Detection: 100/100' })).toBeVisible();
    await expect(row.getByText('Manual', { exact: true })).toBeVisible();
    expect(await list.rows.count()).toBe(before + 1);

    // "Update" to 80: the page shows it at once, and it is what OpenCTI stored.
    await row.getByRole('link', { name }).first().click();
    const coverage = new CoveragePage(page);
    await expect(coverage.heading).toHaveText(name);
    await expect(coverage.scores.getByRole('img', { name: 'Detection: 100/100' })).toBeVisible();
    await coverage.openUpdate();
    await expect(
      coverage.updateDrawer.getByRole('textbox', { name: 'Detection score' }),
    ).toHaveValue('100');
    await coverage.setScore('Detection', '80');
    await coverage.save();
    await expect(coverage.scores.getByRole('img', { name: 'Detection: 80/100' })).toBeVisible();
    await expect(coverage.scores.getByRole('img', { name: 'Detection: 100/100' })).toHaveCount(0);
    await page.reload();
    await expect(coverage.scores.getByRole('img', { name: 'Detection: 80/100' })).toBeVisible();

    // "Delete", confirmed: back on the list, which no longer has it.
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this Security Coverage?' });
    await expect(confirm).toContainText(`“${name}”`);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(/\/dashboard\/analyses\/security_coverages$/);
    await expect(list.rows.first()).toBeVisible();
    await expect(list.row(name)).toHaveCount(0);
    expect(await list.rows.count()).toBe(before);
  });

  test('creates an automated coverage from a Report page, follows it from provisioning to results, explains its placeholders and exports them', async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    const report = '#StopRansomware: Black Basta (AA24-131A)';
    const entity = new EntityPage(page);
    await entity.gotoFromList('Reports', report);
    const drawer = new AddCoverageDrawer(await entity.openAddDrawer());
    // From an entity page the drawer starts at the mode: the entity is the page's.
    await expect(drawer.root.getByText(`Covering Report: ${report}`)).toBeVisible();
    const automated = drawer.root.getByRole('button', { name: /Automated using Enrichment/ });
    await expect(automated).toBeEnabled();
    await expect(automated).toContainText('Will run on: OpenAEV Coverage');
    await expect(automated).toContainText(
      '12 attack patterns and 3 vulnerabilities will be tested',
    );
    await drawer.chooseAutomated();
    await expect(drawer.root.getByRole('textbox', { name: 'Name' })).toHaveValue(report);
    await expect(drawer.root.getByText('ISO-8601: P1D · every day')).toBeVisible();
    await page.screenshot({ path: info.outputPath('create-automated.png') });
    await drawer.create();

    // The analyst lands on the new coverage.
    await expect(page).toHaveURL(/\/dashboard\/analyses\/security_coverages\/[^/]+\/overview$/);
    await expect(page.getByRole('heading', { level: 1, name: report })).toBeVisible();

    // Back on the report, the coverage replaces the add button and shows OpenAEV at work, then its first result.
    await page.goBack();
    await expect(entity.title(report)).toBeVisible();
    await expect(entity.main.getByRole('button', { name: 'Add Security Coverage' })).toHaveCount(0);
    const coverage = entity.coverageLink(report);
    await expect(coverage).toContainText('No result yet');
    await expect(
      entity.main
        .getByText('Provisioning OpenAEV')
        .or(entity.main.getByText('Waiting for the first simulation')),
    ).toBeVisible();
    await page.screenshot({ path: info.outputPath('entity-provisioning.png') });
    await expect(coverage.getByRole('img', { name: /^Prevention: \d+\/100$/ })).toBeVisible({
      timeout: 30_000,
    });
    await expect(entity.main.getByText('Waiting for the first simulation')).toHaveCount(0);
    await page.screenshot({ path: info.outputPath('entity-covered.png') });

    // The list shows it at the top (newest first), as an automated coverage.
    const list = new CoverageListPage(page);
    await list.nav('Security Coverages').click();
    const first = list.rows.first();
    await expect(first.getByRole('link', { name: report }).first()).toBeVisible();
    await expect(first.getByText('Automated', { exact: true })).toBeVisible();

    // Its Result tab: what OpenAEV tested, with the techniques it could only mark with a placeholder.
    await first.getByRole('link', { name: report }).first().click();
    await page.getByRole('tab', { name: 'Result' }).click();
    const result = new CoverageResultPage(page);
    await expect(result.rows.first()).toBeVisible();
    await expect(page.getByText(/^\d+ placeholders?$/)).toBeVisible();
    const placeholders = await result.placeholderButtons.count();
    expect(placeholders).toBeGreaterThan(0);
    await page.screenshot({ path: info.outputPath('result-new-coverage.png'), fullPage: true });
    const dialog = await result.openExplanation(/^No result for .*: why\?$/);
    await expect(
      dialog.getByRole('heading', { name: 'No executable test: a placeholder' }),
    ).toBeVisible();
    await expect(
      dialog.getByText(/placeholder inject instead of an executable test/),
    ).toBeVisible();
    await expect(dialog.getByRole('listitem').first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    // CSV: one line per row of the table, placeholders said as such.
    const rows = await result.rowCount();
    const csv = await result.exportCsv();
    expect(csv.filename).toMatch(/^security-coverage-results-.*\.csv$/);
    expect(csv.lines[0]).toMatch(/^Type,Name,MITRE ATT&CK ID,Status,/);
    expect(csv.lines).toHaveLength(rows + 1);
    expect(csv.lines.filter((line) => line.includes(',Placeholder,')).length).toBeGreaterThan(0);

    // ATT&CK Navigator: a scored layer of this coverage, placeholders unscored with their comment.
    const { filename, layer } = await result.exportLayer('Prevention');
    expect(filename).toMatch(/-prevention\.layer\.json$/);
    expect(layer.versions.layer).toBe('4.5');
    expect(layer.domain).toBe('enterprise-attack');
    expect(layer.name).toContain(report);
    expect(layer.techniques.length).toBeGreaterThan(0);
    const marked = layer.techniques.filter((t) => t.comment.startsWith('Placeholder'));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((t) => t.score === undefined)).toBe(true);
    expect(
      layer.techniques.some((t) => typeof t.score === 'number' && t.score >= 0 && t.score <= 100),
    ).toBe(true);
  });
});

test.describe('creating a security coverage with the keyboard only', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
  });

  test('picks the entity, the mode and the scores, creates, and finds focus back on the add button', async ({
    page,
  }) => {
    const list = new CoverageListPage(page);
    await list.goto();
    const before = await list.rows.count();
    const add = page.getByRole('button', { name: 'Add Security Coverage' });
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    const root = page.getByRole('dialog', { name: 'Add Security Coverage' });
    await expect(root).toBeVisible();

    // Step 1: focus starts on the step's heading; once the entities are listed, the search field is next.
    await expect(root.getByRole('heading', { name: 'Select entity to cover' })).toBeFocused();
    await expect(root.getByRole('button', { name: /^Cover / }).first()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(root.getByRole('searchbox', { name: 'Search entities' })).toBeFocused();
    await page.keyboard.type('Phishing');
    await page.keyboard.press('Enter');
    const pick = root.getByRole('button', { name: /^Cover Phishing/ }).first();
    await tabTo(page, pick);
    await page.keyboard.press('Enter');

    // Step 2: the mode.
    await expect(root.getByRole('heading', { name: 'Choose how' })).toBeFocused();
    await tabTo(page, root.getByRole('button', { name: /Manual Input/ }));
    await page.keyboard.press('Enter');

    // Step 3: the details; the name is the entity's.
    await expect(root.getByRole('heading', { name: 'Coverage details' })).toBeFocused();
    await page.keyboard.press('Tab');
    const name = root.getByRole('textbox', { name: 'Name' });
    await expect(name).toBeFocused();
    const coverageName = await name.inputValue();
    expect(coverageName).toMatch(/^Phishing/);
    await tabTo(page, root.getByRole('checkbox', { name: 'Detection' }));
    await page.keyboard.press('Space');
    await tabTo(page, root.getByRole('textbox', { name: 'Detection score' }));
    await page.keyboard.type('100');
    await tabTo(page, root.getByRole('button', { name: 'Create' }));
    await page.keyboard.press('Enter');

    await expect(root).toBeHidden();
    await expect(add).toBeFocused();
    const row = list.row(coverageName);
    await expect(row.getByRole('img', { name: 'Detection: 100/100' })).toBeVisible();
    await expect(row.getByText('Manual', { exact: true })).toBeVisible();
    expect(await list.rows.count()).toBe(before + 1);
  });
});

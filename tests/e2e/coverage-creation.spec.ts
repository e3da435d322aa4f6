import { expect, test } from '@playwright/test';
import { AddCoverageDrawer } from './pages/AddCoverageDrawer';
import { CoverageListPage } from './pages/CoverageListPage';
import { EntityPage } from './pages/EntityPage';

test.describe('creating security coverages', () => {
  test.beforeEach(async ({ page }) => {
    // Every journey starts from the seed: the demo keeps its data in localStorage.
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
  });

  test('creates a manual coverage with Detection 100 from the list', async ({ page }) => {
    const list = new CoverageListPage(page);
    await list.goto();
    const before = await list.rows.count();
    const drawer = new AddCoverageDrawer(await list.openAddDrawer());
    await drawer.pickEntity('Phishing');
    await drawer.chooseManual();
    const name = await drawer.root.getByRole('textbox', { name: 'Name' }).inputValue();
    await drawer.score('Detection', '100');
    await page.screenshot({ path: 'test-results/screenshots/create-manual.png' });
    await drawer.create();
    const first = list.rows.first();
    await expect(first.getByRole('link', { name }).first()).toBeVisible();
    await expect(first.getByRole('img', { name: 'Detection: 100/100' })).toBeVisible();
    await expect(first.getByText('Manual')).toBeVisible();
    expect(await list.rows.count()).toBe(before + 1);
  });

  test('creates an automated coverage from a Report page and sees it provisioning', async ({
    page,
  }) => {
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
    await page.screenshot({ path: 'test-results/screenshots/create-automated.png' });
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
    await page.screenshot({ path: 'test-results/screenshots/entity-provisioning.png' });
    await expect(coverage.getByRole('img', { name: /^Prevention: \d+\/100$/ })).toBeVisible({
      timeout: 30_000,
    });
    await expect(entity.main.getByText('Waiting for the first simulation')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screenshots/entity-covered.png' });

    // The list shows it at the top (newest first), as an automated coverage.
    const list = new CoverageListPage(page);
    await list.nav('Security Coverages').click();
    const first = list.rows.first();
    await expect(first.getByRole('link', { name: report }).first()).toBeVisible();
    await expect(first.getByText('Automated')).toBeVisible();
  });
});

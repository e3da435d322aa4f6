import { expect, test } from '@playwright/test';
import { SEED } from '../../mocks/seed/ids';
import { CoverageOverviewPage } from './pages/CoverageOverviewPage';

test.describe('security coverage overview', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
  });

  test('shows a coverage with placeholders: gauges, counts, a marked matrix and a way to its results', async ({
    page,
  }) => {
    const overview = new CoverageOverviewPage(page);
    await overview.goto(SEED.coverages.placeholders);
    const scores = overview.card('Coverage');
    await expect(scores.getByRole('img', { name: /^Prevention: \d+\/100$/ })).toBeVisible();
    await expect(scores.getByRole('img', { name: /^Detection: \d+\/100$/ })).toBeVisible();
    await expect(overview.card('Last result and schedule').getByText('Fresh')).toBeVisible();
    const tested = overview.card('Tested entities');
    await expect(tested.getByRole('row', { name: /Attack Pattern/ })).toBeVisible();
    await expect(tested.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(overview.cells('placeholder').first()).toBeVisible();
    expect(await overview.cells('placeholder').count()).toBeGreaterThan(0);
    await overview.screenshot('overview-placeholders-dark');

    const first = overview.cells().first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const focused = page.locator(':focus');
    const label = (await focused.getAttribute('aria-label')) ?? '';
    const mitreId = /^(T\d+(?:\.\d+)?) /.exec(label)?.[1];
    expect(mitreId).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/result\\?search=${mitreId?.replace('.', '\\.')}$`));
  });

  for (const [key, id] of Object.entries({
    fresh: SEED.coverages.fresh,
    outdated: SEED.coverages.outdated,
    provisioning: SEED.coverages.provisioning,
    manual: SEED.coverages.manualFull,
    twoTenants: SEED.coverages.twoTenants,
  })) {
    test(`renders the ${key} coverage in both themes`, async ({ page }) => {
      const overview = new CoverageOverviewPage(page);
      await overview.goto(id);
      await expect(overview.card('Details')).toBeVisible();
      await overview.screenshot(`overview-${key}-dark`);
      await overview.useLightTheme();
      await overview.screenshot(`overview-${key}-light`);
    });
  }
});

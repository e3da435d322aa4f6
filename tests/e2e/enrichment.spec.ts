import { expect, test } from '@playwright/test';
import { SEED } from '../../mocks/seed/ids';
import { CoveragePage } from './pages/CoveragePage';
import { EnrichmentPanel } from './pages/EnrichmentPanel';

test.describe('enrichment', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
  });

  test('a failed enrichment, "Retry", the work completes and results reach the Overview and the Result tab', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const coverage = new CoveragePage(page);
    await coverage.goto(SEED.coverages.failed);
    await expect(page.getByText('No result yet').first()).toBeVisible();
    const panel = new EnrichmentPanel(page);
    await panel.open();
    await expect(panel.latestWork()).toHaveAccessibleName(/^Failed/);
    await expect(panel.connector()).toContainText('An unexpected server error occurred');
    await page.screenshot({ path: test.info().outputPath('enrichment-failed.png') });
    await panel.retry();
    await expect(
      panel.root.getByText('OpenAEV was asked to assess the coverage again.'),
    ).toBeVisible();
    await expect(panel.latestWork()).toHaveAccessibleName(/^(Waiting|In progress)/);
    await expect(panel.latestWork()).toHaveAccessibleName(/^Complete/, { timeout: 20_000 });
    await expect(panel.connector()).toContainText('Coverage successfully created or updated');
    await page.screenshot({ path: test.info().outputPath('enrichment-complete.png') });
    await panel.close();
    // The first simulation follows within seconds in the demo; the page polls and shows it without a reload.
    await expect(coverage.scores.getByRole('img', { name: /^Prevention: \d+\/100$/ })).toBeVisible({
      timeout: 40_000,
    });
    await expect(page.getByRole('img', { name: /^Prevention: \d+\/100$/ }).nth(1)).toBeVisible();
    await page.getByRole('tab', { name: 'Result' }).click();
    const table = page.getByRole('table').first();
    await expect(table.getByRole('row').nth(1)).toBeVisible();
  });
});

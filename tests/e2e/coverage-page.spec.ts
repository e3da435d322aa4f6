import { expect, test, type Page } from '@playwright/test';
import { SEED } from '../../mocks/seed/ids';
import { CoverageListPage } from './pages/CoverageListPage';
import { CoveragePage } from './pages/CoveragePage';

async function useTheme(page: Page, theme: 'dark' | 'light') {
  await page.evaluate((mode) => localStorage.setItem('sc-theme', mode), theme);
}

test.describe('the Security Coverage page', () => {
  test.beforeEach(async ({ page }) => {
    // Every journey starts from the seed: the demo keeps its data in localStorage.
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
  });

  test('sets Detection to 100 with Update and sees 100 on the header gauge', async ({ page }) => {
    const coverage = new CoveragePage(page);
    await coverage.goto(SEED.coverages.manualDetection);
    await expect(page.getByText('Manual', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /OpenAEV/ })).toHaveCount(0);
    await coverage.openUpdate();
    await coverage.setScore('Detection', '100');
    await page.screenshot({ path: test.info().outputPath('page-update-manual.png') });
    await coverage.save();
    await expect(coverage.scores.getByRole('img', { name: 'Detection: 100/100' })).toBeVisible();
    const name = await coverage.heading.innerText();
    await page.getByRole('link', { name: 'Security Coverages' }).last().click();
    const list = new CoverageListPage(page);
    await expect(list.row(name).getByRole('img', { name: 'Detection: 100/100' })).toBeVisible();
    await page.goBack();
    await page.reload();
    await expect(coverage.scores.getByRole('img', { name: 'Detection: 100/100' })).toBeVisible();
  });

  test('lets the analyst choose between two OpenAEV instances', async ({ page }) => {
    const coverage = new CoveragePage(page);
    await coverage.goto(SEED.coverages.twoTenants);
    await page.getByRole('button', { name: 'Open OpenAEV' }).click();
    const menu = page.getByRole('menu', { name: 'Choose the OpenAEV instance' });
    await expect(menu.getByRole('menuitem')).toHaveCount(2);
    for (const item of await menu.getByRole('menuitem').all()) {
      await expect(item).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(item).toHaveAttribute('target', '_blank');
    }
    await page.screenshot({ path: test.info().outputPath('page-two-tenants-dark.png') });
  });

  test('shows Provisioning only while OpenAEV provisions, then the link', async ({ page }) => {
    const coverage = new CoveragePage(page);
    await coverage.goto(SEED.coverages.provisioning);
    await page.screenshot({ path: test.info().outputPath('page-provisioning.png') });
    await expect(page.getByRole('link', { name: 'Open OpenAEV (opens in a new tab)' })).toBeVisible(
      {
        timeout: 30_000,
      },
    );
    await expect(page.getByRole('button', { name: /Provisioning/ })).toHaveCount(0);
    // The first simulation follows a few seconds later: its scores appear without a reload.
    await expect(coverage.scores).toBeVisible({ timeout: 45_000 });
    await page.screenshot({ path: test.info().outputPath('page-provisioned.png') });
  });

  for (const theme of ['dark', 'light'] as const) {
    test(`looks right in the ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      const coverage = new CoveragePage(page);
      for (const [key, id] of [
        ['manual', SEED.coverages.manualFull],
        ['automated', SEED.coverages.fresh],
        ['two-tenants', SEED.coverages.twoTenants],
      ] as const) {
        await coverage.goto(id);
        await page.screenshot({ path: test.info().outputPath(`page-${key}-${theme}.png`) });
      }
      await coverage.openUpdate();
      await page.screenshot({ path: test.info().outputPath(`page-update-automated-${theme}.png`) });
    });
  }
});

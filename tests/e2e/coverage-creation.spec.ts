import { expect, test } from '@playwright/test';
import { AddCoverageDrawer } from './pages/AddCoverageDrawer';
import { CoverageListPage } from './pages/CoverageListPage';

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
});

import { expect, test } from '@playwright/test';
import { CoverageListPage } from './pages/CoverageListPage';

test.describe('demo shell', () => {
  test('opens on the Security Coverages list with seeded data from the in-browser OpenCTI', async ({
    page,
  }) => {
    const list = new CoverageListPage(page);
    await list.open('/');
    await expect(page).toHaveURL(/\/dashboard\/analyses\/security_coverages$/);
    await expect(page.getByText('Demo', { exact: true })).toBeVisible();
    await expect(list.user).toContainText(/\S/);
    await expect(list.rows.first()).toBeVisible();
    expect(await list.rows.count()).toBeGreaterThanOrEqual(8);
    for (const name of [
      'Reports',
      'Groupings',
      'Campaigns',
      'Intrusion Sets',
      'Incidents',
      'Incident Responses',
    ]) {
      await expect(list.nav(name)).toBeVisible();
    }
    await page.screenshot({ path: test.info().outputPath('list-dark.png'), fullPage: true });
  });

  test('fits every column of the list on a 1440 px wide screen, with long texts cut and in a tooltip', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const list = new CoverageListPage(page);
    await list.goto();
    await expect(list.rows.first()).toBeVisible();
    const container = list.table.locator('xpath=..');
    const { scrollWidth, clientWidth } = await container.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    for (const column of ['Markings', 'Author', 'Created']) {
      await expect(list.table.getByRole('columnheader', { name: column })).toBeInViewport({
        ratio: 1,
      });
    }
    // A label too long for its chip is cut with an ellipsis and keeps its whole text in the title.
    const chip = list.row('FIN7').getByTitle('financially-motivated');
    await expect(chip).toBeVisible();
    expect(
      await chip.evaluate((element) => {
        const text = element.firstElementChild;
        return text !== null && text.scrollWidth > text.clientWidth;
      }),
    ).toBe(true);
  });

  test('shows a real 404 for unknown pages', async ({ page }) => {
    const list = new CoverageListPage(page);
    await list.open('/dashboard/no/such/page');
    await expect(
      page.getByRole('heading', { name: 'Page not found' }).or(page.getByText('Page not found')),
    ).toBeVisible();
  });

  test('remembers the light theme across a reload', async ({ page }) => {
    const list = new CoverageListPage(page);
    await list.goto();
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
  });
});

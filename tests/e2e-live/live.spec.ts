import { expect, test, type Page } from '@playwright/test';
import { startMockHttpServer } from '../../mocks/server/http';
import { LIVE_TOKENS } from '../../playwright.live.config';
import { ConnectionPage } from './ConnectionPage';

const rows = (page: Page) =>
  page
    .getByRole('table', { name: 'Security Coverages' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

test.describe('live mode against an OpenCTI over HTTP', () => {
  test('without a token, OpenCTI refuses and the console leads to a clear sign-in', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Sign in to OpenCTI' }).click();
    const connection = new ConnectionPage(page);
    await connection.fill('not-the-token');
    await connection.test();
    await expect(page.getByRole('alert')).toContainText('OpenCTI refused the token');
  });

  test('signs in through the same-origin proxy and lists the coverages; the token is not kept', async ({
    page,
  }) => {
    const connection = new ConnectionPage(page);
    await connection.goto();
    await connection.fill(LIVE_TOKENS.admin);
    await connection.test();
    await expect(page.getByText(/^Connected to OpenCTI .* as /)).toBeVisible();
    await connection.connect();
    await expect(rows(page).first()).toBeVisible();
    expect(await rows(page).count()).toBeGreaterThanOrEqual(8);
    await expect(page.getByText(/^Live/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add Security Coverage' })).toBeVisible();
    expect(page.url()).not.toContain(LIVE_TOKENS.admin);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(
      LIVE_TOKENS.admin,
    );
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Connect to OpenCTI' })).toBeVisible();
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(
      LIVE_TOKENS.admin,
    );
  });

  test('a read-only user sees no write controls', async ({ page }) => {
    const connection = new ConnectionPage(page);
    await connection.goto();
    await connection.fill(LIVE_TOKENS.readonly);
    await connection.test();
    await expect(page.getByText(/Read-only: this user lacks/)).toBeVisible();
    await connection.connect();
    await expect(rows(page).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add Security Coverage' })).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  });

  test('the server going down mid-session shows what failed, and Retry recovers', async ({
    page,
  }) => {
    const port = Number(process.env.E2E_MOCK_PORT2 ?? 4011);
    let server = await startMockHttpServer({ port, token: LIVE_TOKENS.admin });
    try {
      const connection = new ConnectionPage(page);
      await connection.goto();
      await connection.fill(LIVE_TOKENS.admin, server.url);
      await connection.connect();
      await expect(page.getByText(`Live · 127.0.0.1:${port}`)).toBeVisible();
      await server.close();
      await page.getByRole('link', { name: 'Reports' }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('could not be reached');
      server = await startMockHttpServer({ port, token: LIVE_TOKENS.admin });
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
    } finally {
      await server.close().catch(() => undefined);
    }
  });
});

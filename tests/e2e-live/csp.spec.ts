import { expect, test, type Page } from '@playwright/test';
import { SEED } from '../../mocks/seed/ids';
import { LIVE_TOKENS } from '../../playwright.live.config';
import { ConnectionPage } from './ConnectionPage';

/** The violations the page reported through `securitypolicyviolation` events since it loaded. */
const reported = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

test('the live build runs under a strict Content-Security-Policy with no violation', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  // The Connection page, served with the policy: scripts from the app's origin only, no eval.
  const response = await page.goto('/dashboard/connection');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  const connection = new ConnectionPage(page);
  await expect(page.getByRole('heading', { name: 'Connect to OpenCTI' })).toBeVisible();
  await connection.fill(LIVE_TOKENS.admin);
  await connection.test();
  await expect(page.getByText(/^Connected to OpenCTI .* as /)).toBeVisible();
  expect(await reported(page)).toEqual([]);

  // The list, over the same-origin GraphQL proxy.
  await connection.connect();
  const table = page.getByRole('table', { name: 'Security Coverages' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await reported(page)).toEqual([]);

  // A coverage: its Overview (charts, matrix) and its Result tab.
  await table
    .getByRole('link', { name: /^PRC State-Sponsored Actors/ })
    .first()
    .click();
  await expect(page).toHaveURL(
    new RegExp(`/security_coverages/${SEED.coverages.placeholders}/overview$`),
  );
  await expect(page.getByRole('region', { name: 'ATT&CK matrix' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await reported(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Result' }).click();
  await expect(
    page.getByRole('table', { name: 'Coverage results' }).getByRole('row').nth(1),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await reported(page)).toEqual([]);

  // Back to the Connection page, loaded anew.
  const again = await page.goto('/dashboard/connection');
  expect(again?.headers()['content-security-policy']).toBe(policy);
  await expect(page.getByRole('heading', { name: 'Connect to OpenCTI' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await reported(page)).toEqual([]);
  expect(violations).toEqual([]);
});

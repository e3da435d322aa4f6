import { expect, test } from '@playwright/test';
import { SEED } from '../../mocks/seed/ids';

const coverage = (id: string, tab: string) => `/dashboard/analyses/security_coverages/${id}/${tab}`;

test('the demo runs under a strict Content-Security-Policy with no violation', async ({ page }) => {
  test.setTimeout(90_000);
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
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  for (const path of [
    coverage(SEED.coverages.placeholders, 'overview'),
    coverage(SEED.coverages.placeholders, 'result'),
    `/dashboard/analyses/reports/${SEED.reports.voltTyphoonAdvisory}`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(
      await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
    ).toEqual([]);
  }
  await page.goto('/dashboard/analyses/security_coverages');
  await page.getByRole('button', { name: 'Add Security Coverage' }).click();
  await expect(page.getByRole('dialog', { name: 'Add Security Coverage' })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
  ).toEqual([]);
  expect(violations).toEqual([]);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SEED } from '../../mocks/seed/ids';

/** axe-core on every page and every open drawer and dialog: no serious or critical violation. */
async function serious(page: Page, include?: string) {
  // Drawers and dialogs fade and slide in: measure colours once every transition has ended.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`)
          .slice(0, 3)
          .join(' | ')}`,
    );
}

const coverage = (id: string, tab = 'overview') =>
  `/dashboard/analyses/security_coverages/${id}/${tab}`;

const PAGES: [string, string][] = [
  ['the Security Coverages list', '/dashboard/analyses/security_coverages'],
  ['a coverage Overview with placeholders', coverage(SEED.coverages.placeholders)],
  ['a coverage Result tab', coverage(SEED.coverages.placeholders, 'result')],
  ['a manual coverage', coverage(SEED.coverages.manualFull)],
  ['a provisioning coverage', coverage(SEED.coverages.provisioning)],
  ['the Reports list', '/dashboard/analyses/reports'],
  ['a Report page', `/dashboard/analyses/reports/${SEED.reports.voltTyphoonAdvisory}`],
  ['an Intrusion Set page', `/dashboard/threats/intrusion_sets/${SEED.intrusionSets.apt29}`],
  ['the Connection page', '/dashboard/connection'],
  ['the 404 page', '/dashboard/nothing/here'],
];

test.describe('accessibility (axe-core)', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
  });

  for (const theme of ['dark', 'light'] as const) {
    for (const [name, path] of PAGES) {
      test(`${name} (${theme})`, async ({ page }) => {
        if (theme === 'light') await page.evaluate(() => localStorage.setItem('sc-theme', 'light'));
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        expect(await serious(page)).toEqual([]);
      });
    }
  }

  test('the open drawers and dialogs', async ({ page }) => {
    await page.goto('/dashboard/analyses/security_coverages');
    await page.getByRole('button', { name: 'Add Security Coverage' }).click();
    await expect(page.getByRole('dialog', { name: 'Add Security Coverage' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await serious(page), 'entity picker').toEqual([]);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Phishing/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Manual Input' }).click();
    expect(await serious(page), 'manual form').toEqual([]);

    await page.goto(coverage(SEED.coverages.fresh));
    await page.getByRole('button', { name: 'Enrichment', exact: true }).click();
    await expect(
      page.getByRole('dialog', { name: 'Enrichment' }).getByRole('region').first(),
    ).toBeVisible();
    expect(await serious(page), 'enrichment panel').toEqual([]);

    await page.goto(coverage(SEED.coverages.manualFull));
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Update Security Coverage' })).toBeVisible();
    expect(await serious(page), 'update drawer').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await serious(page), 'delete dialog').toEqual([]);
  });
});

import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { SEED } from '../../mocks/seed/ids';
import { CoverageListPage } from './pages/CoverageListPage';
import { CoveragePage } from './pages/CoveragePage';
import { EnrichmentPanel } from './pages/EnrichmentPanel';

/**
 * A screenshot of every page (full page), open drawer and panel, in both themes, at 1440 × 900. The images are test
 * artifacts (in this test's folder under test-results/, which git ignores), not committed: look at them after a
 * visual change.
 */
const VIEWPORT = { width: 1440, height: 900 };
test.use({ viewport: VIEWPORT });

const coverage = (id: string, tab = 'overview') =>
  `/dashboard/analyses/security_coverages/${id}/${tab}`;

const PAGES: [string, string][] = [
  ['list', '/dashboard/analyses/security_coverages'],
  ['reports', '/dashboard/analyses/reports'],
  ['report', `/dashboard/analyses/reports/${SEED.reports.voltTyphoonAdvisory}`],
  ['groupings', '/dashboard/analyses/groupings'],
  ['grouping', `/dashboard/analyses/groupings/${SEED.groupings.edgeZeroDays}`],
  ['campaigns', '/dashboard/threats/campaigns'],
  ['campaign', `/dashboard/threats/campaigns/${SEED.campaigns.solarWinds}`],
  ['intrusion-sets', '/dashboard/threats/intrusion_sets'],
  ['intrusion-set', `/dashboard/threats/intrusion_sets/${SEED.intrusionSets.apt29}`],
  ['incidents', '/dashboard/events/incidents'],
  ['incident', `/dashboard/events/incidents/${SEED.incidents.ivantiAppliance}`],
  ['incident-responses', '/dashboard/cases/incidents'],
  ['incident-response', `/dashboard/cases/incidents/${SEED.caseIncidents.akira}`],
  ['overview', coverage(SEED.coverages.placeholders)],
  ['overview-manual', coverage(SEED.coverages.manualFull)],
  ['result', coverage(SEED.coverages.placeholders, 'result')],
  ['connection', '/dashboard/connection'],
  ['not-found', '/dashboard/nothing/here'],
];

/** Waits until the page (or its open drawer) has loaded its data and every transition has ended. */
async function settle(page: Page) {
  await expect(
    page
      .getByRole('dialog')
      .or(page.getByRole('heading', { level: 1 }))
      .first(),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

/**
 * A page is taken whole, in a window as tall as the page (so the navigation, fixed to the window, runs along all of
 * it); an open drawer is taken as the screen shows it.
 */
async function shoot(page: Page, info: TestInfo, name: string, wholePage = true) {
  await settle(page);
  const path = info.outputPath(`${name}.png`);
  if (!wholePage) {
    await page.screenshot({ path });
    return;
  }
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(height, VIEWPORT.height) });
  await settle(page);
  await page.screenshot({ path });
  await page.setViewportSize(VIEWPORT);
}

test.describe('screenshots', () => {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${theme} theme`, () => {
      test.beforeEach(async ({ page }) => {
        await page.goto('/');
        await page.evaluate((mode) => {
          localStorage.clear();
          localStorage.setItem('sc-theme', mode);
        }, theme);
      });

      test('every page', async ({ page }, info) => {
        test.setTimeout(120_000);
        for (const [name, path] of PAGES) {
          await page.goto(path);
          await shoot(page, info, `${name}-${theme}`);
        }
        // The theme asked for is the one shown.
        await expect(
          page.getByRole('button', {
            name: theme === 'light' ? 'Switch to dark theme' : 'Switch to light theme',
          }),
        ).toBeVisible();
      });

      test('drawers and panels', async ({ page }, info) => {
        const list = new CoverageListPage(page);
        await list.goto();
        await list.openAddDrawer();
        await shoot(page, info, `creation-drawer-${theme}`, false);

        const enriched = new CoveragePage(page);
        await enriched.goto(SEED.coverages.fresh);
        const panel = new EnrichmentPanel(page);
        await panel.open();
        await expect(panel.latestWork()).toBeVisible();
        await shoot(page, info, `enrichment-panel-${theme}`, false);

        await enriched.goto(SEED.coverages.manualFull);
        await enriched.openUpdate();
        await shoot(page, info, `update-drawer-${theme}`, false);
      });
    });
  }
});

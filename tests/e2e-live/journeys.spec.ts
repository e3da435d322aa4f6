import { expect, test, type Page } from '@playwright/test';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/server/http';
import { SEED } from '../../mocks/seed/ids';
import { LIVE_TOKENS } from '../../playwright.live.config';
import { AddCoverageDrawer } from '../e2e/pages/AddCoverageDrawer';
import { EnrichmentPanel } from '../e2e/pages/EnrichmentPanel';
import { ConnectionPage } from './ConnectionPage';

const rows = (page: Page) =>
  page
    .getByRole('table', { name: 'Security Coverages' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

/*
 * Each journey runs against both generations of OpenCTI's Security Coverage API (G2: results; G1: scores and
 * has-covered on the coverage itself), each time on its own OpenCTI (fresh seed, real clock) reached by URL across
 * origins. The console probes the server and must behave the same.
 */
for (const shape of ['g2', 'g1'] as const) {
  test.describe(`live journeys against an OpenCTI over HTTP (${shape})`, () => {
    let server: MockHttpServer;
    test.beforeEach(async ({ page }, info) => {
      const port = Number(process.env.E2E_MOCK_PORT3 ?? 4012) + info.workerIndex * 10 + info.retry;
      server = await startMockHttpServer({ port, token: LIVE_TOKENS.admin, shape });
      const connection = new ConnectionPage(page);
      await connection.goto();
      await connection.fill(LIVE_TOKENS.admin, server.url);
      await connection.connect();
    });
    test.afterEach(async () => {
      await server.close();
    });

    test('creates a manual coverage from the list', async ({ page }) => {
      await page.getByRole('button', { name: 'Add Security Coverage' }).click();
      const drawer = new AddCoverageDrawer(
        page.getByRole('dialog', { name: 'Add Security Coverage' }),
      );
      await drawer.pickEntity('Phishing');
      await drawer.chooseManual();
      await drawer.score('Detection', '100');
      await drawer.create();
      await expect(
        rows(page).first().getByRole('img', { name: 'Detection: 100/100' }),
      ).toBeVisible();
      await expect(rows(page).first().getByText('Manual')).toBeVisible();
    });

    test('creates an automated coverage from a Report page and sees it provisioning', async ({
      page,
    }) => {
      await page.goto(`/dashboard/analyses/reports/${SEED.reports.blackBastaAdvisory}`);
      await page.getByRole('button', { name: 'Add Security Coverage' }).click();
      const drawer = new AddCoverageDrawer(
        page.getByRole('dialog', { name: 'Add Security Coverage' }),
      );
      await drawer.chooseAutomated();
      await drawer.create();
      await expect(page).toHaveURL(/\/dashboard\/analyses\/security_coverages\/[^/]+\/overview$/);
      await expect(page.getByRole('button', { name: 'Provisioning OpenAEV…' })).toBeVisible();
    });

    test('reads the Result tab and the explanation of a placeholder', async ({ page }) => {
      await page.goto(
        `/dashboard/analyses/security_coverages/${SEED.coverages.placeholders}/result`,
      );
      const table = page.getByRole('table').first();
      await expect(table.getByRole('row').nth(1)).toBeVisible();
      await table
        .getByRole('button', { name: /^No result for .*: why\?$/ })
        .first()
        .click();
      await expect(page.getByText(/Default Asset Rules/).first()).toBeVisible();
    });

    test('retries a failed enrichment and sees the new work complete', async ({ page }) => {
      await page.goto(`/dashboard/analyses/security_coverages/${SEED.coverages.failed}/overview`);
      const panel = new EnrichmentPanel(page);
      await panel.open();
      await expect(panel.latestWork()).toHaveAccessibleName(/^Failed/);
      await panel.retry();
      await expect(panel.latestWork()).toHaveAccessibleName(/^(Waiting|In progress)/);
      await expect(panel.latestWork()).toHaveAccessibleName(/^Complete/, { timeout: 30_000 });
    });
  });
}

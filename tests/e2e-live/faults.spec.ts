import { expect, test, type APIRequestContext } from '@playwright/test';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/server/http';
import type { HttpFault } from '../../mocks/server/faults';
import { SEED } from '../../mocks/seed/ids';
import { LIVE_TOKENS } from '../../playwright.live.config';
import { AddCoverageDrawer } from '../e2e/pages/AddCoverageDrawer';
import { ConnectionPage } from './ConnectionPage';

/**
 * The production build against an OpenCTI over HTTP that is told, through its admin endpoint (`/__faults`), to
 * fail: HTTP 500, a slow answer, a GraphQL error. Each test gets its own server (fresh seed), reached by URL.
 */
let server: MockHttpServer;

test.beforeEach(async ({ page }) => {
  server = await startMockHttpServer({
    port: Number(process.env.E2E_MOCK_PORT2 ?? 4011),
    token: LIVE_TOKENS.admin,
  });
  const connection = new ConnectionPage(page);
  await connection.goto();
  await connection.fill(LIVE_TOKENS.admin, server.url);
  await connection.connect();
});

test.afterEach(async () => {
  await server.close();
});

/** Tells the server to inject a fault, as an operator would with curl. */
async function inject(request: APIRequestContext, fault: HttpFault) {
  const response = await request.post(`${server.url}/__faults`, {
    headers: { Authorization: `Bearer ${LIVE_TOKENS.admin}` },
    data: fault,
  });
  expect(response.status()).toBe(200);
}

const REPORT = `/dashboard/analyses/reports/${SEED.reports.blackBastaAdvisory}`;
const REPORT_NAME = '#StopRansomware: Black Basta (AA24-131A)';

test.describe('live mode when OpenCTI fails', () => {
  test('HTTP 500 on a page says what happened, and Retry shows the page', async ({
    page,
    request,
  }) => {
    await inject(request, { kind: 'http500', count: 1, operations: ['EntityListRouteQuery'] });
    await page.getByRole('link', { name: 'Reports' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('answered with an error (HTTP 500)');
    // The shell stays around the message.
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: REPORT_NAME })).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test('a 5 s answer shows that the page is loading, then the page', async ({ page, request }) => {
    await inject(request, {
      kind: 'delay',
      delayMs: 5_000,
      count: 1,
      operations: ['EntityRouteQuery'],
    });
    const started = Date.now();
    await page.goto(REPORT);
    const loading = page.getByRole('progressbar', { name: 'Loading the entity' });
    await expect(loading).toBeVisible();
    await page.waitForTimeout(2_500);
    await expect(loading).toBeVisible();
    await expect(page.getByRole('heading', { name: REPORT_NAME, level: 1 })).toBeVisible({
      timeout: 15_000,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(5_000);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a GraphQL error on create says why and keeps every input; Create again creates it once', async ({
    page,
    request,
  }) => {
    await page.getByRole('button', { name: 'Add Security Coverage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add Security Coverage' });
    const drawer = new AddCoverageDrawer(dialog);
    await drawer.pickEntity('Phishing');
    await drawer.chooseManual();
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await name.fill('Phishing triage — tabletop');
    await drawer.score('Detection', '64');
    await inject(request, {
      kind: 'graphqlErrors',
      count: 1,
      operations: ['AddSecurityCoverageMutation'],
      message: 'Elasticsearch cluster is unavailable',
    });
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'The coverage was not created: OpenCTI reported an error: Elasticsearch cluster is unavailable',
    );
    await expect(name).toHaveValue('Phishing triage — tabletop');
    await expect(dialog.getByRole('checkbox', { name: 'Detection' })).toBeChecked();
    await expect(dialog.getByRole('textbox', { name: 'Detection score' })).toHaveValue('64');
    await drawer.create();
    const created = page.getByRole('link', { name: 'Phishing triage — tabletop' });
    await expect(created).toHaveCount(1);
    await expect(
      page
        .getByRole('row')
        .filter({ has: created })
        .getByRole('img', { name: 'Detection: 64/100' }),
    ).toBeVisible();
  });
});

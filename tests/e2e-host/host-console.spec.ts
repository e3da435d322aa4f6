import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED } from '../../mocks/seed/ids';
import { HOST_OPENCTI } from '../../playwright.host.config';
import { AddCoverageDrawer } from '../e2e/pages/AddCoverageDrawer';

/** The host theme's primary colour (#6a1b9a in examples/host-console/src/theme.ts); the library's own is blue. */
const HOST_PRIMARY = 'rgb(106, 27, 154)';
const BASE = '/cti/coverage';
const LIST = `${BASE}/analyses/security_coverages`;

/** The mock OpenCTI, asked directly (not through the host) with the token the host's proxy uses. */
async function opencti<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post(`${HOST_OPENCTI.url}/graphql`, {
    headers: { Authorization: `Bearer ${HOST_OPENCTI.token}` },
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  const payload = (await response.json()) as { data: T; errors?: unknown[] };
  expect(payload.errors).toBeUndefined();
  return payload.data;
}

interface ReportCoverage {
  report: {
    securityCoverage: { id: string; name: string; auto_enrichment_disable: boolean } | null;
  };
}
const reportCoverage = (request: APIRequestContext, id: string) =>
  opencti<ReportCoverage>(
    request,
    'query ($id: String!) { report(id: $id) { securityCoverage { id name auto_enrichment_disable } } }',
    { id },
  ).then((data) => data.report.securityCoverage);

const hostNav = (page: Page) => page.getByRole('navigation', { name: 'CTI console' });

test.describe('the example host console, built against dist-lib', () => {
  test('shows the coverage pages under its base path, inside its navigation and in its theme', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/cti\/reports$/);
    await hostNav(page).getByRole('link', { name: 'Security coverages' }).click();

    await expect(page).toHaveURL(new RegExp(`${LIST}$`));
    await expect(page.getByRole('heading', { name: 'Security Coverages', level: 1 })).toBeVisible();
    await expect(hostNav(page)).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCSS('background-color', HOST_PRIMARY);
    // The library's own control is drawn with the host's theme, not the console's.
    await expect(page.getByRole('button', { name: 'Add Security Coverage' })).toHaveCSS(
      'background-color',
      HOST_PRIMARY,
    );

    const table = page.getByRole('table', { name: 'Security Coverages' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    const hrefs = await table
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(1);
    expect(hrefs.filter((href) => !href.startsWith(`${BASE}/`))).toEqual([]);
    expect(hrefs).toContain(`${LIST}/${SEED.coverages.fresh}`);

    // A coverage opens under the base path, still inside the host.
    await table.locator(`a[href="${LIST}/${SEED.coverages.fresh}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${LIST}/${SEED.coverages.fresh}/overview$`));
    await expect(page.getByRole('heading', { name: 'FIN7', level: 1 })).toBeVisible();
    await page.getByRole('tab', { name: 'Result' }).click();
    await expect(page).toHaveURL(new RegExp(`${LIST}/${SEED.coverages.fresh}/result$`));
    await expect(hostNav(page)).toBeVisible();

    // The link to a covered Report lands on the host's own Report page, with the library's Result table.
    await hostNav(page).getByRole('link', { name: 'Security coverages' }).click();
    const report = SEED.reports.voltTyphoonAdvisory;
    await table.locator(`a[href="${BASE}/analyses/reports/${report}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/cti/reports/${report}$`));
    await expect(page.getByRole('heading', { name: /AA24-038A/, level: 1 })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Coverage results' }).getByRole('table').first(),
    ).toBeVisible();
  });

  test.describe('creation from the host’s Report page', () => {
    const report = SEED.reports.midnightBlizzardGuidance;
    const name = 'Midnight Blizzard guidance, checked from the CTI console';

    // The mock outlives a retry: start from an uncovered report each time.
    test.beforeEach(async ({ request }) => {
      const existing = await reportCoverage(request, report);
      if (existing) {
        await opencti(request, 'mutation ($id: ID!) { securityCoverageDelete(id: $id) }', {
          id: existing.id,
        });
      }
    });

    test('the button opens the drawer and creates a coverage that the list and OpenCTI then hold', async ({
      page,
      request,
    }) => {
      await page.goto(`/cti/reports/${report}`);
      await expect(
        page.getByRole('heading', { name: /^Midnight Blizzard/, level: 1 }),
      ).toBeVisible();
      await expect(page.getByText('Security coverage: none yet')).toBeVisible();
      const button = page.getByRole('button', { name: 'Add Security Coverage' });
      await expect(button).toHaveCSS('background-color', HOST_PRIMARY);
      await button.click();

      const drawer = new AddCoverageDrawer(
        page.getByRole('dialog', { name: 'Add Security Coverage' }),
      );
      await drawer.chooseManual();
      await drawer.root.getByRole('textbox', { name: 'Name' }).fill(name);
      await drawer.score('Detection', '80');
      await drawer.create();

      // The host's onCreated opens the new coverage under its base path.
      await expect(page).toHaveURL(new RegExp(`${LIST}/[^/]+/overview$`));
      await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
      const id = /security_coverages\/([^/]+)\/overview$/.exec(new URL(page.url()).pathname)?.[1];

      const created = await reportCoverage(request, report);
      expect(created).toEqual({ id, name, auto_enrichment_disable: true });

      await hostNav(page).getByRole('link', { name: 'Security coverages' }).click();
      const row = page
        .getByRole('table', { name: 'Security Coverages' })
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name, exact: true }) });
      await expect(row.getByRole('img', { name: 'Detection: 80/100' })).toBeVisible();
      await expect(row.getByText('Manual')).toBeVisible();

      // Back on the host's Report page, the report now links to its coverage.
      await row.locator(`a[href="${BASE}/analyses/reports/${report}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/cti/reports/${report}$`));
      await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute(
        'href',
        `${LIST}/${id}`,
      );
    });
  });
});

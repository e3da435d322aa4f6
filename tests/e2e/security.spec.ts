import { expect, test, type Page } from '@playwright/test';
import { SEED } from '../../mocks/seed/ids';
import { XSS_TEXT, XSS_URIS } from './xss-payloads';

/** Runs a GraphQL operation against the demo's in-browser OpenCTI, as the app does. */
async function gql(page: Page, query: string, variables: Record<string, unknown>) {
  return page.evaluate(
    async ([q, v]) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return (await response.json()) as {
        data?: Record<string, { id: string }>;
        errors?: unknown[];
      };
    },
    [query, variables] as const,
  );
}

const TARGETS = [
  SEED.reports.blackBastaAdvisory,
  SEED.reports.clopMoveitAdvisory,
  SEED.campaigns.passwordSpray,
  SEED.incidents.hospitalRansomware,
  SEED.incidents.lostLaptop,
  SEED.caseIncidents.bec,
  SEED.intrusionSets.voltTyphoon,
  SEED.groupings.phishingTriage,
];

/** What must never be in the page: running script, event-handler markup, unsafe links, embedded documents. */
async function expectNothingUnsafe(page: Page) {
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  const unsafe = await page.evaluate(() => {
    const root = document.getElementById('root') ?? document.body;
    const links = [...root.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !/^(https?:|mailto:|\/|#|\?)/i.test(href.trim()));
    const handlers = [...root.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((attr) => attr.name.toLowerCase().startsWith('on')),
    ).length;
    const embedded = root.querySelectorAll('script, iframe, object, embed').length;
    return { links, handlers, embedded };
  });
  expect(unsafe).toEqual({ links: [], handlers: 0, embedded: 0 });
}

test.describe('security', () => {
  test('an XSS corpus in names, descriptions, labels and result links runs nothing and links nowhere', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
    await page.goto('/dashboard/analyses/security_coverages');
    await expect(page.getByRole('heading', { name: 'Security Coverages', level: 1 })).toBeVisible();
    const ids: string[] = [];
    for (const [index, target] of TARGETS.entries()) {
      const name = XSS_TEXT[index % XSS_TEXT.length] ?? 'x';
      const added = await gql(
        page,
        `mutation($input: SecurityCoverageAddInput!) { securityCoverageAdd(input: $input) { id } }`,
        {
          input: {
            name: `${name} ${index}`,
            description: XSS_TEXT.join('\n\n'),
            objectCovered: target,
            auto_enrichment_disable: true,
            external_uri: XSS_URIS[index % XSS_URIS.length],
            coverage_information: [{ coverage_name: 'detection', coverage_score: 50 }],
          },
        },
      );
      expect(added.errors ?? []).toEqual([]);
      const id = added.data?.securityCoverageAdd?.id ?? '';
      ids.push(id);
      const result = await gql(
        page,
        `mutation($input: SecurityCoverageResultAddInput!) { securityCoverageResultAdd(input: $input) { id } }`,
        {
          input: {
            name: XSS_TEXT[(index + 5) % XSS_TEXT.length],
            resultOf: id,
            external_uri: XSS_URIS[(index + 1) % XSS_URIS.length],
            coverage_information: [{ coverage_name: 'prevention', coverage_score: 10 }],
          },
        },
      );
      expect(result.errors ?? []).toEqual([]);
    }
    // Labels cannot be created through OpenCTI's API here: rename the demo's saved labels to hostile text instead.
    await page.evaluate((payloads) => {
      const key = 'sc-demo-store';
      const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as {
        data?: { objects?: { entity_type: string; value?: string }[] };
      };
      let index = 0;
      for (const object of saved.data?.objects ?? []) {
        if (object.entity_type === 'Label') object.value = payloads[index++ % payloads.length];
      }
      localStorage.setItem(key, JSON.stringify(saved));
    }, XSS_TEXT);
    await page.reload();
    await expect(
      page.getByRole('link', { name: /<script>window.__pwned=1<\/script> 0/ }).first(),
    ).toBeVisible();
    await expect(page.getByText('<img src=x onerror="window.__pwned=1">').first()).toBeVisible();
    await expectNothingUnsafe(page);
    for (const id of ids.slice(0, 3)) {
      await page.goto(`/dashboard/analyses/security_coverages/${id}/overview`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Details' })).toBeVisible();
      await expectNothingUnsafe(page);
      await page.goto(`/dashboard/analyses/security_coverages/${id}/result`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNothingUnsafe(page);
    }
    await page.goto(`/dashboard/analyses/reports/${SEED.reports.blackBastaAdvisory}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNothingUnsafe(page);
    expect(dialogs).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { freshBackend } from '../setup/backend';
import { coverageName, gql } from '../setup/mockData';

/*
 * A G1 server (OpenCTI before SecurityCoverageResult): no `results`, no `*FromResults`, no `covered*`. The console
 * probes it once and reads scores and has-covered from the coverage itself. The mock serves that shape.
 */
const G2_ONLY =
  /\b(results|stixCoreRelationshipsFromResults|coveredAttackPatterns|coveredVulnerabilities|coveredEntitiesDistribution|securityCoverageResult\w*|add_related_entities|SecurityCoverageResult)\b/;

const coveragePath = (id: string, tab: 'overview' | 'result') =>
  `/dashboard/analyses/security_coverages/${id}/${tab}`;

/** Every operation the app sends, so a test can check that none names a G2-only field. */
function recordOperations() {
  const sent: { name: string; query: string }[] = [];
  const listener = async ({ request }: { request: Request }) => {
    const body = (await request.clone().json()) as { operationName?: string; query?: string };
    sent.push({ name: body.operationName ?? '', query: body.query ?? '' });
  };
  server.events.on('request:start', listener);
  return {
    sent,
    g2Only: () => sent.filter((op) => G2_ONLY.test(op.query)).map((op) => op.name),
    stop: () => server.events.removeListener('request:start', listener),
  };
}

let operations: ReturnType<typeof recordOperations>;
beforeEach(() => {
  freshBackend({ shape: 'g1' });
  operations = recordOperations();
});
afterEach(() => operations.stop());

describe('On a G1 server', () => {
  it('shows a coverage: header, one OpenAEV result, tested entities and the matrix', async () => {
    const id = SEED.coverages.twoTenants;
    renderApp(coveragePath(id, 'overview'));
    expect(
      await screen.findByRole('heading', { level: 1, name: await coverageName(id) }),
    ).toBeInTheDocument();
    // One result (the coverage itself), so one link straight to OpenAEV rather than an instance menu.
    expect(
      await screen.findByRole('link', { name: 'Open OpenAEV (opens in a new tab)' }),
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    const results = await screen.findByRole('region', { name: 'Results' });
    expect(within(results).getAllByRole('row')).toHaveLength(2);
    expect(within(results).getByRole('rowheader', { name: 'OpenAEV' })).toBeInTheDocument();
    const tested = screen.getByRole('table', { name: /tested entities/i });
    const data = await gql<{
      securityCoverage: {
        all: { pageInfo: { globalCount: number } };
        platforms: { pageInfo: { globalCount: number } };
      };
    }>(
      `query($id: String!) { securityCoverage(id: $id) {
        all: stixCoreRelationships(first: 1, relationship_type: "has-covered", toTypes: ["Attack-Pattern"]) { pageInfo { globalCount } }
        platforms: stixCoreRelationships(first: 1, relationship_type: "has-covered", toTypes: ["SecurityPlatform"]) { pageInfo { globalCount } }
      } }`,
      { id },
    );
    const attackRow = within(tested).getByRole('row', { name: /Attack pattern/i });
    expect(within(attackRow).getAllByRole('cell').at(-1)).toHaveTextContent(
      String(data.securityCoverage.all.pageInfo.globalCount),
    );
    // Every type the has-covered reach is counted, security platforms included.
    const platforms = within(tested).getByRole('row', { name: /Security Platform/ });
    expect(data.securityCoverage.platforms.pageInfo.globalCount).toBeGreaterThan(0);
    expect(within(platforms).getAllByRole('cell').at(-1)).toHaveTextContent(
      String(data.securityCoverage.platforms.pageInfo.globalCount),
    );
    expect(screen.getByRole('group', { name: 'ATT&CK matrix by tactic' })).toBeInTheDocument();
    expect(operations.g2Only()).toEqual([]);
  });

  it('does not call a provisioned result without a simulation fresh', async () => {
    const { clock } = freshBackend({ shape: 'g1' });
    const id = SEED.coverages.provisioning;
    renderApp(coveragePath(id, 'overview'));
    await screen.findByRole('heading', { level: 1, name: await coverageName(id) });
    // OpenAEV links its scenario (the page polls and shows it); the first simulation is still to come.
    clock.advance(10_000);
    await screen.findByRole(
      'link',
      { name: 'Open OpenAEV (opens in a new tab)' },
      { timeout: 8_000 },
    );
    const results = await screen.findByRole('region', { name: 'Results' });
    const row = await within(results).findByRole('row', { name: /OpenAEV/ });
    expect(within(row).getAllByText('No result yet').length).toBeGreaterThan(0);
    expect(within(row).queryByText('Fresh')).not.toBeInTheDocument();
    expect(operations.g2Only()).toEqual([]);
  }, 30_000);

  it('lists the tested entities in the Result tab, with counts, filters and the source of each row', async () => {
    const id = SEED.coverages.placeholders;
    // Server-side filter on the coverage's own relationships: placeholders only.
    renderApp(`${coveragePath(id, 'result')}?status=placeholder`);
    const table = await screen.findByRole('table', { name: 'Coverage results' });
    const counts = await gql<{
      securityCoverage: {
        all: { pageInfo: { globalCount: number } };
        placeholders: { pageInfo: { globalCount: number } };
      };
    }>(
      `query($id: String!) { securityCoverage(id: $id) {
        all: stixCoreRelationships(first: 1, relationship_type: "has-covered") { pageInfo { globalCount } }
        placeholders: stixCoreRelationships(first: 1, relationship_type: "has-covered",
          filters: { mode: and, filters: [{ key: "coverage_information", operator: nil, values: [] }], filterGroups: [] }) { pageInfo { globalCount } }
      } }`,
      { id },
    );
    const { all, placeholders } = counts.securityCoverage;
    expect(placeholders.pageInfo.globalCount).toBeGreaterThan(0);
    expect(screen.getByText(new RegExp(`^${all.pageInfo.globalCount} rows?$`))).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`^${placeholders.pageInfo.globalCount} placeholders?$`)),
    ).toBeInTheDocument();
    expect(table).toHaveAttribute('aria-rowcount', String(placeholders.pageInfo.globalCount + 1));
    expect(
      screen.getByText(
        `${placeholders.pageInfo.globalCount} of ${all.pageInfo.globalCount} rows match`,
      ),
    ).toBeInTheDocument();
    const first = within(table).getAllByRole('row')[1];
    expect(first && within(first).getByText('OpenAEV')).toBeInTheDocument();
    expect(first && within(first).getByRole('button', { name: /: why\?$/ })).toBeInTheDocument();
    expect(operations.g2Only()).toEqual([]);
  });

  it('creates a manual coverage with its scores dated now and has-covered from the coverage, resuming after a failure', async () => {
    const reports = await gql<{
      reports: { edges: { node: { id: string; name: string; securityCoverage: unknown } }[] };
    }>('{ reports(first: 50) { edges { node { id name securityCoverage { id } } } } }');
    const report = reports.reports.edges.map((e) => e.node).find((r) => !r.securityCoverage);
    if (!report) throw new Error('the seed has no Report without coverage');
    // The first has-covered fails: the coverage exists, and Create again must finish it, not create another.
    let failures = 1;
    let creations = 0;
    server.use(
      http.post('*/graphql', async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string };
        if (body.operationName === 'AddSecurityCoverageMutation') creations += 1;
        if (body.operationName !== 'AddHasCoveredMutation' || failures === 0) return undefined;
        failures -= 1;
        return HttpResponse.text('Bad gateway', { status: 502 });
      }),
    );
    renderApp('/dashboard/analyses/security_coverages');
    await userEvent.click(await screen.findByRole('button', { name: 'Add Security Coverage' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Security Coverage' });
    await userEvent.click(
      await within(dialog).findByRole('searchbox', { name: 'Search entities' }),
    );
    await userEvent.paste(report.name);
    await userEvent.keyboard('{Enter}');
    await userEvent.click(
      await within(dialog).findByRole('button', { name: `Cover ${report.name}` }),
    );
    await userEvent.click(await within(dialog).findByRole('button', { name: /Manual Input/ }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Detection' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Detection score' }), '90');
    const tested = within(dialog).getByRole('group', { name: 'Entities to test (optional)' });
    const [firstEntity] = within(tested).getAllByRole('checkbox');
    if (!firstEntity) throw new Error('the report holds nothing to test');
    await userEvent.click(firstEntity);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Detection score' })).toHaveValue('90');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(creations).toBe(1);
    const data = await gql<{
      report: {
        securityCoverage: {
          coverage_last_result: string | null;
          coverage_information: { coverage_name: string; coverage_score: number }[];
          stixCoreRelationships: { edges: { node: { fromId: string } }[] };
          id: string;
        };
      };
    }>(
      `query($id: String!) { report(id: $id) { securityCoverage { id coverage_last_result
        coverage_information { coverage_name coverage_score }
        stixCoreRelationships(relationship_type: "has-covered") { edges { node { fromId } } } } } }`,
      { id: report.id },
    );
    const coverage = data.report.securityCoverage;
    expect(coverage.coverage_information).toEqual([
      { coverage_name: 'detection', coverage_score: 90 },
    ]);
    expect(coverage.coverage_last_result).not.toBeNull();
    expect(coverage.stixCoreRelationships.edges.map((e) => e.node.fromId)).toEqual([coverage.id]);
    expect(operations.g2Only()).toEqual([]);
  });

  it('updates a manual coverage’s scores on the coverage itself', async () => {
    const id = SEED.coverages.manualDetection;
    renderApp(coveragePath(id, 'overview'));
    await screen.findByRole('heading', { level: 1, name: await coverageName(id) });
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    const dialog = await screen.findByRole('dialog', { name: 'Update Security Coverage' });
    const score = within(dialog).getByRole('textbox', { name: 'Detection score' });
    await userEvent.clear(score);
    await userEvent.type(score, '55');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const summary = screen.getByRole('region', { name: 'Coverage summary' });
    expect(
      await within(summary).findByRole('img', { name: 'Detection: 55/100' }),
    ).toBeInTheDocument();
    expect(operations.sent.map((op) => op.name)).toContain('UpdateSecurityCoverageG1Mutation');
    expect(operations.g2Only()).toEqual([]);
  });

  it('falls back to trying a G2 field when introspection is disabled', async () => {
    let introspections = 0;
    server.use(
      http.post('*/graphql', async ({ request }) => {
        const body = (await request.clone().json()) as { query?: string };
        if (!body.query?.includes('__type(')) return undefined;
        introspections += 1;
        return HttpResponse.json(
          {
            errors: [
              {
                message: 'GraphQL introspection is not allowed',
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              },
            ],
          },
          { status: 400 },
        );
      }),
    );
    const id = SEED.coverages.fresh;
    renderApp(coveragePath(id, 'result'));
    expect(await screen.findByRole('table', { name: 'Coverage results' })).toBeInTheDocument();
    expect(introspections).toBe(1);
    expect(operations.sent.map((op) => op.name)).toContain('ServerShapeFieldQuery');
    expect(operations.sent.map((op) => op.name)).toContain('CoverageResultRouteG1Query');
  });
});

describe('On a G2 server', () => {
  it('probes once and then uses the result-based queries', async () => {
    freshBackend();
    const id = SEED.coverages.twoTenants;
    renderApp(coveragePath(id, 'overview'));
    await screen.findByRole('button', { name: 'Open OpenAEV' });
    await userEvent.click(screen.getByRole('tab', { name: 'Result' }));
    await screen.findByRole('table', { name: 'Coverage results' });
    const names = operations.sent.map((op) => op.name);
    expect(names.filter((n) => n.startsWith('ServerShape'))).toEqual([
      'ServerShapeIntrospectionQuery',
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        'CoverageRouteQuery',
        'CoverageOverviewRouteQuery',
        'CoverageResultRouteQuery',
      ]),
    );
  });
});

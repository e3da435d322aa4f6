import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { gql } from '../setup/mockData';

const overview = (id: string) => `/dashboard/analyses/security_coverages/${id}/overview`;
const card = async (name: string | RegExp) => screen.findByRole('region', { name });
const gaugeNames = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('img')
    .map((img) => img.getAttribute('aria-label'))
    .filter((label): label is string => label !== null && label.includes(':'));

/** A manual coverage of the "lost laptop" incident with the given metrics, description and result link. */
async function manualCoverage(
  metrics: { coverage_name: string; coverage_score: number }[],
  extra: { description?: string; external_uri?: string } = {},
): Promise<string> {
  const { securityCoverageAdd } = await gql<{ securityCoverageAdd: { id: string } }>(
    `mutation($input: SecurityCoverageAddInput!) { securityCoverageAdd(input: $input) { id } }`,
    {
      input: {
        name: 'Lost laptop review',
        description: extra.description ?? null,
        objectCovered: SEED.incidents.lostLaptop,
        auto_enrichment_disable: true,
        periodicity: 'P1M',
      },
    },
  );
  await gql(
    `mutation($input: SecurityCoverageResultAddInput!) { securityCoverageResultAdd(input: $input) { id } }`,
    {
      input: {
        resultOf: securityCoverageAdd.id,
        name: 'Tabletop exercise',
        coverage_last_result: new Date().toISOString(),
        coverage_information: metrics,
        external_uri: extra.external_uri ?? null,
      },
    },
  );
  return securityCoverageAdd.id;
}

describe('Security Coverage overview', () => {
  it('shows a real red 0 and a green 100, in vocabulary order, unknown metrics last', async () => {
    const id = await manualCoverage([
      { coverage_name: 'HUMAN_RESPONSE', coverage_score: 30 },
      { coverage_name: 'Vulnerability', coverage_score: 55 },
      { coverage_name: 'Detection', coverage_score: 100 },
      { coverage_name: 'Prevention', coverage_score: 0 },
    ]);
    renderApp(overview(id));
    const scores = await card('Coverage');
    expect(gaugeNames(scores)).toEqual([
      'Prevention: 0/100',
      'Detection: 100/100',
      'Vulnerability: 55/100',
      'Human response: 30/100',
    ]);
    const zero = within(scores).getByRole('img', { name: 'Prevention: 0/100' });
    const hundred = within(scores).getByRole('img', { name: 'Detection: 100/100' });
    // The numbers are written in their band's palette colour (dark theme): error for 0, success for 100.
    expect(within(zero).getByText('0')).toHaveStyle({ color: 'rgb(244, 67, 54)' });
    expect(within(hundred).getByText('100')).toHaveStyle({ color: 'rgb(76, 175, 80)' });
    // The 100 ring is filled with the success colour.
    expect(hundred.querySelector('path[fill="#4caf50"]')).not.toBeNull();
    expect(within(scores).queryByText('No result yet')).not.toBeInTheDocument();
    const validity = await card('Last result and schedule');
    expect(within(validity).getByText('Next expected result')).toBeInTheDocument();
    expect(within(validity).getByText('every month, with no end date')).toBeInTheDocument();
  });

  it('says explicitly when there is no result at all', async () => {
    renderApp(overview(SEED.coverages.provisioning));
    const scores = await card('Coverage');
    expect(within(scores).getByText('No result yet')).toBeInTheDocument();
    expect(gaugeNames(scores)).toEqual([]);
    const validity = await card('Last result and schedule');
    expect(within(validity).getByText('No result yet')).toBeInTheDocument();
    expect(within(await card('Results')).getByText('No result yet')).toBeInTheDocument();
  });

  it('tells a fresh coverage from an outdated one and writes the schedule in words', async () => {
    renderApp(overview(SEED.coverages.fresh));
    const fresh = await card('Last result and schedule');
    expect(within(fresh).getByText('Fresh')).toBeInTheDocument();
    expect(within(fresh).getByText(/^every day, until \w+ \d+, \d{4}$/)).toBeInTheDocument();
    // From the first run: the schedule's start is shown next to its end.
    const started = within(fresh).getByText('Schedule started');
    expect(started.nextElementSibling?.textContent).toMatch(/\w+ \d+, \d{4}/);
  });

  it('marks an outdated coverage whose schedule has ended', async () => {
    renderApp(overview(SEED.coverages.outdated));
    const validity = await card('Last result and schedule');
    expect(within(validity).getByText(/^Outdated/)).toBeInTheDocument();
    expect(within(validity).getByText(/^every day, ended on/)).toBeInTheDocument();
    expect(within(validity).getByText('None: the schedule has ended')).toBeInTheDocument();
    expect(within(await card('Results')).getByText('Outdated')).toBeInTheDocument();
  });

  it('lists one row per OpenAEV instance with safe links', async () => {
    renderApp(overview(SEED.coverages.twoTenants));
    const results = await card('Results');
    const rows = within(within(results).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'EMEA Result of APT29',
      'APAC Result of APT29',
    ]);
    for (const link of within(results).getAllByRole('link', { name: /Open in OpenAEV/ })) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
    for (const row of rows) expect(within(row).getByText('Fresh')).toBeInTheDocument();
    const validity = await card('Last result and schedule');
    expect(within(validity).getAllByText('Differs per result (see Results)')).toHaveLength(2);
  });

  it('counts tested entities and placeholders per type, as numbers next to the chart', async () => {
    renderApp(overview(SEED.coverages.placeholders));
    const tested = await card('Tested entities');
    const table = within(tested).getByRole('table', {
      name: 'Tested entities and placeholders per entity type',
    });
    const row = within(table).getByRole('row', { name: /Attack Pattern/ });
    const [testedCount, placeholders, total] = within(row)
      .getAllByRole('cell')
      .map((c) => Number(c.textContent));
    expect(placeholders).toBeGreaterThan(0);
    expect(testedCount! + placeholders!).toBe(total);
  });

  it('colours matrix cells by the chosen metric and marks placeholders apart', async () => {
    renderApp(overview(SEED.coverages.placeholders));
    const matrix = await card('ATT&CK matrix');
    const grid = within(matrix).getByRole('group', { name: 'ATT&CK matrix by tactic' });
    const cells = within(grid).getAllByRole('link');
    const check = () => {
      for (const cell of within(grid).getAllByRole('link')) {
        const label = cell.getAttribute('aria-label') ?? '';
        const state = cell.getAttribute('data-state');
        const score = /(\d+)\/100$/.exec(label)?.[1];
        if (score !== undefined) {
          const n = Number(score);
          expect(state).toBe(n >= 70 ? 'success' : n >= 40 ? 'warning' : 'error');
        } else if (label.endsWith('placeholder, could not be run'))
          expect(state).toBe('placeholder');
        else if (label.endsWith('not tested')) expect(state).toBe('untested');
        else expect(state).toBe('unscored');
      }
    };
    expect(cells.some((c) => c.getAttribute('data-state') === 'placeholder')).toBe(true);
    expect(cells.some((c) => /Prevention \d+\/100$/.test(c.getAttribute('aria-label') ?? ''))).toBe(
      true,
    );
    check();
    await userEvent.click(within(matrix).getByRole('button', { name: 'Detection' }));
    expect(
      within(grid)
        .getAllByRole('link')
        .some((c) => /Detection \d+\/100$/.test(c.getAttribute('aria-label') ?? '')),
    ).toBe(true);
    check();
    expect(within(matrix).getByRole('list', { name: 'Legend' })).toHaveTextContent(
      'Placeholder (could not be run)',
    );
  });

  it('moves through the matrix with the arrow keys and opens a technique in the Result tab', async () => {
    const { location } = renderApp(overview(SEED.coverages.fresh));
    const matrix = await card('ATT&CK matrix');
    const grid = within(matrix).getByRole('group', { name: 'ATT&CK matrix by tactic' });
    const focusable = within(grid)
      .getAllByRole('link')
      .filter((a) => a.tabIndex === 0);
    expect(focusable).toHaveLength(1);
    focusable[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(focusable[0]);
    expect(second.tabIndex).toBe(0);
    expect(focusable[0]!.tabIndex).toBe(-1);
    const mitreId = /^(T\d+(?:\.\d+)?) /.exec(second.getAttribute('aria-label') ?? '')?.[1];
    expect(mitreId).toBeDefined();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(location()).toBe(
        `/dashboard/analyses/security_coverages/${SEED.coverages.fresh}/result?search=${mitreId}`,
      ),
    );
  });

  it('renders the description as safe Markdown and refuses unsafe result links', async () => {
    const id = await manualCoverage([{ coverage_name: 'Detection', coverage_score: 40 }], {
      description:
        'Checked **EDR** alerts. [Runbook](https://wiki.example.org/rb) [bad](javascript:alert(1)) <b>raw</b><img src=x onerror=alert(1)>',
      external_uri: 'javascript:alert(1)',
    });
    renderApp(overview(id));
    const details = await card('Details');
    expect(within(details).getByText('EDR').tagName).toBe('STRONG');
    const runbook = within(details).getByRole('link', { name: 'Runbook' });
    expect(runbook).toHaveAttribute('href', 'https://wiki.example.org/rb');
    expect(runbook).toHaveAttribute('rel', 'noopener noreferrer');
    expect(runbook).toHaveAttribute('target', '_blank');
    expect(within(details).queryByRole('link', { name: 'bad' })).not.toBeInTheDocument();
    expect(details.querySelector('b, img')).toBeNull();
    const results = await card('Results');
    expect(within(results).queryByRole('link', { name: /OpenAEV/ })).not.toBeInTheDocument();
    expect(within(results).getByText('Link not shown (not a web address)')).toBeInTheDocument();
  });

  it('names the metrics in the reader’s language', async () => {
    renderApp(overview(SEED.coverages.manualFull), { locale: 'fr' });
    const scores = await card('Couverture');
    expect(within(scores).getByRole('img', { name: /^Prévention/ })).toBeInTheDocument();
    expect(within(scores).getByRole('img', { name: /^Détection/ })).toBeInTheDocument();
    expect(within(scores).getByRole('img', { name: /^Vulnérabilité/ })).toBeInTheDocument();
  });
});

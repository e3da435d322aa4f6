import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { freshBackend } from '../setup/backend';
import { gql } from '../setup/mockData';

const resultPath = (id: string, search = '') =>
  `/dashboard/analyses/security_coverages/${id}/result${search}`;
const table = () => screen.findByRole('table', { name: 'Coverage results' });
const bodyRows = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1);

async function counts(id: string) {
  const data = await gql<{
    securityCoverage: {
      all: { pageInfo: { globalCount: number } };
      placeholders: { pageInfo: { globalCount: number } };
    };
  }>(
    `query($id: String!) { securityCoverage(id: $id) {
      all: stixCoreRelationshipsFromResults(first: 1, relationship_type: "has-covered") { pageInfo { globalCount } }
      placeholders: stixCoreRelationshipsFromResults(first: 1, relationship_type: "has-covered",
        filters: { mode: and, filters: [{ key: "coverage_information", operator: nil, values: [] }], filterGroups: [] }) { pageInfo { globalCount } }
    } }`,
    { id },
  );
  return {
    rows: data.securityCoverage.all.pageInfo.globalCount,
    placeholders: data.securityCoverage.placeholders.pageInfo.globalCount,
  };
}

describe('Result tab', () => {
  it('shows the documented columns, the counts and MITRE IDs before attack-pattern names', async () => {
    const { rows, placeholders } = await counts(SEED.coverages.placeholders);
    expect(placeholders).toBeGreaterThan(0);
    renderApp(resultPath(SEED.coverages.placeholders));
    const grid = await table();
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Type',
      'Name',
      'Coverage',
      'Labels',
      'Markings',
      'Result',
      'Last modified',
    ]);
    expect(grid).toHaveAttribute('aria-rowcount', String(rows + 1));
    expect(screen.getByText(`${rows} rows`)).toBeInTheDocument();
    expect(screen.getByText(`${placeholders} placeholders`)).toBeInTheDocument();
    const first = (await bodyRows())[0]!;
    expect(first).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getAllByRole('cell', { name: /^\[T\d{4}(\.\d{3})?\] / }).length).toBeGreaterThan(
      0,
    );
  });

  it('explains a placeholder in place, with the four remediation steps and the Enrichment panel', async () => {
    const { location } = renderApp(resultPath(SEED.coverages.placeholders, '?status=placeholder'));
    await table();
    const why = await screen.findAllByRole('button', { name: /^No result for .*: why\?$/ });
    const attackPattern = why.find((b) => /\[T\d{4}/.test(b.getAttribute('aria-label') ?? ''));
    expect(attackPattern).toBeDefined();
    const mitreId = /\[(T\d{4}(?:\.\d{3})?)\]/.exec(
      attackPattern!.getAttribute('aria-label')!,
    )![1]!;
    await userEvent.click(attackPattern!);
    const dialog = await screen.findByRole('dialog', { name: 'No executable test: a placeholder' });
    expect(within(dialog).getByText(/generated a placeholder inject/)).toBeInTheDocument();
    expect(within(dialog).getByText(/does not exist in OpenAEV/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Default Asset Rules \(opencti tag\)/)).toBeInTheDocument();
    const steps = within(dialog).getAllByRole('listitem').slice(2);
    expect(steps).toHaveLength(4);
    expect(steps[0]).toHaveTextContent(/Verify the Default Asset Rules/);
    expect(steps[1]).toHaveTextContent(/“OpenAEV curated payloads” and “Atomic Red Team”/);
    expect(steps[2]).toHaveTextContent(
      new RegExp(`custom payload .*${mitreId.replace('.', '\\.')}`),
    );
    expect(steps[3]).toHaveTextContent(/Retrigger the enrichment/);

    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(
      within(dialog).getByRole('button', { name: `Copy the MITRE ATT&CK ID ${mitreId}` }),
    );
    expect(writeText).toHaveBeenCalledWith(mitreId);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied');

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Open the Enrichment panel' }),
    );
    await waitFor(() => expect(location()).toContain('panel=enrichment'));
    expect(location()).toContain('status=placeholder');
  });

  it('restores search, sort and filters from the URL and runs them on the server', async () => {
    renderApp(
      resultPath(SEED.coverages.placeholders, '?search=T1&sort=toName&order=asc&status=covered'),
    );
    const rows = await bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(/T1/);
      expect(within(row).queryByRole('button', { name: /why\?$/ })).toBeNull();
    }
    expect(screen.getByRole('searchbox', { name: 'Search tested entities' })).toHaveValue('T1');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const names = rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent ?? '');
    expect(names.map((n) => n.replace(/^\[[^\]]+\] /, ''))).toEqual(
      [...names.map((n) => n.replace(/^\[[^\]]+\] /, ''))].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('filters by score below a value on the client over every page', async () => {
    renderApp(resultPath(SEED.coverages.placeholders, '?below=50'));
    const rows = await bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const scores = within(row)
        .getAllByRole('img', { name: /\/100$/ })
        .map((img) => Number(/(\d+)\/100$/.exec(img.getAttribute('aria-label') ?? '')?.[1]));
      expect(scores.some((s) => s < 50)).toBe(true);
    }
    expect(screen.getByText(/of \d+ rows match/)).toBeInTheDocument();
  });

  it('hides the Enrichment panel for manual coverages and edits per-entity scores', async () => {
    renderApp(resultPath(SEED.coverages.manualFull));
    const rows = await bodyRows();
    const edit = within(rows[0]!).getByRole('button', { name: /^Edit the scores of / });
    await userEvent.click(edit);
    const dialog = await screen.findByRole('dialog', { name: /^Scores of / });
    const field = within(dialog).getAllByRole('textbox')[0]!;
    await userEvent.clear(field);
    await userEvent.type(field, '0');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(rows[0]!).getAllByRole('img', { name: /: 0\/100$/ }).length).toBeGreaterThan(0);
    const why = screen.queryAllByRole('button', { name: /why\?$/ });
    if (why[0]) {
      await userEvent.click(why[0]);
      const help = await screen.findByRole('dialog', { name: 'No score entered' });
      expect(within(help).queryByRole('button', { name: 'Open the Enrichment panel' })).toBeNull();
    }
  });

  it('offers no score edition without KNOWLEDGE_KNUPDATE', async () => {
    freshBackend({ user: 'readonly' });
    renderApp(resultPath(SEED.coverages.manualFull));
    await bodyRows();
    expect(screen.queryByRole('button', { name: /^Edit the scores of / })).toBeNull();
  });
});

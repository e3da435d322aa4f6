import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { freshBackend } from '../setup/backend';
import { gql } from '../setup/mockData';

const resultPath = (id: string, search = '') =>
  `/dashboard/analyses/security_coverages/${id}/result${search}`;
const table = () => screen.findByRole('table', { name: 'Coverage results' });

/** Captures what the app offers for download (file name and content). */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return files;
}

async function total(id: string, filters?: object) {
  const data = await gql<{
    securityCoverage: { stixCoreRelationshipsFromResults: { pageInfo: { globalCount: number } } };
  }>(
    `query($id: String!, $filters: FilterGroup) { securityCoverage(id: $id) {
      stixCoreRelationshipsFromResults(first: 1, relationship_type: "has-covered", filters: $filters) {
        pageInfo { globalCount } } } }`,
    { id, filters: filters ?? null },
  );
  return data.securityCoverage.stixCoreRelationshipsFromResults.pageInfo.globalCount;
}

afterEach(() => vi.restoreAllMocks());

describe('Result tab exports', () => {
  it('exports every row of the view as CSV, placeholders explicit', async () => {
    const files = captureDownloads();
    const rows = await total(SEED.coverages.placeholders);
    renderApp(resultPath(SEED.coverages.placeholders));
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Table as CSV' }));
    expect(await screen.findByText(`${rows} rows exported`)).toBeInTheDocument();
    expect(files[0]?.name).toMatch(/^security-coverage-results-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await files[0]!.blob.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Type,Name,MITRE ATT&CK ID,Status,Prevention,Detection,/);
    expect(lines[0]).toMatch(/,Labels,Markings,Result,Result link,Last modified,Relationship ID$/);
    expect(lines).toHaveLength(rows + 1);
    expect(lines.some((l) => l.includes(',Placeholder,'))).toBe(true);
    expect(lines.some((l) => /^Attack-Pattern,[^,]+,T\d{4}/.test(l))).toBe(true);
  });

  it('exports all pages of the 5,000-row coverage with progress', async () => {
    freshBackend({ seed: 'scale' });
    const files = captureDownloads();
    renderApp(resultPath(SEED.scaleCoverage));
    const grid = await table();
    expect(grid).toHaveAttribute('aria-rowcount', '5001');
    // Virtualized: only a window of rows is in the DOM.
    expect(within(grid).getAllByRole('row').length).toBeLessThan(80);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Table as CSV' }));
    expect(await screen.findByText('5,000 rows exported', {}, { timeout: 20_000 })).toBeVisible();
    const lines = (await files[0]!.blob.text()).trim().split('\r\n');
    expect(lines).toHaveLength(5001);
  }, 40_000);

  it('exports one ATT&CK Navigator 4.5 layer per metric, placeholders annotated', async () => {
    const files = captureDownloads();
    renderApp(resultPath(SEED.coverages.placeholders));
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Detection layer' })).toBeInTheDocument();
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Prevention layer' }));
    expect(await screen.findByText(/^Layer exported with \d+ techniques?$/)).toBeInTheDocument();
    expect(files[0]?.name).toMatch(/-prevention\.layer\.json$/);
    const layer = JSON.parse(await files[0]!.blob.text()) as {
      name: string;
      domain: string;
      versions: { layer: string; navigator: string; attack: string };
      techniques: { techniqueID: string; score?: number; comment: string; color?: string }[];
      gradient: { colors: string[]; minValue: number; maxValue: number };
      legendItems: { label: string; color: string }[];
    };
    expect(layer.versions.layer).toBe('4.5');
    expect(layer.versions.navigator).toMatch(/^\d+\.\d+\.\d+$/);
    expect(layer.domain).toBe('enterprise-attack');
    expect(layer.name).toMatch(/ – Prevention$/);
    expect(layer.gradient.maxValue).toBeGreaterThan(layer.gradient.minValue);
    expect(layer.legendItems.map((l) => l.label)).toContain('Placeholder (no executable test)');
    expect(layer.techniques.length).toBeGreaterThan(0);
    for (const technique of layer.techniques) {
      expect(technique.techniqueID).toMatch(/^T\d{4}(\.\d{3})?$/);
      expect(typeof technique.comment).toBe('string');
      if (technique.score !== undefined) {
        expect(technique.score).toBeGreaterThanOrEqual(0);
        expect(technique.score).toBeLessThanOrEqual(100);
      }
    }
    const placeholders = layer.techniques.filter((t) => t.comment.startsWith('Placeholder'));
    expect(placeholders.length).toBeGreaterThan(0);
    for (const p of placeholders) expect(p).not.toHaveProperty('score');
    expect(layer.techniques.some((t) => typeof t.score === 'number')).toBe(true);
  });
});

describe('Result tab at scale', () => {
  it('renders a window of the 5,000 rows and loads the next page while scrolling', async () => {
    freshBackend({ seed: 'scale' });
    renderApp(resultPath(SEED.scaleCoverage));
    const grid = await table();
    const indexes = () =>
      within(grid)
        .getAllByRole('row')
        .map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(Math.max(...indexes())).toBeLessThan(60);
    const scroller = grid.parentElement as HTMLElement;
    for (const top of [3000, 5600, 7000]) {
      scroller.scrollTop = top;
      scroller.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await waitFor(() => expect(Math.max(...indexes())).toBeGreaterThan(102), { timeout: 10_000 });
    expect(within(grid).getAllByRole('row').length).toBeLessThan(80);
    expect(Math.min(...indexes().filter((i) => i > 1))).toBeGreaterThan(50);
  }, 30_000);
});

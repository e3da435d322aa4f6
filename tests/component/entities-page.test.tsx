import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';

const page = (segment: string, id: string) => `/dashboard/${segment}/${id}`;

async function findTitle(name: string) {
  return screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
}

/** The body rows of a table as arrays of cell texts (the row header first). */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...within(row).queryAllByRole('rowheader'), ...within(row).queryAllByRole('cell')].map(
        (cell) => cell.textContent ?? '',
      ),
    );
}

describe('covered-entity page', () => {
  it('shows what a report (a container) contains: attack patterns with MITRE IDs, vulnerabilities with CVEs', async () => {
    renderApp(page('analyses/reports', SEED.reports.blackBastaAdvisory));
    await findTitle('#StopRansomware: Black Basta (AA24-131A)');
    expect(screen.getByText('Report')).toBeInTheDocument();
    expect(screen.getByText('12 attack patterns, 3 vulnerabilities')).toBeInTheDocument();
    const patterns = screen.getByRole('table', { name: 'Attack patterns' });
    expect(
      within(patterns)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['MITRE ID', 'Name', 'Tactics']);
    expect(rows(patterns)).toContainEqual(['T1486', 'Data Encrypted for Impact', 'impact']);
    expect(rows(patterns)).toHaveLength(12);
    const vulnerabilities = screen.getByRole('table', { name: 'Vulnerabilities' });
    expect(rows(vulnerabilities)[0]).toEqual(['CVE-2020-1472', '10.0', 'CRITICAL']);
    expect(rows(vulnerabilities).map((r) => r[0])).toEqual(
      expect.arrayContaining(['CVE-2024-1709', 'CVE-2021-34527']),
    );
  });

  it('shows what a campaign (not a container) uses and targets, and its coverage gauges as a link', async () => {
    renderApp(page('threats/campaigns', SEED.campaigns.moveit));
    await findTitle('Cl0p MOVEit Transfer mass exploitation');
    expect(screen.getByText('7 attack patterns, 1 vulnerability')).toBeInTheDocument();
    const patterns = screen.getByRole('table', { name: 'Attack patterns' });
    expect(rows(patterns)).toContainEqual(['T1059.001', 'PowerShell', 'execution']);
    expect(rows(patterns).map((r) => r[0])).toEqual([
      'T1005',
      'T1041',
      'T1059.001',
      'T1083',
      'T1190',
      'T1505.003',
      'T1560.001',
    ]);
    const vulnerabilities = screen.getByRole('table', { name: 'Vulnerabilities' });
    expect(rows(vulnerabilities)).toEqual([['CVE-2023-34362', '9.8', 'CRITICAL']]);
    const coverage = screen.getByRole('link', {
      name: 'Security Coverage: Cl0p MOVEit Transfer mass exploitation',
    });
    expect(coverage).toHaveAttribute(
      'href',
      `/dashboard/analyses/security_coverages/${SEED.coverages.provisioning}`,
    );
  });

  it('shows an existing coverage’s scores in the header, linking to the coverage', async () => {
    renderApp(page('threats/intrusion_sets', SEED.intrusionSets.fin7));
    await findTitle('FIN7');
    const coverage = screen.getByRole('link', { name: 'Security Coverage: FIN7' });
    expect(coverage).toHaveAttribute(
      'href',
      `/dashboard/analyses/security_coverages/${SEED.coverages.fresh}`,
    );
    expect(within(coverage).getAllByRole('img', { name: /: \d+\/100$/ }).length).toBeGreaterThan(0);
    expect(screen.getByText('14 attack patterns, 1 vulnerability')).toBeInTheDocument();
  });

  it('shows the details: description paragraphs, labels, markings, author, dates', async () => {
    renderApp(page('threats/intrusion_sets', SEED.intrusionSets.fin7));
    await findTitle('FIN7');
    const details = screen.getByRole('region', { name: 'Details' });
    const first = within(details).getByText(/^Financially motivated group active since 2013/);
    const second = within(details).getByText(/^Known for weaponised Office documents/);
    expect(first.tagName).toBe('P');
    expect(second.tagName).toBe('P');
    expect(first).not.toBe(second);
    expect(within(details).getByText('TLP:GREEN')).toBeInTheDocument();
    expect(within(details).getByText('ransomware')).toBeInTheDocument();
    expect(within(details).getByText('financially-motivated')).toBeInTheDocument();
    expect(within(details).getByText('Mandiant')).toBeInTheDocument();
    expect(within(details).getByText('Created').nextElementSibling?.textContent).toMatch(/\d{4}/);
  });

  it('leaves the coverage corner to the add action when the entity has no coverage', async () => {
    renderApp(page('analyses/reports', SEED.reports.blackBastaAdvisory));
    await findTitle('#StopRansomware: Black Basta (AA24-131A)');
    expect(screen.queryByRole('link', { name: /^Security Coverage:/ })).not.toBeInTheDocument();
  });

  it.each([
    [
      'a container',
      'analyses/groupings',
      SEED.groupings.phishingTriage,
      'Phishing domains triage — week 48',
      'This entity contains no attack pattern and no vulnerability.',
    ],
    [
      'a non-container',
      'events/incidents',
      SEED.incidents.lostLaptop,
      'Lost laptop FIN-LT-0412 (possible data exposure)',
      'This entity uses no attack pattern and targets no vulnerability.',
    ],
  ])(
    'says when %s has nothing an automated coverage could test',
    async (_kind, segment, id, name, body) => {
      renderApp(page(segment, id));
      await findTitle(name);
      expect(screen.getByText('Nothing an automated coverage could test')).toBeInTheDocument();
      expect(screen.getByText(new RegExp(`^${body}`))).toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    },
  );

  it('opens from the list and goes back through the breadcrumbs', async () => {
    const user = userEvent.setup();
    renderApp('/dashboard/cases/incidents');
    const list = await screen.findByRole(
      'table',
      { name: 'Incident responses' },
      { timeout: 5000 },
    );
    await user.click(
      within(list).getByRole('link', {
        name: 'IR-2026-031 — Business email compromise in Treasury',
      }),
    );
    await findTitle('IR-2026-031 — Business email compromise in Treasury');
    expect(screen.getByText('6 attack patterns, 0 vulnerabilities')).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Breadcrumbs' })).getByRole('link', {
        name: 'Incident responses',
      }),
    );
    expect(
      await screen.findByRole('table', { name: 'Incident responses' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it.each([
    ['an unknown id', 'analyses/reports', 'no-such-report', 'Report'],
    ['the id of another type', 'analyses/reports', SEED.campaigns.solarWinds, 'Report'],
    ['an unknown id', 'cases/incidents', 'no-such-case', 'Incident Response'],
  ])('shows a 404 for %s (%s)', async (_kind, segment, id, type) => {
    renderApp(page(segment, id));
    expect(await screen.findByText('Page not found', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(
      screen.getByText(`This ${type} does not exist, or you are not allowed to see it.`),
    ).toBeInTheDocument();
  });
});

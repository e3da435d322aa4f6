import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../setup/renderApp';

const REPORTS = '/dashboard/analyses/reports';
const VOLT_TYPHOON_ADVISORY =
  'PRC State-Sponsored Actors Compromise and Maintain Persistent Access to U.S. Critical Infrastructure (AA24-038A)';

async function findList(name: string) {
  return screen.findByRole('table', { name }, { timeout: 5000 });
}

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('covered-entity lists', () => {
  it.each([
    ['/dashboard/analyses/reports', 'Reports', '#StopRansomware: Black Basta (AA24-131A)', 'FIN7'],
    [
      '/dashboard/analyses/groupings',
      'Groupings',
      'Edge appliance zero-days exploited in 2024',
      '#StopRansomware: Black Basta (AA24-131A)',
    ],
    ['/dashboard/threats/campaigns', 'Campaigns', 'SolarWinds Compromise', 'APT29'],
    [
      '/dashboard/threats/intrusion_sets',
      'Intrusion sets',
      'Volt Typhoon',
      'SolarWinds Compromise',
    ],
    [
      '/dashboard/events/incidents',
      'Incidents',
      'Black Basta intrusion at a regional hospital supplier',
      'IR-2026-044 — Akira ransomware containment at the Lyon plant',
    ],
    [
      '/dashboard/cases/incidents',
      'Incident responses',
      'IR-2026-044 — Akira ransomware containment at the Lyon plant',
      'Black Basta intrusion at a regional hospital supplier',
    ],
  ])('%s lists the seeded entities of its type only', async (path, title, seeded, otherType) => {
    renderApp(path);
    const table = await findList(title);
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    const link = within(table).getByRole('link', { name: seeded });
    expect(link.getAttribute('href')).toMatch(new RegExp(`^${path}/[0-9a-f-]{36}$`));
    expect(within(table).queryByRole('link', { name: otherType })).not.toBeInTheDocument();
    expect(
      within(table).getByRole('columnheader', { name: 'Security Coverage' }),
    ).toBeInTheDocument();
  });

  it('shows each entity’s coverage gauges as a link, or "No coverage"', async () => {
    renderApp(REPORTS);
    const table = await findList('Reports');
    const covered = within(table).getByRole('link', { name: VOLT_TYPHOON_ADVISORY });
    const coveredRow = covered.closest('tr') as HTMLElement;
    const gauges = within(coveredRow).getByRole('link', {
      name: `Security Coverage: ${VOLT_TYPHOON_ADVISORY}`,
    });
    expect(gauges.getAttribute('href')).toMatch(/^\/dashboard\/analyses\/security_coverages\/.+/);
    const uncovered = within(table).getByRole('link', {
      name: '#StopRansomware: Black Basta (AA24-131A)',
    });
    const uncoveredRow = uncovered.closest('tr') as HTMLElement;
    expect(within(uncoveredRow).getByText('No coverage')).toBeInTheDocument();
    expect(within(uncoveredRow).queryByRole('link', { name: /^Security Coverage/ })).toBeNull();
  });

  it('narrows the list as the analyst searches, and keeps the search in the URL', async () => {
    const user = userEvent.setup();
    const { location } = renderApp(REPORTS);
    const table = await findList('Reports');
    expect(rowNames(table).length).toBeGreaterThan(1);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'basta');
    await expect
      .poll(() => rowNames(table), { timeout: 5000 })
      .toEqual(['#StopRansomware: Black Basta (AA24-131A)']);
    expect(location()).toBe(`${REPORTS}?search=basta`);
    expect(screen.getByText('1 entity')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await expect.poll(() => rowNames(table).length, { timeout: 5000 }).toBe(4);
    expect(location()).toBe(REPORTS);
  });

  it('keeps the search and sort when the analyst opens an entity and comes back', async () => {
    const user = userEvent.setup();
    const { location } = renderApp(`${REPORTS}?search=ransomware`);
    let table = await findList('Reports');
    await user.click(within(table).getByRole('button', { name: 'Name' }));
    await expect.poll(location).toBe(`${REPORTS}?search=ransomware&sortBy=name`);
    await user.click(
      within(table).getByRole('link', { name: '#StopRansomware: Black Basta (AA24-131A)' }),
    );
    await screen.findByRole('heading', {
      level: 1,
      name: '#StopRansomware: Black Basta (AA24-131A)',
    });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Breadcrumbs' })).getByRole('link', {
        name: 'Reports',
      }),
    );
    table = await findList('Reports');
    expect(location()).toBe(`${REPORTS}?search=ransomware&sortBy=name`);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('ransomware');
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(rowNames(table)).toEqual([
      '#StopRansomware: Black Basta (AA24-131A)',
      '#StopRansomware: CL0P Ransomware Gang Exploits CVE-2023-34362 MOVEit Vulnerability (AA23-158A)',
    ]);
  });

  it('restores search and sort from the URL', async () => {
    renderApp(`${REPORTS}?search=ransomware&sortBy=name&orderMode=asc`);
    const table = await findList('Reports');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('ransomware');
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const names = rowNames(table);
    expect(names).toContain('#StopRansomware: Black Basta (AA24-131A)');
    expect(names).not.toContain(VOLT_TYPHOON_ADVISORY);
    expect(names).toEqual([...names].sort((a, b) => (a ?? '').localeCompare(b ?? '')));
  });

  it('sorts by name, then reverses, from the column header', async () => {
    const user = userEvent.setup();
    const { location } = renderApp('/dashboard/threats/intrusion_sets');
    const table = await findList('Intrusion sets');
    const created = within(table).getByRole('columnheader', { name: /Created/ });
    expect(created).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(table).getByRole('button', { name: 'Name' }));
    const name = within(table).getByRole('columnheader', { name: /Name/ });
    await expect.poll(() => rowNames(table)).toEqual(['APT29', 'FIN7', 'Volt Typhoon']);
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    expect(created).not.toHaveAttribute('aria-sort');
    await user.click(within(table).getByRole('button', { name: 'Name' }));
    await expect.poll(() => rowNames(table)).toEqual(['Volt Typhoon', 'FIN7', 'APT29']);
    expect(name).toHaveAttribute('aria-sort', 'descending');
    expect(location()).toBe('/dashboard/threats/intrusion_sets?sortBy=name&orderMode=desc');
  });

  it('says so when nothing matches the search', async () => {
    renderApp(`${REPORTS}?search=no-such-report-anywhere`);
    expect(await screen.findByText('No match', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(
      screen.getByText('Nothing matches “no-such-report-anywhere”. Try another search term.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

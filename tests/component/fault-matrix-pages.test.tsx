import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { coverageName, entityName } from '../setup/mockData';
import {
  FAULT_MESSAGE,
  FAULT_TIMEOUT_MS,
  LATENCY_MS,
  injectFault,
  type DataPath,
  type FaultKind,
} from '../setup/faults';

/**
 * Every page under every fault of its own query: never blank, says what happened, offers Retry, and shows the data
 * once the fault is gone. (The shell's own query failing is covered by shell.test.tsx.)
 */
interface PageCase {
  name: string;
  path: () => string;
  /** The page's own query. */
  operation: string;
  /** Resolves once the page shows its data; `scope` is where to look (the page, or the panel's dialog). */
  ready: () => Promise<unknown>;
  /** A field inside the page's data that the `partial` fault nulls. */
  partialPath: DataPath;
  /** The page's main record or list: the `partial` fault at the root. */
  rootPath: DataPath;
  /** Where the failure is said: the page, or a panel's dialog. */
  scope?: () => Promise<HTMLElement>;
  /** What stays on screen around the failure (a tab's coverage header). */
  stays?: () => Promise<unknown>;
}

const COVERAGE = SEED.coverages.fresh;
const coveragePath = (tab: string) => `/dashboard/analyses/security_coverages/${COVERAGE}/${tab}`;
const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

const ENTITY_PAGES: [string, string, string][] = [
  ['Report', 'analyses/reports', SEED.reports.blackBastaAdvisory],
  ['Grouping', 'analyses/groupings', SEED.groupings.edgeZeroDays],
  ['Campaign', 'threats/campaigns', SEED.campaigns.moveit],
  ['Intrusion Set', 'threats/intrusion_sets', SEED.intrusionSets.apt29],
  ['Incident', 'events/incidents', SEED.incidents.hospitalRansomware],
  ['Incident Response', 'cases/incidents', SEED.caseIncidents.akira],
];

const ENTITY_LISTS: [string, string, string][] = [
  ['Reports', 'analyses/reports', '#StopRansomware: Black Basta (AA24-131A)'],
  ['Groupings', 'analyses/groupings', 'Edge appliance zero-days exploited in 2024'],
  ['Campaigns', 'threats/campaigns', 'SolarWinds Compromise'],
  ['Intrusion sets', 'threats/intrusion_sets', 'Volt Typhoon'],
  ['Incidents', 'events/incidents', 'Black Basta intrusion at a regional hospital supplier'],
  [
    'Incident responses',
    'cases/incidents',
    'IR-2026-044 — Akira ransomware containment at the Lyon plant',
  ],
];

const PAGES: PageCase[] = [
  {
    name: 'coverage list',
    path: () => '/dashboard/analyses/security_coverages',
    operation: 'SecurityCoveragesRouteQuery',
    ready: async () => {
      await heading('Security Coverages');
      await screen.findByRole('row', { name: new RegExp(await coverageName(COVERAGE)) });
    },
    partialPath: ['securityCoverages', 'edges', 0, 'node', 'objectCovered'],
    rootPath: ['securityCoverages'],
  },
  {
    name: 'coverage header',
    path: () => coveragePath('overview'),
    operation: 'CoverageRouteQuery',
    ready: async () => heading(await coverageName(COVERAGE)),
    partialPath: ['securityCoverage', 'objectCovered'],
    rootPath: ['securityCoverage'],
  },
  {
    name: 'coverage Overview tab',
    path: () => coveragePath('overview'),
    operation: 'CoverageOverviewRouteQuery',
    ready: () => screen.findByRole('region', { name: 'Last result and schedule' }),
    stays: async () => heading(await coverageName(COVERAGE)),
    partialPath: ['securityCoverage', 'objectCovered'],
    rootPath: ['securityCoverage'],
  },
  {
    name: 'coverage Result tab',
    path: () => coveragePath('result'),
    operation: 'CoverageResultRouteQuery',
    ready: () => screen.findByRole('table', { name: 'Coverage results' }),
    stays: async () => heading(await coverageName(COVERAGE)),
    partialPath: [
      'securityCoverage',
      'stixCoreRelationshipsFromResults',
      'edges',
      0,
      'node',
      'from',
    ],
    rootPath: ['securityCoverage'],
  },
  ...ENTITY_PAGES.map(([type, segment, id]): PageCase => ({
    name: `${type} page`,
    path: () => `/dashboard/${segment}/${id}`,
    operation: 'EntityRouteQuery',
    ready: async () => heading(await entityName(id)),
    partialPath: ['stixCoreObject', 'objectLabel'],
    rootPath: ['stixCoreObject'],
  })),
  ...ENTITY_LISTS.map(([title, segment, row]): PageCase => ({
    name: `${title} list`,
    path: () => `/dashboard/${segment}`,
    operation: 'EntityListRouteQuery',
    ready: async () => {
      await heading(title);
      await screen.findByRole('rowheader', { name: row });
    },
    partialPath: ['stixCoreObjects', 'edges', 0, 'node', 'objectLabel'],
    rootPath: ['stixCoreObjects'],
  })),
  {
    name: 'Enrichment panel',
    path: () =>
      `/dashboard/analyses/security_coverages/${SEED.coverages.failed}/overview?panel=enrichment`,
    operation: 'EnrichmentPanelContentQuery',
    ready: async () =>
      within(await screen.findByRole('dialog', { name: 'Enrichment' })).findByRole('region', {
        name: 'OpenAEV Coverage',
      }),
    partialPath: ['securityCoverage', 'jobs', 0, 'errors'],
    rootPath: ['securityCoverage'],
    scope: () => screen.findByRole('dialog', { name: 'Enrichment' }),
  },
];

const where = async (page: PageCase) => (page.scope ? page.scope() : document.body);

async function expectFailureSaid(page: PageCase, message: RegExp) {
  const scope = await where(page);
  const alert = await within(scope).findByRole('alert', {}, { timeout: 5000 });
  expect(alert).toHaveTextContent(message);
  // Never blank: the shell (and its navigation) stays around the message.
  expect(
    screen.getByRole('navigation', { name: 'Main navigation', hidden: true }),
  ).toBeInTheDocument();
  return within(alert).getByRole('button', { name: 'Retry' });
}

const HARD_FAULTS: Exclude<FaultKind, 'latency' | 'partial'>[] = [
  'http500',
  'network',
  'timeout',
  'graphqlErrors',
];

afterEach(() => {
  vi.useRealTimers();
});

describe.each(PAGES)('$name under faults', (page) => {
  it.each(HARD_FAULTS)('%s: says what happened, and Retry shows the page', async (kind) => {
    const fault = injectFault(kind, { operations: [page.operation] });
    renderApp(page.path(), { timeoutMs: kind === 'timeout' ? FAULT_TIMEOUT_MS : undefined });
    const retry = await expectFailureSaid(page, FAULT_MESSAGE[kind]);
    expect(fault.hits).toContain(page.operation);
    await page.stays?.();
    fault.clear();
    await userEvent.click(retry);
    await page.ready();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('partial data: shows what came, says what is missing, and Retry completes it', async () => {
    const fault = injectFault('partial', {
      operations: [page.operation],
      partialPath: page.partialPath,
    });
    renderApp(page.path());
    await page.ready();
    const retry = await expectFailureSaid(page, FAULT_MESSAGE.partial);
    fault.clear();
    await userEvent.click(retry);
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await page.ready();
  });

  it('partial data without the main record: says what happened instead of "not found" or "empty"', async () => {
    const fault = injectFault('partial', {
      operations: [page.operation],
      partialPath: page.rootPath,
    });
    renderApp(page.path());
    const retry = await expectFailureSaid(page, FAULT_MESSAGE.partial);
    expect(screen.queryByText(/not found|does not exist/i)).not.toBeInTheDocument();
    fault.clear();
    await userEvent.click(retry);
    await page.ready();
  });

  it('5 s latency: shows that it is loading, then the data', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    injectFault('latency', { operations: [page.operation], latencyMs: LATENCY_MS });
    renderApp(page.path());
    const scope = await where(page);
    expect(await within(scope).findByRole('progressbar')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(LATENCY_MS / 2));
    expect(within(scope).getAllByRole('progressbar').length).toBeGreaterThan(0);
    await act(() => vi.advanceTimersByTimeAsync(LATENCY_MS / 2));
    await page.ready();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import {
  FAULT_MESSAGE,
  FAULT_TIMEOUT_MS,
  LATENCY_MS,
  injectFault,
  type DataPath,
  type FaultKind,
} from '../setup/faults';

/**
 * The exports (the list's CSV, the Result tab's CSV and ATT&CK Navigator layer) and live mode's "Test connection"
 * under every fault: what happened, a Retry, and the file (or the connection) once the fault is gone. An export
 * never writes a file from an incomplete answer.
 */
interface ExportCase {
  name: string;
  operation: string;
  path: string;
  partialPath: DataPath;
  start: () => Promise<void>;
  doneText: RegExp;
}

const LIST = '/dashboard/analyses/security_coverages';
const RESULT = `${LIST}/${SEED.coverages.placeholders}/result`;

async function fromExportMenu(item: string) {
  await screen.findByRole('table', { name: 'Coverage results' });
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  await userEvent.click(
    within(await screen.findByRole('menu')).getByRole('menuitem', { name: item }),
  );
}

const RESULT_ROW: DataPath = [
  'securityCoverage',
  'stixCoreRelationshipsFromResults',
  'edges',
  0,
  'node',
  'to',
];

const EXPORTS: ExportCase[] = [
  {
    name: 'the list as CSV',
    operation: 'exportCoveragesQuery',
    path: LIST,
    partialPath: ['securityCoverages', 'edges', 0, 'node', 'objectCovered'],
    start: async () => {
      await screen.findByRole('table', { name: 'Security Coverages' });
      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    },
    doneText: /^\d+ rows exported$/,
  },
  {
    name: 'the Result tab as CSV',
    operation: 'exportResultsQuery',
    path: RESULT,
    partialPath: RESULT_ROW,
    start: () => fromExportMenu('Table as CSV'),
    doneText: /^\d+ rows exported$/,
  },
  {
    name: 'an ATT&CK Navigator layer',
    operation: 'exportResultsQuery',
    path: RESULT,
    partialPath: RESULT_ROW,
    start: () => fromExportMenu('Prevention layer'),
    doneText: /^Layer exported with \d+ techniques?$/,
  },
];

/** Captures the files the app offers for download (their names). */
function captureDownloads() {
  const files: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push(this.download);
  });
  return files;
}

const FAILURES: Exclude<FaultKind, 'latency'>[] = [
  'http500',
  'network',
  'timeout',
  'graphqlErrors',
  'partial',
];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe.each(EXPORTS)('exporting $name under faults', (job) => {
  it.each(FAILURES)(
    '%s: says the export failed and why, writes no file, and Retry exports',
    async (kind) => {
      const files = captureDownloads();
      const fault = injectFault(kind, {
        operations: [job.operation],
        partialPath: job.partialPath,
      });
      renderApp(job.path, { timeoutMs: kind === 'timeout' ? FAULT_TIMEOUT_MS : undefined });
      await job.start();
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
      expect(alert).toHaveTextContent(/^The export failed: /);
      expect(alert).toHaveTextContent(FAULT_MESSAGE[kind]);
      expect(files).toEqual([]);
      fault.clear();
      await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await screen.findByText(job.doneText)).toBeInTheDocument();
      expect(files).toHaveLength(1);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('5 s latency: shows the progress, then writes the file', async () => {
    const files = captureDownloads();
    renderApp(job.path);
    injectFault('latency', { operations: [job.operation], latencyMs: LATENCY_MS });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    await job.start();
    await act(() => vi.advanceTimersByTimeAsync(LATENCY_MS / 2));
    expect(screen.getAllByRole('progressbar').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /^Cancel/ })).toBeInTheDocument();
    expect(files).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(LATENCY_MS / 2));
    expect(await screen.findByText(job.doneText)).toBeInTheDocument();
    expect(files).toHaveLength(1);
  });
});

describe('"Test connection" (live mode) under faults', () => {
  const CONNECTION = '/dashboard/connection';
  const live = { config: { mode: 'live' as const } };
  const test = () => screen.getByRole('button', { name: 'Test connection' });

  it.each([
    ['http500', /OpenCTI answered with an error\. Try again/],
    ['graphqlErrors', /OpenCTI answered with an error\. Try again/],
  ] as const)('%s: says what failed, and testing again connects', async (kind, message) => {
    const fault = injectFault(kind, { operations: ['testConnectionQuery'] });
    renderApp(CONNECTION, live);
    await userEvent.type(await screen.findByLabelText('API token'), 'a-token');
    await userEvent.click(test());
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByLabelText('API token')).toHaveValue('a-token');
    fault.clear();
    await userEvent.click(test());
    expect(await screen.findByText(/^Connected to OpenCTI/)).toBeInTheDocument();
  });

  it('timeout: gives up after 15 s and says the server did not answer in time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const fault = injectFault('timeout', { operations: ['testConnectionQuery'] });
    renderApp(CONNECTION, live);
    await userEvent.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Testing the connection…');
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(await screen.findByRole('alert')).toHaveTextContent(/did not answer in time/);
    fault.clear();
    await userEvent.click(test());
    expect(await screen.findByText(/^Connected to OpenCTI/)).toBeInTheDocument();
  });

  it('5 s latency: says it is testing, then connected', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    injectFault('latency', { operations: ['testConnectionQuery'], latencyMs: LATENCY_MS });
    renderApp(CONNECTION, live);
    await userEvent.click(await screen.findByRole('button', { name: 'Test connection' }));
    await act(() => vi.advanceTimersByTimeAsync(LATENCY_MS / 2));
    expect(screen.getByRole('status')).toHaveTextContent('Testing the connection…');
    expect(test()).toBeDisabled();
    await act(() => vi.advanceTimersByTimeAsync(LATENCY_MS / 2));
    expect(await screen.findByText(/^Connected to OpenCTI/)).toBeInTheDocument();
  });
});

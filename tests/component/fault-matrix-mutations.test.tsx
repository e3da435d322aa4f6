import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { currentMockBackend, server } from '../../mocks/node';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { coverageCount, coverageName, gql, uncoveredReport } from '../setup/mockData';
import {
  FAULT_MESSAGE,
  FAULT_TIMEOUT_MS,
  LATENCY_MS,
  SERVER_MESSAGE,
  countRequests,
  injectFault,
  type DataPath,
  type FaultKind,
} from '../setup/faults';

/**
 * Every mutation (and every export) under every fault: it says what happened, keeps every input, and sending again
 * once the fault is gone does the job; a slow server shows that the request is on its way, then the result.
 */
interface MutationCase {
  name: string;
  operation: string;
  /** Where the `partial` fault puts OpenCTI's refusal (the mutation's field, null). */
  partialPath: DataPath;
  /** Renders the page, opens the form and fills it in; returns where the form is. */
  prepare: (render: (path: string) => void) => Promise<HTMLElement>;
  /** Sends, or sends again after a failure (Retry). */
  send: (scope: HTMLElement) => Promise<void>;
  /** While the request is on its way: it says so, and it cannot be sent twice. */
  busy: (scope: HTMLElement) => void;
  /** The form still holds what was typed. */
  kept: (scope: HTMLElement) => void;
  /** What is on screen (and in OpenCTI) once it worked. */
  done: () => Promise<void>;
}

const LIST = '/dashboard/analyses/security_coverages';
const coveragePage = (id: string, tab = 'overview') => `${LIST}/${id}/${tab}`;
const REPORT_NAME = '#StopRansomware: Black Basta (AA24-131A)';

async function paste(element: HTMLElement, text: string) {
  await userEvent.click(element);
  await userEvent.paste(text);
}

async function reportCoverage(id: string) {
  const data = await gql<{
    report: {
      securityCoverage: {
        name: string;
        auto_enrichment_disable: boolean;
        platforms_affinity: string[];
        coverage_information: { coverage_name: string; coverage_score: number }[] | null;
      } | null;
    } | null;
  }>(
    `query($id: String!) { report(id: $id) { securityCoverage {
      name auto_enrichment_disable platforms_affinity coverage_information { coverage_name coverage_score } } } }`,
    { id },
  );
  return data.report?.securityCoverage ?? null;
}

async function storedScores(id: string) {
  const data = await gql<{
    securityCoverage: { coverage_information: { coverage_name: string; coverage_score: number }[] };
  }>(
    'query($id: String!) { securityCoverage(id: $id) { coverage_information { coverage_name coverage_score } } }',
    {
      id,
    },
  );
  return data.securityCoverage.coverage_information;
}

/** How many works (enrichment attempts) the coverage has. */
async function jobCount(id: string) {
  const data = await gql<{ securityCoverage: { jobs: unknown[] } }>(
    'query($id: String!) { securityCoverage(id: $id) { jobs(first: 100) { id } } }',
    { id },
  );
  return data.securityCoverage.jobs.length;
}

const dialog = (name: string | RegExp) => screen.findByRole('dialog', { name });
const noDialog = () => waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

function manualCreation(): MutationCase {
  let report = { id: '', name: '' };
  let before = 0;
  return {
    name: 'create a coverage (manual)',
    operation: 'AddSecurityCoverageMutation',
    partialPath: ['securityCoverageAdd'],
    prepare: async (render) => {
      report = await uncoveredReport();
      before = await coverageCount();
      render(LIST);
      await userEvent.click(await screen.findByRole('button', { name: 'Add Security Coverage' }));
      const drawer = await dialog('Add Security Coverage');
      await paste(
        await within(drawer).findByRole('searchbox', { name: 'Search entities' }),
        report.name,
      );
      await userEvent.keyboard('{Enter}');
      await userEvent.click(
        await within(drawer).findByRole('button', { name: `Cover ${report.name}` }),
      );
      await userEvent.click(await within(drawer).findByRole('button', { name: /Manual Input/ }));
      await userEvent.type(await within(drawer).findByRole('textbox', { name: 'Name' }), ' v2');
      await userEvent.click(within(drawer).getByRole('checkbox', { name: 'Detection' }));
      await userEvent.type(within(drawer).getByRole('textbox', { name: 'Detection score' }), '42');
      return drawer;
    },
    send: (drawer) => userEvent.click(within(drawer).getByRole('button', { name: 'Create' })),
    busy: (drawer) =>
      expect(within(drawer).getByRole('button', { name: 'Creating…' })).toBeDisabled(),
    kept: (drawer) => {
      expect(within(drawer).getByRole('textbox', { name: 'Name' })).toHaveValue(
        `${report.name} v2`,
      );
      expect(within(drawer).getByRole('checkbox', { name: 'Detection' })).toBeChecked();
      expect(within(drawer).getByRole('textbox', { name: 'Detection score' })).toHaveValue('42');
    },
    done: async () => {
      await noDialog();
      expect(await screen.findByRole('link', { name: `${report.name} v2` })).toBeInTheDocument();
      expect(await coverageCount()).toBe(before + 1);
    },
  };
}

function automatedCreation(): MutationCase {
  let before = 0;
  return {
    name: 'create a coverage (automated, from a Report)',
    operation: 'AddSecurityCoverageMutation',
    partialPath: ['securityCoverageAdd'],
    prepare: async (render) => {
      before = await coverageCount();
      render(`/dashboard/analyses/reports/${SEED.reports.blackBastaAdvisory}`);
      await screen.findByRole('heading', { level: 1, name: REPORT_NAME });
      await userEvent.click(screen.getByRole('button', { name: 'Add Security Coverage' }));
      const drawer = await dialog('Add Security Coverage');
      await userEvent.click(
        await within(drawer).findByRole('button', { name: /Automated using Enrichment/ }),
      );
      await userEvent.type(await within(drawer).findByRole('textbox', { name: 'Name' }), ' (auto)');
      await userEvent.click(within(drawer).getByRole('checkbox', { name: 'macOS' }));
      return drawer;
    },
    send: (drawer) => userEvent.click(within(drawer).getByRole('button', { name: 'Create' })),
    busy: (drawer) =>
      expect(within(drawer).getByRole('button', { name: 'Creating…' })).toBeDisabled(),
    kept: (drawer) => {
      expect(within(drawer).getByRole('textbox', { name: 'Name' })).toHaveValue(
        `${REPORT_NAME} (auto)`,
      );
      // macOS was ticked by default, and the analyst unticked it.
      expect(within(drawer).getByRole('checkbox', { name: 'macOS' })).not.toBeChecked();
      expect(within(drawer).getByRole('checkbox', { name: 'Windows' })).toBeChecked();
    },
    done: async () => {
      await noDialog();
      expect(
        await screen.findByRole('heading', { level: 1, name: `${REPORT_NAME} (auto)` }),
      ).toBeInTheDocument();
      expect(await reportCoverage(SEED.reports.blackBastaAdvisory)).toMatchObject({
        name: `${REPORT_NAME} (auto)`,
        auto_enrichment_disable: false,
        platforms_affinity: ['windows', 'linux'],
      });
      expect(await coverageCount()).toBe(before + 1);
    },
  };
}

function update(): MutationCase {
  const id = SEED.coverages.manualDetection;
  return {
    name: 'update a coverage',
    operation: 'UpdateSecurityCoverageMutation',
    partialPath: ['securityCoverageFieldPatch'],
    prepare: async (render) => {
      render(coveragePage(id));
      await screen.findByRole('heading', { level: 1, name: await coverageName(id) });
      await userEvent.click(screen.getByRole('button', { name: 'Update' }));
      const drawer = await dialog('Update Security Coverage');
      const name = within(drawer).getByRole('textbox', { name: 'Name' });
      await userEvent.clear(name);
      await userEvent.type(name, 'Edge zero-days, reviewed');
      const score = within(drawer).getByRole('textbox', { name: 'Detection score' });
      await userEvent.clear(score);
      await userEvent.type(score, '100');
      return drawer;
    },
    send: (drawer) => userEvent.click(within(drawer).getByRole('button', { name: 'Save' })),
    busy: (drawer) =>
      expect(within(drawer).getByRole('button', { name: 'Saving…' })).toBeDisabled(),
    kept: (drawer) => {
      expect(within(drawer).getByRole('textbox', { name: 'Name' })).toHaveValue(
        'Edge zero-days, reviewed',
      );
      expect(within(drawer).getByRole('textbox', { name: 'Detection score' })).toHaveValue('100');
    },
    done: async () => {
      await noDialog();
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Edge zero-days, reviewed' }),
      ).toBeInTheDocument();
      expect(await storedScores(id)).toContainEqual({
        coverage_name: 'detection',
        coverage_score: 100,
      });
    },
  };
}

function editScores(): MutationCase {
  return {
    name: 'edit the scores of a tested entity',
    operation: 'UpdateTestedEntityScoresMutation',
    partialPath: ['stixCoreRelationshipEdit', 'fieldPatch'],
    prepare: async (render) => {
      render(coveragePage(SEED.coverages.manualFull, 'result'));
      const table = await screen.findByRole('table', { name: 'Coverage results' });
      const row = within(table).getAllByRole('row')[1]!;
      await userEvent.click(within(row).getByRole('button', { name: /^Edit the scores of / }));
      const edit = await dialog(/^Scores of /);
      const field = within(edit).getAllByRole('textbox')[0]!;
      await userEvent.clear(field);
      await userEvent.type(field, '7');
      return edit;
    },
    send: (edit) => userEvent.click(within(edit).getByRole('button', { name: 'Save' })),
    busy: (edit) => expect(within(edit).getByRole('button', { name: 'Save' })).toBeDisabled(),
    kept: (edit) => expect(within(edit).getAllByRole('textbox')[0]).toHaveValue('7'),
    done: async () => {
      await noDialog();
      const table = screen.getByRole('table', { name: 'Coverage results' });
      const row = within(table).getAllByRole('row')[1]!;
      expect(within(row).getAllByRole('img', { name: /: 7\/100$/ }).length).toBeGreaterThan(0);
    },
  };
}

function deleteFromPage(): MutationCase {
  const id = SEED.coverages.manualFull;
  return {
    name: 'delete a coverage from its page',
    operation: 'DeleteCoverageMutation',
    partialPath: ['securityCoverageDelete'],
    prepare: async (render) => {
      render(coveragePage(id));
      await screen.findByRole('heading', { level: 1, name: await coverageName(id) });
      await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
      return dialog('Delete this Security Coverage?');
    },
    send: (confirm) => userEvent.click(within(confirm).getByRole('button', { name: 'Delete' })),
    busy: (confirm) =>
      expect(within(confirm).getByRole('button', { name: 'Deleting…' })).toBeDisabled(),
    kept: (confirm) =>
      expect(within(confirm).getByRole('button', { name: 'Delete' })).toBeEnabled(),
    done: async () => {
      await screen.findByRole('heading', { level: 1, name: 'Security Coverages' });
      await expect(coverageName(id)).rejects.toThrow();
    },
  };
}

function deleteFromList(): MutationCase {
  const id = SEED.coverages.manualDetection;
  let name = '';
  return {
    name: 'delete coverages from the list',
    operation: 'DeleteSecurityCoverageMutation',
    partialPath: ['securityCoverageDelete'],
    prepare: async (render) => {
      name = await coverageName(id);
      render(LIST);
      await userEvent.click(await screen.findByRole('checkbox', { name: `Select ${name}` }));
      await userEvent.click(screen.getByRole('button', { name: /^Delete/ }));
      return dialog('Delete this security coverage?');
    },
    send: (confirm) =>
      userEvent.click(within(confirm).getByRole('button', { name: /^(Delete|Retry)$/ })),
    busy: (confirm) => {
      expect(within(confirm).getByRole('status')).toHaveTextContent('Deleting 0 of 1…');
      expect(within(confirm).getByRole('button', { name: 'Delete' })).toBeDisabled();
    },
    kept: (confirm) => expect(within(confirm).getByText(name)).toBeInTheDocument(),
    done: async () => {
      await noDialog();
      await waitFor(() => expect(screen.queryByRole('link', { name })).not.toBeInTheDocument());
      await expect(coverageName(id)).rejects.toThrow();
    },
  };
}

function askEnrichment(): MutationCase {
  const section = async () =>
    within(await dialog('Enrichment')).findByRole('region', { name: 'OpenAEV Coverage' });
  return {
    name: 'ask OpenAEV again (Enrichment Retry)',
    operation: 'AskEnrichmentMutation',
    partialPath: ['stixCoreObjectEdit', 'askEnrichment'],
    prepare: async (render) => {
      render(`${coveragePage(SEED.coverages.failed)}?panel=enrichment`);
      await section();
      return dialog('Enrichment');
    },
    send: async () =>
      userEvent.click(within(await section()).getByRole('button', { name: 'Retry' })),
    busy: (panel) => {
      const connector = within(panel).getByRole('region', { name: 'OpenAEV Coverage' });
      expect(within(connector).getByRole('button', { name: 'Retry' })).toBeDisabled();
      expect(within(connector).getByText('Sending the request…')).toBeInTheDocument();
    },
    kept: () => undefined,
    done: async () => {
      expect(
        await screen.findByText('OpenAEV was asked to assess the coverage again.'),
      ).toBeInTheDocument();
    },
  };
}

const CASES: (() => MutationCase)[] = [
  manualCreation,
  automatedCreation,
  update,
  editScores,
  deleteFromPage,
  deleteFromList,
  askEnrichment,
];

const FAILURES: Exclude<FaultKind, 'latency'>[] = [
  'http500',
  'network',
  'timeout',
  'graphqlErrors',
  'partial',
];

const MESSAGE: Record<Exclude<FaultKind, 'latency'>, RegExp> = {
  ...FAULT_MESSAGE,
  partial: new RegExp(`OpenCTI reported an error: ${SERVER_MESSAGE}`),
};

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe.each(CASES.map((make) => [make().name, make] as const))('%s under faults', (_, make) => {
  it.each(FAILURES)(
    '%s: says what happened, keeps the inputs, and sending again works',
    async (kind) => {
      const action = make();
      const fault = injectFault(kind, {
        operations: [action.operation],
        partialPath: action.partialPath,
      });
      const scope = await action.prepare((path) =>
        renderApp(path, { timeoutMs: kind === 'timeout' ? FAULT_TIMEOUT_MS : undefined }),
      );
      await action.send(scope);
      const alert = await within(scope).findByRole('alert', {}, { timeout: 5000 });
      expect(alert).toHaveTextContent(MESSAGE[kind]);
      expect(fault.hits).toEqual([action.operation]);
      action.kept(scope);
      fault.clear();
      await action.send(scope);
      await action.done();
    },
  );

  it('5 s latency: shows the request is on its way, then the result', async () => {
    const action = make();
    const scope = await action.prepare((path) => renderApp(path));
    injectFault('latency', { operations: [action.operation], latencyMs: LATENCY_MS });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    await action.send(scope);
    await act(() => vi.advanceTimersByTimeAsync(LATENCY_MS / 2));
    // Still waiting: it says so, nothing says it failed, and it cannot be sent twice.
    action.busy(scope);
    expect(within(scope).queryByRole('alert')).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(LATENCY_MS / 2));
    await action.done();
  });
});

describe('a manual coverage whose scores fail to save after it was created', () => {
  it('says so, and sending again saves the scores without creating a second coverage', async () => {
    const report = await uncoveredReport();
    // A server that does not keep the scores given to securityCoverageAdd: the console adds them as a result.
    server.use(
      http.post('*/graphql', async ({ request }) => {
        const body = (await request.clone().json()) as {
          operationName?: string;
          query: string;
          variables: { input: Record<string, unknown> };
        };
        if (body.operationName !== 'AddSecurityCoverageMutation') return undefined;
        const { coverage_information: _dropped, ...input } = body.variables.input;
        return HttpResponse.json(
          await currentMockBackend().execute({
            query: body.query,
            variables: { ...body.variables, input },
          }),
        );
      }),
    );
    const action = manualCreation();
    const fault = injectFault('http500', { operations: ['AddSecurityCoverageResultMutation'] });
    const drawer = await action.prepare((path) => renderApp(path));
    const requests = countRequests();
    await action.send(drawer);
    expect(await within(drawer).findByRole('alert')).toHaveTextContent(
      /The coverage was created, but its scores were not saved: .*HTTP 500/,
    );
    action.kept(drawer);
    fault.clear();
    await action.send(drawer);
    await action.done();
    expect(requests('AddSecurityCoverageMutation')).toBe(1);
    expect(requests('AddSecurityCoverageResultMutation')).toBe(2);
    const coverage = await reportCoverage(report.id);
    expect(coverage?.coverage_information).toEqual([
      { coverage_name: 'detection', coverage_score: 42 },
    ]);
  });
});

describe('a double click', () => {
  it.each([manualCreation, automatedCreation])(
    'creates one coverage with one request (%#: manual, automated), even on a slow server',
    async (make) => {
      const action = make();
      const drawer = await action.prepare((path) => renderApp(path));
      injectFault('latency', { operations: [action.operation], latencyMs: 300 });
      const requests = countRequests();
      await userEvent.dblClick(within(drawer).getByRole('button', { name: 'Create' }));
      await action.done();
      expect(requests('AddSecurityCoverageMutation')).toBe(1);
    },
  );

  it('asks OpenAEV once: one request, one new work', async () => {
    const action = askEnrichment();
    const panel = await action.prepare((path) => renderApp(path));
    const connector = within(panel).getByRole('region', { name: 'OpenAEV Coverage' });
    const works = await jobCount(SEED.coverages.failed);
    const shown = within(connector).getAllByRole('listitem').length;
    injectFault('latency', { operations: [action.operation], latencyMs: 300 });
    const requests = countRequests();
    await userEvent.dblClick(within(connector).getByRole('button', { name: 'Retry' }));
    await action.done();
    await waitFor(() => expect(within(connector).getAllByRole('listitem')).toHaveLength(shown + 1));
    expect(requests('AskEnrichmentMutation')).toBe(1);
    expect(await jobCount(SEED.coverages.failed)).toBe(works + 1);
  });
});

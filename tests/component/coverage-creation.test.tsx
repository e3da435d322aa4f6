import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { currentMockBackend, server } from '../../mocks/node';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { coverageCount, entityName, gql } from '../setup/mockData';

const LIST = '/dashboard/analyses/security_coverages';

/** A Report without a coverage (with attack patterns and vulnerabilities), and a Report with one. */
async function uncoveredReport() {
  const data = await gql<{
    reports: {
      edges: { node: { id: string; name: string; securityCoverage: { id: string } | null } }[];
    };
  }>('{ reports(first: 50) { edges { node { id name securityCoverage { id } } } } }');
  const report = data.reports.edges.map((e) => e.node).find((r) => !r.securityCoverage);
  if (!report) throw new Error('the seed has no Report without coverage');
  return report;
}

/** The results of a Report's coverage: their names and scores. */
async function resultsOf(reportId: string) {
  const data = await gql<{
    report: {
      securityCoverage: {
        results: {
          name: string;
          coverage_information: { coverage_name: string; coverage_score: number }[];
        }[];
      } | null;
    } | null;
  }>(
    `query R($id: String!) { report(id: $id) { securityCoverage {
      results { name coverage_information { coverage_name coverage_score } }
    } } }`,
    { id: reportId },
  );
  return data.report?.securityCoverage?.results ?? [];
}

async function openDrawerFromList() {
  renderApp(LIST);
  await userEvent.click(await screen.findByRole('button', { name: 'Add Security Coverage' }));
  return screen.findByRole('dialog', { name: 'Add Security Coverage' });
}

/** Types a long text at once (paste), which keeps these tests fast; short values are typed key by key. */
async function paste(element: HTMLElement, text: string) {
  await userEvent.click(element);
  await userEvent.paste(text);
}

async function searchEntities(dialog: HTMLElement, name: string) {
  await paste(await within(dialog).findByRole('searchbox', { name: 'Search entities' }), name);
  await userEvent.keyboard('{Enter}');
}

async function pickEntity(dialog: HTMLElement, name: string) {
  await searchEntities(dialog, name);
  await userEvent.click(await within(dialog).findByRole('button', { name: `Cover ${name}` }));
}

async function chooseManual(dialog: HTMLElement) {
  await userEvent.click(await within(dialog).findByRole('button', { name: /Manual Input/ }));
  return within(dialog).findByRole('textbox', { name: 'Name' });
}

describe('Add Security Coverage from the list', () => {
  it('creates a manual coverage and shows it at the top without a reload', async () => {
    const report = await uncoveredReport();
    const before = await coverageCount();
    const dialog = await openDrawerFromList();
    await pickEntity(dialog, report.name);
    const name = await chooseManual(dialog);
    expect(name).toHaveValue(report.name);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Detection' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Detection score' }), '100');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const firstRow = within(
      await screen.findByRole('table', { name: 'Security Coverages' }),
    ).getAllByRole('row')[1];
    expect(firstRow && within(firstRow).getAllByRole('link', { name: report.name })).toHaveLength(
      2,
    );
    expect(
      firstRow && within(firstRow).getByRole('img', { name: 'Detection: 100/100' }),
    ).toBeInTheDocument();
    expect(await coverageCount()).toBe(before + 1);
    // The server kept the scores in a result of its own: the console adds no second one.
    const results = await resultsOf(report.id);
    expect(results).toHaveLength(1);
    expect(results[0]?.coverage_information).toEqual([
      { coverage_name: expect.stringMatching(/^detection$/i), coverage_score: 100 },
    ]);
  });

  it('adds the scores as a result of their own when the server drops them from the creation', async () => {
    // Servers that create a result only for entities to test or a source link ignore the scores given to
    // securityCoverageAdd.
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
            operationName: body.operationName,
            variables: { ...body.variables, input },
          }),
        );
      }),
    );
    const report = await uncoveredReport();
    const dialog = await openDrawerFromList();
    await pickEntity(dialog, report.name);
    await chooseManual(dialog);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Detection' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Detection score' }), '70');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(async () =>
      expect(await resultsOf(report.id)).toEqual([
        {
          name: 'Manual Input',
          coverage_information: [
            { coverage_name: expect.stringMatching(/^detection$/i), coverage_score: 70 },
          ],
        },
      ]),
    );
  });

  it('marks entities that already have a coverage and offers to open it', async () => {
    const covered = await entityName(SEED.intrusionSets.fin7);
    const dialog = await openDrawerFromList();
    await searchEntities(dialog, covered);
    const choose = (
      await within(dialog).findAllByRole('button', { name: `Cover ${covered}` })
    ).find((button) =>
      within(button.closest('li') as HTMLElement).queryByRole('link', {
        name: 'Open its coverage',
      }),
    );
    expect(choose).toBeDefined();
    if (!choose) return;
    const item = choose.closest('li') as HTMLElement;
    expect(choose).toHaveAttribute('aria-disabled', 'true');
    expect(within(item).getByText('Has a coverage')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Open its coverage' })).toHaveAttribute(
      'href',
      expect.stringContaining(SEED.coverages.fresh),
    );
  });

  it('validates every field before sending and keeps what was typed', async () => {
    const report = await uncoveredReport();
    const before = await coverageCount();
    const dialog = await openDrawerFromList();
    await pickEntity(dialog, report.name);
    const name = await chooseManual(dialog);
    await userEvent.clear(name);
    await userEvent.type(name, ' a ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(
      within(dialog).getByText('Enter at least 2 characters (spaces do not count).'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Choose at least one metric to assess.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Prevention' }));
    const score = within(dialog).getByRole('textbox', { name: 'Prevention score' });
    for (const [typed, message] of [
      ['-1', 'The score must be between 0 and 100.'],
      ['101', 'The score must be between 0 and 100.'],
      ['1.5', 'Enter a whole number (no decimals).'],
      ['abc', 'Enter a number from 0 to 100.'],
    ] as const) {
      await userEvent.clear(score);
      await userEvent.type(score, typed);
      expect(within(dialog).getByText(message)).toBeInTheDocument();
      expect(score).toHaveValue(typed);
    }
    await userEvent.clear(score);
    expect(within(dialog).getByText('This field is required.')).toBeInTheDocument();
    await userEvent.type(score, '0');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Source link/ }),
      'javascript:alert(1)',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByText('Only http and https links are allowed.')).toBeInTheDocument();
    expect(name).toHaveValue(' a ');
    expect(await coverageCount()).toBe(before);
  });

  it('keeps every field and says why when the server refuses', async () => {
    server.use(
      http.post('*/graphql', async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string };
        if (body.operationName !== 'AddSecurityCoverageMutation') return undefined;
        return HttpResponse.json({
          errors: [{ message: 'Elastic is read-only', extensions: { code: 'DATABASE_ERROR' } }],
          data: null,
        });
      }),
    );
    const report = await uncoveredReport();
    const dialog = await openDrawerFromList();
    await pickEntity(dialog, report.name);
    const name = await chooseManual(dialog);
    await userEvent.type(name, ' v2');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Detection' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Detection score' }), '42');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(
      await within(dialog).findByText(/The coverage was not created: .*Elastic is read-only/),
    ).toBeInTheDocument();
    expect(name).toHaveValue(`${report.name} v2`);
    expect(within(dialog).getByRole('textbox', { name: 'Detection score' })).toHaveValue('42');
  });

  it('keeps shared fields when the mode changes', async () => {
    const report = await uncoveredReport();
    const dialog = await openDrawerFromList();
    await pickEntity(dialog, report.name);
    const name = await chooseManual(dialog);
    await userEvent.clear(name);
    await paste(name, 'Kept name');
    await userEvent.click(within(dialog).getByRole('button', { name: /Back to: Choose how/ }));
    await userEvent.click(
      await within(dialog).findByRole('button', { name: /Automated using Enrichment/ }),
    );
    expect(await within(dialog).findByRole('textbox', { name: 'Name' })).toHaveValue('Kept name');
  });

  it('creates once even when Create is clicked twice', async () => {
    const report = await uncoveredReport();
    const before = await coverageCount();
    const dialog = await openDrawerFromList();
    await pickEntity(dialog, report.name);
    await chooseManual(dialog);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Detection' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Detection score' }), '5');
    const create = within(dialog).getByRole('button', { name: 'Create' });
    await userEvent.dblClick(create);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await coverageCount()).toBe(before + 1);
  });
});

describe('connector health and eligibility', () => {
  it('disables automated coverage when the OpenAEV connector is offline, and says what to do', async () => {
    currentMockBackend().demo.setConnectorOnline(false);
    const report = await uncoveredReport();
    const dialog = await openDrawerFromList();
    await pickEntity(dialog, report.name);
    const automated = await within(dialog).findByRole('button', {
      name: /Automated using Enrichment/,
    });
    expect(automated).toBeDisabled();
    expect(
      within(dialog).getByText(
        /A system administrator must configure OpenAEV as an enrichment connector/,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/OpenAEV 2.3.1 or later/)).toBeInTheDocument();
  });

  it('shows which connector will run and what will be tested', async () => {
    const report = await uncoveredReport();
    const dialog = await openDrawerFromList();
    await pickEntity(dialog, report.name);
    const automated = await within(dialog).findByRole('button', {
      name: /Automated using Enrichment/,
    });
    expect(automated).toBeEnabled();
    expect(within(automated).getByText(/Will run on: OpenAEV Coverage/)).toBeInTheDocument();
    expect(
      within(automated).getByText(/attack patterns? and .* will be tested/),
    ).toBeInTheDocument();
  });

  it('disables automated coverage for an entity with nothing OpenAEV can test', async () => {
    const lostLaptop = await entityName(SEED.incidents.lostLaptop);
    const dialog = await openDrawerFromList();
    await pickEntity(dialog, lostLaptop);
    expect(
      await within(dialog).findByRole('button', { name: /Automated using Enrichment/ }),
    ).toBeDisabled();
    expect(
      within(dialog).getByText(
        /holds no attack pattern with a MITRE ATT&CK ID and no vulnerability/,
      ),
    ).toBeInTheDocument();
  });
});

describe('automated coverage details', () => {
  it('sends P1M as a month and shows the schedule in plain words', async () => {
    const report = await uncoveredReport();
    const dialog = await openDrawerFromList();
    await pickEntity(dialog, report.name);
    await userEvent.click(
      await within(dialog).findByRole('button', { name: /Automated using Enrichment/ }),
    );
    expect(await within(dialog).findByText('ISO-8601: P1D · every day')).toBeInTheDocument();
    const number = within(dialog).getByRole('textbox', {
      name: 'Coverage validity period: number',
    });
    await userEvent.clear(number);
    await userEvent.type(number, '2');
    expect(within(dialog).getByText('ISO-8601: P2D · every 2 days')).toBeInTheDocument();
    await userEvent.clear(number);
    await userEvent.type(number, '0');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByText('The duration must be greater than zero.')).toBeInTheDocument();
    expect(number).toHaveValue('0');
  });
});

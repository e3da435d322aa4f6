import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { coverageName, gql } from '../setup/mockData';

const page = (id: string) => `/dashboard/analyses/security_coverages/${id}/overview`;

/** Counts the GraphQL requests the app sends from now on. */
function countRequests() {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    seen.push(request.url);
  };
  server.events.on('request:start', listener);
  return {
    count: () => seen.length,
    stop: () => server.events.removeListener('request:start', listener),
  };
}

async function openUpdate(id: string) {
  renderApp(page(id));
  await screen.findByRole('heading', { level: 1, name: await coverageName(id) });
  await userEvent.click(screen.getByRole('button', { name: 'Update' }));
  return screen.findByRole('dialog', { name: 'Update Security Coverage' });
}

async function setText(field: HTMLElement, text: string) {
  await userEvent.clear(field);
  if (text) await userEvent.type(field, text);
}

async function storedScores(id: string) {
  const data = await gql<{
    securityCoverage: { coverage_information: { coverage_name: string; coverage_score: number }[] };
  }>(
    'query($id: String!) { securityCoverage(id: $id) { coverage_information { coverage_name coverage_score } } }',
    { id },
  );
  return data.securityCoverage.coverage_information;
}

describe('Update drawer', () => {
  it('sends nothing when it opens, and starts from the stored values', async () => {
    renderApp(page(SEED.coverages.manualDetection));
    const name = await coverageName(SEED.coverages.manualDetection);
    await screen.findByRole('heading', { level: 1, name });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requests = countRequests();
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    const dialog = await screen.findByRole('dialog', { name: 'Update Security Coverage' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue(name);
    const [stored] = await storedScores(SEED.coverages.manualDetection);
    expect(within(dialog).getByRole('textbox', { name: 'Detection score' })).toHaveValue(
      String(stored?.coverage_score),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests.count()).toBe(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(requests.count()).toBe(0);
    requests.stop();
  });

  it('validates as creation does and sends nothing while a field is wrong', async () => {
    const dialog = await openUpdate(SEED.coverages.manualDetection);
    const requests = countRequests();
    const score = within(dialog).getByRole('textbox', { name: 'Detection score' });
    await setText(score, '101');
    await setText(within(dialog).getByRole('textbox', { name: 'Name' }), ' ');
    await setText(
      within(dialog).getByRole('textbox', { name: 'Source link (optional)' }),
      'javascript:alert(1)',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('The score must be between 0 and 100.')).toBeInTheDocument();
    expect(within(dialog).getByText('This field is required.')).toBeInTheDocument();
    expect(within(dialog).getByText('Only http and https links are allowed.')).toBeInTheDocument();
    await setText(score, '4.5');
    expect(within(dialog).getByText('Enter a whole number (no decimals).')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove Detection' }));
    expect(within(dialog).getByText('Choose at least one metric to assess.')).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toBeDefined();
    expect(requests.count()).toBe(0);
    requests.stop();
  });

  it('saves new scores as a whole, and the header shows them without a reload', async () => {
    const dialog = await openUpdate(SEED.coverages.manualDetection);
    await setText(within(dialog).getByRole('textbox', { name: 'Detection score' }), '100');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add Prevention' }));
    await setText(within(dialog).getByRole('textbox', { name: 'Prevention score' }), '0');
    const requests = countRequests();
    await userEvent.dblClick(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // One mutation, sent once however often Save is pressed, and no refetch after it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests.count()).toBe(1);
    requests.stop();
    const scores = within(screen.getByRole('region', { name: 'Coverage summary' })).getByRole(
      'group',
      {
        name: 'Coverage scores',
      },
    );
    expect(within(scores).getByRole('img', { name: 'Detection: 100/100' })).toBeInTheDocument();
    expect(within(scores).getByRole('img', { name: 'Prevention: 0/100' })).toBeInTheDocument();
    expect(await storedScores(SEED.coverages.manualDetection)).toEqual(
      expect.arrayContaining([
        { coverage_name: 'detection', coverage_score: 100 },
        { coverage_name: 'prevention', coverage_score: 0 },
      ]),
    );
  });

  it('keeps the edits and says why when the save fails', async () => {
    const dialog = await openUpdate(SEED.coverages.manualDetection);
    await setText(within(dialog).getByRole('textbox', { name: 'Detection score' }), '100');
    server.use(
      http.post('*/graphql', () =>
        HttpResponse.json({
          errors: [{ message: 'Database unavailable', extensions: { code: 'FUNCTIONAL_ERROR' } }],
        }),
      ),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/were not saved.*Database unavailable/);
    expect(within(dialog).getByRole('textbox', { name: 'Detection score' })).toHaveValue('100');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('keeps unsaved edits when closed with Escape, and drops them on Cancel', async () => {
    let dialog = await openUpdate(SEED.coverages.manualDetection);
    await setText(within(dialog).getByRole('textbox', { name: 'Detection score' }), '77');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    dialog = await screen.findByRole('dialog', { name: 'Update Security Coverage' });
    expect(within(dialog).getByRole('textbox', { name: 'Detection score' })).toHaveValue('77');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    dialog = await screen.findByRole('dialog', { name: 'Update Security Coverage' });
    expect(within(dialog).getByRole('textbox', { name: 'Detection score' })).not.toHaveValue('77');
  });

  it('loads the labels only when asked, and saves a new label', async () => {
    const dialog = await openUpdate(SEED.coverages.manualDetection);
    const requests = countRequests();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Change labels and markings' }),
    );
    await userEvent.click(await within(dialog).findByRole('combobox', { name: 'Labels' }));
    await userEvent.click(await screen.findByRole('option', { name: 'ransomware' }));
    await userEvent.keyboard('{Escape}');
    expect(requests.count()).toBe(1);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const summary = screen.getByRole('region', { name: 'Coverage summary' });
    expect(within(summary).getByText('ransomware')).toBeInTheDocument();
    expect(within(summary).getByText('edge-device')).toBeInTheDocument();
    requests.stop();
  });

  it('edits the simulation settings of an automated coverage, never its scores', async () => {
    const dialog = await openUpdate(SEED.coverages.fresh);
    expect(within(dialog).queryByRole('textbox', { name: /score/ })).not.toBeInTheDocument();
    expect(within(dialog).getByText('Simulation periodicity *')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Windows' }));
    const platforms = within(dialog)
      .getAllByRole('checkbox')
      .filter((c) => (c as HTMLInputElement).checked);
    for (const box of platforms) await userEvent.click(box);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Choose at least one platform.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Linux' }));
    await setText(within(dialog).getByRole('textbox', { name: 'Name' }), 'FIN7 weekly check');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      screen.getByRole('heading', { level: 1, name: 'FIN7 weekly check' }),
    ).toBeInTheDocument();
    const data = await gql<{ securityCoverage: { platforms_affinity: string[] } }>(
      'query($id: String!) { securityCoverage(id: $id) { platforms_affinity } }',
      { id: SEED.coverages.fresh },
    );
    expect(data.securityCoverage.platforms_affinity).toEqual(['linux']);
  });
});

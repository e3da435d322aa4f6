import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../mocks/node';
import { renderApp } from '../setup/renderApp';
import { gql } from '../setup/mockData';

const LIST = '/dashboard/analyses/security_coverages';

/** The variables of every list query the app sends, to prove filters run on the server. */
const sentFilters: unknown[] = [];
const onRequest = ({ request }: { request: Request }) => {
  void request
    .clone()
    .json()
    .then((body: { query?: string; variables?: { filters?: unknown } }) => {
      if (body.query?.includes('securityCoverages(') && body.variables?.filters)
        sentFilters.push(body.variables.filters);
    })
    .catch(() => undefined);
};
server.events.on('request:start', onRequest);
afterEach(() => {
  sentFilters.length = 0;
});

const bodyRows = async () =>
  within(await screen.findByRole('table', { name: 'Security Coverages' }))
    .getAllByRole('row')
    .slice(1);

async function choose(filter: string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: filter }));
  const listbox = await screen.findByRole('listbox');
  await userEvent.click(within(listbox).getByRole('option', { name: option }));
  await userEvent.keyboard('{Escape}');
}

async function labelId(value: string) {
  const data = await gql<{ labels: { edges: { node: { id: string; value: string } }[] } }>(
    '{ labels(first: 200) { edges { node { id value } } } }',
  );
  const found = data.labels.edges.find((e) => e.node.value === value);
  if (!found) throw new Error(`no label ${value}`);
  return found.node.id;
}

describe('Security Coverages list filters', () => {
  it('filters by covered entity type on the server and keeps it in the URL', async () => {
    const { location } = renderApp(LIST);
    const all = (await bodyRows()).length;
    await choose('Covered entity type', 'Intrusion Set');
    await waitFor(() => expect(location()).toContain('type=Intrusion-Set'));
    await waitFor(async () => expect((await bodyRows()).length).toBeLessThan(all));
    for (const row of await bodyRows())
      expect(within(row).getByText('Intrusion Set')).toBeInTheDocument();
    expect(JSON.stringify(sentFilters.at(-1))).toContain('Intrusion-Set');
  });

  it('filters by label and by marking, and a shared URL restores both', async () => {
    const espionage = await labelId('espionage');
    const { location } = renderApp(LIST);
    await bodyRows();
    await choose('Label', 'espionage');
    await waitFor(() => expect(location()).toContain(`label=${espionage}`));
    await waitFor(async () =>
      expect((await bodyRows()).every((row) => within(row).queryByText('espionage'))).toBe(true),
    );
    expect(JSON.stringify(sentFilters.at(-1))).toContain(espionage);
    await choose('Marking', 'TLP:AMBER');
    await waitFor(() => expect(location()).toMatch(/marking=/));
    const url = location();
    await waitFor(async () => {
      for (const row of await bodyRows())
        expect(within(row).getByText('TLP:AMBER')).toBeInTheDocument();
    });
    expect(JSON.stringify(sentFilters.at(-1))).toContain('objectMarking');

    // Another analyst opens the shared link: same filters, same rows.
    const shown = (await bodyRows()).length;
    cleanup();
    renderApp(url);
    expect(await bodyRows()).toHaveLength(shown);
    expect(screen.getByRole('combobox', { name: 'Label' })).toHaveTextContent('espionage');
    expect(screen.getByRole('combobox', { name: 'Marking' })).toHaveTextContent('TLP:AMBER');
  });

  it('filters by mode and clears every filter at once', async () => {
    const { location } = renderApp(`${LIST}?mode=automated&type=Report`);
    for (const row of await bodyRows()) {
      expect(within(row).getByText('Automated')).toBeInTheDocument();
      expect(within(row).getByText('Report')).toBeInTheDocument();
    }
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(location()).toBe(LIST));
    await waitFor(async () =>
      expect((await bodyRows()).some((row) => within(row).queryByText('Manual'))).toBe(true),
    );
  });
});

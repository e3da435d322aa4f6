import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { currentMockBackend } from '../../mocks/node';
import { SEED } from '../../mocks/seed/ids';
import { freshBackend } from '../setup/backend';
import { renderApp } from '../setup/renderApp';

const LIST = '/dashboard/analyses/security_coverages';
const MINUTE = 60_000;

async function openDrawer() {
  renderApp(LIST);
  await userEvent.click(await screen.findByRole('button', { name: 'Add Security Coverage' }));
  return screen.findByRole('dialog', { name: 'Add Security Coverage' });
}

const items = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('list', { name: 'Select entity to cover' })).getAllByRole(
    'listitem',
  );

describe('entity picker', () => {
  it('puts focus on the first step heading as the drawer opens; Tab reaches the search field', async () => {
    const dialog = await openDrawer();
    const heading = within(dialog).getByRole('heading', { name: 'Select entity to cover' });
    await waitFor(() => expect(heading).toHaveFocus());
    await within(dialog).findAllByRole('button', { name: /^Cover / });
    expect(heading).toHaveFocus();
    await userEvent.tab();
    expect(within(dialog).getByRole('searchbox', { name: 'Search entities' })).toHaveFocus();
  });

  it('lists the six coverable types and narrows to one type on the server', async () => {
    const dialog = await openDrawer();
    await within(dialog).findAllByRole('button', { name: /^Cover / });
    const types = new Set(
      items(dialog).map(
        (item) =>
          item.textContent?.match(
            /(Report|Grouping|Campaign|Intrusion Set|Incident Response|Incident)/,
          )?.[1],
      ),
    );
    expect(types.size).toBe(6);
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Entity type' }),
      'Campaign',
    );
    await waitFor(() =>
      expect(items(dialog).every((item) => /Campaign/.test(item.textContent ?? ''))).toBe(true),
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent(/^(\d+) of \1$/);
  });

  it('pages through many entities with Load more', async () => {
    freshBackend({ seed: 'scale' });
    const dialog = await openDrawer();
    await within(dialog).findAllByRole('button', { name: /^Cover / });
    expect(items(dialog)).toHaveLength(20);
    expect(within(dialog).getByRole('status')).toHaveTextContent(/^20 of \d{5}$/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(items(dialog)).toHaveLength(40));
  });
});

describe('OpenAEV connectors', () => {
  async function modeStep() {
    const dialog = await openDrawer();
    await userEvent.click(
      await within(dialog).findByRole('searchbox', { name: 'Search entities' }),
    );
    await userEvent.paste('Black Basta');
    await userEvent.keyboard('{Enter}');
    await userEvent.click(
      await within(dialog).findByRole('button', {
        name: 'Cover #StopRansomware: Black Basta (AA24-131A)',
      }),
    );
    return within(dialog).findByRole('button', { name: /Automated using Enrichment/ });
  }

  function setApac(online: boolean, seenMinutesAgo: number) {
    const apac = currentMockBackend().store.connectors.get(SEED.connectors.openaevApac);
    if (!apac) throw new Error('no APAC connector in the seed');
    apac.online = online;
    apac.updated_at = new Date(Date.now() - seenMinutesAgo * MINUTE).toISOString();
  }

  it('names every healthy OpenAEV connector that will run', async () => {
    setApac(true, 1);
    const automated = await modeStep();
    expect(automated).toBeEnabled();
    expect(automated).toHaveTextContent(
      'Will run on 2 connectors: OpenAEV Coverage, OpenAEV Coverage - apac',
    );
  });

  // (A connector that is active but silent for more than 10 minutes is "stale": see src/lib/connectors.test.ts; the
  // simulated OpenAEV keeps its heartbeat fresh while online.)
  it('leaves out an inactive connector', async () => {
    setApac(false, 2 * 24 * 60);
    const automated = await modeStep();
    expect(automated).toHaveTextContent('Will run on: OpenAEV Coverage');
    expect(automated).not.toHaveTextContent('apac');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { currentMockBackend } from '../../mocks/node';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { coverageCount, gql } from '../setup/mockData';
import { freshBackend } from '../setup/backend';
import type { DemoControls } from '../../src/config/demoControls';

const LIST = '/dashboard/analyses/security_coverages';

/** The demo menu over the test's mock backend, as main.tsx wires it (without the page reload). */
function backendControls(): DemoControls {
  const { demo } = currentMockBackend();
  return {
    reset: vi.fn(() => currentMockBackend().reset()),
    runNextSimulation: vi.fn(() => demo.runNextSimulation()),
    setConnectorOnline: vi.fn((online: boolean) => demo.setConnectorOnline(online)),
    isConnectorOnline: () => demo.isConnectorOnline(),
    failNextEnrichment: vi.fn(() => demo.failNextEnrichment()),
  };
}

async function openMenu() {
  await userEvent.click(await screen.findByRole('button', { name: 'Demo controls' }));
  return screen.findByRole('menu');
}

describe('demo controls', () => {
  it('resets the demo data only after a confirmation', async () => {
    await gql('mutation D($id: ID!) { securityCoverageDelete(id: $id) }', {
      id: SEED.coverages.fresh,
    });
    const seeded = (await coverageCount()) + 1;
    const controls = backendControls();
    renderApp(LIST, { demo: controls });
    await openMenu();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Reset demo data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the demo data?' });
    expect(dialog).toHaveTextContent(/Every coverage you created, changed or deleted/);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(controls.reset).not.toHaveBeenCalled();

    await openMenu();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Reset demo data' }));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Reset the demo data?' })).getByRole(
        'button',
        { name: 'Reset demo data' },
      ),
    );
    expect(controls.reset).toHaveBeenCalledTimes(1);
    expect(await coverageCount()).toBe(seeded);
  });

  it('takes the OpenAEV connector offline and runs the next simulation on demand', async () => {
    const controls = backendControls();
    renderApp(LIST, { demo: controls });
    await openMenu();
    await userEvent.click(
      screen.getByRole('menuitem', { name: 'Take the OpenAEV connector offline' }),
    );
    expect(controls.setConnectorOnline).toHaveBeenCalledWith(false);
    expect(currentMockBackend().demo.isConnectorOnline()).toBe(false);
    await openMenu();
    expect(
      screen.getByRole('menuitem', { name: 'Bring the OpenAEV connector back online' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Run the next simulation now' }));
    expect(controls.runNextSimulation).toHaveBeenCalledTimes(1);
  });

  it('is not offered outside the demo', async () => {
    renderApp(LIST, {
      demo: backendControls(),
      config: { mode: 'live', graphqlUrl: 'http://localhost:3000/graphql' },
    });
    await screen.findByRole('heading', { name: 'Security Coverages', level: 1 });
    expect(screen.queryByRole('button', { name: 'Demo controls' })).not.toBeInTheDocument();
  });

  it('makes the next enrichment fail, so the Enrichment panel shows a failed work and Retry', async () => {
    const { clock } = freshBackend();
    const controls = backendControls();
    renderApp(`/dashboard/analyses/security_coverages/${SEED.coverages.fresh}/overview`, {
      demo: controls,
    });
    await openMenu();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Make the next enrichment fail' }));
    expect(controls.failNextEnrichment).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Enrichment' }));
    const panel = await screen.findByRole('dialog', { name: 'Enrichment' });
    const section = await within(panel).findByRole('region', { name: 'OpenAEV Coverage' });
    await userEvent.click(within(section).getByRole('button', { name: 'Retry' }));
    clock.advance(60_000);
    await waitFor(
      () => expect(within(section).getAllByRole('listitem')[0]).toHaveAccessibleName(/^Failed/),
      { timeout: 15_000 },
    );
    expect(within(section).getAllByText(/An unexpected server error occurred/)[0]).toBeVisible();
  }, 30_000);
});

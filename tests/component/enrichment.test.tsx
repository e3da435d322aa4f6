import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { SEED } from '../../mocks/seed/ids';
import { renderApp, TEST_GRAPHQL_URL } from '../setup/renderApp';
import { freshBackend } from '../setup/backend';
import { ManualClock } from '../../mocks/clock';

const panelUrl = (id: string) =>
  `/dashboard/analyses/security_coverages/${id}/overview?panel=enrichment`;
const panel = () => screen.findByRole('dialog', { name: 'Enrichment' });
const connectorSection = async (name = 'OpenAEV Coverage') =>
  within(await panel()).findByRole('region', { name });
const retryOf = (section: HTMLElement) => within(section).getByRole('button', { name: 'Retry' });

/** Counts the GraphQL operations the app sends, by name, without answering them. */
function countOperations() {
  const counts = new Map<string, number>();
  server.events.on('request:start', ({ request }) => {
    void request
      .clone()
      .json()
      .then((body: { query?: string }) => {
        const name = /(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1] ?? '?';
        counts.set(name, (counts.get(name) ?? 0) + 1);
      });
  });
  return (name: string) => counts.get(name) ?? 0;
}

describe('Enrichment panel', () => {
  it('shows a failed work with its error, and "Retry" adds a new work at once', async () => {
    renderApp(panelUrl(SEED.coverages.failed));
    const section = await connectorSection();
    expect(within(section).getByText('Failed')).toBeInTheDocument();
    expect(within(section).getByText(/An unexpected server error occurred/)).toBeInTheDocument();
    expect(within(section).getByText(/^Active/)).toBeInTheDocument();
    const retry = retryOf(section);
    expect(retry).toBeEnabled();
    const attempts = within(section).getAllByRole('listitem').length;
    await userEvent.dblClick(retry);
    expect(
      await screen.findByText('OpenAEV was asked to assess the coverage again.'),
    ).toBeVisible();
    await waitFor(() => expect(within(section).getAllByRole('listitem').length).toBe(attempts + 1));
    expect(within(section).getAllByRole('listitem')[0]).toHaveAccessibleName(/^Waiting/);
    // The double click sent one request: one new work, and Retry waits for it to end.
    expect(retryOf(section)).toBeDisabled();
    expect(
      within(section).getByText(/still waiting or in progress: wait for it to end/),
    ).toBeInTheDocument();
  });

  it('polls while a work is active and stops once it is complete', async () => {
    const { clock } = freshBackend();
    const count = countOperations();
    renderApp(panelUrl(SEED.coverages.failed));
    const section = await connectorSection();
    await userEvent.click(retryOf(section));
    await waitFor(() =>
      expect(within(section).getAllByRole('listitem')[0]).toHaveAccessibleName(/^Waiting/),
    );
    clock.advance(60_000);
    await waitFor(
      () => expect(within(section).getAllByRole('listitem')[0]).toHaveAccessibleName(/^Complete/),
      { timeout: 8_000 },
    );
    expect(
      within(section).getByText(/Coverage successfully created or updated/),
    ).toBeInTheDocument();
    expect(retryOf(section)).toBeEnabled();
    const polls = count('EnrichmentPanelContentQuery');
    await act(() => new Promise((resolve) => setTimeout(resolve, 5_000)));
    expect(count('EnrichmentPanelContentQuery')).toBe(polls);
  }, 20_000);

  it('disables "Retry" with the reason while provisioning', async () => {
    renderApp(panelUrl(SEED.coverages.provisioning));
    const section = await connectorSection();
    expect(within(section).getAllByRole('listitem')[0]).toHaveAccessibleName(
      /^(Waiting|In progress)/,
    );
    expect(retryOf(section)).toBeDisabled();
    expect(within(section).getByText(/still waiting or in progress/)).toBeInTheDocument();
    expect(within(section).queryByText(/has not ended after/)).toBeNull();
  });

  it('flags a work stuck past the threshold, says what to check, and lets the analyst retry', async () => {
    // The provisioning began 20 minutes ago and nothing has moved since.
    freshBackend({ clock: new ManualClock(Date.now() - 20 * 60_000) });
    renderApp(panelUrl(SEED.coverages.provisioning));
    const section = await connectorSection();
    const stuck = within(section).getByText(/has not ended after 15 minutes/);
    expect(stuck).toHaveTextContent(/connector is alive/);
    expect(stuck).toHaveTextContent(/last seen/);
    const [headerRetry, stuckRetry] = within(section).getAllByRole('button', { name: 'Retry' });
    expect(headerRetry).toBeEnabled();
    expect(stuckRetry).toBeEnabled();
    await userEvent.click(stuckRetry!);
    expect(
      await screen.findByText('OpenAEV was asked to assess the coverage again.'),
    ).toBeVisible();
  });

  it('explains why "Retry" is off for a disconnected connector and for a read-only user', async () => {
    const { backend } = freshBackend({ user: 'readonly' });
    backend.demo.setConnectorOnline(false);
    renderApp(panelUrl(SEED.coverages.fresh));
    const section = await connectorSection();
    expect(retryOf(section)).toBeDisabled();
    expect(within(section).getByText(/KNOWLEDGE_KNENRICHMENT/)).toBeInTheDocument();
  });

  it('says what failed when the panel cannot load, and recovers with Retry', async () => {
    let fail = true;
    server.use(
      http.post(TEST_GRAPHQL_URL, async ({ request }) => {
        const body = (await request.clone().json()) as { query?: string };
        if (fail && body.query?.includes('EnrichmentPanelContentQuery')) {
          return new HttpResponse('boom', { status: 500 });
        }
        return undefined;
      }),
    );
    renderApp(panelUrl(SEED.coverages.failed));
    const dialog = await panel();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /enrichment history could not be loaded/,
    );
    fail = false;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }));
    expect(await connectorSection()).toBeInTheDocument();
  });

  it('reports a refused Retry and keeps the panel as it was', async () => {
    server.use(
      http.post(TEST_GRAPHQL_URL, async ({ request }) => {
        const body = (await request.clone().json()) as { query?: string };
        if (!body.query?.includes('AskEnrichmentMutation')) return undefined;
        return HttpResponse.json({
          data: { stixCoreObjectEdit: { askEnrichment: null } },
          errors: [
            {
              message: 'This connector is not active',
              extensions: { code: 'FUNCTIONAL_ERROR' },
              path: ['stixCoreObjectEdit', 'askEnrichment'],
            },
          ],
        });
      }),
    );
    renderApp(panelUrl(SEED.coverages.failed));
    const section = await connectorSection();
    const attempts = within(section).getAllByRole('listitem').length;
    await userEvent.click(retryOf(section));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /The new attempt could not be requested.*This connector is not active/,
    );
    expect(within(section).getAllByRole('listitem')).toHaveLength(attempts);
    expect(retryOf(section)).toBeEnabled();
  });
});

import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { server } from '../../mocks/node';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { freshBackend } from '../setup/backend';
import { coverageCount, coverageName, entityName } from '../setup/mockData';

const page = (id: string) => `/dashboard/analyses/security_coverages/${id}/overview`;

async function heading(id: string) {
  return screen.findByRole('heading', { level: 1, name: await coverageName(id) });
}

/** Counts the requests sent during `ms` milliseconds. */
async function requestsDuring(ms: number) {
  let count = 0;
  const listener = () => {
    count += 1;
  };
  server.events.on('request:start', listener);
  await new Promise((resolve) => setTimeout(resolve, ms));
  server.events.removeListener('request:start', listener);
  return count;
}

/** The page's header (name, covered entity, mode, scores), apart from the tab below it. */
const summary = () => screen.getByRole('region', { name: 'Coverage summary' });

describe('Security Coverage page header', () => {
  it('shows a manual coverage: name, covered entity, mode, scores, and no OpenAEV control', async () => {
    renderApp(page(SEED.coverages.manualDetection));
    await heading(SEED.coverages.manualDetection);
    const grouping = await entityName(SEED.groupings.edgeZeroDays);
    expect(within(summary()).getByRole('link', { name: grouping })).toHaveAttribute(
      'href',
      `/dashboard/analyses/groupings/${SEED.groupings.edgeZeroDays}`,
    );
    expect(within(summary()).getByText('Covers the Grouping')).toBeInTheDocument();
    expect(within(summary()).getByText('Manual')).toBeInTheDocument();
    expect(
      within(summary()).getByRole('img', { name: /^Detection: \d+\/100$/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /OpenAEV/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /OpenAEV/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enrichment' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  });

  it('lets the analyst choose the OpenAEV instance of a two-tenant coverage; links open safely', async () => {
    renderApp(page(SEED.coverages.twoTenants));
    await heading(SEED.coverages.twoTenants);
    expect(screen.getByText('Automated')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open OpenAEV' }));
    const menu = await screen.findByRole('menu', { name: 'Choose the OpenAEV instance' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item).toHaveAttribute('href', expect.stringMatching(/^https?:\/\//));
      expect(item).toHaveAttribute('target', '_blank');
      expect(item).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('shows Provisioning while the enrichment runs, then the link and the scores, polling by itself', async () => {
    const { clock } = freshBackend();
    renderApp(page(SEED.coverages.provisioning));
    await heading(SEED.coverages.provisioning);
    expect(screen.getByRole('button', { name: 'Provisioning OpenAEV…' })).toBeDisabled();
    expect(within(summary()).getByText('No result yet')).toBeInTheDocument();
    clock.advance(10_000);
    const link = await screen.findByRole(
      'link',
      { name: 'Open OpenAEV (opens in a new tab)' },
      { timeout: 8_000 },
    );
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('button', { name: /Provisioning/ })).not.toBeInTheDocument();
    clock.advance(130_000);
    expect(
      await within(summary()).findByRole('group', { name: 'Coverage scores' }, { timeout: 12_000 }),
    ).toBeInTheDocument();
    // Nothing is pending any more: polling has stopped.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await requestsDuring(3_000)).toBe(0);
  }, 40_000);

  it('does not poll a coverage that waits for nothing', async () => {
    renderApp(page(SEED.coverages.fresh));
    await heading(SEED.coverages.fresh);
    expect(await requestsDuring(2_500)).toBe(0);
  });

  it('shows no Update or Delete to a read-only user', async () => {
    freshBackend({ user: 'readonly' });
    renderApp(page(SEED.coverages.manualFull));
    await heading(SEED.coverages.manualFull);
    expect(screen.queryByRole('button', { name: 'Update' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('deletes after confirmation and goes back to the list', async () => {
    const total = await coverageCount();
    const name = await coverageName(SEED.coverages.manualFull);
    const { location } = renderApp(page(SEED.coverages.manualFull));
    await heading(SEED.coverages.manualFull);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this Security Coverage?' });
    expect(within(dialog).getByText(new RegExp(name))).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(location()).toBe('/dashboard/analyses/security_coverages'));
    const table = await screen.findByRole('table', { name: 'Security Coverages' });
    await waitFor(() => expect(within(table).queryByText(name)).not.toBeInTheDocument());
    expect(await coverageCount()).toBe(total - 1);
  });

  it('says why a deletion failed and stays on the page', async () => {
    const { location } = renderApp(page(SEED.coverages.manualFull));
    await heading(SEED.coverages.manualFull);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this Security Coverage?' });
    server.use(
      http.post('*/graphql', () =>
        HttpResponse.json({
          errors: [{ message: 'Access denied', extensions: { code: 'FORBIDDEN_ACCESS' } }],
        }),
      ),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText(/was not deleted.*not allowed/)).toBeInTheDocument();
    expect(location()).toBe(page(SEED.coverages.manualFull));
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeEnabled();
  });
});

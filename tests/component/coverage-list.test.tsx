import { describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { freshBackend } from '../setup/backend';
import { coverageCount, coverageName } from '../setup/mockData';

const LIST = '/dashboard/analyses/security_coverages';
const table = () => screen.findByRole('table', { name: 'Security Coverages' });
const bodyRows = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1);
/** The link to a coverage page (a coverage is named after its entity by default, so names are not unique). */
const coverageLink = (id: string) => {
  const link = screen.getAllByRole('link').find((a) => a.getAttribute('href') === `${LIST}/${id}`);
  if (!link) throw new Error(`no link to coverage ${id}`);
  return link;
};
const rowOf = (id: string) => coverageLink(id).closest('tr') as HTMLElement;

describe('Security Coverages list', () => {
  it('lists the seeded coverages with their covered entity, scores and mode', async () => {
    const total = await coverageCount();
    renderApp(LIST);
    const rows = await bodyRows();
    expect(rows.length).toBe(Math.min(total, 25));
    expect(screen.getByText(new RegExp(`^${total} security coverages$`))).toBeInTheDocument();
    const freshRow = rowOf(SEED.coverages.fresh);
    expect(within(freshRow).getByText('Automated')).toBeInTheDocument();
    expect(within(freshRow).getAllByRole('img', { name: /\/100$/ }).length).toBeGreaterThan(0);
    expect(within(freshRow).getByText('Intrusion Set')).toBeInTheDocument();
    expect(
      within(rowOf(SEED.coverages.provisioning)).getByText('No result yet'),
    ).toBeInTheDocument();
    const manualRow = rowOf(SEED.coverages.manualDetection);
    expect(within(manualRow).getByText('Manual')).toBeInTheDocument();
    expect(
      within(manualRow).getByRole('img', { name: /^Detection: \d+\/100$/ }),
    ).toBeInTheDocument();
  });

  it('opens a coverage when its row is clicked', async () => {
    const { location } = renderApp(LIST);
    await table();
    await userEvent.click(coverageLink(SEED.coverages.fresh));
    await waitFor(() => expect(location()).toBe(`${LIST}/${SEED.coverages.fresh}/overview`));
  });

  it('searches on the server and keeps the search in the URL', async () => {
    const name = await coverageName(SEED.coverages.fresh);
    const { location } = renderApp(LIST);
    await table();
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search security coverages' }),
      name,
    );
    await waitFor(
      async () =>
        expect((await bodyRows()).every((row) => within(row).queryAllByText(name).length > 0)).toBe(
          true,
        ),
      {
        timeout: 3000,
      },
    );
    expect(coverageLink(SEED.coverages.fresh)).toBeInTheDocument();
    expect(location()).toContain(`search=${encodeURIComponent(name).replace(/%20/g, '+')}`);
  });

  it('restores the view from the URL: mode filter and sort', async () => {
    renderApp(`${LIST}?mode=manual&sort=name&order=asc`);
    const rows = await bodyRows();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(within(row).getByText('Manual')).toBeInTheDocument();
    const names = rows.map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('sorts by a column when its header is clicked, and Back restores the previous order', async () => {
    const { location, router } = renderApp(LIST);
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(location()).toContain('sort=name'));
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
        'aria-sort',
        'ascending',
      ),
    );
    await router.navigate(-1);
    await waitFor(() => expect(location()).toBe(LIST));
  });

  it('shows an empty state when nothing matches', async () => {
    renderApp(`${LIST}?search=zzzz-no-such-coverage`);
    expect(await screen.findByText('No security coverage matches this view')).toBeInTheDocument();
  });

  it('loads more pages with the total count', async () => {
    freshBackend({ seed: 'scale' });
    const total = await coverageCount();
    renderApp(LIST);
    expect((await bodyRows()).length).toBe(25);
    expect(screen.getByText(`Showing 25 of ${total}`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(async () => expect((await bodyRows()).length).toBe(50));
  });

  it('deletes the selected coverages after a confirmation that names them', async () => {
    const total = await coverageCount();
    const name = await coverageName(SEED.coverages.manualDetection);
    renderApp(LIST);
    await table();
    await userEvent.click(
      within(rowOf(SEED.coverages.manualDetection)).getByRole('checkbox', {
        name: `Select ${name}`,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: /^Delete/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this security coverage?' });
    expect(within(dialog).getByText(name)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(() => coverageLink(SEED.coverages.manualDetection)).toThrow());
    expect(await coverageCount()).toBe(total - 1);
  });

  it('shows no selection, delete or add control to a read-only user', async () => {
    freshBackend({ user: 'readonly' });
    renderApp(LIST);
    await table();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add Security Coverage' })).not.toBeInTheDocument();
    expect(screen.getByText('Read-only')).toBeInTheDocument();
  });

  it('lets a user who may create but not delete add coverages, without selection or delete', async () => {
    server.use(
      http.post('*/graphql', async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string };
        if (body.operationName !== 'RootLayoutQuery') return undefined;
        return HttpResponse.json({
          data: {
            me: {
              name: 'analyst',
              capabilities: [{ name: 'KNOWLEDGE' }, { name: 'KNOWLEDGE_KNUPDATE' }],
            },
          },
        });
      }),
    );
    renderApp(LIST);
    await table();
    expect(screen.getByRole('button', { name: 'Add Security Coverage' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
  });

  it('exports every row of the current view as CSV', async () => {
    freshBackend({ seed: 'scale' });
    const total = await coverageCount();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp(LIST);
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(/rows exported/, {}, { timeout: 10_000 })).toBeInTheDocument();
    const text = await blobs[0]?.text();
    const lines = (text ?? '')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Name,Covered entity,Covered entity type,/);
    expect(lines.length - 1).toBe(total);
    create.mockRestore();
    revoke.mockRestore();
  });
});

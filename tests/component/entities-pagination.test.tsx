import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetMockBackend } from '../../mocks/node';
import { renderApp } from '../setup/renderApp';

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');

describe('covered-entity list pagination', () => {
  it('loads the next page on "Load more", with the total from the server', async () => {
    // The scale seed adds 10,000 daily brief reports (and more) to the demo's 4.
    const backend = resetMockBackend({ seed: 'scale' });
    const total = backend.store.all('Report').length.toLocaleString('en');
    const user = userEvent.setup();
    renderApp('/dashboard/analyses/reports');
    const table = await screen.findByRole('table', { name: 'Reports' }, { timeout: 10000 });
    expect(screen.getByText(`${total} entities`)).toBeInTheDocument();
    expect(screen.getByText(`Showing 25 of ${total}`)).toBeInTheDocument();
    const firstPage = names(table);
    expect(firstPage).toHaveLength(25);

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(
      await screen.findByText(`Showing 50 of ${total}`, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    const rows = names(table);
    expect(rows.slice(0, 25)).toEqual(firstPage);
    expect(new Set(rows).size).toBe(50);
    expect(screen.getByRole('button', { name: 'Load more' })).toBeEnabled();
  });

  it('has no "Load more" when everything fits in one page', async () => {
    renderApp('/dashboard/analyses/reports');
    await screen.findByRole('table', { name: 'Reports' }, { timeout: 5000 });
    expect(screen.getByText('Showing 4 of 4')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('pages through search results too', async () => {
    resetMockBackend({ seed: 'scale' });
    const user = userEvent.setup();
    renderApp('/dashboard/analyses/reports?search=ransomware');
    const table = await screen.findByRole('table', { name: 'Reports' }, { timeout: 10000 });
    const showing = await screen.findByText(/^Showing 25 of [\d,]+$/);
    const total = showing.textContent?.replace('Showing 25 of ', '') ?? '';
    expect(Number(total.replace(/,/g, ''))).toBeGreaterThan(50);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(
      await screen.findByText(`Showing 50 of ${total}`, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    for (const name of names(table)) expect(name.toLowerCase()).toContain('ransomware');
  });
});

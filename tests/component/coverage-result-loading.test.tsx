import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { SEED } from '../../mocks/seed/ids';
import { server } from '../../mocks/node';
import { renderApp } from '../setup/renderApp';
import { freshBackend } from '../setup/backend';
import { shouldRevalidateCoverageResult } from '../../src/app/routes/routeData';

const resultPath = (id: string, search = '') =>
  `/dashboard/analyses/security_coverages/${id}/result${search}`;

describe('Result tab loading', () => {
  it('says when a further page fails and loads it again on Retry', async () => {
    freshBackend({ seed: 'scale' });
    let failures = 1;
    server.use(
      http.post('*/graphql', async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string };
        if (body.operationName !== 'resultDataG2PaginationQuery' || failures === 0)
          return undefined;
        failures -= 1;
        return HttpResponse.text('Bad gateway', { status: 502 });
      }),
    );
    renderApp(resultPath(SEED.scaleCoverage));
    const grid = await screen.findByRole('table', { name: 'Coverage results' });
    const scroller = grid.parentElement as HTMLElement;
    scroller.scrollTop = 5600;
    scroller.dispatchEvent(new Event('scroll'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some rows could not be loaded');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() =>
      expect(
        within(grid)
          .getAllByRole('row')
          .some((r) => Number(r.getAttribute('aria-rowindex')) > 102),
      ).toBe(true),
    );
  }, 30_000);

  it('shows an empty state that says the filters hide everything', async () => {
    renderApp(resultPath(SEED.coverages.placeholders, '?search=zzzz-nothing'));
    expect(await screen.findByText('No row matches')).toBeInTheDocument();
  });

  it('does not reload the table when only a parameter it does not own changes', () => {
    const base = `http://x${resultPath('c1')}`;
    const args = (from: string, to: string) => ({
      currentUrl: new URL(from),
      nextUrl: new URL(to),
      defaultShouldRevalidate: true,
      currentParams: {},
      nextParams: {},
    });
    expect(shouldRevalidateCoverageResult(args(base, `${base}?panel=enrichment`))).toBe(false);
    expect(shouldRevalidateCoverageResult(args(base, `${base}?search=T1059`))).toBe(true);
    expect(shouldRevalidateCoverageResult(args(base, base))).toBe(true);
  });
});

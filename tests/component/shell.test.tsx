import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { renderApp } from '../setup/renderApp';

describe('app shell', () => {
  it('redirects to the Security Coverages list and shows the signed-in user from OpenCTI', async () => {
    const { location } = renderApp('/');
    expect(
      await screen.findByRole('heading', { name: 'Security Coverages', level: 1 }),
    ).toBeInTheDocument();
    expect(location()).toBe('/dashboard/analyses/security_coverages');
    expect(screen.getByRole('status', { name: /Signed in as/ })).toHaveTextContent(/\S+/);
    expect(screen.getByText('Demo')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    for (const name of [
      'Security Coverages',
      'Reports',
      'Groupings',
      'Campaigns',
      'Intrusion Sets',
      'Incidents',
      'Incident Responses',
    ]) {
      expect(nav).toContainElement(screen.getByRole('link', { name }));
    }
  });

  it('shows a 404 page for unknown URLs', async () => {
    renderApp('/dashboard/nothing/here');
    expect(await screen.findByText('Page not found')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Security Coverages' })).toBeInTheDocument();
  });

  it('says what failed when OpenCTI is down and recovers with Retry', async () => {
    server.use(http.post('*/graphql', () => HttpResponse.text('Bad gateway', { status: 502 })));
    renderApp('/dashboard/analyses/security_coverages');
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 502');
    server.resetHandlers();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { name: 'Security Coverages', level: 1 }),
    ).toBeInTheDocument();
  });

  it('recovers with Retry after a failure while navigating inside the console', async () => {
    renderApp('/dashboard/analyses/security_coverages');
    await screen.findByRole('heading', { name: 'Security Coverages', level: 1 });
    server.use(http.post('*/graphql', () => HttpResponse.error()));
    await userEvent.click(screen.getByRole('link', { name: 'Reports' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be reached');
    server.resetHandlers();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Reports', level: 1 })).toBeInTheDocument();
  });

  it('says the server is unreachable on a network failure', async () => {
    server.use(http.post('*/graphql', () => HttpResponse.error()));
    renderApp('/dashboard/analyses/security_coverages');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('could not be reached'),
    );
  });

  it('resolves /dashboard/id/:id to the entity page', async () => {
    const { SEED } = await import('../../mocks/seed/ids');
    const { location } = renderApp(`/dashboard/id/${SEED.coverages.fresh}`);
    await waitFor(() =>
      expect(location()).toMatch(
        new RegExp(`/dashboard/analyses/security_coverages/${SEED.coverages.fresh}`),
      ),
    );
  });

  it('switches to French and back', async () => {
    renderApp('/dashboard/analyses/security_coverages');
    await screen.findByRole('heading', { name: 'Security Coverages', level: 1 });
    await userEvent.click(screen.getByRole('combobox', { name: 'Language' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Français' }));
    expect(
      await screen.findByRole('heading', { name: 'Couvertures de sécurité', level: 1 }),
    ).toBeInTheDocument();
  });
});

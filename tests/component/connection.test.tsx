import { describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { renderApp, TEST_GRAPHQL_URL } from '../setup/renderApp';
import { freshBackend } from '../setup/backend';

const CONNECTION = '/dashboard/connection';
const TOKEN = 'c0ffee-secret-token';
const live = { config: { mode: 'live' as const } };
const tokenField = () => screen.getByLabelText('API token');
const urlField = () => screen.getByRole('textbox', { name: 'OpenCTI URL' });
const testButton = () => screen.getByRole('button', { name: 'Test connection' });

/** Records every request's URL and Authorization header. */
function recordRequests() {
  const seen: { url: string; auth: string | null }[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push({ url: request.url, auth: request.headers.get('authorization') });
  });
  return seen;
}

describe('Connection page', () => {
  it('in demo mode, says no connection is needed', async () => {
    renderApp(CONNECTION);
    expect(await screen.findByText(/No connection is needed/)).toBeInTheDocument();
    expect(screen.queryByLabelText('API token')).toBeNull();
  });

  it('tests the connection, then connects; the token stays in the tab and out of URLs', async () => {
    const seen = recordRequests();
    const { location } = renderApp(CONNECTION, live);
    await userEvent.type(await screen.findByLabelText('API token'), TOKEN);
    await userEvent.click(testButton());
    expect(await screen.findByText(/^Connected to OpenCTI \S+ as /)).toBeInTheDocument();
    expect(screen.getByText(/You can create, update and delete/)).toBeInTheDocument();
    expect(screen.getByText(/OpenAEV platform: https?:\/\//)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(location()).toBe('/dashboard/analyses/security_coverages'));
    expect(await screen.findByRole('heading', { name: 'Security Coverages' })).toBeInTheDocument();
    expect(sessionStorage.getItem('sc-connection')).toContain(TOKEN);
    expect(localStorage.getItem('sc-connection')).toBeNull();
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((r) => !r.url.includes(TOKEN))).toBe(true);
    expect(seen.every((r) => r.auth === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('remembers on this device only when asked, and "Sign out" forgets', async () => {
    renderApp(CONNECTION, live);
    await userEvent.type(await screen.findByLabelText('API token'), TOKEN);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
    expect(screen.getByText(/kept in this browser after you close it/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByRole('heading', { name: 'Security Coverages' });
    expect(localStorage.getItem('sc-connection')).toContain(TOKEN);
    expect(sessionStorage.getItem('sc-connection')).toBeNull();
    cleanup();
    renderApp(CONNECTION, live);
    expect(await screen.findByLabelText('API token')).toHaveValue(TOKEN);
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(localStorage.getItem('sc-connection')).toBeNull();
    expect(tokenField()).toHaveValue('');
  });

  it('says the token was refused', async () => {
    server.use(
      http.post(TEST_GRAPHQL_URL, () =>
        HttpResponse.json(
          { errors: [{ message: 'You must be logged in', extensions: { code: 'AUTH_REQUIRED' } }] },
          { status: 401 },
        ),
      ),
    );
    renderApp(CONNECTION, live);
    await userEvent.type(await screen.findByLabelText('API token'), 'wrong');
    await userEvent.click(testButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(/OpenCTI refused the token/);
    expect(screen.getByRole('alert')).not.toHaveTextContent('wrong');
  });

  it('tells an unreachable server from one that refuses this site (CORS)', async () => {
    let up = false;
    server.use(
      http.post(TEST_GRAPHQL_URL, () => HttpResponse.error()),
      http.get(TEST_GRAPHQL_URL, () => (up ? new HttpResponse(null) : HttpResponse.error())),
    );
    renderApp(CONNECTION, live);
    await userEvent.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Nothing answered at this address/);
    up = true;
    await userEvent.click(testButton());
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/refused this site \(CORS\)/),
    );
  });

  it('says when the URL is not OpenCTI’s API', async () => {
    server.use(
      http.post(
        TEST_GRAPHQL_URL,
        () => new HttpResponse('<html>Not found</html>', { status: 404 }),
      ),
    );
    renderApp(CONNECTION, live);
    await userEvent.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not OpenCTI’s GraphQL API/);
  });

  it('flags a bad URL next to the field and keeps what was typed', async () => {
    renderApp(CONNECTION, live);
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'OpenCTI URL' }),
      'javascript:alert(1)',
    );
    expect(screen.getByText(/Enter an http:\/\/ or https:\/\/ address/)).toBeInTheDocument();
    expect(urlField()).toHaveValue('javascript:alert(1)');
    expect(testButton()).toBeDisabled();
    await userEvent.clear(urlField());
    await userEvent.type(urlField(), 'http://localhost:3000/');
    expect(testButton()).toBeEnabled();
    await userEvent.click(testButton());
    expect(await screen.findByText(/^Connected to OpenCTI/)).toBeInTheDocument();
  });

  it('warns a read-only user', async () => {
    freshBackend({ user: 'readonly' });
    renderApp(CONNECTION, live);
    await userEvent.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect(
      await screen.findByText(/Read-only: this user lacks KNOWLEDGE_KNUPDATE/),
    ).toBeInTheDocument();
  });

  it('leads to sign-in when OpenCTI refuses the session', async () => {
    server.use(
      http.post(TEST_GRAPHQL_URL, () =>
        HttpResponse.json(
          { errors: [{ message: 'You must be logged in', extensions: { code: 'AUTH_REQUIRED' } }] },
          { status: 401 },
        ),
      ),
    );
    const { location } = renderApp('/dashboard/analyses/security_coverages', live);
    await userEvent.click(await screen.findByRole('link', { name: 'Sign in to OpenCTI' }));
    await waitFor(() => expect(location()).toBe(CONNECTION));
    expect(await screen.findByLabelText('API token')).toBeInTheDocument();
  });

  it('"Sign out" in the top bar forgets the token and every record the previous user could read', async () => {
    const { environment, location } = renderApp(CONNECTION, live);
    await userEvent.type(await screen.findByLabelText('API token'), TOKEN);
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByRole('table', { name: 'Security Coverages' });
    const records = () => environment.getStore().getSource().getRecordIDs().length;
    expect(records()).toBeGreaterThan(10);
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(location()).toBe(CONNECTION));
    expect(sessionStorage.getItem('sc-connection')).toBeNull();
    expect(records()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RelayEnvironmentProvider } from 'react-relay';
import { createMemoryRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import {
  AddSecurityCoverageButton,
  createOpenCTIEnvironment,
  createSecurityCoverageRoutes,
} from '../../src/embed';
import { SEED } from '../../mocks/seed/ids';
import { freshBackend } from '../setup/backend';

const OPENCTI = 'http://localhost:3000';

function HostLayout() {
  return (
    <div>
      <nav aria-label="Host console">Host</nav>
      <Outlet />
    </div>
  );
}

describe('embedding in a host CTI console', () => {
  it('mounts the coverage pages under the host’s base path, with the host’s Relay environment and theme', async () => {
    const environment = createOpenCTIEnvironment({ url: OPENCTI });
    const router = createMemoryRouter(
      [
        {
          path: '/',
          element: <HostLayout />,
          children: createSecurityCoverageRoutes({ environment, basePath: '/cti' }),
        },
      ],
      { initialEntries: ['/cti/analyses/security_coverages'] },
    );
    render(
      <RelayEnvironmentProvider environment={environment}>
        <ThemeProvider theme={createTheme({ palette: { mode: 'light' } })}>
          <RouterProvider router={router} />
        </ThemeProvider>
      </RelayEnvironmentProvider>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Security Coverages', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Host console' })).toBeInTheDocument();
    const links = within(await screen.findByRole('table', { name: 'Security Coverages' }))
      .getAllByRole('link')
      .map((a) => a.getAttribute('href') ?? '');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('/cti/'))).toBe(true);
    expect(links).toContain(`/cti/analyses/security_coverages/${SEED.coverages.fresh}`);
    expect(screen.getByRole('button', { name: 'Add Security Coverage' })).toBeInTheDocument();
  });

  it('gives a host page the "Add Security Coverage" button with its own providers, and hides it from read-only users', async () => {
    const environment = createOpenCTIEnvironment({ url: OPENCTI });
    const entity = {
      id: SEED.reports.midnightBlizzardGuidance,
      entityType: 'Report' as const,
      name: 'Guidance',
    };
    const { unmount } = render(
      <AddSecurityCoverageButton environment={environment} basePath="/cti" entity={entity} />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Add Security Coverage' }));
    expect(
      await screen.findByRole('dialog', { name: 'Add Security Coverage' }),
    ).toBeInTheDocument();
    unmount();
    freshBackend({ user: 'readonly' });
    render(
      <AddSecurityCoverageButton
        environment={createOpenCTIEnvironment({ url: OPENCTI })}
        entity={entity}
      />,
    );
    expect(
      screen.getByRole('progressbar', { name: 'Loading your permissions' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Add Security Coverage' })).toBeNull();
  });
});

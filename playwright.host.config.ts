import { defineConfig } from '@playwright/test';

/**
 * The example host console (examples/host-console, built against dist-lib by `npm run test:e2e:host`) in Chromium,
 * against the mock OpenCTI over HTTP. The host's preview server proxies /graphql to the mock with the admin token.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_HOST_PORT ?? 4178);
const MOCK_PORT = Number(process.env.E2E_HOST_MOCK_PORT ?? 4020);
export const HOST_OPENCTI = {
  url: `http://127.0.0.1:${MOCK_PORT}`,
  token: 'e2e-host-admin-token',
} as const;

export default defineConfig({
  testDir: 'tests/e2e-host',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/host',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    },
  },
  projects: [{ name: 'chromium-host', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: 'npx tsx mocks/server/cli.ts',
      url: `${HOST_OPENCTI.url}/health`,
      env: { PORT: String(MOCK_PORT), OPENCTI_TOKEN: HOST_OPENCTI.token },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview -c examples/host-console/vite.config.ts --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      env: { OPENCTI_URL: HOST_OPENCTI.url, OPENCTI_TOKEN: HOST_OPENCTI.token },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});

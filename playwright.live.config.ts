import { defineConfig } from '@playwright/test';

/**
 * Live-mode browser tests: the production build (no mock code, `npm run test:e2e:live` builds it in dist-live)
 * against the mock OpenCTI over HTTP with Bearer tokens, through the preview server's same-origin /graphql proxy
 * (which adds no token: the analyst signs in on the Connection page) or cross-origin by URL.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_LIVE_PORT ?? 4174);
const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 4010);
export const LIVE_TOKENS = { admin: 'e2e-admin-token', readonly: 'e2e-readonly-token' } as const;

export default defineConfig({
  testDir: 'tests/e2e-live',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/live',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    },
  },
  projects: [{ name: 'chromium-live', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: 'npx tsx mocks/server/cli.ts',
      url: `http://127.0.0.1:${MOCK_PORT}/health`,
      env: {
        PORT: String(MOCK_PORT),
        OPENCTI_TOKEN: LIVE_TOKENS.admin,
        OPENCTI_READONLY_TOKEN: LIVE_TOKENS.readonly,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-live --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      env: { OPENCTI_URL: `http://127.0.0.1:${MOCK_PORT}`, OPENCTI_TOKEN: '' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});

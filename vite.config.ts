/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { transformAsync } from '@babel/core';
import { fileURLToPath } from 'node:url';

/** Rewrites the `graphql` tagged templates of our own sources into imports of Relay artifacts. */
export function relay(): Plugin {
  return {
    name: 'relay-graphql-tag',
    enforce: 'pre',
    transform: {
      filter: {
        id: { include: /\.[cm]?[jt]sx?$/, exclude: /[\\/]node_modules[\\/]/ },
        code: 'graphql`',
      },
      async handler(code, id) {
        const out = await transformAsync(code, {
          filename: id,
          babelrc: false,
          configFile: false,
          sourceMaps: true,
          parserOpts: { plugins: ['jsx', 'typescript'] },
          plugins: [['babel-plugin-relay', { eagerEsModules: true }]],
        });
        if (!out?.code) throw new Error(`relay: failed to transform ${id}`);
        return { code: out.code, map: out.map };
      },
    },
  };
}

/**
 * Serves and emits `config.json` next to index.html: the runtime configuration (mode, GraphQL URL) that an operator
 * can edit after deployment. Build-time overrides: SC_MODE (demo builds only may say demo) and SC_GRAPHQL_URL.
 */
function runtimeConfig(demo: boolean): Plugin {
  const mode = process.env.SC_MODE === 'live' || !demo ? 'live' : 'demo';
  const source = `${JSON.stringify({ mode, graphqlUrl: process.env.SC_GRAPHQL_URL || '/graphql' }, null, 2)}\n`;
  return {
    name: 'runtime-config',
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(source);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'config.json', source });
    },
  };
}

/**
 * `npm run dev:live`: the dev server proxies /graphql to OPENCTI_URL and adds OPENCTI_TOKEN on the server side, so
 * the browser never holds the token.
 */
function liveProxy(): Record<string, ProxyOptions> | undefined {
  const target = process.env.OPENCTI_URL;
  if (!target) return undefined;
  const token = process.env.OPENCTI_TOKEN;
  return {
    '/graphql': {
      target,
      changeOrigin: true,
      headers: token ? { Authorization: `Bearer ${token}` } : undefined,
    },
  };
}

/**
 * The strict Content-Security-Policy the built app runs under in `npm run preview` (and so in the browser tests),
 * as in the production recipe of the README: no inline script, no eval. Styles allow 'unsafe-inline' for the
 * CSS-in-JS that MUI injects at run time; connect-src also allows loopback servers, for live-mode tests that reach
 * a mock OpenCTI on another port.
 */
export const PREVIEW_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig(({ command, mode }) => {
  // The demo (in-browser mock OpenCTI) is the default of the dev server and of `build --mode demo`.
  const demo = mode === 'demo' || (command === 'serve' && mode !== 'live');
  return {
    plugins: [relay(), react(), runtimeConfig(demo)],
    // react-relay's hooks entry, without its legacy containers (see src/relay/reactRelay.ts).
    resolve: {
      alias: [
        {
          find: /^react-relay$/,
          replacement: fileURLToPath(new URL('./src/relay/reactRelay.ts', import.meta.url)),
        },
      ],
    },
    define: { __DEMO__: JSON.stringify(demo) },
    server: { host: '127.0.0.1', port: 5173, proxy: mode === 'live' ? liveProxy() : undefined },
    preview: {
      host: '127.0.0.1',
      port: 4173,
      strictPort: true,
      proxy: liveProxy(),
      headers: { 'Content-Security-Policy': PREVIEW_CSP },
    },
    build: { chunkSizeWarningLimit: 1200, sourcemap: false },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx', 'tests/component/**/*.test.tsx'],
            setupFiles: ['./tests/setup/component.ts'],
            // react-router/dom and react-router must resolve to one module instance (ESM), or the router context
            // seen by hooks differs from the one RouterProvider sets.
            server: { deps: { inline: ['react-router'] } },
            alias: [
              {
                find: /^react-router$/,
                replacement: fileURLToPath(
                  new URL(
                    './node_modules/react-router/dist/development/index.mjs',
                    import.meta.url,
                  ),
                ),
              },
              {
                find: /^react-router\/dom$/,
                replacement: fileURLToPath(
                  new URL(
                    './node_modules/react-router/dist/development/dom-export.mjs',
                    import.meta.url,
                  ),
                ),
              },
            ],
            testTimeout: 20_000,
          },
        },
      ],
    },
  };
});

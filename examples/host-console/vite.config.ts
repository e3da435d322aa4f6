import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The example host console. It consumes the BUILT library (`npm run build:lib` → dist-lib/) under the name a host
 * would install it by, and resolves React, Relay, MUI, emotion and react-router from the project's node_modules, so
 * the page holds one copy of each.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * /graphql goes to OPENCTI_URL with OPENCTI_TOKEN added on the server side, as a host's own back end would do for
 * its signed-in users: the browser never holds the token. Defaults: `npm run mock:server`.
 */
function openctiProxy(): Record<string, ProxyOptions> {
  const token = process.env.OPENCTI_TOKEN || 'demo-token';
  return {
    '/graphql': {
      target: process.env.OPENCTI_URL || 'http://127.0.0.1:4000',
      changeOrigin: true,
      headers: { Authorization: `Bearer ${token}` },
    },
  };
}

export default defineConfig({
  root: here('.'),
  cacheDir: here('../../node_modules/.vite-host-console'),
  plugins: [react()],
  resolve: {
    alias: [{ find: /^security-coverage-console$/, replacement: here('../../dist-lib/index.js') }],
    dedupe: ['react', 'react-dom', 'react-relay', 'relay-runtime', 'react-router'],
  },
  server: { host: '127.0.0.1', port: 5174, proxy: openctiProxy() },
  preview: { host: '127.0.0.1', port: 4178, strictPort: true, proxy: openctiProxy() },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

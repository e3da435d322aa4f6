import { defineConfig, esmExternalRequirePlugin } from 'vite';
import react from '@vitejs/plugin-react';
import { relay } from './vite.config.ts';

/** Packages the host provides: the library never bundles a second React, Relay, MUI, emotion or router. */
const PEERS = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^react-relay($|\/)/,
  /^relay-runtime($|\/)/,
  /^@mui\//,
  /^@emotion\//,
  /^react-router($|\/)/,
];

/** `npm run build:lib`: the embeddable library as an ES module in dist-lib/ (types from tsconfig.lib.json). */
export default defineConfig({
  // The plugin both externalizes the peers and turns the `require('react')` of bundled CommonJS dependencies
  // (use-sync-external-store, under recharts) into imports of the host's copy: a browser has no `require`. The
  // peers must not also be listed in rolldownOptions.external, or the requires are left as they are.
  plugins: [esmExternalRequirePlugin({ external: PEERS }), relay(), react()],
  define: { __DEMO__: 'false' },
  publicDir: false,
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: 'src/embed/index.ts', formats: ['es'], fileName: 'index' },
  },
});

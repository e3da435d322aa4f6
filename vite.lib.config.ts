import { readFileSync } from 'node:fs';
import { defineConfig, esmExternalRequirePlugin, type Plugin } from 'vite';
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

/**
 * dist-lib/package.json: the library as a package a host can install (from a tarball or a registry), with the
 * peers it expects at the versions this console is built and tested with.
 */
function libraryManifest(): Plugin {
  const app = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    version: string;
    description: string;
    dependencies: Record<string, string>;
  };
  const peerDependencies = Object.fromEntries(
    Object.entries(app.dependencies)
      .filter(([name]) => PEERS.some((peer) => peer.test(name)))
      .map(([name, version]) => [name, `^${version}`]),
  );
  return {
    name: 'library-manifest',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'package.json',
        source: `${JSON.stringify(
          {
            name: 'security-coverage-console',
            version: app.version,
            description: `${app.description} — embeddable pages and components`,
            type: 'module',
            module: './index.js',
            types: './types/embed/index.d.ts',
            exports: { '.': { types: './types/embed/index.d.ts', import: './index.js' } },
            peerDependencies,
          },
          null,
          2,
        )}\n`,
      });
    },
  };
}

/** `npm run build:lib`: the embeddable library as an ES module in dist-lib/ (types from tsconfig.lib.json). */
export default defineConfig({
  // The plugin both externalizes the peers and turns the `require('react')` of bundled CommonJS dependencies
  // (use-sync-external-store, under recharts) into imports of the host's copy: a browser has no `require`. The
  // peers must not also be listed in rolldownOptions.external, or the requires are left as they are.
  plugins: [esmExternalRequirePlugin({ external: PEERS }), relay(), react(), libraryManifest()],
  define: { __DEMO__: 'false' },
  publicDir: false,
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: 'src/embed/index.ts', formats: ['es'], fileName: 'index' },
  },
});

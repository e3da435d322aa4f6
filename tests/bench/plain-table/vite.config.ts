import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { relay } from '../../../vite.config.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The bench-only page of `npm run bench`: the Result tab's rows in a plain, non-virtualized MUI table. Built after
 * the demo into dist/__bench (removed when the bench ends), so that the same preview server and the same saved
 * scale data serve it. It never enters the product bundles.
 */
export default defineConfig({
  root: here('.'),
  base: '/__bench/',
  publicDir: here('../../../public'),
  plugins: [relay(), react()],
  define: { __DEMO__: 'true' },
  logLevel: 'warn',
  build: {
    outDir: here('../../../dist/__bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});

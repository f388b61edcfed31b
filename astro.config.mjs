// @ts-check
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sirv from 'sirv';

const dataDist = fileURLToPath(new URL('./data/dist/', import.meta.url));

/**
 * Publishes the data build's output (Parquet and CSV downloads, Arrow files for DuckDB-WASM, manifest)
 * under /data/ of the site: copied into the build, served from data/dist by the dev server.
 * @returns {import('astro').AstroIntegration}
 */
function siteData() {
  return {
    name: 'par-site-data',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/data', sirv(dataDist, { dev: true }));
      },
      'astro:build:done': ({ dir }) => {
        if (!existsSync(dataDist)) throw new Error('data/dist is missing: run `npm run build:data` first.');
        cpSync(dataDist, new URL('./data/', dir), { recursive: true });
      },
    },
  };
}

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [siteData()],
  // Scripts and styles stay external files so the Content-Security-Policy needs no inline hashes.
  vite: {
    build: { assetsInlineLimit: 0 },
    optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  },
  devToolbar: { enabled: false },
});

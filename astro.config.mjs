// @ts-check
import { cpSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sirv from 'sirv';

// PAR_DATA_DIST: another build of the data (src/db/node.ts reads the same variable).
const dataDist = process.env.PAR_DATA_DIST
  ? `${resolve(process.env.PAR_DATA_DIST)}/`
  : fileURLToPath(new URL('./data/dist/', import.meta.url));
/** Which share of the pages this build renders (scripts/build-site.ts runs several; "0/1" when alone). */
const shard = process.env.PAR_BUILD_SHARD ?? '0/1';
const firstShard = shard.startsWith('0/');

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
        // Only the first build's output is published whole; the others' pages are merged into it.
        if (!firstShard) return;
        if (!existsSync(dataDist)) throw new Error('data/dist is missing: run `npm run build:data` first.');
        cpSync(dataDist, new URL('./data/', dir), { recursive: true });
      },
    },
  };
}

/**
 * Where the site is published, e.g. `https://chiso-cchc.example.vn` (PAR_SITE_URL): pages then carry
 * absolute language alternates and a canonical address for search engines. Unset, they carry none
 * (relative alternates are invalid), and everything else works the same.
 */
const site = process.env.PAR_SITE_URL || undefined;
if (site !== undefined && !/^https?:\/\/[^/]+\/?$/.test(site)) {
  throw new Error(`PAR_SITE_URL must be an origin such as https://example.org, not "${site}"`);
}

export default defineConfig({
  output: 'static',
  site,
  // Concurrent builds must not share Astro's cache.
  ...(firstShard ? {} : { cacheDir: `./node_modules/.astro-shard-${shard.replace('/', '-of-')}` }),
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

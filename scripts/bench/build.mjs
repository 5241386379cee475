/**
 * Builds what the benchmark runs: the Node bundle of the measured modules (esbuild), and the
 * worker as `wrangler deploy --dry-run` emits it (its gzip size is the deploy size).
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const run = promisify(execFile);

/** The environment every wrangler call gets: no telemetry, no network look-ups. */
export const WRANGLER_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };

/** Bundles scripts/bench/subjects.ts for Node into `outDir` and imports it. */
export async function loadSubjects(root, outDir) {
  const outfile = join(outDir, 'subjects.mjs');
  return { ...(await bundleAndImport(join(root, 'scripts/bench/subjects.ts'), outfile)), bundlePath: outfile };
}

/** Bundles the TypeScript module `entry` for Node into `outfile` and imports it. */
export async function bundleAndImport(entry, outfile) {
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  return import(outfile);
}

/** Gzip bytes of the worker exactly as `wrangler deploy` would upload it (wrangler.toml sets `minify`). */
export async function bundleGzipBytes(root, outDir) {
  await run('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outDir], { cwd: root, env: WRANGLER_ENV });
  // Every module the upload would carry (source maps and wrangler's notes are not uploaded).
  const modules = readdirSync(outDir).filter((file) => /\.(m?js|wasm|bin|txt|html)$/.test(file) && file !== 'README.md');
  if (modules.length === 0) throw new Error(`wrangler emitted no modules in ${outDir}`);
  return modules.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0);
}

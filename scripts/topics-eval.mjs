#!/usr/bin/env node
/**
 * Prints precision and recall of every built-in topic on the held-out part of the labelled
 * papers, and the papers each topic misses or wrongly includes (docs/topics/evaluation.md).
 *
 *   npm run topics:eval                     held-out part
 *   npm run topics:eval -- --part tuning    the part definitions may be tuned on
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'paperfeed-topics-eval-'));
try {
  const outfile = join(work, 'topics-eval.mjs');
  // The bundle lives in a temporary folder; the labelled papers are read from the repository.
  await build({
    entryPoints: [join(root, 'scripts/topics-eval/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'scripts/topics-eval/main.ts')).href) },
  });
  const { main } = await import(pathToFileURL(outfile).href);
  main(process.argv.slice(2));
} finally {
  rmSync(work, { recursive: true, force: true });
}

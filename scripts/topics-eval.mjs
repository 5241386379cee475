#!/usr/bin/env node
/**
 * Prints precision and recall of every built-in topic on the held-out part of the labelled
 * papers, and the papers each topic misses or wrongly includes (docs/topics/evaluation.md).
 *
 *   npm run topics:eval                     held-out part
 *   npm run topics:eval -- --part tuning    the part definitions may be tuned on
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleAndImport } from './bench/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'paperfeed-topics-eval-'));
try {
  const { main } = await bundleAndImport(join(root, 'scripts/topics-eval/main.ts'), join(work, 'topics-eval.mjs'));
  main(process.argv.slice(2), readFileSync(join(root, 'test/fixtures/topics/papers.jsonl'), 'utf8'));
} finally {
  rmSync(work, { recursive: true, force: true });
}

#!/usr/bin/env node
/**
 * Learns the built-in topics' scores from the tuning part of the labelled papers, prints the
 * cross-validated figures and writes src/topics/builtin-scores.ts (docs/topics.md, "A learnt
 * score"). Deterministic: the same papers give the same file.
 *
 *   node scripts/topics-train.mjs            train, print, write
 *   node scripts/topics-train.mjs --check    train and print; fail if the file would change
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleAndImport } from './bench/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src/topics/builtin-scores.ts');
const work = mkdtempSync(join(tmpdir(), 'paperfeed-topics-train-'));
try {
  const { main } = await bundleAndImport(join(root, 'scripts/topics-train/main.ts'), join(work, 'topics-train.mjs'));
  const text = main(readFileSync(join(root, 'test/fixtures/topics/papers.jsonl'), 'utf8'));
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error(`\n${target} is not what training gives: run node scripts/topics-train.mjs`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(target, text);
    console.log(`\nwrote ${target}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

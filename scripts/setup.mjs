#!/usr/bin/env node
/**
 * Makes a fresh clone runnable: installs npm dependencies when they are missing or stale, and,
 * with `--test`, checks the programs some test suites drive (scripts/test-deps.mjs). Under CI
 * (`CI=true`) a missing one is installed with apt-get, or the run fails; anywhere else the suites
 * that need it skip, and the test run ends with a summary of how to install it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IN_CI, installHints, missingDeps } from './test-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forTests = process.argv.includes('--test');

const installed = join(root, 'node_modules/.package-lock.json');
if (!existsSync(installed) || statSync(join(root, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs) {
  console.error('[setup] installing npm dependencies (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: root, stdio: 'inherit' });
}

if (forTests) {
  const missing = missingDeps();
  if (missing.length > 0 && !IN_CI) {
    console.error(`[setup] not found: ${missing.map((dep) => dep.what).join('; ')}. Their tests will be skipped (see the summary at the end).`);
  } else if (missing.length > 0) {
    const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
    if (!canInstall) {
      console.error('[setup] CI=true: the tests need these programs, and installing them needs root and apt-get:');
      for (const dep of missing) console.error(`  ${dep.what}\n    ${installHints(dep).join('\n    ')}`);
      process.exit(1);
    }
    const packages = missing.flatMap((dep) => dep.apt);
    console.error(`[setup] installing ${packages.join(', ')} (apt-get)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    // Installed is not found: CHROMIUM_PATH may point elsewhere, PATH may hold another python.
    const still = missing.filter((dep) => dep.find() === null);
    if (still.length > 0) {
      console.error(`[setup] still not found after apt-get: ${still.map((dep) => dep.what).join('; ')}`);
      process.exit(1);
    }
  }
}

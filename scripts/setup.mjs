#!/usr/bin/env node
/**
 * Makes a fresh clone runnable: installs npm dependencies when they are missing or stale, and,
 * with `--test`, the Debian packages the test suite drives (feed clients, a browser). Runs
 * before `npm run dev` and `npm test`, so a newcomer needs no other command.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forTests = process.argv.includes('--test');

const installed = join(root, 'node_modules/.package-lock.json');
if (!existsSync(installed) || statSync(join(root, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs) {
  console.error('[setup] installing npm dependencies (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: root, stdio: 'inherit' });
}

if (forTests) {
  // Debian package → how to tell it is there.
  const needed = {
    'python3-feedparser': () => spawnSync('/usr/bin/python3', ['-c', 'import feedparser']).status === 0,
    newsboat: () => spawnSync('newsboat', ['--version']).status === 0,
    // Go's gofeed for test/clients, built offline against Debian's Go path.
    'golang-go': () => spawnSync('go', ['version']).status === 0,
    'golang-github-mmcdole-gofeed-dev': () => existsSync('/usr/share/gocode/src/github.com/mmcdole/gofeed'),
    // Headless browser for test/browser, driven by playwright-core (no browser download).
    chromium: () => process.env.CHROMIUM_PATH !== undefined || existsSync('/usr/bin/chromium'),
  };
  const missing = Object.entries(needed).filter(([, present]) => !present()).map(([name]) => name);
  if (missing.length > 0) {
    const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
    if (!canInstall) {
      console.error(`[setup] the tests need these Debian packages: sudo apt-get install -y ${missing.join(' ')}`);
      process.exit(1);
    }
    console.error(`[setup] installing ${missing.join(', ')} (apt-get)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  }
}

import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, findPython, installHints, TEST_DEPS } from '../../scripts/test-deps.mjs';

const saved = { PATH: process.env.PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.CHROMIUM_PATH === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved.CHROMIUM_PATH;
});

// A folder of fake interpreters: each exits 0 ("feedparser imports") or 1.
function fakeBin(programs: Record<string, boolean>): string {
  const dir = mkdtempSync(join(tmpdir(), 'paperfeed-bin-'));
  for (const [name, works] of Object.entries(programs)) {
    writeFileSync(join(dir, name), `#!/bin/sh\nexit ${works ? 0 : 1}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

describe.skipIf(process.platform === 'win32')('finding the programs the tests drive', () => {
  it('takes the first python on PATH that imports feedparser', () => {
    const dir = fakeBin({ python3: true });
    process.env.PATH = `${dir}:${saved.PATH}`;
    expect(findPython()).toBe(join(dir, 'python3'));
  });

  it('passes over a python3 without feedparser to a python with it', () => {
    const dir = fakeBin({ python3: false, python: true });
    process.env.PATH = `${dir}:${saved.PATH}`;
    expect(findPython()).toBe(join(dir, 'python'));
  });

  it('falls back to the system python only when no python on PATH has feedparser', () => {
    const dir = fakeBin({ python3: false, python: false });
    process.env.PATH = dir;
    expect([null, '/usr/bin/python3']).toContain(findPython());
  });

  it('trusts CHROMIUM_PATH only when it exists', () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    expect(findChromium()).toBeNull();
    const dir = fakeBin({ chrome: true });
    process.env.CHROMIUM_PATH = join(dir, 'chrome');
    expect(findChromium()).toBe(join(dir, 'chrome'));
  });

  it('says how to install every program with apt and at least one other way', () => {
    for (const dep of TEST_DEPS) {
      const hints = installHints(dep);
      expect(hints[0], dep.id).toMatch(/^Debian\/Ubuntu: sudo apt-get install \S/);
      expect(hints.length, dep.id).toBeGreaterThan(1);
      expect(dep.suites.length, dep.id).toBeGreaterThan(0);
    }
  });
});

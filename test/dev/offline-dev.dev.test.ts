/**
 * `npm run dev` without internet, as a newcomer meets it: the real dev script and `wrangler dev`
 * with a source whose host cannot resolve (`.invalid` never does). The first scrape must fail in
 * one line that names the cause and the way out, with no runtime stack trace, and /health must
 * carry the same cause. A `--var` reaches the worker: here the admin token, whose manual run fails
 * the same way.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Two cores shared with other suites: wrangler may take a while to come up.
const STARTUP_MS = 180_000;

let output = '';
let health: { status?: string; last_error?: { message: string } | null } = {};
let adminRun: { status?: number; error?: string } = {};
const stateDir = mkdtempSync(join(tmpdir(), 'paperfeed-dev-'));

beforeAll(async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/dev.mjs', '--source', 'http://nonexistent.invalid/papers/trending', '--daily', 'http://nonexistent.invalid/papers', '--port', String(port), '--persist-to', stateDir, '--var', 'ADMIN_TOKEN:dev-secret'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const deadline = Date.now() + STARTUP_MS;
    while (!/next scrapes every/.test(output) && child.exitCode === null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (/next scrapes every/.test(output)) {
      health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as typeof health;
      const response = await fetch(`http://127.0.0.1:${port}/admin/refresh`, { method: 'POST', headers: { authorization: 'Bearer dev-secret' } });
      adminRun = { status: response.status, ...((await response.json()) as { error?: string }) };
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.exitCode === null) process.kill(-(child.pid as number), 'SIGTERM');
    await exited;
  }
}, STARTUP_MS + 30_000);

afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

describe('npm run dev against an unreachable source', () => {
  it('says the first scrape failed, why, and what to run instead, in one line', () => {
    const line = output.split('\n').find((text) => text.includes('scrape (start)'));
    expect(line, output).toMatch(/FAILED: cannot resolve nonexistent\.invalid \(DNS lookup failed\)/);
    expect(line).toContain('npm run dev:demo');
    expect(output).not.toMatch(/\b200 ok\b/);
  });

  it('hands --var to the worker: the admin token enables a manual run, which reports the same cause', () => {
    expect(adminRun.status).toBe(502);
    expect(adminRun.error).toMatch(/cannot resolve nonexistent\.invalid/);
  });

  it('prints no runtime error block or stack trace', () => {
    expect(output).not.toMatch(/stack:|workerd@|kj\/|\[ERROR\]|internal error/);
  });

  it('puts the cause in /health', () => {
    expect(health.status).toBe('empty');
    expect(health.last_error?.message).toMatch(/cannot resolve nonexistent\.invalid/);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

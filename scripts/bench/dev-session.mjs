/**
 * One `wrangler dev` session of scripts/bench/bench-worker.ts on loopback, with its own KV state in
 * a temporary directory and a local server standing in for the trending page (and, at `/papers`,
 * the daily list). The benchmark counts
 * KV operations on this real (Miniflare) KV and measures throughput against it.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { WRANGLER_ENV } from './build.mjs';

/** A free TCP port on loopback (never wrangler's default 8787). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => (port === 8787 ? freePort().then(resolve, reject) : resolve(port)));
    });
  });
}

/**
 * Starts the session; `page()` says which HTML the stand-in upstream serves next as the trending
 * page, `dailyPage` is the daily list. Returns the base URL and `stop()`, which ends only the
 * processes and servers this session started.
 */
export async function startDevSession({ root, stateDir, page, dailyPage }) {
  const upstream = createServer((req, res) => {
    const body = new URL(req.url ?? '/', 'http://upstream').pathname === '/papers' ? dailyPage : page();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const source = `http://127.0.0.1:${upstream.address().port}/papers/trending`;
  const daily = `http://127.0.0.1:${upstream.address().port}/papers`;
  const port = await freePort();
  const inspectorPort = await freePort();
  const args = [
    'wrangler', 'dev', 'scripts/bench/bench-worker.ts',
    '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort),
    '--persist-to', join(stateDir, 'state'), '--var', `SOURCE_URL:${source}`, '--var', `DAILY_URL:${daily}`,
    '--show-interactive-dev-session=false', '--log-level', 'warn',
  ];
  // Its own process group, so stop() can end wrangler and the workerd it spawned, and nothing else.
  const child = spawn('npx', args, { cwd: root, env: WRANGLER_ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const stop = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {}
          resolve();
        }, 5_000);
        child.once('exit', () => (clearTimeout(timer), resolve()));
      });
    }
    await new Promise((resolve) => upstream.close(resolve));
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${base}/__bench/counts`);
      if (response.ok) return { base, stop };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`wrangler dev did not come up:\n${output}`);
}

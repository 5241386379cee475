/**
 * The real worker for browser tests: `wrangler dev` on free loopback ports, KV persisted to a
 * fresh temporary directory, and `SOURCE_URL` pointing at a loopback server that serves whatever
 * fixture page the test puts up (`DAILY_URL` at the same server's `/papers`, serving one daily
 * list page). Scrapes run through wrangler's scheduled-event endpoint.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STARTUP_TIMEOUT_MS = 120_000;

/** A running worker and its upstream. */
export interface WorkerServer {
  baseUrl: string;
  /** Serves `page` as the trending page, runs one scrape and waits for it to finish. */
  scrape(page: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the upstream server and `wrangler dev`; resolves once the worker answers. */
export async function startWorker(dailyPage: string): Promise<WorkerServer> {
  let page = '';
  const upstream = createServer((req, res) => {
    const body = new URL(req.url ?? '/', 'http://upstream').pathname === '/papers' ? dailyPage : page;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const sourceUrl = `http://127.0.0.1:${portOf(upstream)}/papers/trending`;
  const dailyUrl = `http://127.0.0.1:${portOf(upstream)}/papers`;
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const stateDir = mkdtempSync(join(tmpdir(), 'paperfeed-browser-'));
  const wranglerBin = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');
  const args = [
    wranglerBin, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort),
    '--persist-to', stateDir, '--var', `SOURCE_URL:${sourceUrl}`, '--var', `DAILY_URL:${dailyUrl}`, '--test-scheduled',
    '--show-interactive-dev-session=false', '--log-level', 'warn',
  ];
  // Its own process group, so stopping it also stops workerd.
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: 'true' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    await stopProcess(child);
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
    rmSync(stateDir, { recursive: true, force: true });
  };

  try {
    await waitUntilUp(baseUrl, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- wrangler output ---\n${output.slice(-4000)}`);
  }
  return {
    baseUrl,
    async scrape(next) {
      page = next;
      const response = await fetch(`${baseUrl}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('*/30 * * * *')}`);
      const body = await response.text();
      if (!response.ok) throw new Error(`scheduled run failed: ${response.status} ${body}\n${output.slice(-2000)}`);
    },
    stop,
  };
}

// Probes a path that reads no KV, so the worker's snapshot cache stays empty until the scrapes.
async function waitUntilUp(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}`);
    try {
      await fetch(`${baseUrl}/__not-a-route__`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`wrangler dev did not answer within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = portOf(server);
      server.close(() => resolve(port));
    });
  });
}

function portOf(server: Server | ReturnType<typeof createNetServer>): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return address.port;
}

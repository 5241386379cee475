#!/usr/bin/env node
/**
 * Runs paperfeed locally the way it runs in production: `wrangler dev` with KV persisted under
 * .wrangler/, a scrape as soon as the worker is up, then one on the cron schedule (every 30
 * minutes, on :00 and :30) — `wrangler dev` never fires crons by itself.
 *
 *   npm run dev                 scrape the real trending page and daily list (needs internet)
 *   npm run dev:demo            offline: serve bundled pages from loopback, separate KV state
 *   npm run dev -- --port 9000  another port (also: --source URL, --daily URL, --every MINUTES)
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const demo = args.includes('--demo');
const port = Number(option('port', '8787'));
const everyMinutes = Number(option('every', '30'));
const cron = '*/30 * * * *';

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
const wranglerArgs = ['wrangler', 'dev', '--port', String(port), '--ip', '127.0.0.1', '--test-scheduled'];
let demoServer;

if (demo) {
  // Demo data lives in its own KV state: it must never show up in the feeds of a real local run.
  const fixture = (file) => readFileSync(join(root, 'test/fixtures', file));
  const pages = ['trending.html', 'trending-next.html'].map(fixture);
  const daily = fixture('daily.html');
  let served = 0;
  demoServer = createServer((req, res) => {
    // The daily list at /papers; the trending page at /papers/trending, where the first scrape sees
    // trending.html and later ones trending-next.html: papers come and go as upstream.
    const page = new URL(req.url ?? '/', 'http://demo').pathname === '/papers' ? daily : pages[Math.min(served++, pages.length - 1)];
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise((resolve) => demoServer.listen(0, '127.0.0.1', resolve));
  const host = `http://127.0.0.1:${demoServer.address().port}`;
  console.log(`[paperfeed] DEMO: serving bundled fixture pages at ${host}/papers/trending and ${host}/papers (KV state: .wrangler/demo-state)`);
  wranglerArgs.push('--var', `SOURCE_URL:${host}/papers/trending`, '--var', `DAILY_URL:${host}/papers`, '--persist-to', join(root, '.wrangler/demo-state'));
} else {
  const source = option('source', undefined);
  if (source) wranglerArgs.push('--var', `SOURCE_URL:${source}`);
  const daily = option('daily', undefined);
  if (daily) wranglerArgs.push('--var', `DAILY_URL:${daily}`);
  wranglerArgs.push('--persist-to', join(root, '.wrangler/state'));
}

const wrangler = spawn('npx', wranglerArgs, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
const base = `http://127.0.0.1:${port}`;

async function fireCron(reason) {
  try {
    const response = await fetch(`${base}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent(cron)}`);
    console.log(`[paperfeed] cron (${reason}): ${response.status} ${await response.text()}`);
  } catch (error) {
    console.error(`[paperfeed] cron (${reason}) failed: ${error.message}`);
  }
}

async function waitUntilUp(timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(`${base}/`);
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return false;
}

function scheduleNext() {
  const period = everyMinutes * 60_000;
  const delay = period - (Date.now() % period);
  setTimeout(async () => {
    await fireCron('schedule');
    scheduleNext();
  }, delay);
}

function stop(code = 0) {
  wrangler.kill('SIGINT');
  demoServer?.close();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
wrangler.on('exit', (code) => {
  demoServer?.close();
  process.exit(code ?? 1);
});

async function reportHealth() {
  try {
    const health = await (await fetch(`${base}/health`)).json();
    console.log(`[paperfeed] health: ${health.status}, ${health.papers} papers`);
    if (health.last_error && health.last_success_at === null) {
      console.log(`[paperfeed] the scrape failed: ${health.last_error.message}`);
      if (!demo) console.log('[paperfeed] no internet here? `npm run dev:demo` serves a bundled page instead');
    }
  } catch (error) {
    console.error(`[paperfeed] /health failed: ${error.message}`);
  }
}

if (await waitUntilUp()) {
  await fireCron('start');
  await reportHealth();
  console.log(`[paperfeed] feeds: ${base}/feeds/all.rss  ${base}/feeds/all.atom  ${base}/feeds/all.json`);
  console.log(`[paperfeed] next scrapes every ${everyMinutes} minutes; Ctrl-C to stop`);
  scheduleNext();
} else {
  console.error('[paperfeed] wrangler dev did not come up within 2 minutes');
  stop(1);
}

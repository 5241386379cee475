#!/usr/bin/env node
/**
 * Runs paperfeed locally the way it runs in production: `wrangler dev` with KV persisted under
 * .wrangler/, a scrape as soon as the worker is up, then one on the cron schedule (every 30
 * minutes, on :00 and :30) — `wrangler dev` never fires crons by itself.
 *
 *   npm run dev                 scrape the real trending page and daily list (needs internet)
 *   npm run dev:demo            offline: serve bundled pages from loopback, separate KV state
 *   npm run dev -- --help       the options (--port, --source, --daily, --every, --var, --persist-to)
 *
 * Every scrape is reported as one line; a failed one names its cause and what to do about it.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DevOptionError, parseDevOptions, USAGE } from './dev/options.mjs';
import { describeScrape, wranglerOutputFilter } from './dev/wrangler-output.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let options;
try {
  options = parseDevOptions(process.argv.slice(2), root);
} catch (error) {
  if (!(error instanceof DevOptionError)) throw error;
  console.error(`[paperfeed] ${error.message}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const { demo, port, everyMinutes, persistTo } = options;
const cron = '*/30 * * * *';

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
const wranglerBin = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');
const wranglerArgs = [wranglerBin, 'dev', '--port', String(port), '--ip', '127.0.0.1', '--test-scheduled', '--persist-to', persistTo];
for (const [name, value] of options.vars) wranglerArgs.push('--var', `${name}:${value}`);
let demoServer;
let source = options.source;
let dailySource = options.daily;

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
  source = `${host}/papers/trending`;
  dailySource = `${host}/papers`;
  console.log(`[paperfeed] DEMO: serving bundled fixture pages at ${source} and ${dailySource}`);
}
if (source) wranglerArgs.push('--var', `SOURCE_URL:${source}`);
if (dailySource !== undefined) wranglerArgs.push('--var', `DAILY_URL:${dailySource}`);
console.log(`[paperfeed] KV state: ${relative(root, persistTo) || '.'}${options.vars.length > 0 ? `; vars: ${options.vars.map(([name]) => name).join(', ')}` : ''}`);

// Its own process group, so that stopping it also stops workerd.
const wrangler = spawn(process.execPath, wranglerArgs, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
const scrapeWaiters = [];
const filterLine = wranglerOutputFilter({
  onScrape(event) {
    const waiter = scrapeWaiters.shift();
    if (waiter) waiter(event);
    // A run nobody here started: a manual POST /admin/refresh.
    else console.log(describeScrape(event.trigger ? `scrape (${event.trigger})` : 'scrape', event, { demo }));
  },
});
for (const [from, to] of [[wrangler.stdout, process.stdout], [wrangler.stderr, process.stderr]]) {
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
    const shown = filterLine(line);
    if (shown !== null) to.write(`${shown}\n`);
  });
}
const base = `http://127.0.0.1:${port}`;

/** Fires the cron once and prints one line about the run it started; true when it succeeded. */
async function fireCron(reason) {
  const label = `scrape (${reason})`;
  // The run logs its record before the scheduled endpoint answers; wait a little for it anyway.
  const logged = new Promise((resolve) => scrapeWaiters.push(resolve));
  try {
    const response = await fetch(`${base}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent(cron)}`);
    const body = await response.text();
    if (!response.ok) {
      console.error(`[paperfeed] ${label} FAILED: the scheduled handler answered ${response.status} ${body.trim().slice(0, 200)}`);
      return false;
    }
    const event = await Promise.race([logged, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (event) {
      console.log(describeScrape(label, event, { demo }));
      return event.outcome !== 'failed';
    }
    return reportHealth(label);
  } catch (error) {
    console.error(`[paperfeed] ${label} FAILED: ${error.message}`);
    return false;
  } finally {
    const at = scrapeWaiters.indexOf(logged);
    if (at >= 0) scrapeWaiters.splice(at, 1);
  }
}

// Without the run's log record (another log level, a slow pipe), /health says how the run went.
async function reportHealth(label) {
  try {
    const health = await (await fetch(`${base}/health`)).json();
    const failed = health.last_error !== null && health.last_error.at === health.last_attempt_at;
    if (failed) console.log(describeScrape(label, { outcome: 'failed', error: health.last_error.message }, { demo }));
    else console.log(`[paperfeed] ${label}: ${health.status}, ${health.papers} papers`);
    return !failed;
  } catch (error) {
    console.error(`[paperfeed] ${label}: /health failed: ${error.message}`);
    return false;
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
  try {
    process.kill(-wrangler.pid, 'SIGINT');
  } catch {
    // Already gone.
  }
  demoServer?.close();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
wrangler.on('exit', (code) => {
  demoServer?.close();
  process.exit(code ?? 1);
});

if (await waitUntilUp()) {
  await fireCron('start');
  console.log(`[paperfeed] feeds: ${base}/feeds/all.rss  ${base}/feeds/all.atom  ${base}/feeds/all.json`);
  console.log(`[paperfeed] next scrapes every ${everyMinutes} minutes; Ctrl-C to stop`);
  scheduleNext();
} else {
  console.error('[paperfeed] wrangler dev did not come up within 2 minutes');
  stop(1);
}

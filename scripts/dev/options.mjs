/**
 * The command line of `npm run dev` and `npm run dev:demo`, checked before anything starts: an
 * unknown option, a bad number or a malformed `--var` stops the script with one line that says
 * what is wrong, instead of being ignored.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Said when the command line cannot be run; the message is meant for the user as is. */
export class DevOptionError extends Error {
  name = 'DevOptionError';
}

export const DEFAULT_SOURCE_URL = 'https://huggingface.co/papers/trending';
export const DEFAULT_DAILY_URL = 'https://huggingface.co/papers';
export const USAGE = `usage: npm run dev [-- OPTIONS]     npm run dev:demo [-- OPTIONS]
  --port N              port of the worker (default 8787)
  --source URL          scrape this page instead of ${DEFAULT_SOURCE_URL}
                        (its own KV state under .wrangler/sources/)
  --daily URL           read this daily list instead of ${DEFAULT_DAILY_URL};
                        --daily '' turns the daily list off (own KV state too)
  --every MINUTES       scrape every MINUTES minutes, 1 to 1440 (default 30)
  --var NAME:value      a var or secret for the worker, e.g. --var ADMIN_TOKEN:secret
                        (or put NAME=value lines in .dev.vars)
  --persist-to DIR      keep the KV state in DIR
  --help                this text`;

// Options that take a value, and the flags that take none.
const VALUED = new Set(['port', 'source', 'daily', 'every', 'var', 'persist-to']);
const FLAGS = new Set(['demo', 'help']);

/**
 * Parses `argv` (without node and the script) relative to the repository `root`. Returns the
 * options with defaults filled in; throws `DevOptionError` naming the first problem.
 */
export function parseDevOptions(argv, root) {
  const given = { vars: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') ? splitInline(arg.slice(2)) : [undefined, undefined];
    if (name === undefined || (!VALUED.has(name) && !FLAGS.has(name))) {
      throw new DevOptionError(`unknown option ${JSON.stringify(arg)}; run with --help for the options`);
    }
    if (FLAGS.has(name)) {
      given[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new DevOptionError(`--${name} needs a value`);
    if (name === 'var') given.vars.push(readVar(value));
    else if (given[name] !== undefined) throw new DevOptionError(`--${name} is given twice`);
    else given[name] = value;
  }
  const demo = given.demo === true;
  for (const name of ['source', 'daily']) {
    if (demo && given[name] !== undefined) throw new DevOptionError(`--${name} and the demo exclude each other: the demo serves its own pages`);
  }
  if (given.vars.some(([name]) => name === 'SOURCE_URL')) throw new DevOptionError('set the page to scrape with --source URL, not --var SOURCE_URL:…');
  if (given.vars.some(([name]) => name === 'DAILY_URL')) throw new DevOptionError("set the daily list with --daily URL (or --daily '' for none), not --var DAILY_URL:…");
  const source = given.source === undefined ? undefined : readSource('source', given.source);
  // An empty --daily turns the daily list off, as an empty DAILY_URL does.
  const daily = given.daily === undefined ? undefined : given.daily.trim() === '' ? '' : readSource('daily', given.daily);
  return {
    demo,
    help: given.help === true,
    port: readNumber('port', given.port, 8787, 1, 65535, true),
    everyMinutes: readNumber('every', given.every, 30, 1, 1440, false),
    source,
    daily,
    vars: given.vars,
    persistTo: given['persist-to'] ?? stateDir(root, demo, source, daily),
  };
}

/**
 * Where KV state lives: the real pages' in `.wrangler/state`, the demo's in `.wrangler/demo-state`,
 * and every other pair of sources in a folder of its own, so no run's papers leak into another's
 * feeds.
 */
export function stateDir(root, demo, source, daily) {
  if (demo) return join(root, '.wrangler/demo-state');
  const trendingUrl = source ?? DEFAULT_SOURCE_URL;
  const dailyUrl = daily ?? DEFAULT_DAILY_URL;
  if (trendingUrl === DEFAULT_SOURCE_URL && dailyUrl === DEFAULT_DAILY_URL) return join(root, '.wrangler/state');
  const named = trendingUrl !== DEFAULT_SOURCE_URL ? trendingUrl : dailyUrl;
  const host = named === '' ? 'no-daily' : new URL(named).host.replace(/[^a-z0-9.-]+/gi, '-');
  const hash = createHash('sha256').update(`${trendingUrl} ${dailyUrl}`).digest('hex').slice(0, 8);
  return join(root, '.wrangler/sources', `${host}-${hash}`);
}

function splitInline(text) {
  const eq = text.indexOf('=');
  return eq < 0 ? [text, undefined] : [text.slice(0, eq), text.slice(eq + 1)];
}

function readVar(text) {
  const colon = text.indexOf(':');
  const name = colon < 0 ? '' : text.slice(0, colon);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new DevOptionError(`--var takes NAME:value (e.g. --var ADMIN_TOKEN:secret), got ${JSON.stringify(text)}; or put NAME=value in .dev.vars`);
  }
  return [name, text.slice(colon + 1)];
}

function readSource(name, text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new DevOptionError(`--${name} must be an absolute http(s) URL, got ${JSON.stringify(text)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DevOptionError(`--${name} must be an http(s) URL, got ${JSON.stringify(text)}`);
  return url.href;
}

function readNumber(name, text, fallback, min, max, whole) {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || (whole && !Number.isInteger(n)) || n < min || n > max) {
    throw new DevOptionError(`--${name} must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return n;
}

/**
 * Reads `wrangler dev`'s output line by line for the dev script. Two kinds of lines are taken out:
 * workerd's own report of a failed outbound connection (a red `✘ [ERROR] … kj/… failed: DNS lookup
 * failed …` block with a native stack trace: the expected way an offline upstream fails, already
 * reported by the worker), and the worker's structured `{"event":"scrape",…}` log line, which the
 * script turns into one sentence. Everything else passes through unchanged.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
// Connection-level failures: what an unreachable upstream looks like from inside workerd.
const NETWORK_FAILURE = /DNS lookup failed|connect\(\)|ECONNREFUSED|Connection refused|Network connection lost|Socket proxy disconnected|TLS|SSL|peer/i;

/**
 * Creates a filter. `onScrape(event)` gets every scrape log record; the returned function takes one
 * line (without its newline) and returns the line to print, or `null` to drop it.
 */
export function wranglerOutputFilter({ onScrape }) {
  // Inside a dropped block until its `stack:` line, then through the blank lines that follow it.
  let state = 'pass';
  let cause;
  const causes = new Map();
  return function filterLine(line) {
    const plain = line.replace(ANSI, '');
    if (state !== 'pass') {
      if (state === 'block' && /^\s*stack:/.test(plain)) {
        const id = /wdErrId = (\S+)/.exec(plain)?.[1];
        if (id && cause) causes.set(id, cause);
        state = 'after';
        return null;
      }
      if (state === 'block' || plain.trim() === '') return null;
      state = 'pass';
    }
    if (/✘ \[ERROR\].*kj\/\S+:\d+: (failed|disconnected)/.test(plain) && NETWORK_FAILURE.test(plain)) {
      cause = blockCause(plain);
      state = 'block';
      return null;
    }
    const event = scrapeEvent(plain);
    if (event) {
      onScrape({ ...event, cause: runtimeCause(event.error, causes) });
      return null;
    }
    return line;
  };
}

/** The scrape log record on `line`, if it is one. */
function scrapeEvent(line) {
  if (!line.startsWith('{"event":"scrape"')) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

// The worker cannot tell a failed DNS lookup from a failed TLS handshake; workerd's block can.
function blockCause(line) {
  if (/DNS lookup failed/.test(line)) return { kind: 'dns' };
  const tls = /OpenSSL error; message = (?:error:\w+:)?(.*)$/.exec(line) ?? /tls\S*: failed: (.*)$/i.exec(line);
  return tls ? { kind: 'tls', detail: tls[1].trim() } : undefined;
}

/** What workerd said about the runtime reference in `error`, in words, when it said something. */
function runtimeCause(error, causes) {
  const reference = /runtime reference (\S+?)\)/.exec(error ?? '')?.[1];
  const cause = reference ? causes.get(reference) : undefined;
  const host = /cannot resolve (\S+?):/.exec(error ?? '')?.[1];
  if (!cause || !host) return undefined;
  return cause.kind === 'dns' ? `cannot resolve ${host} (DNS lookup failed)` : `cannot connect securely to ${host}: the TLS handshake failed (${cause.detail})`;
}

/**
 * One line about a finished scrape: what changed, or why it failed and, away from the demo, what
 * to run instead.
 */
export function describeScrape(label, event, { demo }) {
  if (event.outcome === 'failed') {
    const attempts = event.attempts > 1 ? ` (after ${event.attempts} attempts)` : '';
    const error = event.cause ? `${event.cause}${attempts}` : String(event.error).replace(/^\w*Error: /, '');
    const hint = demo ? '' : ' No internet, or just trying it out? `npm run dev:demo` serves bundled pages instead.';
    return `[paperfeed] ${label} FAILED: ${error}.${hint}`;
  }
  if (event.outcome === 'skipped') return `[paperfeed] ${label}: skipped, upstream asked us to wait until ${event.retryAfterUntil}`;
  const changes = event.outcome === 'changed' ? `${event.added} new, ${event.updated} updated, ${event.expired} expired` : 'no change';
  return `[paperfeed] ${label}: ok, ${event.papers} papers (${changes})${event.warning ? `; warning: ${event.warning}` : ''}`;
}

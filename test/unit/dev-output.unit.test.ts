import { describe, expect, it } from 'vitest';
import { describeScrape, wranglerOutputFilter, type ScrapeEvent } from '../../scripts/dev/wrangler-output.mjs';

const ESC = '\u001b';
// What wrangler prints when the worker's fetch cannot resolve its host, colours included.
const DNS_BLOCK = [
  `${ESC}[31m✘ ${ESC}[41;31m[${ESC}[41;97mERROR${ESC}[41;31m]${ESC}[0m ${ESC}[1me = kj/async-io-unix.c++:1298: failed: DNS lookup failed.; params.host = huggingface.co; params.service = ; gai_strerror(status) = Name or service not known${ESC}[0m`,
  '',
  '  stack: /x/workerd@51f50be /x/workerd@51f5bb0; sentryErrorContext = jsgInternalError; wdErrId = k9ht87t1',
  '',
  '',
];
const FAILED = '{"event":"scrape","outcome":"failed","attempts":3,"error":"UpstreamError: cannot resolve huggingface.co: the DNS lookup (or the TLS handshake) failed; offline? (runtime reference k9ht87t1) (after 3 attempts)"}';

function run(lines: string[]): { shown: string[]; events: ScrapeEvent[] } {
  const events: ScrapeEvent[] = [];
  const filter = wranglerOutputFilter({ onScrape: (event) => events.push(event) });
  const shown = lines.map(filter).filter((line): line is string => line !== null);
  return { shown, events };
}

describe('wranglerOutputFilter', () => {
  it('drops the runtime block of a failed lookup and ties its cause to the scrape record', () => {
    const { shown, events } = run(['[wrangler:info] Ready', ...DNS_BLOCK, ...DNS_BLOCK, FAILED, '[wrangler:info] GET /health 503']);
    expect(shown).toEqual(['[wrangler:info] Ready', '[wrangler:info] GET /health 503']);
    expect(events).toHaveLength(1);
    expect(events[0]?.cause).toBe('cannot resolve huggingface.co (DNS lookup failed)');
  });

  it('tells a failed TLS handshake from a failed lookup', () => {
    const tls = [
      `✘ [ERROR] e = kj/compat/tls.c++:82: failed: OpenSSL error; message = error:100000f7:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER`,
      '',
      '  stack: /x/workerd@1; wdErrId = tls1',
      '',
    ];
    const failed = FAILED.replace('k9ht87t1', 'tls1');
    const { shown, events } = run([...tls, failed]);
    expect(shown).toEqual([]);
    expect(events[0]?.cause).toBe('cannot connect securely to huggingface.co: the TLS handshake failed (SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER)');
  });

  it('passes other errors and log lines through', () => {
    const other = `✘ [ERROR] Uncaught TypeError: x is not a function`;
    expect(run([other, '{"event":"status_write_failed"}', '']).shown).toEqual([other, '{"event":"status_write_failed"}', '']);
  });
});

describe('describeScrape', () => {
  it('names the cause and the way out of a failed run', () => {
    const [event] = run([...DNS_BLOCK, FAILED]).events;
    const line = describeScrape('scrape (start)', event as ScrapeEvent, { demo: false });
    expect(line).toBe(
      '[paperfeed] scrape (start) FAILED: cannot resolve huggingface.co (DNS lookup failed) (after 3 attempts). No internet, or just trying it out? `npm run dev:demo` serves bundled pages instead.',
    );
  });

  it('falls back to the worker’s own words, without the hint in the demo', () => {
    const line = describeScrape('scrape', { outcome: 'failed', error: 'UpstreamError: 127.0.0.1:9 answered 500' }, { demo: true });
    expect(line).toBe('[paperfeed] scrape FAILED: 127.0.0.1:9 answered 500.');
  });

  it('sums up a good run', () => {
    const line = describeScrape('scrape (start)', { outcome: 'changed', papers: 50, added: 50, updated: 0, expired: 0 }, { demo: true });
    expect(line).toBe('[paperfeed] scrape (start): ok, 50 papers (50 new, 0 updated, 0 expired)');
  });
});

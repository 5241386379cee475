import { describe, expect, it } from 'vitest';
import { parseDevOptions } from '../../scripts/dev/options.mjs';

const ROOT = '/repo';

describe('parseDevOptions', () => {
  it('keeps the real page, the demo and every other source in separate KV state', () => {
    expect(parseDevOptions([], ROOT).persistTo).toBe('/repo/.wrangler/state');
    expect(parseDevOptions(['--source', 'https://huggingface.co/papers/trending'], ROOT).persistTo).toBe('/repo/.wrangler/state');
    expect(parseDevOptions(['--demo'], ROOT).persistTo).toBe('/repo/.wrangler/demo-state');
    const other = parseDevOptions(['--source', 'http://127.0.0.1:9000/papers'], ROOT).persistTo;
    expect(other).toMatch(/^\/repo\/\.wrangler\/sources\/127\.0\.0\.1-9000-[0-9a-f]{8}$/);
    expect(parseDevOptions(['--source', 'http://127.0.0.1:9000/other'], ROOT).persistTo).not.toBe(other);
    expect(parseDevOptions(['--source', 'http://x.test/', '--persist-to', '/tmp/s'], ROOT).persistTo).toBe('/tmp/s');
  });

  it('gives another daily list, or none, its own KV state too', () => {
    const none = parseDevOptions(['--daily', ''], ROOT);
    expect(none.daily).toBe('');
    expect(none.persistTo).toMatch(/^\/repo\/\.wrangler\/sources\/no-daily-[0-9a-f]{8}$/);
    const other = parseDevOptions(['--daily', 'http://127.0.0.1:9000/papers'], ROOT).persistTo;
    expect(other).toMatch(/^\/repo\/\.wrangler\/sources\/127\.0\.0\.1-9000-[0-9a-f]{8}$/);
    expect(parseDevOptions(['--daily', 'https://huggingface.co/papers'], ROOT).persistTo).toBe('/repo/.wrangler/state');
    expect(() => parseDevOptions(['--demo', '--daily', 'http://x.test/'], ROOT)).toThrow(/--daily and the demo/);
    expect(() => parseDevOptions(['--var', 'DAILY_URL:http://x.test/'], ROOT)).toThrow(/--daily URL/);
    expect(() => parseDevOptions(['--daily', 'ftp://x.test/'], ROOT)).toThrow(/--daily must be an http/);
  });

  it('passes every --var on, in both forms', () => {
    const options = parseDevOptions(['--demo', '--var', 'ADMIN_TOKEN:a:b', '--var=TOPICS:[]'], ROOT);
    expect(options.vars).toEqual([['ADMIN_TOKEN', 'a:b'], ['TOPICS', '[]']]);
  });

  it('reads numbers with their defaults', () => {
    expect(parseDevOptions([], ROOT)).toMatchObject({ port: 8787, everyMinutes: 30, demo: false });
    expect(parseDevOptions(['--every', '5', '--port=9000'], ROOT)).toMatchObject({ port: 9000, everyMinutes: 5 });
  });
});

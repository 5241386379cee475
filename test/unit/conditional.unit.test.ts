import { describe, expect, it } from 'vitest';
import { etagFor, isNotModified } from '../../src/http/conditional';

const etag = etagFor('0123456789abcdef', '/feeds/all.rss');
const lastModified = new Date('2026-11-28T02:57:13.000Z');
const check = (headers: Record<string, string>) => isNotModified(new Headers(headers), etag, lastModified);

describe('etagFor', () => {
  it('is a weak tag that depends on the version and on the URL', () => {
    expect(etag).toMatch(/^W\/"0123456789abcdef-[0-9a-f]+"$/);
    expect(etagFor('0123456789abcdef', '/feeds/all.rss')).toBe(etag);
    expect(etagFor('0123456789abcdef', '/feeds/all.rss?limit=5')).not.toBe(etag);
    expect(etagFor('0123456789abcdef', '/feeds/all.atom')).not.toBe(etag);
    expect(etagFor('fedcba9876543210', '/feeds/all.rss')).not.toBe(etag);
  });
});

describe('isNotModified', () => {
  it('matches If-None-Match by weak comparison, in a list, or *', () => {
    expect(check({ 'if-none-match': etag })).toBe(true);
    expect(check({ 'if-none-match': etag.slice(2) })).toBe(true);
    expect(check({ 'if-none-match': `"other", ${etag}` })).toBe(true);
    expect(check({ 'if-none-match': '*' })).toBe(true);
    expect(check({ 'if-none-match': 'W/"other"' })).toBe(false);
  });

  it('lets If-None-Match take precedence over If-Modified-Since', () => {
    const future = new Date(lastModified.getTime() + 86_400_000).toUTCString();
    expect(check({ 'if-none-match': 'W/"other"', 'if-modified-since': future })).toBe(false);
    expect(check({ 'if-none-match': etag, 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' })).toBe(true);
  });

  it('compares If-Modified-Since at one-second granularity', () => {
    expect(check({ 'if-modified-since': lastModified.toUTCString() })).toBe(true);
    expect(check({ 'if-modified-since': new Date(lastModified.getTime() + 1000).toUTCString() })).toBe(true);
    expect(check({ 'if-modified-since': new Date(lastModified.getTime() - 1000).toUTCString() })).toBe(false);
    expect(check({ 'if-modified-since': 'not a date' })).toBe(false);
    expect(check({})).toBe(false);
  });
});

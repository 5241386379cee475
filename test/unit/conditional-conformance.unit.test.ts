/**
 * Conditional requests per RFC 9110 §13.1 beyond the basics: If-Modified-Since counts only when
 * it is one valid HTTP-date (in any of its three forms), and If-None-Match is read as a list of
 * entity tags, not split blindly at commas.
 */
import { describe, expect, it } from 'vitest';
import { etagFor, isNotModified, parseHttpDate } from '../../src/http/conditional';

const etag = etagFor('0123456789abcdef', 'https://paperfeed.test/feeds/all.rss');
const lastModified = new Date('1994-11-06T08:49:37.000Z');
const check = (headers: Record<string, string>) => isNotModified(new Headers(headers), etag, lastModified);

describe('parseHttpDate', () => {
  it('reads the three forms of HTTP-date', () => {
    const expected = Date.parse('1994-11-06T08:49:37Z');
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(expected);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(expected);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(expected);
  });

  it.each(['2100', '1', 'garbage', '2100-01-01', 'Sun, 06 Nov 1994 08:49:37', 'Sun, 31 Feb 1994 08:49:37 GMT', 'Sun, 06 Nov 1994 25:00:00 GMT',
    'Sun, 06 Nov 1994 08:49:37 GMT, Mon, 07 Nov 1994 08:49:37 GMT', ''])('refuses %j', (value) => {
    expect(parseHttpDate(value)).toBeNull();
  });
});

describe('If-Modified-Since', () => {
  it('is ignored unless it is a valid HTTP-date, however far in the future it reads', () => {
    expect(check({ 'if-modified-since': '2100' })).toBe(false);
    expect(check({ 'if-modified-since': '1' })).toBe(false);
    expect(check({ 'if-modified-since': '2100-01-01T00:00:00Z' })).toBe(false);
    expect(check({ 'if-modified-since': 'Fri, 01 Jan 2100 00:00:00 GMT' })).toBe(true);
    expect(check({ 'if-modified-since': 'Sun Nov  6 08:49:37 1994' })).toBe(true);
    expect(check({ 'if-modified-since': 'Sun Nov  6 08:49:36 1994' })).toBe(false);
  });
});

describe('If-None-Match', () => {
  it('reads entity tags as tokens: a comma inside one is not a separator', () => {
    expect(check({ 'if-none-match': `"a,b", ${etag}` })).toBe(true);
    expect(check({ 'if-none-match': `W/"x",W/"y",${etag.slice(2)}` })).toBe(true);
    expect(check({ 'if-none-match': `"${etag.slice(3, -1)},x"` })).toBe(false);
    expect(check({ 'if-none-match': etag.slice(3, -1) })).toBe(false);
  });

  it('takes precedence even when it does not match and the date would', () => {
    expect(check({ 'if-none-match': '"nope"', 'if-modified-since': 'Fri, 01 Jan 2100 00:00:00 GMT' })).toBe(false);
    expect(check({ 'if-none-match': ' * ', 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' })).toBe(true);
  });
});

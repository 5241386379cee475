import { describe, expect, it } from 'vitest';
import { prefersHtml } from '../../src/http/negotiate';

describe('prefersHtml', () => {
  it.each([
    ['Chromium', 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7'],
    ['Firefox and Safari', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
    ['an XHTML-only browser', 'application/xhtml+xml'],
    ['upper case and spaces', 'TEXT/HTML ; q=1 , */* ; q=0.1'],
  ])('gives %s the preview', (_name, accept) => {
    expect(prefersHtml(accept)).toBe(true);
  });

  it.each([
    ['no Accept header', undefined],
    ['an empty header', ''],
    ['curl', '*/*'],
    ['a reader asking for feeds', 'application/rss+xml, application/atom+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1'],
    ['a reader that also takes HTML', 'text/html, application/rss+xml;q=0.5'],
    ['a JSON Feed client', 'application/feed+json, text/html;q=0.1'],
    ['a script asking for JSON', 'application/json, text/html'],
    ['XML ranked with HTML', 'application/xml, text/html'],
    ['XML ranked above HTML', 'text/html;q=0.5, text/xml'],
    ['HTML refused', 'text/html;q=0, */*'],
    ['a malformed quality', 'text/html;q=high'],
  ])('gives %s the feed', (_name, accept) => {
    expect(prefersHtml(accept)).toBe(false);
  });

  it('survives a huge header', () => {
    expect(prefersHtml(`${'x/y;q=0.5,'.repeat(100_000)}text/html`)).toBe(false);
  });
});

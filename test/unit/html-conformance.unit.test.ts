/**
 * The HTML pages served by the app (index, feed preview) with hostile upstream values and a
 * hostile operator-defined topic: every tag's attributes are well quoted, no event-handler
 * attribute exists, every link is http(s), same-site or a fragment, nothing is loaded from
 * elsewhere, and the Content-Security-Policy allows no source beyond the page's own hashes.
 */
import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/env';
import { app } from '../../src/http/app';
import { storeSnapshot } from '../support/stored-snapshot';
import { memoryKv } from '../support/memory-kv';
import { SAMPLE_PAPERS } from '../support/sample';

const EVIL = '"\'`><svg onload=alert(1)>`${x}` javascript:alert(1)';
const TOPICS = JSON.stringify([{ slug: 'evil', title: `Evil ${EVIL}`, description: `Described ${EVIL}`, query: 'attention OR yolo' }]);
// The pages' own favicon is an inline SVG data URL; nothing else may be anything but these.
const ALLOWED_URL = /^(?:https?:\/\/[^\s"'<>`]+|\/(?!\/)[^\s"'<>`]*|#[\w-]*|data:image\/svg\+xml,%3Csvg[^"]*)$/;

async function page(path: string, env: Env): Promise<{ html: string; csp: string }> {
  const response = await app.request(`https://paperfeed.test${path}`, { headers: { accept: 'text/html' } }, env);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  return { html: await response.text(), csp: response.headers.get('content-security-policy') ?? '' };
}

describe('HTML pages with hostile values', () => {
  it.each(['/', '/feeds/all.rss', '/feeds/evil.atom?q=attention+OR+%22%60%3E%3Csvg%22&limit=5'])('%s: quoted attributes, safe links, nothing loaded', async (path) => {
    const env = { PAPERS: memoryKv().kv, TOPICS } as Env;
    await storeSnapshot(env.PAPERS, {
      version: '0123456789abcdef',
      updatedAt: '2026-11-03T10:30:00.000Z',
      checkedAt: '2026-11-03T10:30:00.000Z',
      papers: SAMPLE_PAPERS.map((p) => ({ ...p, title: `${p.title} ${EVIL}`, authors: [...p.authors, EVIL], aiKeywords: [...p.aiKeywords, EVIL] })),
    });
    const { html, csp } = await page(path, env);
    expect(html).toContain('&quot;&#39;`&gt;&lt;svg onload=alert(1)&gt;`${x}` javascript:alert(1)');
    if (path === '/' || path.includes('evil')) expect(html).toContain('Evil &quot;&#39;`&gt;&lt;svg onload=alert(1)&gt;');
    for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
      // Whatever is left after removing quoted values must be bare attribute names.
      // (Single quotes only around paperfeed's own constant placeholder text.)
      const bare = tag.replace(/="[^"]*"|='[^']*'/g, '').replace(/^<[a-zA-Z0-9]+/, '').replace(/\/?>$/, '');
      expect(bare, tag).toMatch(/^(?:\s+[A-Za-z-]+)*\s*$/);
      expect(bare, tag).not.toMatch(/\son[a-z]+/);
      for (const [, name, value] of tag.matchAll(/\s(href|src|action|formaction|poster|srcset)="([^"]*)"/g)) {
        expect(value, `${name} in ${tag}`).toMatch(ALLOWED_URL);
        if (name !== 'href' && name !== 'action') expect(value, tag).toMatch(/^data:image\/svg\+xml,/);
      }
    }
    expect(html).not.toMatch(/<link[^>]+rel="(?:stylesheet|preload|modulepreload|prefetch)"/);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      expect.stringMatching(/^style-src 'sha256-[A-Za-z0-9+/=]+'$/),
      expect.stringMatching(/^script-src 'sha256-[A-Za-z0-9+/=]+'$/),
      'img-src data:',
      "form-action 'self'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]);
  });
});

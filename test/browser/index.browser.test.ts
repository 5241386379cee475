import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, NO_CHROMIUM, OUTPUT_DIR, parseXmlInBrowser, watchProblems } from './chromium';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(NO_CHROMIUM)('the index page in Chromium', () => {
  it('loads with no console errors and no CSP violations, and its script runs', async () => {
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    const response = await page.goto(`${base}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    await expect(page.locator('h1').textContent()).resolves.toContain('Trending ML papers');
    // The copy buttons are revealed by the hashed inline script: visible means it was allowed to run.
    await page.locator('button[data-copy="subscribe-url"]').waitFor({ state: 'visible' });
    expect(await page.locator('.paper').count()).toBeGreaterThan(0);
    const ids = await page.$$eval('[id]', (elements) => elements.map((el) => el.id));
    expect(ids.length).toBe(new Set(ids).size);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('advertises feeds that resolve to valid RSS, Atom and JSON Feed', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const links = await page.$$eval('link[rel="alternate"]', (elements) =>
      elements.map((el) => ({ type: el.getAttribute('type') ?? '', href: el.getAttribute('href') ?? '' })),
    );
    expect(new Set(links.map((l) => l.type))).toEqual(new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json']));
    for (const link of links) {
      // Absolute, so a reader given only the site URL can follow it.
      expect(link.href.startsWith(`${base}/feeds/`)).toBe(true);
      const response = await fetch(link.href);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(`${link.type}; charset=utf-8`);
      const body = await response.text();
      // Every topic's feed must be valid; only `all` is sure to hold papers on the fixture pages.
      const minItems = link.href.startsWith(`${base}/feeds/all.`) ? 1 : 0;
      if (link.type === 'application/feed+json') {
        const feed = JSON.parse(body) as { version: string; items: unknown[] };
        expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
        expect(feed.items.length).toBeGreaterThanOrEqual(minItems);
      } else {
        const parsed = await parseXmlInBrowser(page, body);
        expect(parsed.error).toBeNull();
        expect(parsed.root).toBe(link.type === 'application/rss+xml' ? 'rss' : 'feed');
        expect(parsed.items).toBeGreaterThanOrEqual(minItems);
      }
    }
    await page.close();
  });

  for (const [name, width] of [['desktop', 1280], ['phone', 390]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`fits a ${width}px ${scheme} screen (screenshot in test-output/)`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${base}/`);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
        expect((r + g + b) / 3 > 128).toBe(scheme === 'light');
        // Nothing wider than the screen: no sideways scrolling on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(OUTPUT_DIR, `index-${name}-${scheme}.png`), fullPage: true });
        await context.close();
      });
    }
  }
});

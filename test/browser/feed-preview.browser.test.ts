import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, NO_CHROMIUM, parseXmlInBrowser, watchProblems } from './chromium';
import { HOSTILE_ABSTRACT, HOSTILE_TITLE, hostilePage, papersOf, readFixture } from './fixtures';

const base = inject('baseUrl');
const hostileId = papersOf(hostilePage())[0]?.id ?? '';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(NO_CHROMIUM)('a feed URL opened in Chromium', () => {
  it('shows the feed’s own papers as a readable page, while readers get the feed', async () => {
    const url = `${base}/feeds/all.rss?limit=200`;
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    const response = await page.goto(url);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(response?.headers().vary).toBe('Accept');
    const shown = await page.locator('.paper h3').allTextContents();

    const feed = await fetch(url);
    expect(feed.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const xml = await feed.text();
    expect((await parseXmlInBrowser(page, xml)).error).toBeNull();
    const titles = await page.evaluate(
      (text) => [...new DOMParser().parseFromString(text, 'application/xml').querySelectorAll('item > title')].map((t) => t.textContent),
      xml,
    );
    expect(shown).toEqual(titles);
    expect(shown.length).toBe(56);
    expect(await page.locator('#url-feed').inputValue()).toBe(url);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('shows a daily feed as the daily list’s papers, saying which list it follows', async () => {
    const url = `${base}/feeds/all.rss?source=daily&limit=200`;
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(url);
    expect(await page.locator('h1').textContent()).toBe('All daily papers');
    expect(await page.locator('p.source').textContent()).toBe('Follows Hugging Face’s daily papers.');
    const shown = await page.$$eval('.paper', (cards) => cards.map((card) => card.getAttribute('data-id') ?? '').sort());
    expect(shown).toEqual(papersOf(readFixture('daily.html')).map((paper) => paper.id).sort());
    const xml = await (await fetch(url)).text();
    expect((await parseXmlInBrowser(page, xml)).error).toBeNull();
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('shows markup from a title or abstract as text and never runs it', async () => {
    // The policy alone would stop inline script; turn it off so this checks the escaping.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${base}/feeds/all.atom?limit=200`);
    const card = page.locator(`.paper[data-id="${hostileId}"]`);
    expect(await card.locator('h3').textContent()).toBe(HOSTILE_TITLE);
    await card.locator('details.abstract summary').click();
    expect(await card.locator('details.abstract p').innerText()).toBe(HOSTILE_ABSTRACT);
    expect(await card.innerText()).toContain('<script>window.__pwned = "ai"</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img, svg[onload], [onerror], a[href^="javascript:"]').count()).toBe(0);
    await context.close();
  });
});

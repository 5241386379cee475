import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchProblems } from './chromium';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a feed’s home link opened in Chromium', () => {
  it('is the page of exactly that feed, with the filters, its papers and its subscribe links', async () => {
    const query = '?q=model&min_upvotes=5&limit=200';
    const json = (await (await fetch(`${base}/feeds/all.json${query}`)).json()) as {
      home_page_url: string;
      items: { title: string; _paperfeed: { arxiv_id: string } }[];
    };
    expect(json.home_page_url).toBe(`${base}/feeds/all.html${query}`);
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    const response = await page.goto(json.home_page_url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(response?.headers().etag).toBeTruthy();

    const shown = await page.locator('.paper').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id')));
    expect(json.items.length).toBeGreaterThan(3);
    expect(shown).toEqual(json.items.map((item) => item._paperfeed.arxiv_id));
    expect(await page.locator('.filters li').allTextContents()).toEqual(['matching model', 'at least 5 upvotes', 'at most 200 papers']);
    expect(await page.locator('#url-feed').inputValue()).toBe(`${base}/feeds/all.rss${query}`);
    // Each format link is the same feed: readers get it, with this page as its home.
    const links = await page.locator('.subscribe .formats a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual(['rss', 'atom', 'json'].map((format) => `${base}/feeds/all.${format}${query}`));
    for (const link of links) {
      const feed = await fetch(link, { headers: { accept: '*/*' } });
      expect(feed.status, link).toBe(200);
      const home = link.includes('/all.json') ? json.home_page_url : json.home_page_url.replaceAll('&', '&amp;');
      expect(await feed.text(), link).toContain(home);
    }
    expect(problems.errors).toEqual([]);
    await page.close();
  });
});

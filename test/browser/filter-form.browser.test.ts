import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, NO_CHROMIUM, watchProblems } from './chromium';
import { hostilePage, papersOf, readFixture } from './fixtures';

const base = inject('baseUrl');
const MIN_UPVOTES = 20;
// Every paper of both scraped pages with enough upvotes, read from the pages themselves.
const expected = [...papersOf(hostilePage()), ...papersOf(readFixture('trending.html'))]
  .filter((paper) => paper.upvotes >= MIN_UPVOTES)
  .map((paper) => paper.id)
  .sort();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function fillForm(page: Page): Promise<void> {
  await page.goto(`${base}/`);
  await page.selectOption('#builder select[name="topic"]', 'all');
  await page.check('#builder input[name="format"][value="json"]');
  await page.fill('#builder input[name="min_upvotes"]', String(MIN_UPVOTES));
}

async function feedIds(url: string): Promise<string[]> {
  const response = await fetch(url);
  expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
  const feed = (await response.json()) as { items: { _paperfeed: { arxiv_id: string } }[] };
  return feed.items.map((item) => item._paperfeed.arxiv_id).sort();
}

describe.skipIf(NO_CHROMIUM)('the filter form', () => {
  it('shows the URL as you type, and that URL’s feed holds exactly the matching papers', async () => {
    expect(expected.length).toBeGreaterThan(1);
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    await fillForm(page);
    const live = await page.locator('#builder-url').inputValue();
    expect(live).toBe(`${base}/feeds/all.json?min_upvotes=${MIN_UPVOTES}`);
    await Promise.all([page.waitForURL(live), page.click('#builder button[type="submit"]')]);
    // The preview of that feed offers exactly that URL and lists exactly its papers.
    expect(await page.locator('#url-feed').inputValue()).toBe(live);
    const listed = await page.$$eval('.paper', (cards) => cards.map((card) => card.getAttribute('data-id') ?? '').sort());
    expect(listed).toEqual(expected);
    expect(await feedIds(live)).toEqual(expected);
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it('builds a daily feed whose papers are exactly the daily list’s', async () => {
    const daily = papersOf(readFixture('daily.html'));
    const wanted = daily.filter((paper) => paper.upvotes >= MIN_UPVOTES).map((paper) => paper.id).sort();
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.length).toBeLessThan(daily.length);
    const page = await browser.newPage();
    await fillForm(page);
    await page.selectOption('#builder select[name="source"]', 'daily');
    const live = await page.locator('#builder-url').inputValue();
    expect(live).toBe(`${base}/feeds/all.json?source=daily&min_upvotes=${MIN_UPVOTES}`);
    await Promise.all([page.waitForURL(live), page.click('#builder button[type="submit"]')]);
    const listed = await page.$$eval('.paper', (cards) => cards.map((card) => card.getAttribute('data-id') ?? '').sort());
    expect(listed).toEqual(wanted);
    expect(await feedIds(live)).toEqual(wanted);
    await page.close();
  });

  it('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await fillForm(page);
    await Promise.all([page.waitForURL(/\/feeds\//), page.click('#builder button[type="submit"]')]);
    expect(page.url()).toBe(`${base}/feeds/all.json?min_upvotes=${MIN_UPVOTES}`);
    expect(await feedIds(page.url())).toEqual(expected);
    await context.close();
  });
});

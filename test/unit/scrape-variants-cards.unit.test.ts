/**
 * Variants of the rendered paper cards (the fallback when the JSON is gone), built from the real
 * card of the capture: halves missing or reordered, optional parts absent, other counts, other
 * link spellings, other containers, and a card list cut off in transfer.
 */
import { describe, expect, it } from 'vitest';
import type { ScrapedPaper } from '../../src/domain/types';
import { PageParseError, parsePage } from '../../src/scrape/parse';
import { scrapePage } from '../../src/scrape/scrape-page';
import { fixture } from '../support/fixtures';
import { withoutDataProps } from '../support/pages';

const page = withoutDataProps(fixture('real-trending-excerpt.html'));
const open = page.indexOf('<article class=');
const close = page.indexOf('</article>', open) + '</article>'.length;
const card = page.slice(open, close);
const desktopAt = card.indexOf('<div class="hidden h-40 md:flex">');
const mobileAt = card.indexOf('<div class="flex flex-col md:hidden">');
const desktop = card.slice(desktopAt, mobileAt);
const mobile = card.slice(mobileAt, card.length - '</article>'.length);
const ARTICLE = '<article class="relative overflow-hidden rounded-xl border">';

/** The capture's page with its one card replaced by `cards`. */
const withCards = (cards: string) => page.slice(0, open) + cards + page.slice(close);
const papers = (html: string): ScrapedPaper[] => {
  const scraped = scrapePage(html);
  expect(scraped.source).toBe('cards');
  return scraped.papers;
};
const only = (html: string): ScrapedPaper => {
  const all = papers(html);
  expect(all).toHaveLength(1);
  return all[0]!;
};
/** Replaces `from` in every half of the card (each appears in both). */
const edit = (from: string | RegExp, to: string) => withCards(card.replace(from instanceof RegExp ? new RegExp(from.source, 'g') : new RegExp(escapeRegExp(from), 'g'), to));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TITLE = 'NeoHorse-1: Towards Recursive Self-Improvement via Agentic Post-Training with Routing Harness';
const FULL = {
  id: '2609.08183',
  title: TITLE,
  upvotes: 327,
  githubUrl: 'https://github.com/TokenRhythm/NeoHorse',
  githubStars: 1660,
  thumbnailUrl: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2609.08183.png',
  organization: { name: 'TokenRhythm', fullname: 'TokenRhythm', url: 'https://huggingface.co/TokenRhythm' },
  publishedAt: '2026-09-08T00:00:00.000Z',
  source: 'cards',
};

describe('card halves', () => {
  it('the test card has both halves', () => {
    expect(desktopAt).toBeGreaterThan(0);
    expect(mobileAt).toBeGreaterThan(desktopAt);
  });

  for (const [name, inner] of Object.entries({
    'only the mobile half': mobile,
    'only the desktop half': desktop,
    'the halves in the other order': `${mobile} ${desktop}`,
  })) {
    it(`reads a card with ${name}`, () => {
      expect(only(withCards(`${ARTICLE}${inner}</article>`))).toMatchObject(FULL);
    });
  }

  it('reads several cards once each, in page order', () => {
    const second = card.replace(/2609\.08183/g, '2609.08184').replace(/NeoHorse-1:/g, 'Second:');
    const third = `${ARTICLE}${mobile.replace(/2609\.08183/g, '2609.08185')}</article>`;
    expect(papers(withCards(card + second + third)).map((p) => [p.id, p.rank])).toEqual([
      ['2609.08183', 1], ['2609.08184', 2], ['2609.08185', 3],
    ]);
  });
});

describe('optional parts of a card', () => {
  it('reads a card without thumbnail', () => {
    const paper = only(edit(/<img loading="lazy" src="https:\/\/cdn-thumbnails[^>]*>/, ''));
    expect(paper).not.toHaveProperty('thumbnailUrl');
    expect(paper.title).toBe(TITLE);
  });

  it('reads a card without GitHub link', () => {
    const paper = only(edit(/<a href="https:\/\/github\.com[\s\S]*?<\/a>/, ''));
    expect(paper).not.toHaveProperty('githubUrl');
    expect(paper.githubStars).toBeNull();
    expect(paper.upvotes).toBe(327);
  });

  it('reads a card without organisation chip or date', () => {
    const paper = only(edit(/<a href="\/TokenRhythm"[\s\S]*?<\/a>/, '').replace(/<span>(Published on )?Sep 8, 2026<\/span>/g, ''));
    expect(paper).not.toHaveProperty('organization');
    expect(paper).not.toHaveProperty('publishedAt');
  });

  const stars: Array<[string, number | null]> = [['12', 12], ['1.2k', 1200], ['3M', 3_000_000], ['1,234', 1234], ['999', 999], ['', null]];
  for (const [shown, count] of stars) {
    it(`reads GitHub stars shown as "${shown}"`, () => {
      expect(only(edit('<span>1.66k</span>', `<span>${shown}</span>`).replace(/<!----> 1\.66k/g, `<!----> ${shown}`)).githubStars).toBe(count);
    });
  }

  it('reads upvotes shown as "-" as none, and "1.2k" as 1200', () => {
    expect(only(edit('<div class="font-semibold text-orange-500">327</div>', '<div class="font-semibold text-orange-500">-</div>')).upvotes).toBe(0);
    expect(only(edit('<div class="font-semibold text-orange-500">327</div>', '<div class="font-semibold text-orange-500">1.2k</div>')).upvotes).toBe(1200);
  });

  it('reads a title holding references and markup as text', () => {
    const paper = only(edit(`>${TITLE}</a>`, '>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>bold</b> caf&eacute; &#x1F600;</a>'));
    expect(paper.title).toBe('A <script>alert(1)</script> & bold café 😀');
  });
});

describe('link and markup spellings', () => {
  it('reads absolute huggingface.co paper links', () => {
    expect(only(edit('href="/papers/2609.08183"', 'href="https://huggingface.co/papers/2609.08183"'))).toMatchObject(FULL);
  });

  it('reads paper links with a trailing slash, a query or a fragment', () => {
    for (const suffix of ['/', '?from=trending', '#community']) {
      expect(only(edit('href="/papers/2609.08183"', `href="/papers/2609.08183${suffix}"`)).id, suffix).toBe('2609.08183');
    }
  });

  it('takes the title from the heading even when another link to the paper comes first', () => {
    const html = edit('<h3 class="mb-1.5', '<a href="/papers/2609.08183#community">12 comments</a><h3 class="mb-1.5');
    expect(only(html).title).toBe(TITLE);
  });

  it('reads http and www GitHub links', () => {
    expect(only(edit('https://github.com/', 'http://github.com/')).githubUrl).toBe('http://github.com/TokenRhythm/NeoHorse');
    expect(only(edit('https://github.com/', 'https://www.github.com/')).githubUrl).toBe('https://www.github.com/TokenRhythm/NeoHorse');
  });

  it('reads cards in upper-case markup', () => {
    const upper = withCards(card.replace(/<(\/?)(article|div|a|h3|p|span|img)\b/g, (_m, slash: string, name: string) => `<${slash}${name.toUpperCase()}`));
    expect(only(upper)).toMatchObject(FULL);
  });

  it('reads cards in another container, and articles with other attributes', () => {
    const html = page.replace('class="relative grid gap-5', 'class="papers-list flex').replace(ARTICLE, '<article id="paper-2609.08183" data-index="0" class="card">');
    expect(only(html)).toMatchObject(FULL);
  });

  it('is not fooled by an old card inside a comment or a template before the list', () => {
    const stale = card.replace(/2609\.08183/g, '2609.00666');
    for (const wrap of [`<!-- ${stale} -->`, `<template>${stale}</template>`, `<script type="text/html">${stale}</script>`]) {
      expect(papers(page.replace('<div class="relative grid', `${wrap}<div class="relative grid`)).map((p) => p.id), wrap.slice(0, 12)).toEqual([
        '2609.08183',
      ]);
    }
  });
});

describe('a card list cut off in transfer', () => {
  const full = withoutDataProps(fixture('trending.html'));

  it('is refused, never read as a shorter list', () => {
    const lastCard = full.lastIndexOf('<article');
    for (const at of [full.indexOf('<article') + 500, lastCard, lastCard + 2_000, full.lastIndexOf('</article>') + 10]) {
      expect(() => parsePage(full.slice(0, at)), `cut at ${at}`).toThrow(PageParseError);
    }
  });

  it('is read when only trailing content after </html> is there', () => {
    expect(parsePage(`${full}<!-- ${'x'.repeat(6_000)} -->\n`).entries).toHaveLength(55);
  });
});

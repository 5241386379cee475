/**
 * Variants of the page around the `DailyPapers` data element: other attribute spellings, other
 * hydration elements, markup that is not part of the document, encodings and page framing.
 */
import { describe, expect, it } from 'vitest';
import { PageParseError, parsePage } from '../../src/scrape/parse';
import { scrapePage } from '../../src/scrape/scrape-page';
import { fixture } from '../support/fixtures';
import { entry, escapeAttribute, pageWith } from '../support/pages';

const ids = (html: string) => scrapePage(html).papers.map((p) => p.id);
const props = (paperIds: string[], extra: Record<string, unknown> = {}) =>
  escapeAttribute(JSON.stringify({ canSubmit: false, dailyPapers: paperIds.map((id) => entry(id)), isTrending: true, ...extra }));

const real = fixture('real-trending-excerpt.html');
const REAL_TAG = /<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="([^"]*)">/;
const realRaw = REAL_TAG.exec(real)?.[1] ?? '';
const realJson = realRaw.replace(/&quot;/g, '"');
const withTag = (tag: string) => real.replace(REAL_TAG, () => tag);

describe('the data element, spelled differently', () => {
  const variants: Record<string, string> = {
    'data-props before data-target': `<div data-props="${realRaw}" class="SVELTE_HYDRATER contents" data-target="DailyPapers">`,
    'newlines and tabs inside the tag': `<div\n\tclass="SVELTE_HYDRATER contents"\r\n  data-target = "DailyPapers"\n\tdata-props\n=\n"${realRaw}"\n>`,
    'single quotes': `<div class='SVELTE_HYDRATER contents' data-target='DailyPapers' data-props='${realJson.replace(/'/g, '&#39;')}'>`,
    'unquoted target, upper-case names': `<DIV CLASS="SVELTE_HYDRATER contents" DATA-TARGET=DailyPapers DATA-PROPS="${realRaw}">`,
    '&#34; for quotes': `<div data-target="DailyPapers" data-props="${realJson.replace(/"/g, '&#34;')}">`,
    '&#x22; for quotes': `<div data-target="DailyPapers" data-props="${realJson.replace(/"/g, '&#x22;')}">`,
    '&QUOT; for quotes (a legal legacy spelling)': `<div data-target="DailyPapers" data-props="${realJson.replace(/"/g, '&QUOT;')}">`,
    'self-closing (XHTML style)': `<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${realRaw}" />`,
    'target with stray spaces and case': `<div data-target="  dailypapers " data-props="${realRaw}">`,
  };
  for (const [name, tag] of Object.entries(variants)) {
    it(name, () => {
      const page = scrapePage(withTag(tag));
      expect(page.source).toBe('json');
      expect(page.papers.map((p) => p.id)).toEqual(['2606.03748']);
      expect(page.papers[0]).toMatchObject({ upvotes: 23, comments: 1, title: expect.stringMatching(/^Ultralytics YOLO26/) });
    });
  }
});

describe('other hydration elements and the daily page', () => {
  it('skips a header whose JSON also mentions dailyPapers', () => {
    const header = `<div class="SVELTE_HYDRATER contents" data-target="MainHeader" data-props="${escapeAttribute(
      JSON.stringify({ nav: { dailyPapers: '/papers' }, dailyPapers: [] }),
    )}"></div>`;
    expect(ids(pageWith([entry('2601.00001')]).replace('<main>', `<main>${header}`))).toEqual(['2601.00001']);
  });

  it('finds the papers by their array when no element is named DailyPapers', () => {
    const header = `<div data-target="MainHeader" data-props="${escapeAttribute(JSON.stringify({ links: { dailyPapers: '/papers' } }))}"></div>`;
    const html = pageWith([entry('2601.00002')]).replace('data-target="DailyPapers" ', 'data-target="PapersList" ').replace('<main>', `<main>${header}`);
    const page = scrapePage(html);
    expect(page.source).toBe('json');
    expect(page.papers.map((p) => p.id)).toEqual(['2601.00002']);
  });

  it('reads the daily page (same key, isTrending false or absent)', () => {
    for (const extra of [{ isTrending: false, date: '2026-10-07' }, { isTrending: undefined }]) {
      const html = pageWith([]).replace(/data-props="[^"]*"/, `data-props="${props(['2601.00003', '2601.00004'], extra)}"`)
        .replace('<title>Trending Papers</title>', '<title>Daily Papers - Hugging Face</title><link rel="canonical" href="https://huggingface.co/papers">');
      expect(ids(html)).toEqual(['2601.00003', '2601.00004']);
    }
  });
});

describe('markup that is not part of the document', () => {
  const page = pageWith([entry('2601.00010'), entry('2601.00011')]);
  const stale = `<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${props(['2601.09999'])}"></div>`;
  const cases: Record<string, string> = {
    'an HTML comment holding an old element with papers': `<!-- ${stale} -->`,
    'an HTML comment holding an element without papers': '<!--<div data-target="DailyPapers" data-props="{}"></div>-->',
    'a <script> string': `<script>const tpl = '<div data-target="DailyPapers" data-props="{}"></div>';</script>`,
    'a <SCRIPT> holding the old element': `<SCRIPT type="text/x-template">${stale}</SCRIPT>`,
    'a <template>': `<template id="skeleton">${stale}</template>`,
    'a <noscript>': `<noscript>${stale}</noscript>`,
    'a <textarea>': `<textarea>${stale}</textarea>`,
  };
  for (const [name, inert] of Object.entries(cases)) {
    it(`passes over ${name} earlier in the page`, () => {
      const page2 = page.replace('<main>', `<main><!--[--><!----><!--> ${inert}<!--]-->`);
      const scraped = scrapePage(page2);
      expect(scraped.source).toBe('json');
      expect(scraped.papers.map((p) => p.id)).toEqual(['2601.00010', '2601.00011']);
    });
  }

  it('still reads an element that follows a closed comment and script on the same line', () => {
    const html = page.replace('<main>', '<main><!-- c --><script>var a = "<!--";</script><style>p{}</style>');
    expect(ids(html)).toEqual(['2601.00010', '2601.00011']);
  });
});

describe('entities and text in the JSON', () => {
  // The raw attribute text of the abstract goes in as written, to test the attribute decoder.
  const titled = (title: string, rawAbstract = 'x') =>
    pageWith([]).replace(/data-props="[^"]*"/, () => `data-props="${escapeAttribute(JSON.stringify({ dailyPapers: [entry('2601.00020', title, { summary: 'ABSTRACT' })] })).replace('ABSTRACT', rawAbstract)}"`);
  const only = (html: string) => scrapePage(html).papers[0]!;

  it('keeps &amp;quot; as the literal text &quot;', () => {
    expect(only(titled('Say &quot;hi&quot;')).title).toBe('Say &quot;hi&quot;');
  });

  it('decodes named, numeric and astral references in the attribute as a browser does', () => {
    const html = titled('T', 'Caf&eacute;&nbsp;na&iuml;ve &#x1F600; &#128640; &copy;2026 &lt;b&gt;');
    expect(only(html).abstract).toBe('Café naïve 😀 🚀 ©2026 <b>');
  });

  it('leaves a legacy reference without ";" before a letter alone, as attributes do', () => {
    const html = titled('T', 'R&amp;D &copyright &notit; &amp');
    expect(only(html).abstract).toBe('R&D &copyright &notit; &');
  });

  it('keeps non-ASCII text: CJK, RTL, emoji sequences, combining marks', () => {
    const title = '多模态大模型 · نموذج لغوي ‏— 👩‍🔬🏳️‍🌈 e\u0301';
    expect(only(titled(title)).title).toBe(title);
  });
});

describe('page framing', () => {
  const page = pageWith([entry('2601.00030')]);

  it('reads a page with a byte-order mark', () => {
    expect(ids(`\uFEFF${page}`)).toEqual(['2601.00030']);
  });

  it('reads a page with CRLF line endings, and CRLF inside the JSON whitespace', () => {
    const crlf = page.replace(/\n/g, '\r\n').replace('{&quot;canSubmit', '{\r\n&quot;canSubmit');
    expect(ids(crlf)).toEqual(['2601.00030']);
  });

  it('reads an XHTML page', () => {
    const xhtml = page
      .replace('<!doctype html>', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
      .replace('<html>', '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">')
      .replace('<meta charset="utf-8" />', '<meta charset="utf-8"/>');
    expect(ids(xhtml)).toEqual(['2601.00030']);
  });

  it('reads a page in upper-case markup', () => {
    const upper = page.replace(/<(\/?)(html|head|body|main|div|section|title|meta)\b/g, (_m, slash: string, name: string) => `<${slash}${name.toUpperCase()}`);
    expect(ids(upper)).toEqual(['2601.00030']);
  });

  it('reads a page with comments, scripts or whitespace after </html>, however long', () => {
    for (const trailer of [
      '\n\n',
      '<!-- served by edge-17 in 12 ms -->\n',
      `\n${' '.repeat(10_000)}\n`,
      `<!-- ${'debug '.repeat(2_000)} -->\n`,
      `<script>${'window.x = 1;\n'.repeat(1_000)}</script>\n`,
    ]) {
      expect(ids(page + trailer)).toEqual(['2601.00030']);
    }
  });

  it('refuses a page cut off anywhere, even with a "</body>" string early in the page', () => {
    const html = fixture('trending.html').replace('<head>', '<head><script>const end = "</body></html>";</script>');
    for (const at of [5_000, 200_000, 900_000, html.lastIndexOf('</article>') + 10, html.lastIndexOf('</body>')]) {
      expect(() => parsePage(html.slice(0, at)), `cut at ${at}`).toThrow(PageParseError);
    }
    expect(() => parsePage(html.slice(0, 900_000).replace(/data-props="[^"]*"/g, ''))).toThrow(/truncated/);
  });

  it('reads a very long page: 1,000 entries with long abstracts', () => {
    const many = Array.from({ length: 1_000 }, (_, i) => entry(`2601.${String(10_000 + i)}`, `Paper ${i}`, { summary: 'word '.repeat(400) }));
    const scraped = scrapePage(pageWith(many));
    expect(scraped.papers).toHaveLength(1_000);
    expect(scraped.papers[999]).toMatchObject({ id: '2601.10999', rank: 1_000 });
  });
});

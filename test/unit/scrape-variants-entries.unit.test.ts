/**
 * Variants of the `dailyPapers` entries: other shapes, other types, other id and date spellings,
 * and hostile strings and URLs in every field, read through the whole page path.
 */
import { describe, expect, it } from 'vitest';
import type { ScrapedPaper } from '../../src/domain/types';
import { scrapePage } from '../../src/scrape/scrape-page';
import { toCount } from '../../src/scrape/text';
import { escapeAttribute, pageWith } from '../support/pages';

const scrape = (entries: unknown[]) => scrapePage(pageWith(entries));
const one = (paper: Record<string, unknown>, outer: Record<string, unknown> = {}): ScrapedPaper => {
  const papers = scrape([{ paper: { id: '2601.00001', title: 'T', ...paper }, ...outer }]).papers;
  expect(papers).toHaveLength(1);
  return papers[0]!;
};

describe('entry shapes and types', () => {
  it('reads an entry without the paper wrapper', () => {
    const [paper] = scrape([{ id: '2601.00002', title: 'Flat', summary: 'Abs', upvotes: 5, numComments: 2, thumbnail: '/t.png' }]).papers;
    expect(paper).toMatchObject({ id: '2601.00002', title: 'Flat', abstract: 'Abs', upvotes: 5, comments: 2, thumbnailUrl: 'https://huggingface.co/t.png' });
  });

  it("takes the entry's title and abstract when the paper's are blank", () => {
    expect(one({ title: '  ', summary: '' }, { title: 'Outer title', summary: 'Outer abstract' })).toMatchObject({
      title: 'Outer title', abstract: 'Outer abstract',
    });
    expect(one({ title: 'Inner', summary: 'Inner abstract' }, { title: 'Outer', summary: 'Outer abstract' })).toMatchObject({
      title: 'Inner', abstract: 'Inner abstract',
    });
  });

  it('coerces numbers written as strings, and null counts', () => {
    expect(one({ upvotes: '42', githubRepo: 'https://github.com/a/b', githubStars: '1.2k' }, { numComments: '3' })).toMatchObject({
      upvotes: 42, comments: 3, githubStars: 1200,
    });
    expect(one({ upvotes: null }, { numComments: null })).toMatchObject({ upvotes: 0, comments: null });
  });

  it('reads authors as objects (hidden or not) or as plain strings', () => {
    const authors = [{ name: 'Ada' }, { name: 'Bo', hidden: true }, 'Cy', { user: { fullname: 'No Name' } }, null, 7];
    expect(one({ authors }).authors).toEqual(['Ada', 'Bo', 'Cy']);
  });

  it('reads ai_keywords given as one comma-separated string', () => {
    expect(one({ ai_keywords: 'LLM, diffusion ,  ,RL' }).aiKeywords).toEqual(['LLM', 'diffusion', 'RL']);
    expect(one({ ai_keywords: 42 }).aiKeywords).toEqual([]);
  });

  it('reads an organisation without a name as none, and never a handle a URL resolves away', () => {
    expect(one({ organization: { fullname: 'Nameless Lab' } }).organization).toBeUndefined();
    for (const name of ['.', '..', '...', '../admin', 'a/b', '']) {
      expect(one({ organization: { name, fullname: 'X' } }).organization, name).toBeUndefined();
    }
    expect(one({ organization: { name: 'meta-llama', fullname: '' } }).organization).toEqual({
      name: 'meta-llama', fullname: 'meta-llama', url: 'https://huggingface.co/meta-llama',
    });
  });
});

describe('arXiv ids', () => {
  it('keeps one paper per id, whatever the version, spaces or order', () => {
    const page = scrape([
      { paper: { id: ' 2606.03748v2 ', title: 'Second version first' } },
      { paper: { id: '2606.03748', title: 'Unversioned' } },
      { paper: { id: '2606.03748v1', title: 'First version' } },
      { paper: { id: '2607.00001', title: 'Other' } },
    ]);
    expect(page.papers.map((p) => [p.id, p.title, p.rank])).toEqual([
      ['2606.03748', 'Second version first', 1],
      ['2607.00001', 'Other', 2],
    ]);
    expect(page.papers[0]).toMatchObject({ hfUrl: 'https://huggingface.co/papers/2606.03748', pdfUrl: 'https://arxiv.org/pdf/2606.03748' });
    expect(page.dropped.map((d) => d.reason)).toEqual(['duplicate of 2606.03748', 'duplicate of 2606.03748']);
  });

  it('reads four-digit and old-style ids, and drops what is not an id', () => {
    const page = scrape([
      { paper: { id: '1412.6980', title: 'Adam' } },
      { paper: { id: 'hep-th/9901001', title: 'Old' } },
      { paper: { id: 'math.GT/0309136v2', title: 'Old with class' } },
      { paper: { id: 2606.0374, title: 'A number' } },
      { paper: { id: '../2606.03748', title: 'Traversal' } },
      { paper: { id: '2606.03748<script>', title: 'Markup' } },
      { paper: { id: '2606.03748\u0000', title: 'NUL' } },
    ]);
    expect(page.papers.map((p) => p.id)).toEqual(['1412.6980', 'hep-th/9901001', 'math.GT/0309136']);
    expect(page.dropped).toHaveLength(4);
  });
});

describe('dates', () => {
  it('reads ISO 8601 in its usual forms', () => {
    const cases: Record<string, string> = {
      '2026-06-02T00:00:00.000Z': '2026-06-02T00:00:00.000Z',
      '2026-06-02T00:00:00Z': '2026-06-02T00:00:00.000Z',
      '2026-06-02': '2026-06-02T00:00:00.000Z',
      '2026-06-02T02:00:00+02:00': '2026-06-02T00:00:00.000Z',
      '2026-06-02T00:00:00.123456Z': '2026-06-02T00:00:00.123Z',
    };
    for (const [value, iso] of Object.entries(cases)) expect(one({ publishedAt: value }).publishedAt, value).toBe(iso);
  });

  it('takes the outer publishedAt when the paper has none, and leaves a missing date out', () => {
    expect(one({}, { publishedAt: '2026-06-01T20:00:00.000Z' }).publishedAt).toBe('2026-06-01T20:00:00.000Z');
    expect(one({})).not.toHaveProperty('publishedAt');
  });

  it('does not make up a date from a string without a year', () => {
    for (const value of ['12', '1', 'Sep 8', 'yesterday', '', '0', '2 days ago', 'NaN']) {
      expect(one({ publishedAt: value, submittedOnDailyAt: value }), value).not.toHaveProperty('publishedAt');
    }
  });
});

describe('URLs', () => {
  it('reads a GitHub repository or project page written without a scheme as https', () => {
    expect(one({ githubRepo: 'github.com/ultralytics/ultralytics', githubStars: 5 })).toMatchObject({
      githubUrl: 'https://github.com/ultralytics/ultralytics', githubStars: 5,
    });
    expect(one({ githubRepo: ' www.github.com/x/y ' }).githubUrl).toBe('https://www.github.com/x/y');
    expect(one({ projectPage: 'docs.ultralytics.com/models/yolo26' }).projectPageUrl).toBe('https://docs.ultralytics.com/models/yolo26');
  });

  it('keeps http links, resolves relative and protocol-relative thumbnails', () => {
    expect(one({ githubRepo: 'http://github.com/x/y', projectPage: 'http://example.org/' })).toMatchObject({
      githubUrl: 'http://github.com/x/y', projectPageUrl: 'http://example.org/',
    });
    expect(one({}, { thumbnail: '/social-thumbnails/papers/2601.00001.png' }).thumbnailUrl).toBe(
      'https://huggingface.co/social-thumbnails/papers/2601.00001.png',
    );
    expect(one({}, { thumbnail: '//cdn-thumbnails.huggingface.co/x.png' }).thumbnailUrl).toBe('https://cdn-thumbnails.huggingface.co/x.png');
  });

  const hostile = [
    'javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' \n javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
    '\u0000javascript:alert(1)', '\u0001javascript:alert(1)', '\u00a0javascript:alert(1)', 'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>', 'DATA:image/png;base64,AAAA', 'vbscript:msgbox(1)', 'VBScript:x',
    'file:///etc/passwd', 'ftp://example.org/x', 'blob:https://example.org/x', 'https://user:pw@example.org/', 'mailto:a@b.c',
  ];
  it('drops every non-http(s) URL in every URL field, however it is dressed up', () => {
    for (const url of hostile) {
      const paper = one(
        { githubRepo: url, githubStars: 9, projectPage: url, organization: { name: 'org', avatar: url } },
        { thumbnail: url },
      );
      const links = [paper.githubUrl, paper.projectPageUrl, paper.thumbnailUrl, paper.organization?.avatar].filter(Boolean);
      for (const link of links) expect(link, url).toMatch(/^https:\/\/huggingface\.co\//);
      expect(paper.githubUrl, url).toBeUndefined();
      expect(paper.projectPageUrl, url).toBeUndefined();
      expect(paper.githubStars, url).toBeNull();
    }
  });

  it('drops javascript: URLs spelled with references in the attribute, and keeps encoded text inert', () => {
    const entries = [{ paper: { id: '2601.00001', title: 'T', githubRepo: 'GITHUB', projectPage: 'PROJECT' }, thumbnail: 'THUMB' }];
    const raw = escapeAttribute(JSON.stringify({ dailyPapers: entries }))
      .replace('GITHUB', 'jav&#x61;script:alert(1)')
      .replace('PROJECT', '&#106;avascript&#58;alert(1)')
      .replace('THUMB', 'jav&amp;#x61;script:alert(1)');
    const html = pageWith([]).replace(/data-props="[^"]*"/, () => `data-props="${raw}"`);
    const [paper] = scrapePage(html).papers;
    expect(paper!.githubUrl).toBeUndefined();
    expect(paper!.projectPageUrl).toBeUndefined();
    // `jav&#x61;script:` as literal text is not a scheme: a harmless path on huggingface.co.
    expect(paper!.thumbnailUrl).toMatch(/^https:\/\/huggingface\.co\//);
  });
});

describe('hostile and extreme text', () => {
  it('removes controls and lone surrogates, keeps pairs, and caps lengths', () => {
    const paper = one({
      title: `A\u0000B\u0008C\u001fD\u007fE\u0085F\u009fG\ud800H\udfffI😀J\uFFFEK\uFFFF`,
      summary: 'x'.repeat(100_000),
      ai_summary: `\u0007${'y '.repeat(30_000)}`,
      authors: Array.from({ length: 2_000 }, (_, i) => ({ name: `Author ${i} ${'z'.repeat(500)}` })),
      ai_keywords: Array.from({ length: 500 }, (_, i) => `k${i}`),
    });
    expect(paper.title).toBe('ABCDEFGHI😀JK');
    expect(paper.abstract.length).toBeLessThanOrEqual(20_000);
    expect(paper.aiSummary!.length).toBeLessThanOrEqual(20_000);
    expect(paper.authors.length).toBeLessThanOrEqual(500);
    expect(Math.max(...paper.authors.map((a) => a.length))).toBeLessThanOrEqual(200);
    expect(paper.aiKeywords).toHaveLength(50);
  });

  it('drops an entry whose title is only controls or whitespace', () => {
    const page = scrape([{ paper: { id: '2601.00001', title: '\u0000\u0001 \n\t\u00a0' } }, { paper: { id: '2601.00002', title: 'ok' } }]);
    expect(page.papers.map((p) => p.id)).toEqual(['2601.00002']);
  });
});

describe('counts', () => {
  const cases: Array<[unknown, number | null]> = [
    ['12', 12], ['1.2k', 1200], ['1.66k', 1660], ['3M', 3_000_000], ['2.1M', 2_100_000], ['1,234', 1234], ['1.234', 1234],
    ['12,345,678', 12_345_678], ['1.5', 2], ['1,5', 2], ['-', null], ['', null], ['−3', null], ['1e3', null], ['0x10', null],
    [-5, null], [12.4, 12], [Number.NaN, null], [Infinity, null], [1e300, null], ['999999999999999999999', null], [true, null],
  ];
  for (const [value, count] of cases) {
    it(`${JSON.stringify(value) ?? String(value)} → ${count}`, () => expect(toCount(value)).toBe(count));
  }
});

import { describe, expect, it } from 'vitest';
import { normalizeEntries, normalizeEntry } from '../../src/scrape/normalize';
import { cleanText, safeUrl, toCount } from '../../src/scrape/text';
import { hostileEntry } from '../support/pages';

describe('normalizeEntry', () => {
  it('cleans a hostile entry into safe, typed fields', () => {
    const paper = normalizeEntry(hostileEntry('2603.00001'), 'json', 1);
    if (typeof paper === 'string') throw new Error(paper);
    expect(paper.title).toBe('Attention <script>alert("x")</script> & ]]> is all you need 🧠');
    expect(paper.abstract).not.toMatch(/[\u0000\u000c\ud800]/);
    expect(paper.abstract).toContain('ZWJ 👩‍🔬');
    expect(paper.authors).toEqual(['Ada <Lovelace>', "O'Brien & Sons", 'not an object']);
    expect(paper.githubUrl).toBeUndefined();
    expect(paper.githubStars).toBeNull();
    expect(paper.thumbnailUrl).toBeUndefined();
    expect(paper.projectPageUrl).toBe('https://example.org/project?a=1&b=%3C2%3E');
    expect(paper.upvotes).toBe(42);
    expect(paper.comments).toBeNull();
    expect(paper.aiKeywords).toEqual(['LLM', '<b>keyword</b>']);
    expect(paper.featuredAt).toBeUndefined();
    expect(paper.publishedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(paper.organization).toBeUndefined();
    expect(paper.hfUrl).toBe('https://huggingface.co/papers/2603.00001');
    expect(paper.pdfUrl).toBe('https://arxiv.org/pdf/2603.00001');
  });

  it('drops entries without a valid arXiv id or title, with the reason', () => {
    const { papers, dropped } = normalizeEntries(
      [
        { paper: { id: '2603.00001', title: 'Kept' } },
        { paper: { id: '../../etc', title: 'Bad id' } },
        { paper: { id: 2603.00002, title: 'Numeric id' } },
        { paper: { id: '2603.00003', title: '  \u0000 ' } },
        { paper: { id: '2603.00001v2', title: 'Duplicate with a version' } },
        null,
      ],
      'json',
    );
    expect(papers.map((p) => [p.id, p.rank])).toEqual([['2603.00001', 1]]);
    expect(dropped.map((d) => d.reason)).toEqual([
      'invalid arXiv id "../../etc"',
      'invalid arXiv id "2603.00002"',
      'missing title for 2603.00003',
      'duplicate of 2603.00001',
      'not an object',
    ]);
  });

  it('ranks the kept papers 1..n in page order', () => {
    const { papers } = normalizeEntries(
      [{ paper: { id: 'bad' } }, { paper: { id: '2603.00002', title: 'B' } }, { paper: { id: 'hep-th/9901001', title: 'Old id' } }],
      'json',
    );
    expect(papers.map((p) => [p.id, p.rank])).toEqual([['2603.00002', 1], ['hep-th/9901001', 2]]);
  });
});

describe('normalizeEntries across pages', () => {
  // Each page is parsed afresh: the same entry comes back as a new object, equal or not.
  const page = (...entries: unknown[]) => structuredClone(entries);
  const entry = (id: string, fields: Record<string, unknown> = {}) => ({ paper: { id, title: `Paper ${id}`, summary: 'An abstract.', upvotes: 3, ...fields }, numComments: 1 });

  it('gives what normalizing afresh gives, whatever the page read before held', () => {
    const seen = [
      page(entry('2612.00001'), entry('2612.00002')),
      page(entry('2612.00002'), entry('2612.00001', { upvotes: 9 })),
      page(entry('2612.00001', { upvotes: 9 }), entry('2612.00002', { title: 'Renamed' })),
      page(entry('2612.00001', { upvotes: 9 }), entry('2612.00002', { title: 'Renamed' })),
    ];
    for (const entries of seen) {
      expect(normalizeEntries(entries, 'json').papers).toEqual(structuredClone(entries).map((one, i) => normalizeEntry(one, 'json', i + 1)));
    }
    // The same entries read from the cards are the cards' papers.
    expect(normalizeEntries(page(...(seen[3] as unknown[])), 'cards').papers.map((paper) => paper.source)).toEqual(['cards', 'cards']);
  });

  it('reads an entry changed in place again', () => {
    const entries = page(entry('2612.00003'));
    normalizeEntries(entries, 'json');
    (entries[0] as { paper: { title: string } }).paper.title = 'Changed in place';
    expect(normalizeEntries(entries, 'json').papers[0]?.title).toBe('Changed in place');
  });
});

describe('text helpers', () => {
  it('collapses whitespace and removes what XML 1.0 forbids, keeping valid pairs', () => {
    expect(cleanText(' a\n\t b \u0001c\uFFFE 😀 \udc00')).toBe('a b c 😀');
    expect(cleanText(42)).toBe('');
  });

  it('drops bidirectional overrides that could make a title read differently', () => {
    expect(cleanText('safe \u202Egnp.exe\u202C and \u2067isolated\u2069 שלום')).toBe('safe gnp.exe and isolated שלום');
  });

  it('cuts long text on a code-point boundary', () => {
    const cut = cleanText(`${'a'.repeat(9)}😀😀`, 11);
    expect(cut).toBe(`${'a'.repeat(9)}…`);
    expect(cut.isWellFormed()).toBe(true);
  });

  it('keeps only absolute http(s) URLs', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(' JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl('https://user:pw@example.org/')).toBeUndefined();
    expect(safeUrl('/papers/1', 'https://huggingface.co')).toBe('https://huggingface.co/papers/1');
    expect(safeUrl('//evil.example/x')).toBeUndefined();
    expect(safeUrl('http://example.org/a b')).toBe('http://example.org/a%20b');
  });

  it('coerces counts as the page writes them', () => {
    expect([toCount(12), toCount('1.66k'), toCount('2M'), toCount('1,234'), toCount(-1), toCount('x'), toCount(NaN)]).toEqual([
      12, 1660, 2_000_000, 1234, null, null, null,
    ]);
  });
});

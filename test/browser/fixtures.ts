/**
 * Fixture pages for the browser tests, and an oracle read straight from their embedded JSON
 * (independent of the worker's parser): which papers a page holds, with their upvotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const DAILY_PAPERS = /(data-target="DailyPapers"[^>]*?data-props=")([^"]*)(")/;

/** A page of test/fixtures by file name. */
export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** One entry of the page's `dailyPapers` list (only the fields the tests look at are typed). */
export interface DailyPaperEntry {
  paper: { id: string; title: string; summary?: string; upvotes?: number; [key: string]: unknown };
  [key: string]: unknown;
}

interface DailyPapersProps {
  dailyPapers: DailyPaperEntry[];
  [key: string]: unknown;
}

/** The decoded `data-props` of the page's DailyPapers element. */
export function dailyPapersProps(page: string): DailyPapersProps {
  const raw = DAILY_PAPERS.exec(page)?.[2];
  if (raw === undefined) throw new Error('fixture has no DailyPapers element');
  const decoded = raw.replace(/&(quot|amp|lt|gt|#39|#x27|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
  return JSON.parse(decoded) as DailyPapersProps;
}

/** `page` with its DailyPapers `data-props` replaced by `props`, attribute-escaped as upstream does. */
export function withDailyPapersProps(page: string, props: DailyPapersProps): string {
  const encoded = JSON.stringify(props).replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
  return page.replace(DAILY_PAPERS, (_, start: string, _old: string, end: string) => `${start}${encoded}${end}`);
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'", apos: "'" };

/** Markup that would run script if a page ever inserted it unescaped; it sets `window.__pwned`. */
export const HOSTILE_TITLE = `YOLO26 <script>window.__pwned = "title"</script> & "quotes" <b>bold</b>`;
/** An abstract with script, an `onerror` handler, a CDATA terminator and attribute breakers. */
export const HOSTILE_ABSTRACT =
  `We present <script>window.__pwned = "abstract"</script> a model. <img src=x onerror="window.__pwned = 'img'"> ]]> ` +
  `"><svg onload="window.__pwned = 'svg'"></svg> and it is fast.`;

/**
 * The real excerpt page with its one real paper turned hostile: markup and script in the title,
 * abstract, AI summary, keywords and an author name, and a `javascript:` project page.
 */
export function hostilePage(): string {
  const page = readFixture('real-trending-excerpt.html');
  const props = dailyPapersProps(page);
  const entry = props.dailyPapers[0];
  if (!entry) throw new Error('excerpt has no paper');
  const paper = { ...entry.paper };
  paper.title = HOSTILE_TITLE;
  paper.summary = HOSTILE_ABSTRACT;
  paper.ai_summary = `AI says <script>window.__pwned = "ai"</script> hello`;
  paper.ai_keywords = ['<i>keyword</i>', `"><script>window.__pwned = "kw"</script>`];
  paper.projectPage = `javascript:window.__pwned = "link"`;
  const authors = Array.isArray(paper.authors) ? [...(paper.authors as { name?: string }[])] : [];
  authors.unshift({ name: `<img src=x onerror="window.__pwned = 'author'">` });
  paper.authors = authors;
  return withDailyPapersProps(page, { ...props, dailyPapers: [{ ...entry, title: HOSTILE_TITLE, summary: HOSTILE_ABSTRACT, paper }] });
}

/** `{ id, title, upvotes }` of every paper of `page`, in page order. */
export function papersOf(page: string): { id: string; title: string; upvotes: number }[] {
  return dailyPapersProps(page).dailyPapers.map(({ paper }) => ({ id: paper.id, title: paper.title, upvotes: paper.upvotes ?? 0 }));
}

/**
 * From raw entries (embedded JSON or cards, same shape) to `ScrapedPaper`s. Upstream data is
 * untrusted: every field is type-checked, cleaned and bounded here, so that everything downstream
 * can rely on the domain types. Entries without a valid arXiv id or a title are dropped, with the
 * reason, never guessed at.
 */
import { sameJson } from '../domain/same-json';
import type { Organization, PaperSource, ScrapedPaper } from '../domain/types';
import { cleanText, MAX_SHORT_CHARS, MAX_TITLE_CHARS, safeUrl, toCount, toIsoDate } from './text';

const HF = 'https://huggingface.co';
// New-style (2007+) ids with an optional version, and old-style archive/YYMMNNN ids.
const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
const MAX_AUTHORS = 500;
const MAX_KEYWORDS = 50;

/** An entry the normalizer refused, for the run log. */
export interface DroppedEntry {
  index: number;
  reason: string;
}

/** The normalized papers in page order (ranked 1..n), and what was dropped. */
export interface NormalizedPage {
  papers: ScrapedPaper[];
  dropped: DroppedEntry[];
}

type Json = Record<string, unknown>;

/** Normalizes the entries of one page; the first entry for an arXiv id wins. */
export function normalizeEntries(entries: unknown[], source: PaperSource): NormalizedPage {
  const papers: ScrapedPaper[] = [];
  const dropped: DroppedEntry[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const outcome = normalizeRemembered(entry, source, papers.length + 1);
    if (typeof outcome === 'string') {
      dropped.push({ index, reason: outcome });
    } else if (seen.has(outcome.id)) {
      dropped.push({ index, reason: `duplicate of ${outcome.id}` });
    } else {
      seen.add(outcome.id);
      papers.push(outcome);
    }
  });
  return { papers, dropped };
}

// Each paper's entry on the pages read last, and the paper it gave. A run reads the same fifty-odd
// entries every half hour, most of them unchanged: comparing an entry with the last one costs a
// few microseconds, normalizing it again (cleaning its text, parsing its links) several times
// that. Entries are parsed afresh from every page, so the one remembered is never the one given;
// an entry given twice is normalized twice, in case it was changed in between. Bounded: emptied
// when it holds more papers than any page lists.
const lastNormalized = new Map<string, { entry: unknown; source: PaperSource; paper: ScrapedPaper }>();
const MAX_REMEMBERED = 512;

function normalizeRemembered(entry: unknown, source: PaperSource, rank: number): ScrapedPaper | string {
  const key = rawId(entry);
  const last = key === undefined ? undefined : lastNormalized.get(key);
  if (last && last.entry !== entry && last.source === source && sameJson(last.entry, entry)) {
    return last.paper.rank === rank ? last.paper : { ...last.paper, rank };
  }
  const outcome = normalizeEntry(entry, source, rank);
  if (key !== undefined && typeof outcome !== 'string') {
    if (lastNormalized.size >= MAX_REMEMBERED) lastNormalized.clear();
    lastNormalized.set(key, { entry, source, paper: outcome });
  }
  return outcome;
}

// The id an entry names, as given; `undefined` when it names none.
function rawId(entry: unknown): string | undefined {
  const outer = asObject(entry);
  const id = outer ? (asObject(outer['paper']) ?? outer)['id'] : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** One entry → a paper, or the reason it was dropped. */
export function normalizeEntry(entry: unknown, source: PaperSource, rank: number): ScrapedPaper | string {
  const outer = asObject(entry);
  if (!outer) return 'not an object';
  // Daily-papers entries wrap the paper; accept a bare paper object too.
  const paper = asObject(outer['paper']) ?? outer;
  const rawId = typeof paper['id'] === 'string' ? paper['id'].trim() : '';
  if (!ARXIV_ID.test(rawId)) return `invalid arXiv id ${JSON.stringify(String(paper['id'] ?? '')).slice(0, 80)}`;
  const id = rawId.replace(/v\d+$/, '');
  // The paper's own field first, the entry's copy when that is missing or blank.
  const title = cleanText(paper['title'], MAX_TITLE_CHARS) || cleanText(outer['title'], MAX_TITLE_CHARS);
  if (title === '') return `missing title for ${id}`;
  const github = safeUrl(withScheme(paper['githubRepo']));
  const aiSummary = cleanText(paper['ai_summary']);
  const publishedAt = toIsoDate(paper['publishedAt'] ?? outer['publishedAt']);
  const featuredAt = toIsoDate(paper['submittedOnDailyAt']);
  const organization = readOrganization(paper['organization'] ?? outer['organization']);
  return {
    id,
    title,
    abstract: cleanText(paper['summary']) || cleanText(outer['summary']),
    authors: readAuthors(paper['authors']),
    hfUrl: `${HF}/papers/${id}`,
    arxivUrl: `https://arxiv.org/abs/${id}`,
    pdfUrl: `https://arxiv.org/pdf/${id}`,
    ...optional('thumbnailUrl', safeUrl(outer['thumbnail'] ?? paper['thumbnail'], HF)),
    upvotes: toCount(paper['upvotes'] ?? outer['upvotes']) ?? 0,
    comments: toCount(outer['numComments'] ?? paper['numComments']),
    ...optional('githubUrl', github),
    githubStars: github ? toCount(paper['githubStars']) : null,
    ...optional('projectPageUrl', safeUrl(withScheme(paper['projectPage']))),
    ...optional('organization', organization),
    ...optional('aiSummary', aiSummary || undefined),
    aiKeywords: readKeywords(paper['ai_keywords']),
    ...optional('publishedAt', publishedAt),
    ...optional('featuredAt', featuredAt),
    rank,
    source,
  };
}

function readAuthors(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names = value.slice(0, MAX_AUTHORS).map((author) => {
    const object = asObject(author);
    return cleanText(object ? object['name'] : author, MAX_SHORT_CHARS);
  });
  return unique(names);
}

function readKeywords(value: unknown): string[] {
  // One string is read as a comma-separated list.
  if (typeof value === 'string') return readKeywords(value.split(','));
  if (!Array.isArray(value)) return [];
  return unique(value.map((keyword) => cleanText(keyword, MAX_SHORT_CHARS))).slice(0, MAX_KEYWORDS);
}

function readOrganization(value: unknown): Organization | undefined {
  const object = asObject(value);
  const name = cleanText(object?.['name'], MAX_SHORT_CHARS);
  // The handle becomes a URL path segment: only the characters Hugging Face allows in handles, and
  // never `.` or `..`, which a URL resolves away.
  if (!object || !/^[\w.-]+$/.test(name) || /^\.+$/.test(name)) return undefined;
  const avatar = safeUrl(object['avatar'], HF);
  return {
    name,
    fullname: cleanText(object['fullname'], MAX_SHORT_CHARS) || name,
    url: `${HF}/${name}`,
    ...optional('avatar', avatar),
  };
}

// Upstream sometimes gives a link as `github.com/owner/repo`: without a scheme it is not a URL, and
// the page means https. Only a leading host name qualifies, so `javascript:` and paths stay as they are.
function withScheme(value: unknown): unknown {
  return typeof value === 'string' && /^\s*(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]|\s*$)/i.test(value) ? `https://${value.trim()}` : value;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (value === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function asObject(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

// With `exactOptionalPropertyTypes`-style data, absent fields are omitted rather than `undefined`,
// so snapshots compare and serialize the same whichever path produced them.
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

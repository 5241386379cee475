/**
 * The fast path: the trending page embeds its data as JSON in the `data-props` attribute of the
 * `DailyPapers` hydration element. We locate that one start tag by string search, read its
 * attributes, decode and parse the JSON: no DOM of the page is ever built.
 */
import { decodeAttribute } from './decode-attribute';
import { startTagAround, type StartTag } from './start-tag';

/** The hydration element that carries `dailyPapers`, with its decoded JSON (when readable). */
export interface DataElement {
  tag: StartTag;
  /** The `dailyPapers` array and the list's own props, or a reason why it could not be read. */
  result: ListProps | { error: string };
  /**
   * The first hydrated `DailyPapers` target with papers: nothing later in the page can change
   * the answer, so text past this tag need not even be decoded (see `page-bytes.ts`).
   */
  settled?: true;
}

/** What the element's props say about the list it renders. */
export interface ListProps {
  entries: unknown[];
  /** `isTrending` as the page states it: `true` on the trending page, `false` on the daily list. */
  isTrending?: boolean;
  /** The daily list's day (`YYYY-MM-DD`), when the page states a well-formed one. */
  date?: string;
}

const DATA_PROPS = /data-props\s*=/gi;
const TARGET = 'dailypapers';

/**
 * Finds the `DailyPapers` hydration element: by `data-target` when present, otherwise the first
 * element whose `data-props` holds a `dailyPapers` array. Markup that is not part of the document
 * (inside a comment, a `<script>` string, a `<template>`) is passed over. Returns `null` when the
 * page has no candidate at all; a candidate whose JSON is unusable comes back with its error.
 */
export function findDataElement(html: string): DataElement | null {
  // Candidates in page order: the first usable target wins at once (the ordinary page has exactly
  // one), so the rest of the 1.5 MB page is searched only when that one is missing or unusable.
  const targets: DataElement[] = [];
  const mentions: StartTag[] = [];
  // Kept as a last resort: telling inert markup apart is a heuristic (a raw `<script` inside an
  // earlier attribute value would fool it), and an element it doubts beats no element at all.
  let doubted: StartTag | null = null;
  const inert = inertMarkup(html);
  DATA_PROPS.lastIndex = 0;
  for (let match = DATA_PROPS.exec(html); match; match = DATA_PROPS.exec(html)) {
    const tag = startTagAround(html, match.index);
    if (!tag) continue;
    // Never search inside a value we have already seen: it holds escaped data, not markup.
    DATA_PROPS.lastIndex = tag.end;
    const target = tag.attributes.get('data-target')?.value.trim().toLowerCase();
    const isTarget = target === TARGET;
    if (!isTarget && !tag.attributes.get('data-props')?.value.includes('dailyPapers')) continue;
    if (inert.covers(tag.start)) {
      if (isTarget) doubted ??= tag;
      continue;
    }
    if (!isTarget) {
      mentions.push(tag);
      continue;
    }
    const found: DataElement = { tag, result: readEntries(tag) };
    if (hasEntries(found)) return { ...found, settled: true };
    targets.push(found);
  }
  // No target with papers: an element that merely mentions `dailyPapers` (a header's link, say)
  // counts only when its JSON really holds the array.
  const mentioned = mentions.map((tag): DataElement => ({ tag, result: readEntries(tag) }));
  const best = mentioned.find(hasEntries) ?? targets[0] ?? mentioned[0];
  if (best) return best;
  return doubted ? { tag: doubted, result: readEntries(doubted) } : null;
}

function hasEntries(element: DataElement): boolean {
  return 'entries' in element.result && element.result.entries.length > 0;
}

function readEntries(tag: StartTag): DataElement['result'] {
  const raw = tag.attributes.get('data-props')?.value ?? '';
  let props: unknown;
  try {
    props = JSON.parse(decodeAttribute(raw));
  } catch (error) {
    return { error: `data-props is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    return { error: 'data-props is not a JSON object' };
  }
  const { dailyPapers: entries, isTrending, date } = props as Record<string, unknown>;
  if (!Array.isArray(entries)) return { error: 'data-props has no dailyPapers array' };
  return {
    entries,
    ...(typeof isTrending === 'boolean' ? { isTrending } : {}),
    ...(typeof date === 'string' && DAY.test(date.trim()) ? { date: date.trim() } : {}),
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

// Where markup is text, not elements: comments, raw-text and escapable raw-text elements, and
// `<template>` (whose content is inert). A hydration element in one of them is never hydrated.
const INERT_START = /<!--|<(script|style|template|textarea|title|noscript|xmp|iframe|noembed|noframes)(?=[\s/>])/gi;

/**
 * The inert ranges of `html`, found lazily and in one forward pass: `covers(at)` reads only as far
 * as the first opener at or past `at`, so on the ordinary page (one candidate, some kilobytes in)
 * it reads just the page's head and header, and never the same text twice. Candidates are asked
 * about in page order.
 */
function inertMarkup(html: string): { covers(at: number): boolean } {
  const scan = new RegExp(INERT_START.source, 'gi');
  let rangeStart = -1;
  let rangeEnd = -1;
  // The first opener at or after `rangeEnd`, once searched for (`null`: there is none).
  let next: RegExpExecArray | null | undefined;
  return {
    covers(at: number): boolean {
      while (rangeEnd <= at) {
        if (next === undefined || (next !== null && next.index < rangeEnd)) {
          scan.lastIndex = Math.max(rangeEnd, 0);
          next = scan.exec(html);
        }
        if (next === null || next.index >= at) return false;
        rangeStart = next.index;
        rangeEnd = closeOf(html, rangeStart, next[1]);
        next = undefined;
      }
      return rangeStart < at;
    },
  };
}

// Offset just past the end of the inert range opened at `start` (the end of the page if unclosed).
function closeOf(html: string, start: number, element: string | undefined): number {
  if (element === undefined) {
    // `<!-->` and `<!--->` are whole (empty) comments in HTML.
    if (html.startsWith('>', start + 4)) return start + 5;
    if (html.startsWith('->', start + 4)) return start + 6;
    const end = html.indexOf('-->', start + 4);
    return end < 0 ? html.length : end + 3;
  }
  const close = new RegExp(`</${element}[\\s/>]`, 'gi');
  close.lastIndex = start + element.length + 1;
  const found = close.exec(html);
  return found ? found.index + found[0].length : html.length;
}

/**
 * What every client must make of every feed it reads, compared with the JSON feed of the same
 * topic: every item (count and ids), ids unique across all feeds, titles, every author, dates
 * (the same instant in every format), the feed's order when sorted by date, the body's links to
 * the paper, and no raw script.
 */
import { expect } from 'vitest';
import type { Reading } from './readers';
import type { FetchedFeed } from './serve';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entities decoded, white space collapsed: two spellings of one text compare equal. */
export function plainText(value: string): string {
  return value
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_m, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name?.toLowerCase() ?? ''] ?? ''),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Problems found in one client's reading of every feed; `[]` when it read them all faithfully. */
export function readingProblems(feeds: readonly FetchedFeed[], readingOf: (feed: FetchedFeed) => Reading | undefined): string[] {
  const problems: string[] = [];
  const idsElsewhere = new Map<string, string>();
  for (const feed of feeds) {
    const reading = readingOf(feed) ?? { error: 'not read at all' };
    const at = feed.slug;
    if ('error' in reading) {
      problems.push(`${at}: ${reading.error} (the JSON feed has ${feed.items.length} items)`);
      continue;
    }
    const { items } = reading;
    if (items.length !== feed.items.length) problems.push(`${at}: ${items.length} items, the JSON feed has ${feed.items.length}`);
    const byId = new Map(items.map((item) => [item.id, item]));
    if (byId.size !== items.length) problems.push(`${at}: ${items.length - byId.size} duplicate ids`);
    // A reader that keeps one item per id across subscriptions (newsboat) loses any shared one.
    for (const id of byId.keys()) {
      const other = idsElsewhere.get(id);
      if (other) problems.push(`${at}: id ${id} is also an id in ${other}`);
      idsElsewhere.set(id, at);
    }
    for (const reference of feed.items) {
      const item = byId.get(reference.id);
      if (!item) {
        problems.push(`${at}: no item with id ${reference.id}`);
        continue;
      }
      const where = `${at} ${reference.id}`;
      if (plainText(item.title) !== plainText(reference.title)) problems.push(`${where}: title ${JSON.stringify(item.title)}, not ${JSON.stringify(reference.title)}`);
      if (item.date !== reference.date) problems.push(`${where}: date ${shownDate(item.date)}, not ${shownDate(reference.date)}`);
      const author = plainText(item.author);
      const missing = reference.authors.filter((name) => !author.includes(plainText(name)));
      if (missing.length > 0) problems.push(`${where}: author ${JSON.stringify(item.author)} lacks ${JSON.stringify(missing)}`);
      if (reference.authors.length === 0 && /paperfeed/i.test(author)) problems.push(`${where}: credited to ${JSON.stringify(item.author)}`);
      if ([...item.html, ...(item.text ?? [])].some((field) => /<script/i.test(field))) problems.push(`${where}: raw <script in an HTML or text field`);
      // The body's links, as the client hands its HTML over (quoted either way, entities decoded);
      // a client that hands the body over as text only has no links to show.
      if (item.html.length === 0) continue;
      const linked = new Set(item.html.flatMap((html) => [...html.matchAll(/\shref=(?:"([^"]*)"|'([^']*)')/g)].map((m) => plainText(m[1] ?? m[2] ?? ''))));
      const unlinked = reference.links.filter((link) => !linked.has(link));
      if (unlinked.length > 0) problems.push(`${where}: the body does not link to ${unlinked.join(', ')}`);
    }
    // Sorted by date, newest first, the items must be in the feed's own (sort=new) order, with no
    // two on one date: a reader sorting by date could put those either way round.
    const inOrder = feed.items.map((reference) => byId.get(reference.id)?.date ?? Number.NaN);
    for (let i = 1; i < inOrder.length; i++) {
      if (!((inOrder[i - 1] ?? Number.NaN) > (inOrder[i] ?? Number.NaN))) {
        problems.push(`${at}: items ${i} and ${i + 1} are not newest first by date (${shownDate(inOrder[i - 1])} then ${shownDate(inOrder[i])})`);
      }
    }
  }
  return problems;
}

function shownDate(ms: number | undefined): string {
  return ms !== undefined && Number.isFinite(ms) ? new Date(ms).toISOString() : 'no date';
}

/**
 * Asserts that `client` read every feed faithfully, listing the first problems when it did not.
 * `excused` marks a problem of the client's own that no feed could avoid (a documented limit).
 */
export function expectFaithful(
  client: string,
  feeds: readonly FetchedFeed[],
  readingOf: (feed: FetchedFeed) => Reading | undefined,
  excused: (problem: string) => boolean = () => false,
): void {
  expect(feeds.length).toBeGreaterThan(0);
  const problems = readingProblems(feeds, readingOf).filter((problem) => !excused(problem));
  expect(problems.slice(0, 12), `${client}: ${problems.length} problems`).toEqual([]);
}

/**
 * Topic membership, computed when papers are stored rather than when they are served: each row
 * carries one bit per topic query. A run matches only its new or changed papers. When the topic
 * definitions change (a `TOPICS` edit, a deploy with new built-in queries), bits are remapped,
 * and a query the rows have never been matched against is matched for papers added from then
 * on at once and for older papers a few hundred per run (`backfillTopics`); until it is done,
 * readers match those older papers themselves (see `topicRowFilter`).
 */
import { compileQueryOnce } from '../query';
import { MAX_TOPIC_BITS, firstSeen, type IndexRow, type PaperBody, type PaperIndex, type TopicBits } from '../snapshot/paper-index';
import type { Topic } from './topic';

/** How many older papers a run matches against queries added since they were stored. */
export const BACKFILL_ROWS_PER_RUN = 400;

/** The distinct non-empty queries of `topics`, in order: what the bits answer. */
export function topicQueries(topics: readonly Topic[]): string[] {
  return [...new Set(topics.map((topic) => topic.query).filter((query) => query.trim() !== ''))].slice(0, MAX_TOPIC_BITS);
}

/** The bits of `body` for `bits.queries`. */
export function matchTopics(bits: TopicBits, body: PaperBody): number {
  let mask = 0;
  bits.queries.forEach((query, bit) => {
    if (compileQueryOnce(query)(body)) mask |= 1 << bit;
  });
  return mask;
}

/**
 * `index` with its bits answering `queries`: known queries keep their answers (moved to their new
 * bit), new ones start pending above every stored paper. Returns `index` itself when nothing changed.
 */
export function retopic(index: PaperIndex, queries: readonly string[]): PaperIndex {
  const old = index.topics;
  if (old.queries.length === queries.length && old.queries.every((query, i) => query === queries[i])) return index;
  const from = queries.map((query) => old.queries.indexOf(query));
  const above = index.rows.length > 0 ? firstSeen(index.rows[0] as IndexRow) + 1 : -Infinity;
  const pending = queries.flatMap((query, bit) => {
    if (from[bit] === -1) return [{ query, below: above }];
    const before = old.pending.find((entry) => entry.query === query);
    return before ? [before] : [];
  });
  const rows = index.rows.map((row) => {
    let mask = 0;
    from.forEach((source, bit) => {
      if (source >= 0 && row.topics & (1 << source)) mask |= 1 << bit;
    });
    return mask === row.topics ? row : { ...row, topics: mask };
  });
  return { ...index, rows, topics: { queries: [...queries], pending } };
}

/**
 * Rows that pending queries have not been matched against yet, the next `limit` of them (newest
 * first); the run reads their bodies and hands them to `backfillTopics`.
 */
export function backfillRows(index: PaperIndex, limit = BACKFILL_ROWS_PER_RUN): IndexRow[] {
  const below = Math.max(-Infinity, ...index.topics.pending.map((entry) => entry.below));
  if (below === -Infinity) return [];
  const rows = index.rows.filter((row) => firstSeen(row) < below);
  if (rows.length <= limit) return rows;
  // Never split papers first seen at the same time: `below` could not tell them apart.
  const edge = firstSeen(rows[limit - 1] as IndexRow);
  return rows.filter((row, i) => i < limit || firstSeen(row) === edge);
}

/** `index` with `rows` (and their `bodies`) matched against every pending query. */
export function backfillTopics(index: PaperIndex, rows: readonly IndexRow[], bodies: ReadonlyMap<string, PaperBody>): PaperIndex {
  if (rows.length === 0 || index.topics.pending.length === 0) return index;
  // A body that could not be read: leave the whole batch for a later run rather than skip it.
  if (rows.some((row) => !bodies.has(row.id))) return index;
  const done = new Set(rows.map((row) => row.id));
  const oldest = Math.min(...rows.map(firstSeen));
  const remaining = index.rows.some((row) => !done.has(row.id) && firstSeen(row) < oldest);
  const pendingBits = index.topics.pending.map((entry) => index.topics.queries.indexOf(entry.query));
  const updated = index.rows.map((row) => {
    const body = done.has(row.id) ? bodies.get(row.id) : undefined;
    if (!body) return row;
    let mask = row.topics;
    for (const bit of pendingBits) {
      const query = index.topics.queries[bit] as string;
      if (firstSeen(row) < (index.topics.pending.find((entry) => entry.query === query)?.below ?? -Infinity)) {
        mask = compileQueryOnce(query)(body) ? mask | (1 << bit) : mask & ~(1 << bit);
      }
    }
    return mask === row.topics ? row : { ...row, topics: mask };
  });
  const pending = remaining ? index.topics.pending.map((entry) => ({ ...entry, below: Math.min(entry.below, oldest) })) : [];
  return { ...index, rows: updated, topics: { ...index.topics, pending } };
}

/**
 * Whether `row` is in the topic of `query`, when the row's bit can say (`undefined`: match its
 * body). `''` is every paper.
 */
export function topicRowFilter(bits: TopicBits, query: string): (row: IndexRow) => boolean | undefined {
  if (query.trim() === '') return () => true;
  const bit = bits.queries.indexOf(query);
  if (bit < 0) return () => undefined;
  const below = bits.pending.find((entry) => entry.query === query)?.below ?? -Infinity;
  return (row) => (firstSeen(row) >= below ? (row.topics & (1 << bit)) !== 0 : undefined);
}

/**
 * The bit that answers `query` for every row (-1: `''`, every paper), or `undefined` when no bit
 * does (a query the bits do not hold, or one still pending for older rows).
 */
export function topicBit(bits: TopicBits, query: string): number | undefined {
  if (query.trim() === '') return -1;
  const bit = bits.queries.indexOf(query);
  return bit < 0 || bits.pending.some((entry) => entry.query === query) ? undefined : bit;
}

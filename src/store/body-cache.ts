/**
 * This isolate's copy of the body values it has read. A body value never changes under its key,
 * so nothing here ever goes stale: a new snapshot costs a warm isolate only the values it has not
 * seen. Bounded by size (characters of text, number of parsed bodies), emptied when full.
 */
import type { BodyRef, PaperBody } from '../snapshot/paper-index';

// An isolate has 128 MB: a few body values' text, and the bodies feeds show, parsed.
const MAX_TEXT_CHARS = 8_000_000;
const MAX_PARSED = 4_000;

const texts = new Map<string, string>();
let textChars = 0;
const parsed = new Map<string, PaperBody>();
// Bodies that exist only in memory (a snapshot in the old format, until it is migrated).
const pinnedTexts = new Map<string, string>();

/** The text of body value `key`, when this isolate has it. */
export function cachedBodyText(key: string): string | undefined {
  return texts.get(key) ?? pinnedTexts.get(key);
}

/** Keeps the text of body value `key`. */
export function rememberBodyText(key: string, text: string, pinned = false): void {
  if (pinned) {
    // One snapshot in the old format at a time: the one being served until the migration.
    if (!pinnedTexts.has(key)) pinnedTexts.clear();
    pinnedTexts.set(key, text);
    return;
  }
  if (texts.has(key)) return;
  if (textChars + text.length > MAX_TEXT_CHARS) {
    texts.clear();
    textChars = 0;
  }
  texts.set(key, text);
  textChars += text.length;
}

/** The text of body value `key`, read from KV when this isolate does not have it. */
export async function bodyText(kv: KVNamespace, key: string): Promise<string | null> {
  const hit = cachedBodyText(key);
  if (hit !== undefined) return hit;
  const text = await kv.get(key, 'text');
  if (text !== null) rememberBodyText(key, text);
  return text;
}

/** Whether the body at `at` in value `key` is parsed already. */
export function hasParsedBody(key: string, at: BodyRef): boolean {
  return parsed.has(`${key}@${at.offset}`);
}

/**
 * The body at `at` in value `key`, parsed once per isolate: only the line asked for is parsed, and
 * the same object comes back every time, so per-paper caches (query text) stay warm across snapshots.
 */
export function parsedBody(key: string, at: BodyRef): PaperBody | undefined {
  const id = `${key}@${at.offset}`;
  let body = parsed.get(id);
  if (body) return body;
  const text = cachedBodyText(key);
  if (text === undefined) return undefined;
  try {
    body = JSON.parse(text.slice(at.offset, at.offset + at.length)) as PaperBody;
  } catch {
    return undefined;
  }
  if (parsed.size >= MAX_PARSED) parsed.clear();
  parsed.set(id, body);
  return body;
}

/** Forgets every body value this isolate read (in tests, to play a cold isolate). */
export function forgetBodies(): void {
  texts.clear();
  textChars = 0;
  parsed.clear();
}

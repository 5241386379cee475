/**
 * This isolate's copy of the body values it has read. A body value never changes under its key,
 * so nothing here ever goes stale: a new snapshot costs a warm isolate only the values it has not
 * seen. A value written in ASCII (`ascii-lines.ts`) may be held as its bytes, from which only the
 * lines asked for are decoded. Bounded by size (characters of text and bytes, number of parsed
 * bodies), emptied when full.
 */
import type { BodyRef, PaperBody } from '../snapshot/paper-index';

// An isolate has 128 MB: a few body values' text, and the bodies feeds show, parsed.
const MAX_TEXT_CHARS = 8_000_000;
const MAX_PARSED = 4_000;

const texts = new Map<string, string>();
// Values in ASCII, as read: a character is a byte, so a body's offsets are the same in both.
const bytesOf = new Map<string, Uint8Array>();
let textChars = 0;
const utf8 = new TextDecoder();
const parsed = new Map<string, PaperBody>();
// Bodies that exist only in memory (a snapshot in the old format, until it is migrated).
const pinnedTexts = new Map<string, string>();

/** The text of body value `key`, when this isolate has it (decoded whole, once, when it holds only the bytes). */
export function cachedBodyText(key: string): string | undefined {
  const text = texts.get(key) ?? pinnedTexts.get(key);
  if (text !== undefined) return text;
  const bytes = bytesOf.get(key);
  if (bytes === undefined) return undefined;
  bytesOf.delete(key);
  textChars -= bytes.length;
  const decoded = utf8.decode(bytes);
  rememberBodyText(key, decoded);
  return decoded;
}

/** Whether this isolate holds body value `key`, as text or as bytes. */
export function hasBodyValue(key: string): boolean {
  return texts.has(key) || pinnedTexts.has(key) || bytesOf.has(key);
}

/** Keeps the bytes of body value `key`, a value written in ASCII. */
export function rememberBodyBytes(key: string, bytes: Uint8Array): void {
  if (texts.has(key) || bytesOf.has(key)) return;
  makeRoom(bytes.length);
  bytesOf.set(key, bytes);
  textChars += bytes.length;
}

function makeRoom(size: number): void {
  if (textChars + size > MAX_TEXT_CHARS) {
    texts.clear();
    bytesOf.clear();
    textChars = 0;
  }
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
  makeRoom(text.length);
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

/**
 * Body value `key` to copy lines from (`store/feed-bodies.ts`): its bytes when this isolate holds
 * them or reads them, its text when it holds only that; read as bytes when it has neither. Only
 * for values written in ASCII, whose offsets are the same in both.
 */
export async function asciiBodyValue(kv: KVNamespace, key: string): Promise<Uint8Array | string | null> {
  const held = bytesOf.get(key) ?? texts.get(key) ?? pinnedTexts.get(key);
  if (held !== undefined) return held;
  const value = await kv.get(key, 'arrayBuffer');
  if (value === null) return null;
  const bytes = new Uint8Array(value);
  rememberBodyBytes(key, bytes);
  return bytes;
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
  body = parseLine(key, at);
  if (body === undefined) return undefined;
  if (parsed.size >= MAX_PARSED) parsed.clear();
  parsed.set(id, body);
  return body;
}

// The body at `at`: from the value's bytes when this isolate holds only those, else from its text.
function parseLine(key: string, at: BodyRef): PaperBody | undefined {
  const bytes = texts.has(key) || pinnedTexts.has(key) ? undefined : bytesOf.get(key);
  if (bytes !== undefined) {
    try {
      return JSON.parse(utf8.decode(bytes.subarray(at.offset, at.offset + at.length))) as PaperBody;
    } catch {
      // Not the line the offsets name (a value that was not ASCII after all): read it as text.
    }
  }
  const text = cachedBodyText(key);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text.slice(at.offset, at.offset + at.length)) as PaperBody;
  } catch {
    return undefined;
  }
}

/** Forgets every body value this isolate read (in tests, to play a cold isolate). */
export function forgetBodies(): void {
  texts.clear();
  bytesOf.clear();
  textChars = 0;
  parsed.clear();
}

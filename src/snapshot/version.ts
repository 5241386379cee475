/**
 * A short content hash for a list of papers. It names a snapshot in ETags and in the per-isolate
 * cache, so it must change exactly when what the feeds show would change.
 */
import { sameJson } from '../domain/same-json';
import type { Paper } from '../domain/types';

/** 64-bit FNV-1a of the papers' JSON, as 16 hex digits. Not cryptographic; it need not be. */
export function contentVersion(papers: readonly Paper[]): string {
  return hashText(JSON.stringify(papers));
}

/** 64-bit FNV-1a (two 32-bit lanes) of `text`, as 16 hex digits: cheap, and collisions are practically nil. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

// The body each paper had when last hashed, and its hash. A run sees the same fifty-odd papers
// every half hour, mostly unchanged: comparing a body with the one hashed last time, value by
// value, costs about a microsecond, where writing its JSON and hashing it costs about fifteen.
// Bodies are never modified once scraped, so holding the last one is holding its JSON. Bounded:
// emptied when it holds more papers than any page lists.
const lastHashed = new Map<string, { value: unknown; hash: string }>();
const MAX_REMEMBERED = 512;

/**
 * `hashText(JSON.stringify(value))`, remembered per `key` (a paper's id): the same as that call
 * whatever `value` is, only cheaper when `key`'s value is unchanged since it was last hashed.
 */
export function jsonHash(key: string, value: unknown): string {
  const last = lastHashed.get(key);
  if (last && sameJson(last.value, value)) return last.hash;
  const hash = hashText(JSON.stringify(value));
  if (lastHashed.size >= MAX_REMEMBERED) lastHashed.clear();
  lastHashed.set(key, { value, hash });
  return hash;
}

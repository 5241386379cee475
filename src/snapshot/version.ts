/**
 * A short content hash for a list of papers. It names a snapshot in ETags and in the per-isolate
 * cache, so it must change exactly when what the feeds show would change.
 */
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

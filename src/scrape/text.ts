/**
 * Cleaning helpers shared by the parser and the normalizer. Everything that leaves the scraper is
 * passed through these, so the renderers can trust that strings are XML-safe and URLs are http(s).
 */

// C0 controls other than tab/LF/CR, DEL and C1 controls, the two non-characters XML 1.0 forbids,
// and UTF-16 surrogates that are not part of a pair (a "lone surrogate" cannot be encoded as UTF-8).
// Also the bidirectional embedding, override and isolate controls: invisible, and able to make a
// title read differently from what it says (right-to-left scripts display correctly without them).
const FORBIDDEN_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Hard caps so one hostile entry cannot bloat the snapshot or every feed that carries it. */
export const MAX_TITLE_CHARS = 1_000;
export const MAX_TEXT_CHARS = 20_000;
export const MAX_SHORT_CHARS = 200;

/**
 * Returns `value` as display text: characters XML 1.0 forbids removed, runs of whitespace
 * collapsed to one space, trimmed, and cut to `max` characters (on a code-point boundary, with an
 * ellipsis). Anything that is not a string becomes `''`.
 */
export function cleanText(value: unknown, max = MAX_TEXT_CHARS): string {
  if (typeof value !== 'string') return '';
  // Without a match, the only whitespace is single spaces, and only the ends may need trimming.
  const text = needsCleaning(value) ? clean(value) : value.trim();
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never end on the first half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

// Most upstream strings need no more than a trim. This one cheap scan finds every string that might
// need more: forbidden characters, any surrogate, whitespace other than single spaces. (ECMAScript's
// `\s` and `trim()` both use WhiteSpace + LineTerminator: exactly the characters listed here
// besides controls.) A match only means "take the full path", so false alarms cost time, not
// correctness.
const NEEDS_CLEANING =
  /[\u0000-\u001F\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202A-\u202F\u205F\u2066-\u2069\u3000\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

function needsCleaning(value: string): boolean {
  return NEEDS_CLEANING.test(value) || value.includes('  ');
}

// C0/C1 controls and XML's non-characters, without the surrogate rules: the lookaround alternatives
// are the costly part of FORBIDDEN_CHARS, and a well-formed string has no lone surrogate to drop.
const FORBIDDEN_BMP = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;

function clean(value: string): string {
  const forbidden = isWellFormed(value) ? FORBIDDEN_BMP : FORBIDDEN_CHARS;
  return value.replace(forbidden, '').replace(/\s+/g, ' ').trim();
}

// `String.prototype.isWellFormed` (ES2024) is in workerd and Node 20, but not in the ES2023 lib
// this project type-checks against; the regex covers any runtime without it.
function isWellFormed(value: string): boolean {
  const native = (value as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(value) : !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}

/**
 * Returns an absolute http(s) URL for `value` (resolved against `base` when relative), or
 * `undefined` for anything else: `javascript:`, `data:`, malformed or non-string input.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(FORBIDDEN_CHARS, '').trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return url.href;
}

/**
 * Coerces a count to a non-negative integer: numbers, numeric strings and abbreviated counts as
 * the cards show them (`1.66k`, `2.1M`, `1,234`). Returns `null` when `value` says nothing usable.
 */
export function toCount(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? safeInteger(value) : null;
  }
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d+(?:[.,]\d+)*)\s*([kKmM]?)\s*$/.exec(value);
  if (!match?.[1]) return null;
  const suffix = match[2]?.toLowerCase() ?? '';
  // "1,234" and "1.234" group thousands; "1.66k" and a lone "1.5" are decimals.
  const grouped = suffix === '' && /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(match[1]);
  const digits = grouped ? match[1].replace(/[.,]/g, '') : match[1].replace(',', '.');
  const n = Number(digits) * (suffix === 'k' ? 1_000 : suffix === 'm' ? 1_000_000 : 1);
  return Number.isFinite(n) ? safeInteger(n) : null;
}

// Past 2^53 a count is noise, and would print as `1e+21` in a feed.
function safeInteger(n: number): number | null {
  const rounded = Math.round(n);
  return Number.isSafeInteger(rounded) ? rounded : null;
}

/** Returns `value` as a normalized ISO 8601 UTC timestamp, or `undefined` when it is not a date. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  // Without a four-digit year, the engine's lenient parser makes up one: "12" is December 2001.
  if (typeof value === 'string' && !/\d{4}/.test(value)) return undefined;
  const date = new Date(value);
  const time = date.getTime();
  // Years outside 1990..2200 are upstream noise, not papers.
  if (!Number.isFinite(time) || time < Date.UTC(1990, 0, 1) || time > Date.UTC(2200, 0, 1)) {
    return undefined;
  }
  return date.toISOString();
}

/**
 * Decodes the character references in an attribute value. The embedded JSON is a few hundred KB
 * escaped with only a handful of references (`&quot;`, `&amp;`, `&#39;`, numeric ones), so a
 * single hand-written pass over those is far cheaper than the generic decoder. Any other reference
 * (one of the 2,000-odd named ones, or a legacy one without `;`) hands the whole value to linkedom,
 * which decodes exactly as a browser does.
 */
import { parseHTML } from 'linkedom';

const SEMI = 59; // ;
const HASH = 35; // #

/** Returns the decoded value of a raw attribute value as a browser would read it. */
export function decodeAttribute(raw: string): string {
  if (!raw.includes('&')) return raw;
  // JSON escaped into an attribute is mostly `&quot;` (12,000 of them on the trending page), and
  // splitting at them and joining is the cheapest way through: it makes one flat string, where
  // replaceAll builds a rope that the next search flattens (0.7 against 1 ms, and half the
  // garbage). It is safe to do first: a reference holds no `&`, so every `&quot;` in the raw value
  // is a whole reference, and `"` creates or hides no other reference.
  const value = raw.split('&quot;').join('"');
  let at = value.indexOf('&');
  if (at < 0) return value;
  // Slices are joined once at the end: one copy of the value, however many references it holds.
  const parts: string[] = [];
  let last = 0;
  while (at >= 0) {
    const ref = readReference(value, at);
    if (ref === GENERIC) return decodeWithLinkedom(raw);
    if (ref !== null) {
      parts.push(value.slice(last, at), ref.text);
      last = at + ref.length;
      at = value.indexOf('&', last);
    } else {
      // A bare `&` before a space or punctuation is literal text.
      at = value.indexOf('&', at + 1);
    }
  }
  parts.push(value.slice(last));
  return parts.join('');
}

const GENERIC = Symbol('generic');
const NAMED: ReadonlyArray<readonly [string, string]> = [
  ['quot;', '"'],
  ['amp;', '&'],
  ['lt;', '<'],
  ['gt;', '>'],
  ['apos;', "'"],
];

/**
 * Reads the reference at `raw[at] === '&'`: its text and length, `null` for a literal `&`, or
 * `GENERIC` when only the full decoder can tell (other named, legacy, C1-remapped references).
 */
function readReference(raw: string, at: number): { text: string; length: number } | null | typeof GENERIC {
  const next = raw.charCodeAt(at + 1);
  if (next === HASH) return readNumeric(raw, at);
  for (const [name, text] of NAMED) {
    if (raw.startsWith(name, at + 1)) return { text, length: name.length + 1 };
  }
  // Anything alphanumeric after `&` may be one of the named or legacy references.
  return isAlphanumeric(next) ? GENERIC : null;
}

function readNumeric(raw: string, at: number): { text: string; length: number } | typeof GENERIC {
  const hex = (raw.charCodeAt(at + 2) | 0x20) === 120; /* x or X */
  const first = at + (hex ? 3 : 2);
  const maxDigits = hex ? 6 : 7;
  let i = first;
  let code = 0;
  for (; i < raw.length && i - first <= maxDigits; i++) {
    const digit = digitValue(raw.charCodeAt(i), hex);
    if (digit < 0) break;
    code = code * (hex ? 16 : 10) + digit;
  }
  const digits = i - first;
  // No digits, too many, or no `;`: the browser's rules for these are the generic decoder's job.
  if (digits === 0 || digits > maxDigits || raw.charCodeAt(i) !== SEMI) return GENERIC;
  // 0x80–0x9F are remapped to Windows-1252 characters by the HTML spec.
  if (code >= 0x80 && code <= 0x9f) return GENERIC;
  const length = i + 1 - at;
  // Zero, surrogates and out-of-range code points become U+FFFD, as in the HTML spec.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return { text: '\uFFFD', length };
  return { text: String.fromCodePoint(code), length };
}

function digitValue(c: number, hex: boolean): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (!hex) return -1;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
}

function decodeWithLinkedom(raw: string): string {
  // The value is already a valid double-quoted attribute value only if it holds no raw `"`.
  const quoted = raw.includes('"') ? `'${raw.replace(/'/g, '&#39;')}'` : `"${raw}"`;
  const { document } = parseHTML(`<p data-v=${quoted}></p>`);
  return document.querySelector('p')?.getAttribute('data-v') ?? '';
}

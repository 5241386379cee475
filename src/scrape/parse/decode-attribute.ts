/**
 * Decodes the character references in an attribute value. The embedded JSON is a few hundred KB
 * escaped with only a handful of references (`&quot;`, `&amp;`, `&#39;`, numeric ones), so a
 * single pass over those is ~10× cheaper than the generic decoder. Any other reference (one of
 * the 2,000-odd named ones, or a legacy one without `;`) hands the whole value to linkedom, which
 * decodes exactly as a browser does.
 */
import { parseHTML } from 'linkedom';

const REFERENCE = /&(?:(quot|amp|lt|gt|apos);|#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});)?/g;
const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

/** Returns the decoded value of a raw attribute value as a browser would read it. */
export function decodeAttribute(raw: string): string {
  if (!raw.includes('&')) return raw;
  let generic = false;
  const fast = raw.replace(
    REFERENCE,
    (match: string, name: string | undefined, dec: string | undefined, hex: string | undefined, at: number) => {
      if (name !== undefined) return NAMED[name] ?? match;
      if (dec === undefined && hex === undefined) {
        // A bare `&`: literal when followed by a space or punctuation; anything else may be one of
        // the named or legacy references only the generic decoder knows.
        if (/[a-zA-Z0-9#]/.test(raw[at + 1] ?? '')) generic = true;
        return match;
      }
      const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
      // 0x80–0x9F are remapped to Windows-1252 characters by the HTML spec.
      if (code >= 0x80 && code <= 0x9f) generic = true;
      // Zero, surrogates and out-of-range code points become U+FFFD, as in the HTML spec.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    },
  );
  return generic ? decodeWithLinkedom(raw) : fast;
}

function decodeWithLinkedom(raw: string): string {
  // The value is already a valid double-quoted attribute value only if it holds no raw `"`.
  const quoted = raw.includes('"') ? `'${raw.replace(/'/g, '&#39;')}'` : `"${raw}"`;
  const { document } = parseHTML(`<p data-v=${quoted}></p>`);
  return document.querySelector('p')?.getAttribute('data-v') ?? '';
}

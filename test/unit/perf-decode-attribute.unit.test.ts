import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeAttribute } from '../../src/scrape/parse/decode-attribute';

// The straightforward decoder the hand-written scan replaced: one regex over the value, linkedom
// for anything it does not know. The fast decoder must give exactly its output.
function referenceDecode(raw: string): string {
  let generic = false;
  const fast = raw.replace(
    /&(?:(quot|amp|lt|gt|apos);|#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});)?/g,
    (match: string, name: string | undefined, dec: string | undefined, hex: string | undefined, at: number) => {
      if (name !== undefined) return ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[name] ?? match;
      if (dec === undefined && hex === undefined) {
        if (/[a-zA-Z0-9#]/.test(raw[at + 1] ?? '')) generic = true;
        return match;
      }
      const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
      if (code >= 0x80 && code <= 0x9f) generic = true;
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    },
  );
  return generic ? linkedomDecode(raw) : fast;
}

function linkedomDecode(raw: string): string {
  const quoted = raw.includes('"') ? `'${raw.replace(/'/g, '&#39;')}'` : `"${raw}"`;
  return parseHTML(`<p data-v=${quoted}></p>`).document.querySelector('p')?.getAttribute('data-v') ?? '';
}

const PIECES = [
  '&quot;', '&amp;', '&amp;quot;', '&lt;', '&gt;', '&apos;', '&#39;', '&#x27;', '&#X41;', '&#0;', '&#xD800;',
  '&#xdfff;', '&#1114111;', '&#1114112;', '&#x110000;', '&#128;', '&#x9F;', '&#12345678;', '&#x1234567;',
  '&#;', '&#x;', '&#65', '&', '& ', '&&', '&;', '&=', '&copy;', '&copy', '&nbsp;', '&ampx', '&quotx',
  '"', "'", '<', '>', ';', '#', 'x', 'a', '1', ' ', '{"k":', '}', '\u00e9', '\ud83d\ude00',
];

describe('decodeAttribute (fast scan)', () => {
  it('decodes the common references', () => {
    expect(decodeAttribute('{&quot;a&quot;:&quot;x &amp; y &lt;b&gt; it&#39;s &#x2014;&quot;}')).toBe('{"a":"x & y <b> it\'s \u2014"}');
  });

  it('decodes each reference once: &amp;quot; is the text &quot;', () => {
    expect(decodeAttribute('&amp;quot;&amp;amp;&amp;#39;')).toBe('&quot;&amp;&#39;');
  });

  it('turns zero, surrogate and out-of-range numeric references into U+FFFD', () => {
    expect(decodeAttribute('&#0;&#xD800;&#xdc00;&#x110000;&#1114112;')).toBe('\uFFFD'.repeat(5));
  });

  it('leaves a bare & before a space or punctuation as text', () => {
    expect(decodeAttribute('R&D &quot;')).toBe('R&D "');
    expect(decodeAttribute('a & b &= c && d &;')).toBe('a & b &= c && d &;');
  });

  it('hands other named, legacy and C1 references to the generic decoder', () => {
    expect(decodeAttribute('&copy; 2026 &quot;x&quot;')).toBe('\u00a9 2026 "x"');
    expect(decodeAttribute('&#128;&quot;')).toBe('\u20ac"');
    expect(decodeAttribute('&#65 &quot;')).toBe(linkedomDecode('&#65 &quot;'));
  });

  it('gives exactly the output of the regex decoder it replaced', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const raw = pieces.join('');
        expect(decodeAttribute(raw)).toBe(referenceDecode(raw));
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * The page as it comes off the network, UTF-8 bytes, decoded only as far as the JSON path reads
 * it. The `DailyPapers` element's start tag ends about 400 KB into the 1.4 MB trending page; the
 * rest is the rendered cards, which only the card fallback reads, and a closing `</body>` at the
 * end, which says the page is whole. Decoding those cards to text on every run cost more than
 * reading the JSON (and made the page a two-byte string twice the size).
 */

const MARKER = new TextEncoder().encode('data-target="DailyPapers"');
const GT = 62; // >
const QUOTE = 34; // "
const APOSTROPHE = 39; // '
// As far back as `closedAfter` in parse-page.ts looks first, in bytes (never fewer characters).
const TAIL_BYTES = 4096;
const CLOSING = /<\/(?:html|body)\s*>/i;
const utf8 = new TextDecoder();

/** The text up to the end of the start tag that names the `DailyPapers` target, and whether the page's last bytes close it. */
export interface PageHead {
  text: string;
  /** A `</body>` or `</html>` in the page's last 4 KB, after `text`. */
  closed: boolean;
}

/**
 * The head of `bytes` up to the end of the first start tag carrying `data-target="DailyPapers"`
 * (as upstream writes it), or `null` when there is none. The cut is found by bytes alone, so it
 * may be wrong on odd markup: the caller uses the head only when the parser finds its element
 * whole inside it, and decodes the whole page otherwise.
 */
export function pageHead(bytes: Uint8Array): PageHead | null {
  const at = indexOfBytes(bytes, MARKER);
  if (at < 0) return null;
  const end = tagEnd(bytes, at + MARKER.length);
  if (end < 0) return null;
  const tailFrom = Math.max(end, bytes.length - TAIL_BYTES);
  return { text: utf8.decode(bytes.subarray(0, end)), closed: CLOSING.test(utf8.decode(bytes.subarray(tailFrom))) };
}

/** The whole page as text (what `Response.text()` gives). */
export function pageText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

// Just past the `>` that ends the tag `from` is inside of, skipping quoted attribute values
// (a `"`-quoted one holds no raw `"`); -1 when the bytes end first. Between values a tag is
// short (names, `=`, spaces), so it is read byte by byte up to the next quote or `>`; a value is
// skipped with one search for its closing quote. Searching for the `>` first read the whole
// `data-props` value twice (it holds no `>`: the `>` was past it).
function tagEnd(bytes: Uint8Array, from: number): number {
  let at = from;
  while (at < bytes.length) {
    const byte = bytes[at] as number;
    if (byte === GT) return at + 1;
    if (byte === QUOTE || byte === APOSTROPHE) {
      const close = bytes.indexOf(byte, at + 1);
      if (close < 0) return -1;
      at = close + 1;
    } else {
      at++;
    }
  }
  return -1;
}

function indexOfBytes(bytes: Uint8Array, needle: Uint8Array): number {
  const first = needle[0] as number;
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return at;
  }
  return -1;
}

/**
 * Where tags, comments and declarations end, by the tokenizer rules of linkedom's HTML parser
 * (htmlparser2 10): whitespace is space, tab, line feed, form feed and carriage return; an
 * attribute value ends at its quote, or unquoted at whitespace or `>`; `/>` closes a start tag.
 */

const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const DASH = 45;

/** Whether char code `c` is HTML whitespace. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

/** Whether char code `c` is an ASCII letter (the only start of a tag name). */
export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Offset where a tag name that starts at `at` ends (at whitespace, `/` or `>`). */
export function nameEnd(html: string, at: number): number {
  let i = at;
  for (let c = html.charCodeAt(i); i < html.length && !isSpace(c) && c !== SLASH && c !== GT; c = html.charCodeAt(++i));
  return i;
}

/**
 * The end of a start tag whose attributes begin at `at` (just past its name), and whether it was
 * written self-closing (`/>`); `null` when the page ends inside it. `onAttribute` gets where each
 * attribute's name starts and ends and where the attribute (with its value) ends.
 */
export function startTagEnd(
  html: string,
  at: number,
  onAttribute?: (nameStart: number, nameEnd: number, end: number) => void,
): { end: number; selfClosing: boolean } | null {
  const n = html.length;
  let i = at;
  let slash = false;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === GT) return { end: i + 1, selfClosing: slash };
    if (c === SLASH) slash = true;
    if (c === SLASH || isSpace(c)) {
      i++;
      continue;
    }
    slash = false;
    // An attribute name: its first character is taken whatever it is (even `=`).
    const nameStart = i++;
    for (let d = html.charCodeAt(i); i < n && !isSpace(d) && d !== SLASH && d !== GT && d !== EQUALS; d = html.charCodeAt(++i));
    const nameEnd = i;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (html.charCodeAt(i) === EQUALS) {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return null;
        i = close + 1;
      } else {
        for (let d = html.charCodeAt(i); i < n && !isSpace(d) && d !== GT; d = html.charCodeAt(++i));
      }
      onAttribute?.(nameStart, nameEnd, i);
    } else {
      onAttribute?.(nameStart, nameEnd, nameEnd);
    }
  }
  return null;
}

/**
 * Offset just past the comment that opens at `at` (`<!--`), or -1 if it never closes. `<!-->`
 * and `<!--->` are whole comments.
 */
export function commentEnd(html: string, at: number): number {
  let i = at + 4;
  while (html.charCodeAt(i) === DASH) i++;
  if (html.charCodeAt(i) === GT) return i + 1;
  const close = html.indexOf('-->', i);
  return close < 0 ? -1 : close + 3;
}

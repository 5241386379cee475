/**
 * Body values are written in ASCII: every character past U+007F in a body's JSON is written as its
 * `\uXXXX` escape, which JSON reads back as the same text. A value of ASCII lines has one byte per
 * character, so the character offsets the index keeps are byte offsets too, and a reader that
 * needs a few bodies decodes only their lines from the value's bytes instead of the whole value
 * (a body value is up to 400 KB; a feed page needs a few dozen lines of it).
 */

const BEYOND_ASCII = /[^\x00-\x7f]/;
const BEYOND_ASCII_ALL = /[^\x00-\x7f]/g;

/** Whether `text` has no character past U+007F (one native pass). */
export function isAscii(text: string): boolean {
  return !BEYOND_ASCII.test(text);
}

/** `line` (JSON text) with every character past U+007F escaped: the same JSON value, in ASCII. */
export function asciiJson(line: string): string {
  if (isAscii(line)) return line;
  // Each UTF-16 code unit on its own: a surrogate pair becomes the two escapes JSON reads back as it.
  return line.replace(BEYOND_ASCII_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The UTF-8 bytes of a long text, kept in parts so that a change near either end costs the bytes
 * of what changed: dropping a prefix is a view of the same buffer, replacing a tail encodes only
 * the new tail. The cold rows of the index (a megabyte at a year of history) change every run at
 * their two ends only (rows expire at the front, rows cool at the back).
 */
import { isAscii } from './ascii-lines';

const encoder = new TextEncoder();

/** The bytes of a line break, the separator of stored lines. */
export const LINE_FEED = Uint8Array.of(0x0a);

// Parts are joined into one buffer past this many, so a long-lived isolate's writes stay one copy.
const MAX_PARTS = 16;

/** Immutable bytes of a text, in parts. */
export class Utf8Parts {
  private constructor(
    readonly parts: readonly Uint8Array[],
    /** Total bytes. */
    readonly length: number,
  ) {}

  /** The bytes of `text`, encoded now. */
  static of(text: string): Utf8Parts {
    return Utf8Parts.bytes(encoder.encode(text));
  }

  /** `bytes` as they are (not copied: the caller must not change them). */
  static bytes(bytes: Uint8Array): Utf8Parts {
    return new Utf8Parts(bytes.length === 0 ? [] : [bytes], bytes.length);
  }

  /**
   * The bytes of the text these encode less its first characters, `prefix`. Cut where no
   * character is split (the line breaks rows start with): a surrogate pair must not straddle it.
   */
  withoutPrefix(prefix: string): Utf8Parts {
    return this.slice(utf8Length(prefix), this.length);
  }

  /**
   * The bytes of `next`, where `text` is the text these encode and the two are equal before
   * character `from` (a cut that splits no surrogate pair): the bytes of that prefix are kept, the
   * rest of `next` (`tail`, when the caller has it apart) is encoded. The prefix's length is
   * measured on its shorter side. Slicing `next` would first copy the whole of it into one string
   * when it was built by concatenation (a megabyte of cold rows and a few rows appended).
   */
  replacedFrom(text: string, from: number, next: string, tail = next.slice(from)): Utf8Parts {
    // As many bytes as characters: the text is ASCII (any other character takes more bytes than
    // UTF-16 units), so the prefix has a byte per character. Rows are written in ASCII.
    const ascii = this.length === text.length;
    const kept = ascii ? from : from <= text.length - from ? utf8Length(text.slice(0, from)) : this.length - utf8Length(text.slice(from));
    const bytes = encoder.encode(tail);
    const head = this.slice(0, kept);
    const parts = bytes.length === 0 ? head.parts : [...head.parts, bytes];
    return Utf8Parts.joined(parts, kept + bytes.length);
  }

  /** One buffer of every part (the parts' own buffer when there is one part). */
  join(): Uint8Array {
    return Utf8Parts.concat(this.parts, this.length);
  }

  /** `parts` in one buffer of `length` bytes. */
  static concat(parts: readonly Uint8Array[], length = parts.reduce((sum, part) => sum + part.length, 0)): Uint8Array {
    if (parts.length === 1) return parts[0] as Uint8Array;
    const out = new Uint8Array(length);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  private static joined(parts: readonly Uint8Array[], length: number): Utf8Parts {
    return parts.length > MAX_PARTS ? Utf8Parts.bytes(Utf8Parts.concat(parts, length)) : new Utf8Parts(parts, length);
  }

  // Bytes `start` to `end`, as views of the parts.
  private slice(start: number, end: number): Utf8Parts {
    const out: Uint8Array[] = [];
    let at = 0;
    for (const part of this.parts) {
      const from = Math.max(start - at, 0);
      const to = Math.min(end - at, part.length);
      if (from < to) out.push(from === 0 && to === part.length ? part : part.subarray(from, to));
      at += part.length;
    }
    return new Utf8Parts(out, Math.max(end - start, 0));
  }
}

/** How many bytes UTF-8 takes for `text` (a lone surrogate as the three of U+FFFD, as encoders write it). */
export function utf8Length(text: string): number {
  // One native pass says whether there is anything to count: cold rows are ASCII.
  if (isAscii(text)) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two code units, four bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

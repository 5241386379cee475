/**
 * A minimal reader for one HTML start tag, following the attribute rules of the HTML tokenizer
 * (quoted, single-quoted and unquoted values; names are case-insensitive). It lets the parser pick
 * the one element it needs out of a 1.5 MB page without building a DOM of the page.
 */

/** One start tag: its name, raw (still entity-encoded) attribute values, and where it ends. */
export interface StartTag {
  name: string;
  /** Attribute name (lower case) → raw value, where its name starts, and where its value lies. */
  attributes: Map<string, { value: string; nameAt: number; start: number; end: number }>;
  /** Offset of the `<`. */
  start: number;
  /** Offset just past the closing `>`. */
  end: number;
}

const SPACE = /\s/;

/** Reads the start tag that begins at `html[start] === '<'`; `null` if there is none there. */
export function readStartTag(html: string, start: number): StartTag | null {
  if (html.charCodeAt(start) !== 60 /* < */) return null;
  const nameMatch = /^[a-zA-Z][^\s/>]*/.exec(html.slice(start + 1, start + 65));
  if (!nameMatch) return null;
  const attributes: StartTag['attributes'] = new Map();
  let i = start + 1 + nameMatch[0].length;
  const n = html.length;
  while (i < n) {
    while (i < n && (SPACE.test(html[i] ?? '') || html[i] === '/')) i++;
    if (i >= n) return null;
    if (html[i] === '>') {
      return { name: nameMatch[0].toLowerCase(), attributes, start, end: i + 1 };
    }
    const nameStart = i;
    while (i < n && !/[\s/>=]/.test(html[i] ?? '')) i++;
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < n && SPACE.test(html[i] ?? '')) i++;
    if (html[i] !== '=') {
      if (!attributes.has(name)) attributes.set(name, { value: '', nameAt: nameStart, start: i, end: i });
      continue;
    }
    i++;
    while (i < n && SPACE.test(html[i] ?? '')) i++;
    const quote = html[i];
    let valueStart: number;
    let valueEnd: number;
    if (quote === '"' || quote === "'") {
      valueStart = i + 1;
      valueEnd = html.indexOf(quote, valueStart);
      if (valueEnd < 0) return null; // the page ends inside this value: truncated
      i = valueEnd + 1;
    } else {
      valueStart = i;
      while (i < n && !SPACE.test(html[i] ?? '') && html[i] !== '>') i++;
      valueEnd = i;
    }
    // The first occurrence of an attribute wins, as in the HTML tokenizer.
    if (!attributes.has(name)) {
      attributes.set(name, {
        value: html.slice(valueStart, valueEnd),
        nameAt: nameStart,
        start: valueStart,
        end: valueEnd,
      });
    }
  }
  return null;
}

/**
 * Finds the start tag that owns the attribute whose name begins at `attributeAt`. Walks back over
 * `<` candidates, because an earlier attribute value may itself contain a raw `<`.
 */
export function startTagAround(html: string, attributeAt: number, maxTries = 16): StartTag | null {
  let from = attributeAt;
  for (let tries = 0; tries < maxTries; tries++) {
    const lt = html.lastIndexOf('<', from - 1);
    if (lt < 0) return null;
    const tag = readStartTag(html, lt);
    if (tag && tag.end > attributeAt) {
      for (const attribute of tag.attributes.values()) {
        if (attribute.nameAt === attributeAt) return tag;
      }
    }
    from = lt;
  }
  return null;
}

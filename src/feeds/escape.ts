/**
 * Escaping for XML text and attributes (also valid for HTML). Inputs are already free of
 * characters XML forbids (see scrape/text.ts); escaping `>` keeps `]]>` out of every output.
 */

const SPECIAL = /[&<>"']/;

/** Escapes `&`, `<`, `>`, `"` and `'`: safe in XML/HTML text and in quoted attribute values. */
export function escapeXml(value: string): string {
  // Native whole-string passes beat one regex pass with a callback per match by about 2×, and
  // item bodies are long and full of markup.
  if (!SPECIAL.test(value)) return value;
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Wraps markup in a CDATA section, splitting any `]]>` so it cannot end the section early. Item
 * bodies go out this way: hundreds of KB per feed need no escaping pass at all.
 */
export function cdata(markup: string): string {
  return `<![CDATA[${markup.includes(']]>') ? markup.replaceAll(']]>', ']]]]><![CDATA[>') : markup}]]>`;
}

// What RFC 3986 allows in a query besides percent-escapes: unreserved, sub-delims, ":@/?".
const NOT_IN_URI_QUERY = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]|%(?![0-9A-Fa-f]{2})|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `search` (`''` or `?…`, as a URL parser left it) with every character that RFC 3986 does not
 * allow in a query percent-encoded. WHATWG URL parsing keeps `|`, `^`, `` ` ``, `{`, `}`, `[`,
 * `]`, `\` and a `%` without two hex digits as typed; in a self link or an Atom id those make the
 * feed invalid. Valid queries come back unchanged, so the self link stays the URL requested.
 */
export function uriQuery(search: string): string {
  if (!NOT_IN_URI_QUERY.test(search)) return search;
  NOT_IN_URI_QUERY.lastIndex = 0;
  return search.replace(NOT_IN_URI_QUERY, (c) => (c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '%EF%BF%BD' : encodeURIComponent(c)));
}

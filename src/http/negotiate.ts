/**
 * Content negotiation for feed URLs: browsers get a readable HTML preview, everything else the
 * feed. Feed readers must never be handed HTML by mistake, so the rule is deliberately narrow.
 */

/** Media types that only a feed client asks for; any of them (with q > 0) means "send the feed". */
const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json'];

/**
 * Generic XML types. Every major browser lists `application/xml;q=0.9` after `text/html` in its
 * navigation `Accept`, while feed readers that send them rank them at least as high as HTML (or
 * send no HTML at all). So they count as a feed request only when not ranked below `text/html`.
 */
const XML_TYPES = ['application/xml', 'text/xml'];

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/**
 * Whether a request with this `Accept` header should get the HTML preview rather than the feed:
 * it asks for `text/html` (or XHTML), for none of the feed types, and for generic XML only at a
 * lower preference than HTML. A missing header, `*\/*` and anything unparseable get the feed.
 */
export function prefersHtml(accept: string | null | undefined): boolean {
  if (!accept) return false;
  const ranges = parseAccept(accept);
  const quality = (types: readonly string[]) => Math.max(0, ...ranges.filter((r) => types.includes(r.type)).map((r) => r.q));
  const html = quality(HTML_TYPES);
  if (html === 0) return false;
  if (quality(FEED_TYPES) > 0) return false;
  return quality(XML_TYPES) < html;
}

interface MediaRange {
  type: string;
  q: number;
}

function parseAccept(accept: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  // Bounded: a hostile header must not cost more than a few microseconds.
  for (const part of accept.slice(0, 2_000).split(',', 64)) {
    const [type = '', ...params] = part.split(';');
    let q = 1;
    for (const param of params) {
      const [name, value] = param.split('=');
      if (name?.trim().toLowerCase() === 'q') {
        const n = Number(value?.trim());
        q = Number.isFinite(n) && n >= 0 && n <= 1 ? n : 0;
      }
    }
    ranges.push({ type: type.trim().toLowerCase(), q });
  }
  return ranges;
}

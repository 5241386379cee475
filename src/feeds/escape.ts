/**
 * Escaping for XML text and attributes (also valid for HTML). Inputs are already free of
 * characters XML forbids (see scrape/text.ts); escaping `>` keeps `]]>` out of every output.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `&`, `<`, `>`, `"` and `'`: safe in XML/HTML text and in quoted attribute values. */
export function escapeXml(value: string): string {
  return /[&<>"']/.test(value) ? value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : value;
}

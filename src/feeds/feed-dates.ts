/**
 * Dates as the feeds write them: whole seconds in every format. RSS dates cannot say less than a
 * second, so Atom and JSON Feed say the same (a reader that takes RSS and Atom of one feed sees one
 * date per item). A stored time with milliseconds, from before dates were whole seconds, is
 * floored here when rendered and never rewritten.
 */

/** RFC 3339 in whole seconds, e.g. `2026-11-28T02:57:13Z`. */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** RFC 822 as RSS 2.0 wants it, e.g. `Sat, 28 Nov 2026 02:57:13 GMT` (whole seconds by nature). */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

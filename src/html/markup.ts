/**
 * The one way pages are written: Hono's `html` tagged template, which escapes every interpolated
 * string. Upstream text therefore cannot become markup unless someone calls `raw()` on it, which
 * no module here does (only on paperfeed's own constant CSS and script).
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** What may be interpolated: plain values are escaped, `Markup` is inserted as is. */
export type Interpolation = string | number | boolean | null | undefined | Markup | readonly Interpolation[];

/** A fragment of already-escaped HTML. */
export type Markup = HtmlEscapedString;

/**
 * `html` narrowed to the synchronous case: paperfeed never interpolates promises, so a fragment
 * is always a finished string and can be cached and measured.
 */
export function markup(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  const result = html(strings, ...(values as unknown[]));
  if (result instanceof Promise) throw new TypeError('markup() does not take asynchronous values');
  return result;
}

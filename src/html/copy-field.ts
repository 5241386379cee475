/**
 * A URL to copy: a read-only text field (selectable without script) and a Copy button that the
 * page script reveals, since it cannot work without it.
 */
import { markup, type Markup } from './markup';

/** A copyable `value`; `id` must be unique in the page. */
export function copyField(id: string, value: string, label: string): Markup {
  return markup`<div class="copy"><input id="${id}" type="text" readonly value="${value}" aria-label="${label}" spellcheck="false" autocomplete="off"><button type="button" class="btn" data-copy="${id}" hidden>Copy</button></div>`;
}

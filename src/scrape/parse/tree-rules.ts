/**
 * How linkedom's HTML parser (htmlparser2 10) turns tags into a tree, as tables: which elements are
 * void, which start tags close an open element, which elements hold raw text, where self-closing
 * syntax counts. The card scan follows these rules to know, without building a DOM, which element
 * each tag opens or closes; it gives up on anything these tables do not describe.
 */

/** Elements that never have content or an end tag. */
export const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements whose content is text up to their own end tag (`</script` and the like). */
export const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/** Elements that start foreign content, where `<x/>` closes `x` (htmlparser2's "foreign context"). */
export const FOREIGN = new Set(['math', 'svg']);

/** Elements that switch foreign content back to HTML rules inside `svg` or `math`. */
export const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

// Start tag → the open elements it closes first (htmlparser2's `openImpliesClose`).
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const CLOSING = new Map<string, ReadonlySet<string>>(Object.entries({
  tr: new Set(['tr', 'th', 'td']), th: new Set(['th']), td: new Set(['thead', 'th', 'td']), body: new Set(['head', 'link', 'script']),
  li: new Set(['li']), select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
  option: new Set(['option']), optgroup: new Set(['optgroup', 'option']), dd: new Set(['dd', 'dt']), dt: new Set(['dd', 'dt']),
  rt: new Set(['rt', 'rp']), rp: new Set(['rt', 'rp']), tbody: new Set(['thead', 'tbody']), tfoot: new Set(['thead', 'tbody']),
}));
for (const name of [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul',
]) {
  CLOSING.set(name, P);
}

/** Whether a start tag `name` closes an open `current` element (the innermost one) first. */
export function closes(name: string, current: string | undefined): boolean {
  return current !== undefined && (CLOSING.get(name)?.has(current) ?? false);
}

/**
 * A strict XML 1.0 well-formedness (and namespace well-formedness) checker, for testing what the
 * renderers emit. It covers what a feed document can contain: an XML declaration, comments,
 * processing instructions, elements, attributes, character and predefined entity references and
 * CDATA sections. A DOCTYPE is refused: feeds have none, and without one only the five predefined
 * entities exist. Returns `null` for a well-formed document, otherwise what is wrong and where.
 */

// Characters outside the XML 1.0 `Char` production, and surrogates that are not part of a pair.
const BAD_CHAR = /[^\t\n\r\u0020-\uD7FF\uD800-\uDFFF\uE000-\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][A-Za-z0-9_:.\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*/y;
const SPACE = /[ \t\r\n]+/y;
const XML_DECL = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*\?>/;
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Checks `xml`; `null` when well-formed, else a description of the first error found. */
export function wellFormednessError(xml: string): string | null {
  try {
    check(xml);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function check(xml: string): void {
  const bad = BAD_CHAR.exec(xml);
  if (bad) fail(`character U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase()} is not allowed`, bad.index);
  let i = 0;
  const decl = XML_DECL.exec(xml);
  if (decl) i = decl[0].length;
  else if (/^<\?xml[ \t\r\n?]/i.test(xml)) fail('malformed XML declaration', 0);
  const stack: { name: string; scope: Map<string, string> }[] = [];
  let rootSeen = false;
  let scope = new Map<string, string>([['xml', XML_NS]]);

  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      if (stack.length === 0) {
        if (/[^ \t\r\n]/.test(text)) fail('text outside the root element', i);
      } else {
        checkText(text, i);
      }
      i = textEnd;
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) fail('unterminated comment', i);
      const body = xml.slice(i + 4, end);
      if (body.includes('--') || body.endsWith('-')) fail('"--" inside a comment', i);
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) fail('CDATA outside the root element', i);
      const end = xml.indexOf(']]>', i + 9);
      if (end < 0) fail('unterminated CDATA section', i);
      i = end + 3;
    } else if (xml.startsWith('<!', i)) {
      fail('DOCTYPE or other declaration', i);
    } else if (xml.startsWith('<?', i)) {
      const target = name(xml, i + 2);
      if (target.toLowerCase() === 'xml') fail('XML declaration not at the start', i);
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) fail('unterminated processing instruction', i);
      i = end + 2;
    } else if (xml.startsWith('</', i)) {
      const tagName = name(xml, i + 2);
      let j = skipSpace(xml, i + 2 + tagName.length);
      if (xml[j] !== '>') fail(`malformed end tag </${tagName}`, i);
      const open = stack.pop();
      if (!open || open.name !== tagName) fail(`</${tagName}> does not close <${open?.name ?? '(nothing)'}>`, i);
      scope = stack.at(-1)?.scope ?? new Map([['xml', XML_NS]]);
      i = j + 1;
    } else {
      if (stack.length === 0 && rootSeen) fail('a second root element', i);
      const tagName = name(xml, i + 1);
      let j = i + 1 + tagName.length;
      const attributes = new Map<string, string>();
      for (;;) {
        const afterSpace = skipSpace(xml, j);
        if (xml.startsWith('/>', afterSpace) || xml[afterSpace] === '>') {
          j = afterSpace;
          break;
        }
        if (afterSpace === j) fail(`expected space, ">" or "/>" in <${tagName}`, j);
        const attribute = name(xml, afterSpace);
        j = skipSpace(xml, afterSpace + attribute.length);
        if (xml[j] !== '=') fail(`attribute ${attribute} without a value`, j);
        j = skipSpace(xml, j + 1);
        const quote = xml[j];
        if (quote !== '"' && quote !== "'") fail(`unquoted value of ${attribute}`, j);
        const end = xml.indexOf(quote, j + 1);
        if (end < 0) fail(`unterminated value of ${attribute}`, j);
        const value = xml.slice(j + 1, end);
        if (value.includes('<')) fail(`"<" in the value of ${attribute}`, j);
        checkReferences(value, j + 1);
        if (attributes.has(attribute)) fail(`duplicate attribute ${attribute}`, afterSpace);
        attributes.set(attribute, value);
        j = end + 1;
      }
      const elementScope = new Map(scope);
      for (const [attribute, value] of attributes) {
        if (attribute === 'xmlns') elementScope.set('', value);
        else if (attribute.startsWith('xmlns:')) {
          if (value === '') fail(`empty namespace for ${attribute}`, i);
          elementScope.set(attribute.slice(6), value);
        }
      }
      const bound = (qname: string, isAttribute: boolean) => {
        const colon = qname.indexOf(':');
        if (colon < 0) return;
        const prefix = qname.slice(0, colon);
        if (colon === 0 || qname.indexOf(':', colon + 1) >= 0 || colon === qname.length - 1) fail(`malformed qualified name ${qname}`, i);
        if (isAttribute && prefix === 'xmlns') return;
        if (!elementScope.has(prefix)) fail(`unbound namespace prefix ${prefix}: in ${qname}`, i);
      };
      bound(tagName, false);
      const expanded = new Set<string>();
      for (const attribute of attributes.keys()) {
        bound(attribute, true);
        const colon = attribute.indexOf(':');
        if (colon > 0 && attribute.slice(0, colon) !== 'xmlns') {
          const key = `${elementScope.get(attribute.slice(0, colon))}|${attribute.slice(colon + 1)}`;
          if (expanded.has(key)) fail(`duplicate attribute ${attribute} after namespace expansion`, i);
          expanded.add(key);
        }
      }
      rootSeen = true;
      if (xml.startsWith('/>', j)) {
        i = j + 2;
      } else {
        stack.push({ name: tagName, scope: elementScope });
        scope = elementScope;
        i = j + 1;
      }
    }
  }
  if (stack.length > 0) fail(`<${stack.at(-1)?.name}> is never closed`, xml.length);
  if (!rootSeen) fail('no root element', 0);
}

function checkText(text: string, at: number): void {
  const cdataEnd = text.indexOf(']]>');
  if (cdataEnd >= 0) fail('"]]>" in character data', at + cdataEnd);
  checkReferences(text, at);
}

function checkReferences(text: string, at: number): void {
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', amp + 1)) {
    const match = /^&(?:#([0-9]+)|#x([0-9a-fA-F]+)|([A-Za-z_:][A-Za-z0-9_:.-]*));/.exec(text.slice(amp, amp + 40));
    if (!match) fail('"&" that does not start a reference', at + amp);
    if (match[3] !== undefined) {
      if (!PREDEFINED.has(match[3])) fail(`undeclared entity &${match[3]};`, at + amp);
      continue;
    }
    const code = match[1] !== undefined ? Number(match[1]) : parseInt(match[2] ?? '', 16);
    const isChar = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!isChar) fail(`reference to a character XML forbids (${match[0]})`, at + amp);
  }
}

function name(xml: string, at: number): string {
  NAME.lastIndex = at;
  const match = NAME.exec(xml);
  if (!match) fail('expected a name', at);
  return match[0];
}

function skipSpace(xml: string, at: number): number {
  SPACE.lastIndex = at;
  return SPACE.exec(xml) ? SPACE.lastIndex : at;
}

function fail(message: string, at: number): never {
  throw new Error(`${message} (at offset ${at})`);
}

import { describe, expect, it } from 'vitest';
import { wellFormednessError } from '../support/xml-wellformed';

// The checker guards the fuzz tests; it is only worth something if it rejects what it should.
describe('wellFormednessError', () => {
  it.each([
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>a &amp; b &#38; &#x1F600; &lt;</title></channel></rss>\n',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><media:thumbnail url="x?a=1&amp;b=2" /></feed>',
    "<a b='1' c=\"2\"><!-- note --><?pi data?><![CDATA[<raw> & ]]]]><![CDATA[>]]></a>",
    '<a>\u{1F600} \uD83D\uDE00 é</a>',
  ])('accepts %j', (xml) => {
    expect(wellFormednessError(xml)).toBeNull();
  });

  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['a missing end tag', '<a>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['an undeclared entity', '<a>&nbsp;</a>'],
    ['a reference to NUL', '<a>&#0;</a>'],
    ['a reference to a surrogate', '<a>&#xD800;</a>'],
    ['"]]>" in text', '<a>x ]]> y</a>'],
    ['"<" in an attribute', '<a b="<"/>'],
    ['an unquoted attribute', '<a b=1/>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['a control character', '<a>\u0001</a>'],
    ['a lone high surrogate', '<a>\uD800</a>'],
    ['a lone low surrogate', '<a>\uDC00x</a>'],
    ['U+FFFE', '<a>\uFFFE</a>'],
    ['two roots', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['no root', '<?xml version="1.0"?>'],
    ['an unbound prefix', '<a><dc:creator>x</dc:creator></a>'],
    ['"--" in a comment', '<a><!-- a -- b --></a>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['a late XML declaration', '<a><?xml version="1.0"?></a>'],
    ['a raw <script> inside text', '<a><script>x</script>'],
  ])('rejects %s', (_name, xml) => {
    expect(wellFormednessError(xml)).not.toBeNull();
  });
});

import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { loadHtml, markupDepth } from '../../../src/extract/dom.js';

/** The tree as a plain structure: type, name, attributes, text, children. */
function shape(node: AnyNode): unknown {
  const n = node as unknown as { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: AnyNode[] };
  return [n.type, n.name ?? null, n.attribs ?? null, n.data ?? null, (n.children ?? []).map(shape)];
}

const STOCK = { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

describe('loadHtml (indexOf skip through script, style and comments)', () => {
  it.each([
    ['script with < inside', '<p>a</p><script>if (a < b && c <d) x("</scr" + "ipt>")</script><p>b &amp; c</p>'],
    ['script end tag in capitals', '<div><SCRIPT>var s = "<b>";</SCRIPT >after</div>'],
    ['style', '<style>p > a { color: red }</style><p class="x">t</p>'],
    ['comments and dashes', '<!-- a - b -- c --><p>x</p><!----><!-- <p>no</p> ---><i>y</i>'],
    ['unterminated comment', '<p>x</p><!-- never closed <p>y</p>'],
    ['unterminated script', '<p>x</p><script>var a = 1 < 2; <p>y</p>'],
    ['cdata and declarations', '<!DOCTYPE html><svg><![CDATA[ a < b ]]></svg><p title="a &amp; b">&eacute;&#233;&nbsp;x</p>'],
    ['title with entities', '<title>A &amp; B < C</title><textarea>x < y</textarea>'],
    ['text ending in a script', 'lead text <script>no end'],
  ])('parses %s as htmlparser2 does', (_name, html) => {
    expect(shape(loadHtml(html).root()[0]!)).toEqual(shape(parseDocument(html, STOCK)));
  });
});

describe('markupDepth', () => {
  it('reads tag names case-insensitively, long and short alike', () => {
    expect(markupDepth('<DIV><Div><div><SECTION><section>x', 100)).toBe(5);
    expect(markupDepth('<LI><P><TD><BR><IMG><Br><OPTGROUP><COLGROUP>', 100)).toBe(0);
    expect(markupDepth('<SCRIPT><div><div></SCRIPT><span>', 100)).toBe(1);
    expect(markupDepth('<h1-x><my-element><My-Element></MY-ELEMENT>', 100)).toBe(3);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import {
  MAX_DEPTH,
  READ_ATTRIBUTES,
  collapsedLength,
  keepsAttribute,
  loadHtml,
  parseHtml,
  textOf,
  textShorterThan,
} from '../../../src/extract/dom.js';
import { SITE_RULES } from '../../../src/extract/sites/index.js';
import { isSpace } from '../../../src/normalize/spaces.js';

/** The tree as a plain structure: type, name, attributes (those the extractor reads), text, children. */
function shape(node: AnyNode): unknown {
  const n = node as unknown as { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: AnyNode[] };
  const attribs = n.attribs ? Object.fromEntries(Object.entries(n.attribs).filter(([k]) => keepsAttribute(n.name ?? '', k))) : null;
  return [n.type, n.name ?? null, attribs, n.data ?? null, (n.children ?? []).map(shape)];
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
    ['text with entities and a bare &', '<p>a &amp; b &copy c & d &#x41;&#66;</p>tail &amp'],
    [
      'kept and dropped attributes with entities',
      `<a href="/x?a=1&amp;b=2&c" data-x="1 &quot; 2" class='k &amp; l' style=color:red title="&quot;t&quot;">x</a>`,
    ],
    ['dropped attribute holding markup and the other quote', `<div data-json='{"a":"<p>"}' id="i" onclick="f('<b>')">y</div>`],
    ['repeated attribute names (first wins)', '<div class="a" CLASS="b" data-x="1" data-x="2" Id=c>z</div>'],
    ['attributes without values and unquoted', '<input hidden type=text disabled><p aria-hidden=true lang=de>x</p>'],
    ['unterminated kept attribute', '<p>x</p><div class="never closed'],
    ['unterminated dropped attribute with an entity', '<p>x</p><div data-x="a &amp; b'],
    // Tag names from the short-name table, sliced when longer or not plain; attribute names
    // matched on the markup: any case, the U+0130 and U+212A that lower-case to (or into) ASCII.
    [
      'tag names in any case and form',
      '<DiV><SPAN>a</SPAN><BlockQuote>b</blockquote><o:p>c</o:p><my-element>d</MY-ELEMENT><h1-x>e</h1-x><ä>f</ä><TABLE><TR><TD>g</table></div>',
    ],
    ['attribute names in any case', '<p CLASS="a" ID=b Data-TestId="c" HTTP-EQUIV="d" Xml:Lang="e" ARIA-HIDDEN="true" STYLE=f>x</p>'],
    ['attribute names that lower-case from non-ASCII', '<p \u0130d="a" \u212Aind="b" cl\u0130ss="c" class="d">x</p>'],
    ['attribute names near the kept ones', '<p clas="a" classes="b" i="c" ids="d" data-type-x="e" hre="f" href="g">x</p>'],
    [
      'ampersands in text and values',
      '<p a="&amp;" title="x" class="&lt;b&gt; &amp c">1 &amp; 2 && 3 &#38; <b>&</b></p><a href="?a&b=&amp;c" data-x="&amp;">&gt;</a>',
    ],
  ])('parses %s as htmlparser2 does', (_name, html) => {
    expect(shape(parseHtml(html))).toEqual(shape(parseDocument(html, STOCK)));
    expect(shape(loadHtml(html).root()[0]!)).toEqual(shape(parseDocument(html, STOCK)));
  });

  it('parses every page fixture as htmlparser2 does', () => {
    const dir = join(import.meta.dirname, '../../fixtures/html');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const f of pages) {
      const html = readFileSync(join(dir, f), 'utf8');
      expect(shape(parseHtml(html)), f).toEqual(shape(parseDocument(html, STOCK)));
    }
  });

  it('keeps only the attributes the extractor reads', () => {
    const div = parseHtml('<div data-src="a.jpg" class="c" style="x" onclick="y()" srcset="z">t</div>').children[0] as unknown as {
      attribs: Record<string, string>;
    };
    expect(div.attribs).toEqual({ class: 'c', style: 'x' });
  });

  it('cuts the tree below MAX_DEPTH as the parse goes', () => {
    const deep = (n: number): string => `${'<div>'.repeat(n)}x${'</div>'.repeat(n)}<p>after</p>`;
    const depthOf = (html: string): number => {
      let d = 0;
      for (let n: AnyNode | undefined = parseHtml(html); n && 'children' in n; n = (n.children as AnyNode[])[0]) d++;
      return d;
    };
    // The document counts as depth 0, its text child sits at depth MAX_DEPTH when kept.
    expect(depthOf(deep(MAX_DEPTH - 1))).toBe(MAX_DEPTH);
    expect(depthOf(deep(MAX_DEPTH + 50))).toBe(MAX_DEPTH + 1);
    const stock = parseDocument(deep(MAX_DEPTH + 50), STOCK);
    expect(shape(parseHtml(deep(MAX_DEPTH + 50)))).not.toEqual(shape(stock));
    expect((parseHtml(deep(MAX_DEPTH + 50)).children.at(-1) as unknown as { name: string }).name).toBe('p');
  });

  it('lists every attribute the extractor and the site rules read', () => {
    const dir = join(import.meta.dirname, '../../../src/extract');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const read = new Set<string>();
    for (const f of files) {
      const src = readFileSync(join(dir, f), 'utf8');
      // attribs['x'], a['x'] (an attribs object), 'x' in a
      for (const m of src.matchAll(/(?:attribs|\ba)\[['"]([\w:-]+)['"]\]|['"]([\w:-]+)['"] in a\b/g)) read.add(m[1] ?? m[2]!);
    }
    for (const rule of SITE_RULES)
      for (const sel of [
        ...rule.body,
        ...(rule.remove ?? []),
        ...(rule.title ?? []),
        ...(rule.date ?? []),
        ...(rule.byline ?? []),
        ...(rule.editor ?? []),
      ])
        for (const m of sel.matchAll(/\[\s*([\w:-]+)/g)) read.add(m[1]!.toLowerCase());
    expect(read.size).toBeGreaterThan(10);
    expect([...read].filter((a) => !READ_ATTRIBUTES.has(a) && !a.startsWith('@'))).toEqual([]);
  });
});

describe('title attributes', () => {
  it('keeps title on <abbr> only (hAtom dates), not on links and images', () => {
    const doc = parseHtml(
      '<p><abbr class="published" title="2024-05-15T11:02:00+08:00">May 15</abbr> <a href="/x" title="A &amp; B">x</a><img title="t"></p>',
    );
    const p = (doc.children[0] as unknown as { children: Array<{ name?: string; attribs?: Record<string, string> }> }).children;
    const by = (name: string) => p.find((c) => c.name === name)!.attribs!;
    expect(by('abbr')['title']).toBe('2024-05-15T11:02:00+08:00');
    expect(by('a')['title']).toBeUndefined();
    expect(by('a')['href']).toBe('/x');
    expect(by('img')['title']).toBeUndefined();
  });
});

describe('text length helpers', () => {
  it('isSpace agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it.each(['', '   ', 'a', ' a ', 'a  b\n\tc', '\u00a0x\u3000y\u2028', 'x \ufeff ', '\u200b a\u0085b '])(
    'collapsedLength(%j) is the length of the collapsed, trimmed text',
    (s) => {
      expect(collapsedLength(s)).toBe(s.replace(/\s+/g, ' ').trim().length);
    },
  );

  it('textShorterThan answers as textOf(node).length < limit', () => {
    const html =
      '<div> <h2>  Related\n stories </h2><p>a<script>long long long long</script> <b> b </b>\u00a0c</p><noscript>xxxxxxxxxx</noscript><span>     </span>' +
      '<div>0123456789 0123456789 0123456789 0123456789 0123456789</div></div>';
    const all: AnyNode[] = [];
    const walk = (n: AnyNode): void => {
      all.push(n);
      if ('children' in n) for (const c of n.children as AnyNode[]) walk(c);
    };
    walk(parseHtml(html));
    for (const n of all) for (const limit of [1, 3, 5, 16, 50, 200]) expect(textShorterThan(n, limit)).toBe(textOf(n).length < limit);
  });
});

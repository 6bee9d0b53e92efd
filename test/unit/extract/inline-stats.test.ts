/**
 * The block scorer counts a paragraph's inline text (length and commas) as it streams by;
 * these are the figures of the string it used to build, on random markup.
 */
import type { AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { isElement, parseHtml, textOf } from '../../../src/extract/dom.js';
import { inlineStats } from '../../../src/extract/generic-body.js';
import { BLOCK_TAGS } from '../../../src/extract/hints.js';

/** The string form inlineStats replaced. */
function inlineText(el: Element): string {
  let s = '';
  for (const c of el.children) {
    if (c.type === 'text') s += (c as unknown as { data: string }).data;
    else if (isElement(c) && !BLOCK_TAGS.has(c.name)) s += textOf(c) + ' ';
  }
  return s.replace(/\s+/g, ' ').trim();
}

const elements = (n: AnyNode, out: Element[] = []): Element[] => {
  if (isElement(n)) out.push(n);
  if ('children' in n) for (const c of n.children as AnyNode[]) elements(c, out);
  return out;
};

describe('inlineStats', () => {
  it('gives the length and commas of the collapsed inline text', () => {
    let seed = 7;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const bits = [
      '<p>',
      '</p>',
      '<div>',
      '</div>',
      '<span>',
      '</span>',
      '<b> ',
      ' </b>',
      '<a>',
      '</a>',
      '<script>x, y</script>',
      '<br>',
      '<!-- c -->',
    ];
    const words = ['a', 'b,', ' ', '  \n', '\u00a0', '，', '、', '。', ';', '；', 'Wort', '中文', '\u3000', 'x'];
    for (let k = 0; k < 300; k++) {
      let html = '<div>';
      for (let i = 0; i < 30; i++) html += rand() < 0.4 ? bits[Math.floor(rand() * bits.length)] : words[Math.floor(rand() * words.length)];
      for (const el of elements(parseHtml(`${html}</div>`))) {
        const t = inlineText(el);
        expect(inlineStats(el), html).toEqual({ length: t.length, commas: t.match(/[,，、。;；]/g)?.length ?? 0 });
      }
    }
  });
});

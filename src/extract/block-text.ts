/**
 * Turns an article container into paragraphs of plain text: block-level elements (and <br>)
 * end a paragraph, inline ones join, whitespace collapses (kept inside <pre>).
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isElement } from './dom.js';
import { BLOCK_TAGS, DROP_TAGS } from './hints.js';

/** Decides, per element, whether its subtree is left out of the text. */
export type SkipFn = (el: Element) => boolean;

interface State {
  out: string[];
  cur: string;
  skip: SkipFn;
}

/**
 * Runs of [ \t\r\n\f\u00a0\u200b\u3000] other than a lone space: replaced by ' ', the same as
 * replacing every run, but a paragraph with nothing to collapse comes back uncopied.
 */
const SPACE_RUNS = /[ \t\r\n\f\u00a0\u200b\u3000]{2,}|[\t\r\n\f\u00a0\u200b\u3000]/g;

function flush(st: State): void {
  // Every block edge flushes; most have nothing to flush.
  if (st.cur === '') return;
  const t = st.cur.replace(SPACE_RUNS, ' ').trim();
  if (t !== '') st.out.push(t);
  st.cur = '';
}

function walk(node: AnyNode, st: State): void {
  if (node.type === 'text') {
    st.cur += (node as unknown as { data: string }).data;
    return;
  }
  if (!isElement(node)) return;
  const tag = node.name;
  if (DROP_TAGS.has(tag) || st.skip(node)) return;
  if (tag === 'br') {
    flush(st);
    return;
  }
  if (tag === 'pre') {
    flush(st);
    const t = preText(node).replace(/^\n+|\s+$/g, '');
    if (t !== '') st.out.push(t);
    return;
  }
  // A table's cells join as a row ("5 Clara Ruiz ESP 2:22:37"): a cell read as a line of its own is
  // judged alone, and a kick-off time or a finishing time was dropped as a time stamp or a date line.
  // A cell holding blocks (a layout table's column) still breaks at them.
  const block = BLOCK_TAGS.has(tag) && tag !== 'td' && tag !== 'th';
  if (block) flush(st);
  else if (tag === 'img' || tag === 'wbr') st.cur += tag === 'img' ? ' ' : '';
  for (const c of (node as ParentNode).children) walk(c, st);
  if (block) flush(st);
  else if (tag === 'td' || tag === 'th') st.cur += ' ';
}

function preText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node) || DROP_TAGS.has(node.name)) return '';
  if (node.name === 'br') return '\n';
  let s = '';
  for (const c of (node as ParentNode).children) s += preText(c);
  return s;
}

/** Paragraph texts of the given roots, in order; `skip` prunes subtrees. */
export function blockTexts(roots: AnyNode[], skip: SkipFn = () => false): string[] {
  const st: State = { out: [], cur: '', skip };
  for (const r of roots) {
    flush(st);
    walk(r, st);
  }
  flush(st);
  return st.out;
}

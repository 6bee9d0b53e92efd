/**
 * First pass over a page: drop what is never article text (scripts, forms' controls, hidden
 * blocks) and the page chrome (nav, footer, share bars, comments, "related" lists). A chrome
 * block survives only if it holds most of the page's paragraph text: some templates wrap the
 * whole page in <div id="page" class="with-sidebar">.
 */
import type { Element, ParentNode } from 'domhandler';
import { findAll, isElement, removeNode, textLength } from './dom.js';
import { CHROME_TAGS, DROP_TAGS, isNegative } from './hints.js';

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Total text length of the <p> elements under a node. */
export function paragraphChars(root: ParentNode): number {
  let n = 0;
  for (const p of findAll(root, (e) => e.name === 'p')) n += textLength(p);
  return n;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true' && el.name !== 'span' && el.name !== 'i') return true;
  return a['style'] !== undefined && HIDDEN_STYLE.test(a['style']);
}

/** Removes never-content and chrome from the tree under `root`, in place. */
export function cleanPage(root: ParentNode): void {
  const total = paragraphChars(root);
  const keepShare = Math.max(600, total * 0.5);
  const visit = (node: ParentNode): void => {
    for (const child of [...node.children]) {
      if (!isElement(child)) {
        if (child.type === 'comment' || child.type === 'directive' || child.type === 'cdata') removeNode(child);
        continue;
      }
      const tag = child.name;
      if (DROP_TAGS.has(tag) || isHidden(child)) {
        removeNode(child);
        continue;
      }
      const chrome = CHROME_TAGS.has(tag) || (tag !== 'body' && tag !== 'html' && tag !== 'article' && tag !== 'main' && isNegative(child));
      if (chrome && paragraphChars(child) < keepShare) {
        removeNode(child);
        continue;
      }
      visit(child);
    }
  };
  visit(root);
}

/**
 * Per-block pruning inside the chosen article container, after Readability's
 * _cleanConditionally: lists and divs that are mostly links, image galleries, captions and
 * tiny fragments are page furniture even when they sit inside the article element.
 */
import type { AnyNode, Element } from 'domhandler';
import type { SkipFn } from './block-text.js';
import { paragraphChars } from './clean-page.js';
import { findAll, linkDensity, textOf } from './dom.js';
import { FURNITURE_LINE, classWeight, isNegative } from './hints.js';

const CONDITIONAL = new Set(['ul', 'ol', 'div', 'section', 'table', 'form', 'aside', 'dl', 'header', 'footer', 'nav']);
const COMMAS = /[,，、。]/g;

function conditionalSkip(el: Element): boolean {
  const text = textOf(el);
  const len = text.length;
  const weight = classWeight(el);
  if ((text.match(COMMAS)?.length ?? 0) >= 10) return false;
  const ld = linkDensity(el, len);
  const ps = findAll(el, (e) => e.name === 'p').length;
  const imgs = findAll(el, (e) => e.name === 'img').length;
  const inputs = findAll(el, (e) => e.name === 'input').length;
  if (imgs > 1 && ps / imgs < 0.5 && len < 200) return true;
  if (inputs > ps / 3 && inputs > 0) return true;
  if (len < 25 && (imgs === 0 || imgs > 2) && el.name !== 'div' && el.name !== 'section') return true;
  if (weight < 25 && ld > 0.33 && len < 1200) return true;
  if (weight >= 25 && ld > 0.5) return true;
  return FURNITURE_LINE.test(text);
}

/** Skip function for blockTexts: never prunes the roots themselves. */
export function contentSkip(roots: AnyNode[]): SkipFn {
  const rootSet = new Set<AnyNode>(roots);
  let rootChars = 0;
  for (const r of roots) if ('children' in r) rootChars += paragraphChars(r);
  return (el) => {
    if (rootSet.has(el)) return false;
    const tag = el.name;
    if (tag === 'figure' || tag === 'figcaption' || tag === 'h1' || tag === 'caption') return true;
    if (isNegative(el) && paragraphChars(el) < rootChars * 0.5) return true;
    if (CONDITIONAL.has(tag)) return conditionalSkip(el);
    if (tag === 'p' || tag === 'li' || tag === 'dd') {
      const text = textOf(el);
      if (text.length < 200 && linkDensity(el, text.length) > 0.6) return true;
    }
    return false;
  };
}

/** Drops stand-alone furniture lines ("Advertisement", "Read more", "Share this article"). */
export function dropFurniture(blocks: string[]): string[] {
  return blocks.filter((b) => !(b.length < 120 && FURNITURE_LINE.test(b)));
}

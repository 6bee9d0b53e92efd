/**
 * Per-block pruning inside the chosen article container, after Readability's
 * _cleanConditionally: lists and divs that are mostly links, image galleries, captions and
 * tiny fragments are page furniture even when they sit inside the article element.
 */
import type { AnyNode, Element } from 'domhandler';
import type { SkipFn } from './block-text.js';
import { paragraphChars, proseChars } from './clean-page.js';
import { findAll, linkDensity, textLength, textOf, textShorterThan } from './dom.js';
import {
  AD_LABEL,
  BOILERPLATE_LINE,
  FURNITURE_LINE,
  PITCH_LINE,
  RELATED_HEADING,
  TIME_STAMP_LINE,
  classWeight,
  isCaption,
  isLabelledField,
  isMetaBlock,
  isNegative,
  isPaywallPrompt,
} from './hints.js';

const CONDITIONAL = new Set(['ul', 'ol', 'div', 'section', 'table', 'form', 'aside', 'dl', 'header', 'footer', 'nav']);
const COMMAS = /[,，、。]/g;

function conditionalSkip(el: Element): boolean {
  const len = textLength(el);
  const weight = classWeight(el);
  const ld = linkDensity(el);
  // Long link-poor blocks are prose; only build the text of short ones.
  if (len > 1000 && ld < 0.33) return false;
  const text = textOf(el);
  if ((text.match(COMMAS)?.length ?? 0) >= 10) return false;
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
  let rootP = 0;
  let rootProse = 0;
  for (const r of roots)
    if ('children' in r) {
      rootP += paragraphChars(r);
      rootProse += proseChars(r);
    }
  return (el) => {
    if (rootSet.has(el)) return false;
    const tag = el.name;
    if (tag === 'figure' || tag === 'figcaption' || tag === 'h1' || tag === 'caption') return true;
    if (isNegative(el) && paragraphChars(el) < rootP * 0.5 && proseChars(el) < rootProse * 0.5) return true;
    if (isLabelledField(el) || isMetaBlock(el) || isCaption(el) || isPaywallPrompt(el)) return true;
    if (CONDITIONAL.has(tag)) return conditionalSkip(el);
    if (tag === 'p' || tag === 'li' || tag === 'dd') {
      // Short mostly-link lines are teasers; so are long blocks that are nearly all links
      // (a <br>-separated "DON'T MISS" list inside one <p>).
      const ld = linkDensity(el);
      if ((ld > 0.6 && textLength(el) < 170) || ld > 0.75) return true;
    }
    return false;
  };
}

/** Drops stand-alone furniture lines ("Advertisement", "Read more", "Share this article", "16:48 Uhr"). */
export function dropFurniture(blocks: string[]): string[] {
  return blocks.filter((b) => !isFurniture(b));
}

function isFurniture(b: string): boolean {
  if (b.length < 20 && (TIME_STAMP_LINE.test(b) || AD_LABEL.test(b))) return true;
  if (b.length < 300 && BOILERPLATE_LINE.test(b)) return true;
  return (b.length < 120 && FURNITURE_LINE.test(b)) || (b.length < 250 && PITCH_LINE.test(b));
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'p', 'div', 'span']);

/** True when an element is a "Related Stories"-style heading (or a wrapper holding only one). */
export function isRelatedHeading(el: Element): boolean {
  // Most candidates are long blocks: the cheap length test spares building their text.
  if (!HEADINGS.has(el.name) || !textShorterThan(el, 50)) return false;
  const t = textOf(el);
  return t.length > 0 && t.length < 50 && RELATED_HEADING.test(t);
}

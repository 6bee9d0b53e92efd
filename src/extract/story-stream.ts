/**
 * Stories in a stream: infinite-scroll and "next article" templates append the next story to the
 * page, `<article>` after `<article>`, or in like-named boxes (`<div class="noticia">` after
 * `<div class="noticia">`, each headed by its `<h1>`). The box headed by the page's title (og:title,
 * JSON-LD headline, <title>) holds the page's story; the others are not its text.
 */
import type { Element, ParentNode } from 'domhandler';
import { findAll, isElement, textOf } from './dom.js';

/** A scored container (generic-body's Candidate). */
export interface Scored {
  el: Element;
  score: number;
}

/**
 * The normalised text of a headline, for comparing the page's titles with a story's heading:
 * spaces collapsed, lower case, typographic quotes and dashes as plain ones (og:title often has
 * "‘beat lawns’" where the <h1> has "'beat lawns'", or the reverse).
 */
export const folded = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-');

/** Shortest title read as a shortened headline (an SEO title cut from the <h1>'s longer one). */
const SHORT_TITLE = 20;

/**
 * A headline is one of the page's titles: the doc title may carry a site name before or after it,
 * and og:title may be the headline cut short ("Alluvione, due miliardi" for "Alluvione, due
 * miliardi per la ricostruzione").
 */
export function isTitle(head: string, titles: readonly string[]): boolean {
  return (
    head.length >= 10 &&
    titles.some((t) => t === head || t.startsWith(head) || t.endsWith(head) || (t.length >= SHORT_TITLE && head.startsWith(t)))
  );
}

/** How far up from a headline or a block its story's box is looked for. */
const MAX_UP = 6;

const shapeOf = (el: Element): string => `${el.name} ${(el.attribs['class'] ?? '').trim().split(/\s+/, 1)[0]}`;

/**
 * The story box of `el` (itself included), a few levels up at most: an `<article>`, or a box
 * that `headlines` holds (a like-named box of a stream, found before cleaning).
 */
export function storyBox(el: Element, headlines: ReadonlyMap<Element, string>): Element | null {
  for (let n: ParentNode | null = el, up = 0; n && isElement(n) && up < MAX_UP; n = n.parent, up++)
    if (n.name === 'article' || headlines.has(n)) return n;
  return null;
}

/**
 * The box of headline `h` among the page's headlines `h1s`: its `<article>`, or the nearest
 * ancestor with a like-named sibling (same tag, same first class) that holds another of them.
 */
function headlineBox(h: Element, h1s: readonly Element[]): Element | null {
  for (let n: ParentNode | null = h.parent, up = 1; n && isElement(n) && up < MAX_UP; n = n.parent, up++) {
    if (n.name === 'article') return n;
    if (n.name === 'body' || n.name === 'main') return null;
    const box = n;
    if (h1s.some((o) => o !== h && likeSibling(o, box))) return box;
  }
  return null;
}

/** Whether an ancestor of `h` is a sibling of `box` with its shape. */
function likeSibling(h: Element, box: Element): boolean {
  const shape = shapeOf(box);
  for (let n: ParentNode | null = h.parent, up = 0; n && isElement(n) && up < MAX_UP; n = n.parent, up++)
    if (n !== box && n.parent === box.parent) return shapeOf(n) === shape;
  return false;
}

/**
 * The headline of each story box holding one of `h1s`, folded: read before cleaning, which drops
 * a story's `<header><h1>` as chrome.
 */
export function articleHeadlines(h1s: readonly Element[]): Map<Element, string> {
  const headlines = new Map<Element, string>();
  for (const h of h1s) {
    const box = headlineBox(h, h1s);
    if (box && !headlines.has(box)) headlines.set(box, folded(textOf(h)));
  }
  return headlines;
}

/**
 * The box's first h1/h2 is one of the page's titles. `headlines` holds the h1 each box had before
 * cleaning.
 */
export function headedBy(box: Element, titles: readonly string[], headlines: ReadonlyMap<Element, string>): boolean {
  const before = headlines.get(box);
  if (before !== undefined) return isTitle(before, titles);
  const h = findAll(box, (e) => e.name === 'h1' || e.name === 'h2')[0];
  return isTitle(h ? folded(textOf(h)) : '', titles);
}

/**
 * The page's own story when the best candidate is another one beside it: a longer next story
 * outscores the page's, or the boxes' common wrapper outscores both. Of the stream's boxes, the
 * one headed by the page's title holds the story; its best-scoring block is the candidate.
 */
export function ownStory(
  top: Scored,
  scores: Map<Element, number>,
  titles: readonly string[],
  headlines: ReadonlyMap<Element, string>,
): Scored {
  if (titles.length === 0) return top;
  const box = storyBox(top.el, headlines);
  // The candidate is the stream itself when the boxes' scores flowed up to their common wrapper.
  const peers = box ? peerBoxes(box, headlines) : [...headlines.keys()].filter((b) => isWithin(b, top.el));
  if (box ? peers.length === 0 || headedBy(box, titles, headlines) : peers.length < 2) return top;
  const own = peers.find((p) => headedBy(p, titles, headlines));
  if (!own) return top;
  let best: Scored | null = null;
  for (const [el, score] of scores) if ((!best || score > best.score) && (el === own || isWithin(el, own))) best = { el, score };
  return best ?? top;
}

/**
 * The other boxes of the stream `box` is in: for an `<article>`, the `<article>`s under its parent
 * or under the wrapper a level or two up (`.stream-item > article`); for another box, its
 * like-named siblings that have a headline.
 */
function peerBoxes(box: Element, headlines: ReadonlyMap<Element, string>): Element[] {
  if (box.name !== 'article') {
    const shape = shapeOf(box);
    return (box.parent?.children ?? []).filter((s): s is Element => s !== box && isElement(s) && headlines.has(s) && shapeOf(s) === shape);
  }
  let up: ParentNode | null = box.parent;
  for (let level = 0; up && isElement(up) && up.name !== 'body' && level < 3; up = up.parent, level++) {
    const found = findAll(up, (e) => e.name === 'article' && e !== box && !isWithin(e, box) && !isWithin(box, e));
    if (found.length > 0) return found;
  }
  return [];
}

function isWithin(el: Element, anc: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === anc) return true;
  return false;
}

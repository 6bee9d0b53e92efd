/**
 * Bodies made of a run of item wrappers (live blogs, news tickers, listicles): the container of
 * the run, found from the text div of one of its items. Used by generic-body's topCandidate.
 */
import type { Element } from 'domhandler';
import { findAll, isElement, textLength } from './dom.js';

/** Text a run's item needs in its text div: a post, not a timestamp or a "read more" line. */
const MIN_ITEM_TEXT = 100;

/**
 * The container of a run of items when `el` is the text div of one of them: live-blog posts,
 * ticker entries and listicle sections, each an item wrapper around a heading, a time or a
 * picture and a well-named text div (`post__body`, `entry-content`, `item__text`). The text div
 * earns the class bonus its wrapper lacks, so the best one outscores every ancestor and the
 * climb stops inside one item: the other items and the intro were lost. Three or more items of
 * one shape under one parent, each with a text div of `el`'s tag and class holding a post's
 * worth of text, make the parent the body. A run whose items head with a link is a teaser list
 * of other stories, never the body.
 */
export function itemRun(el: Element, scores: Map<Element, number>): Element | null {
  const cls = el.attribs['class'];
  if (cls === undefined || cls.trim() === '' || textLength(el) < MIN_ITEM_TEXT) return null;
  const peers: Element[] = [];
  for (const other of scores.keys())
    if (other !== el && other.name === el.name && other.attribs['class'] === cls && textLength(other) >= MIN_ITEM_TEXT) peers.push(other);
  if (peers.length < 2) return null;
  // The text div sits one or two levels inside its item (item > div, item > wrapper > div).
  let item: Element = el;
  let alone = true;
  for (let up = 1; up <= 2; up++) {
    const parent = item.parent;
    if (!parent || !isElement(parent)) return null;
    alone &&= parent.children.filter(isElement).length === 1;
    item = parent;
    const box = item.parent;
    if (!box || !isElement(box) || box.name === 'body' || box.name === 'html') return null;
    // An item that is only its text div is lifted to by topCandidate, and articleNodes takes its
    // like-named siblings: the items' parent need not be the body (its other children may be a header).
    if (alone) continue;
    const items = new Set<Element>([item]);
    for (const p of peers) {
      const pi = ancestor(p, up);
      if (pi && pi.parent === box && sameShape(pi, item)) items.add(pi);
    }
    if (items.size >= 3) return teaserRun(items) ? null : box;
  }
  return null;
}

/** The ancestor `up` levels above `el`. */
function ancestor(el: Element, up: number): Element | null {
  let n: Element = el;
  for (let i = 0; i < up; i++) {
    const p = n.parent;
    if (!p || !isElement(p)) return null;
    n = p;
  }
  return n;
}

/** Same tag and the same first class word (items differ by modifiers: `post post--pinned`). */
function sameShape(a: Element, b: Element): boolean {
  if (a.name !== b.name) return false;
  const first = (e: Element): string => (e.attribs['class'] ?? '').trim().split(/\s+/, 1)[0]!;
  return first(a) === first(b);
}

const HEADING = /^h[1-6]$/;

/**
 * Most items head with a heading that links to another page: cards of other stories. A live
 * blog's post titles may link to the post itself (`#post-3`), which is no teaser.
 */
function teaserRun(items: Set<Element>): boolean {
  let linked = 0;
  for (const item of items) {
    const h = findAll(item, (e) => HEADING.test(e.name))[0];
    if (h === undefined) continue;
    let out = 0;
    for (const a of findAll(h, (e) => e.name === 'a')) if (!(a.attribs['href'] ?? '').startsWith('#')) out += textLength(a);
    if (out * 2 > textLength(h)) linked++;
  }
  return linked * 2 > items.size;
}

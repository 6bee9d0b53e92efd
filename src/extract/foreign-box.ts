/**
 * Whether an element sits in a part of the page that is not the story: a comment thread, a
 * sidebar or widget, a list of other stories ("Most read", "En continu", a breaking-news ticker),
 * a stock quote, or a microdata item of another kind (a Review, a Comment, an Offer, an Event).
 * The dates printed there are those things' dates: a reader's comment from the next day, a
 * teaser's time, the quote's last trade.
 */
import type { Element, ParentNode } from 'domhandler';
import { isElement } from './dom.js';

/** Class or id words of such parts (`comment-list`, `widget_popular`, `most-read`, `stock-quote`, `breaking-news-bar`). */
const FOREIGN_CLASS =
  /(?:^|[\s_-])(?:comments?|commentlist|commentmetadata|replies|disqus|sidebar|widgets?|related|popular|most-?read|meistgelesen|trending|ticker|breaking|recent|latest|en-continu|stock|quote|kurs|correlati|more-news|more-stories)(?:$|[\s_-])/i;
/** Microdata items that are not the article (`itemtype="https://schema.org/Review"`, `UserComments`). */
const FOREIGN_ITEM = /schema\.org\/(?:\w*Review|\w*Comments?|Answer|Question|\w*Offer|\w*Event|Product|\w*Rating)\b/i;

function named(el: Element, re: RegExp): boolean {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  return (cls !== undefined && re.test(cls)) || (id !== undefined && re.test(id));
}

/** The <article> that holds the page's headline: the story, when the page marks it up so. */
export function storyArticle(h1: Element | null): Element | null {
  for (let n: ParentNode | null = h1, depth = 0; n !== null && isElement(n) && depth < 40; depth++) {
    if (n.name === 'article') return n;
    n = n.parent;
  }
  return null;
}

/**
 * True when `el` is inside (or is) such a part. The walk up stops at the story's <article>
 * (`story`; any <article> when the page has none around its headline) or <main>: layout classes
 * above them ("content-sidebar-wrap") say nothing about what is inside, and an article's own
 * <footer> is its trailer, while the page's <footer> is chrome. Another <article> (a teaser card
 * in a "Related" section) is walked through.
 */
export function inForeignBox(el: Element, story: Element | null = null): boolean {
  let footer = false;
  for (let n: Element | null = el, depth = 0; n !== null && depth < 40; depth++) {
    const name = n.name;
    if ((name === 'article' && (story === null || n === story)) || name === 'main') return false;
    if (name === 'body' || name === 'html') break;
    if (name === 'aside' || name === 'nav') return true;
    if (name === 'footer') footer = true;
    if (named(n, FOREIGN_CLASS)) return true;
    const type = n.attribs['itemtype'];
    if (type !== undefined && FOREIGN_ITEM.test(type)) return true;
    const parent: ParentNode | null = n.parent;
    n = parent !== null && isElement(parent) ? parent : null;
  }
  return footer;
}

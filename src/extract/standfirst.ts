/**
 * The standfirst (dek, lead, intro, summary) a page prints between its headline and the article
 * container, outside it: the Guardian's and other live blogs' standfirst above the run of posts,
 * Iranian and Russian outlets' `lead`/`лид` block beside the text block. It is the story's first
 * paragraph in the reader's eyes, but the block scorer takes the container below it.
 */
import type { AnyNode, Element } from 'domhandler';
import { classId, findAll, isElement, linkDensity, textLength, textOf } from './dom.js';

/**
 * Class words of a standfirst, as a class or a BEM element (`grid__standfirst`, `article-lead`,
 * `c-dek`), also with a CSS module's hash after it: Next.js's `Article_elementLead__N3pGr`,
 * `ArticleModuleTeaser_teaserText__sB4sT` (read as `…lead__n3p-gr` by classId's camelCase split)
 * and Vite's `_lead_16k26_2`.
 */
const STANDFIRST =
  /(^|[\s_-])(standfirst|dek|deck|lede|lead|leadin|intro|summary|sapo|chapo|chapeau|teaser|excerpt|subtitle|subheadline|abstract|vorspann|einleitung|entradilla|sumario|occhiello|sommario|catenaccio|linha-fina|bigode)([-_]+(text|wrap|wrapper|container|block|box))?(__[a-z0-9-]{4,9}|_[a-z0-9]{5}_\d{1,2})?(\s|$)/;

/** Picture words: a `lead-image`/`intro-media` block is the lead picture, not text. */
const MEDIA = /image|img|photo|media|picture|video|figure/;

/** How far up from the article container, and how many blocks back, the standfirst is looked for. */
const MAX_UP = 3;
const MAX_BACK = 8;

const HEAD_OR_PICTURE = new Set(['h1', 'img', 'picture', 'figure', 'amp-img']);

function isStandfirst(el: Element): boolean {
  const ci = classId(el);
  if (ci === '' || !STANDFIRST.test(ci) || MEDIA.test(ci)) return false;
  const len = textLength(el);
  // A block holding the headline or a picture is the header or the lead picture's box, whose caption reads like a dek.
  return len >= 30 && len <= 800 && linkDensity(el) < 0.25 && findAll(el, (e) => HEAD_OR_PICTURE.has(e.name)).length === 0;
}

/**
 * The standfirst block right before the article container `first` (between it and the headline:
 * the walk back stops at an <h1> or at a block of more text than a standfirst), or null. Not when
 * the text's opening (`opening`) holds the same words (a template repeating its standfirst as the lead).
 */
export function standfirst(first: AnyNode, opening: string): Element | null {
  for (let n: AnyNode | null = first, up = 0; n && isElement(n) && up <= MAX_UP; n = n.parent, up++) {
    if (n.name === 'body' || n.name === 'html') return null;
    let back = 0;
    for (let s = n.prev; s && back < MAX_BACK; s = s.prev) {
      if (!isElement(s)) continue;
      back++;
      // The headline's block: a dek right after the <h1> in it (`<div class="page-header"><h1/><p class="dek">`).
      if (s.name === 'h1') return null;
      const h1 = findAll(s, (e) => e.name === 'h1')[0];
      if (h1) return afterHeadline(h1, opening);
      if (isStandfirst(s)) return unrepeated(s, opening);
      if (textLength(s) > 800) return null;
    }
  }
  return null;
}

/** A standfirst among the few blocks that follow the headline in its own block. */
function afterHeadline(h1: Element, opening: string): Element | null {
  let back = 0;
  for (let s = h1.next; s && back < MAX_BACK; s = s.next) {
    if (!isElement(s)) continue;
    back++;
    if (isStandfirst(s)) return unrepeated(s, opening);
  }
  return null;
}

function unrepeated(el: Element, opening: string): Element | null {
  return opening.includes(textOf(el).slice(0, 40)) ? null : el;
}

/** How far up from the headline its `<header>` is looked for. */
const HEADER_UP = 3;

/** The story's header around the page's headline: the cleaner drops it as chrome, with a dek in it. */
export interface HeaderDek {
  dek: Element;
  /** The header's parent before cleaning: the article (or its wrapper) the header opened. */
  home: Element;
}

/**
 * The standfirst in the `<header>` that holds the page's headline (`<article><header><h1/><p
 * class="standfirst"/></header><div class="body">`: the Guardian's, Arc's and most news themes'
 * layout), read before the cleaner drops the header as chrome. A block after the headline in it,
 * named as a dek, as standfirst() asks of a dek outside the header.
 */
export function headerStandfirst(h1: Element | null): HeaderDek | null {
  let header: Element | null = null;
  for (let n = h1?.parent ?? null, up = 0; n && isElement(n) && up < HEADER_UP; n = n.parent, up++)
    if (n.name === 'header') {
      header = n;
      break;
    }
  // A header straight under <body> is the site's (`<h1 class="site-title">` above its tagline).
  const home = header?.parent;
  if (!header || !h1 || !isElement(home) || home.name === 'body' || home.name === 'html') return null;
  let seen = false;
  const dek = findAll(header, (e) => {
    if (e === h1) seen = true;
    return seen && e !== h1 && isStandfirst(e);
  })[0];
  return dek ? { dek, home } : null;
}

/**
 * The header's dek for the article container `first`, when the cleaner dropped the header (a
 * header kept in the text prints its dek there) and the header opened the container, one of its
 * ancestors a few levels up or a block a few levels inside it, and the text's opening does not repeat it.
 */
export function droppedHeaderDek(found: HeaderDek | null, first: AnyNode, opening: string): Element | null {
  if (!found || attached(found.dek)) return null;
  return within(first, found.home) || within(found.home, first) ? unrepeated(found.dek, opening) : null;
}

/** Whether `outer` is `inner` or one of its ancestors up to MAX_UP levels. */
function within(inner: AnyNode, outer: AnyNode): boolean {
  for (let n: AnyNode | null = inner, up = 0; n && up <= MAX_UP; n = n.parent, up++) if (n === outer) return true;
  return false;
}

/** Whether a node still hangs in a document (the cleaner detaches what it drops). */
function attached(node: AnyNode): boolean {
  let n: AnyNode = node;
  while (n.parent) n = n.parent;
  return n.type === 'root';
}

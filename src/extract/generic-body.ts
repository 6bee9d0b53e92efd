/**
 * Generic article finder for pages no site rule covers. Paragraph-like blocks are scored
 * (length, commas, link density) and their scores flow to their ancestors, as in Readability
 * (mozilla/readability, _grabArticle); the best ancestor, its high-scoring siblings and the
 * blocks under them that pass a per-block boilerplate test form the article.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isSpace } from '../normalize/spaces.js';
import { childrenOf, findAll, isElement, linkDensity, textLength, textOf, textShorterThan } from './dom.js';
import { BLOCK_TAGS, classWeight, isAuthorBox, isCaption, isLabelledField, isMetaBlock } from './hints.js';
import { itemRun } from './item-run.js';
import { folded, headedBy, isTitle, ownStory, storyBox } from './story-stream.js';

const PARA_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'div', 'section', 'article', 'li', 'dd', 'font', 'span', 'center', 'main']);

/** COMMAS as a test of one character code. */
const isComma = (c: number): boolean => c === 44 || c === 0xff0c || c === 0x3001 || c === 0x3002 || c === 59 || c === 0xff1b;

/** The running count of inlineStats (module functions over one object: no closures per call). */
interface Count {
  n: number;
  gap: boolean;
  commas: number;
  /** Inside an inline child: a non-space character of it was seen / a space is pending. */
  seen: boolean;
  inner: boolean;
}

function put(k: Count, c: number): void {
  if (isSpace(c)) k.gap = k.n > 0;
  else {
    if (k.gap) k.n++;
    k.n++;
    k.gap = false;
    if (isComma(c)) k.commas++;
  }
}

/** textOf of an inline child: its own leading and trailing spaces are trimmed before it joins. */
function putChild(k: Count, x: AnyNode): void {
  if (x.type === 'text') {
    const d = (x as unknown as { data: string }).data;
    for (let i = 0; i < d.length; i++) {
      const c = d.charCodeAt(i);
      if (isSpace(c)) k.inner = k.seen;
      else {
        if (k.inner) put(k, 32);
        put(k, c);
        k.seen = true;
        k.inner = false;
      }
    }
    return;
  }
  const kids = childrenOf(x);
  if (kids === undefined) return;
  if (isElement(x) && (x.name === 'script' || x.name === 'style' || x.name === 'noscript')) return;
  for (let i = 0; i < kids.length; i++) putChild(k, kids[i]!);
}

/**
 * Length and comma count of a node's inline text: its direct text and the text of its inline
 * children (each collapsed and trimmed, then a space), not nested blocks; all of it collapsed
 * and trimmed. Counted as the text streams by: building the string of every paragraph-like
 * block was a tenth of the scorer's time and most of its garbage.
 */
export function inlineStats(el: Element): { length: number; commas: number } {
  const k: Count = { n: 0, gap: false, commas: 0, seen: false, inner: false };
  const kids = el.children;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]!;
    if (c.type === 'text') {
      const d = (c as unknown as { data: string }).data;
      for (let i = 0; i < d.length; i++) put(k, d.charCodeAt(i));
    } else if (isElement(c) && !BLOCK_TAGS.has(c.name)) {
      k.seen = false;
      k.inner = false;
      putChild(k, c);
      put(k, 32);
    }
  }
  return { length: k.n, commas: k.commas };
}

function tagBase(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'section':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

export interface Candidate {
  el: Element;
  score: number;
}

/** Scores every ancestor of paragraph-like blocks; returns the scores map. */
export function scoreBlocks(root: ParentNode): Map<Element, number> {
  const scores = new Map<Element, number>();
  const paras: Element[] = [];
  const collect = (node: ParentNode): void => {
    const kids = node.children;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (!isElement(c)) continue;
      if (PARA_TAGS.has(c.name)) paras.push(c);
      collect(c);
    }
  };
  collect(root);
  for (const p of paras) {
    const text = inlineStats(p);
    if (text.length < 25) continue;
    if (p.name === 'li' && linkDensity(p) > 0.3) continue;
    let score = 1 + text.commas + Math.min(Math.floor(text.length / 100), 3);
    if (p.name === 'li') score /= 2;
    let anc: ParentNode | null =
      p.name === 'p' || p.name === 'pre' || p.name === 'li' || p.name === 'span' || p.name === 'font' ? p.parent : p;
    for (let level = 0; anc && isElement(anc) && level < 5; level++, anc = anc.parent) {
      if (!scores.has(anc)) scores.set(anc, tagBase(anc.name) + classWeight(anc));
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, scores.get(anc)! + score / div);
    }
  }
  for (const [el, s] of scores) scores.set(el, s * (1 - linkDensity(el)));
  return scores;
}

/**
 * The best-scoring container, moved up when its parent scores comparably (split articles), or
 * to the container of the run of items it is one of (itemRun).
 */
export function topCandidate(scores: Map<Element, number>): Candidate | null {
  let best: Candidate | null = null;
  for (const [el, score] of scores) if (!best || score > best.score) best = { el, score };
  if (!best) return null;
  let { el } = best;
  let last = best.score;
  const run = itemRun(el, scores);
  if (run) {
    el = run;
    last = scores.get(run) ?? 0;
  }
  // A container that is an only child adds nothing; its parent gives siblings a chance.
  while (el.parent && isElement(el.parent) && el.parent.name !== 'body' && el.parent.children.filter(isElement).length === 1)
    el = el.parent;
  // Readability's "parent scores higher" climb: articles split over several divs.
  let parent = el.parent;
  while (parent && isElement(parent) && parent.name !== 'body' && parent.name !== 'html') {
    const ps = scores.get(parent);
    if (ps === undefined) {
      parent = parent.parent;
      continue;
    }
    if (ps < best.score / 3) break;
    if (ps > last) {
      el = parent;
      break;
    }
    last = ps;
    parent = parent.parent;
  }
  return { el, score: scores.get(el) ?? best.score };
}

/** The top candidate plus those of its siblings that look like part of the same article. */
export function articleNodes(top: Candidate, scores: Map<Element, number>, other: (el: Element) => boolean = () => false): AnyNode[] {
  const parent = top.el.parent;
  if (!parent) return [top.el];
  const threshold = Math.max(10, top.score * 0.2);
  const cls = top.el.attribs['class'] ?? '';
  const out: AnyNode[] = [];
  // Subheadings (`<h3>` between text divs, a BBC `subheadline-block`) wait here: they are taken
  // with the next sibling taken after a taken one, and dropped at any other block with text.
  let heads: AnyNode[] = [];
  for (const sib of parent.children) {
    if (sib !== top.el && isElement(sib) && isSubheading(sib)) heads.push(sib);
    else if (sib === top.el || (isElement(sib) && !other(sib) && sibling(sib, top, scores, threshold, cls))) {
      if (out.length > 0) out.push(...heads);
      heads = [];
      out.push(sib);
    } else if (isElement(sib) && !textShorterThan(sib, 1)) heads = [];
  }
  return out;
}

/** A sibling of the top candidate that looks like part of the same article. */
function sibling(sib: Element, top: Candidate, scores: Map<Element, number>, threshold: number, cls: string): boolean {
  // A header's meta block, a caption, an author box and a labelled data field score on their class words alone.
  if (isLabelledField(sib) || isMetaBlock(sib) || isCaption(sib) || isAuthorBox(sib)) return false;
  let s = scores.get(sib);
  if (s !== undefined && cls !== '' && sib.attribs['class'] === cls) s += top.score * 0.2;
  if (s !== undefined && s >= threshold) return true;
  // Articles split into sections deeper than the 5 scored levels: take a sibling that is
  // itself mostly good prose (long, link-poor paragraphs).
  const prose = proseChars(sib);
  if (prose > 500 || (prose > 150 && cls !== '' && sib.attribs['class'] === cls)) return true;
  if (sib.name !== 'p') return false;
  const text = textOf(sib);
  const ld = linkDensity(sib);
  return (text.length > 80 && ld < 0.25) || (text.length > 0 && text.length <= 80 && ld === 0 && /[.!?。]["”’]?$/.test(text));
}

const HEADING_TAG = /^h[2-6]$/;

/**
 * A subheading block: an <h2>-<h6>, or a block holding only one (`<div class="subheadline"><h2>`),
 * of a heading's length.
 */
function isSubheading(el: Element): boolean {
  for (let n: Element | undefined = el, depth = 0; n && depth < 3; depth++) {
    if (HEADING_TAG.test(n.name)) return !textShorterThan(n, 2) && textShorterThan(n, 150) && textLength(n) === textLength(el);
    const kids: Element[] = n.children.filter(isElement);
    n = kids.length === 1 ? kids[0] : undefined;
  }
  return false;
}

/** Characters in long, link-poor <p> elements under a node. */
function proseChars(root: Element): number {
  if (linkDensity(root) > 0.25) return 0;
  let n = 0;
  for (const p of findAll(root, (e) => e.name === 'p')) {
    const t = textLength(p);
    if (t > 70 && linkDensity(p) < 0.25) n += t;
  }
  return n;
}

/**
 * Article container nodes of a cleaned page, or [] when nothing scores. `titles` are the page's
 * stated titles (og:title, headline, <title>), which tell its own story from one appended after it;
 * `headlines` are the <article>s' headlines before cleaning (articleHeadlines). When the story's
 * <article> is headed by a title, a sibling <article> headed by an <h1> that is none of them is the
 * next story (infinite scroll), whose like-named container would otherwise be taken with it.
 */
export function genericArticleNodes(
  body: ParentNode,
  titles: readonly string[] = [],
  headlines: ReadonlyMap<Element, string> = new Map(),
): AnyNode[] {
  const scores = scoreBlocks(body);
  const top = topCandidate(scores);
  if (!top) return [];
  const wanted = titles.map(folded);
  const own = ownStory(top, scores, wanted, headlines);
  const story = headlines.size > 1 ? storyBox(own.el, headlines) : null;
  if (!story || !headedBy(story, wanted, headlines)) return articleNodes(own, scores);
  return articleNodes(own, scores, (sib) => {
    const head = headlines.get(sib);
    return head !== undefined && !isTitle(head, wanted);
  });
}

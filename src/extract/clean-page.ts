/**
 * First pass over a page: drop what is never article text (scripts, forms' controls, hidden
 * blocks) and the page chrome (nav, footer, share bars, comments, "related" lists). A chrome
 * block survives only if it holds most of the page's paragraph text: some templates wrap the
 * whole page in <div id="page" class="with-sidebar">.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { classId, collapsedLength, findAll, isElement, lowerCased, removeNode, textLength, textShorterThan } from './dom.js';
import { BLOCK_TAGS, CHROME_TAGS, DROP_TAGS, classWeight, isNegative, isNextStory, isPaywallPrompt } from './hints.js';

/**
 * Inline styles that hide a block: display:none, visibility:hidden, and a blur filter, under
 * which paywalls print scrambled filler ("Xyqrd wlmoz fpeuv …") where the locked text would be.
 * Not backdrop-filter: it blurs what is behind a (glass-look) block, not the block's text.
 */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|(?:^|[;\s])(?:-webkit-)?filter\s*:\s*blur\(/i;

/** Total text length of the <p> elements under a node. */
export function paragraphChars(root: ParentNode): number {
  let n = 0;
  for (const p of findAll(root, (e) => e.name === 'p')) n += textLength(p);
  return n;
}

/** Blocks that carry prose as their own text on portal and CMS pages without <p>. */
const TEXT_BLOCKS = new Set(['div', 'td', 'section', 'article', 'blockquote', 'dd', 'center', 'font']);
/** Own text shorter than this is a label, a date or a menu entry, not a paragraph. */
const MIN_OWN_TEXT = 40;

/** Text of a block's own inline content (text nodes and inline children except links). */
function ownText(el: Element): number {
  let n = 0;
  const kids = el.children;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]!;
    if (c.type === 'text') n += collapsedLength((c as unknown as { data: string }).data);
    else if (isElement(c) && c.name !== 'a' && !BLOCK_TAGS.has(c.name) && !DROP_TAGS.has(c.name)) n += textLength(c);
  }
  return n;
}

/**
 * Paragraph text under a node: the <p> elements plus the prose that old portal and blog
 * templates (and some JS-era CMSs) write straight into <div>/<td> blocks, split by <br> or
 * wrapped in <span>s, with no <p> at all. Without the second part such a page has no
 * "paragraph text", so any chrome-looking wrapper around its article ("sticky", "ad-con")
 * loses the protection cleanPage gives article wrappers.
 */
export function proseChars(root: ParentNode): number {
  let n = paragraphChars(root);
  for (const b of findAll(root, (e) => TEXT_BLOCKS.has(e.name))) {
    const own = ownText(b);
    if (own >= MIN_OWN_TEXT) n += own;
  }
  return n;
}

/** Class/id words of sign-up, newsletter and consent boxes, in the languages of the corpus. */
const FORM_WORDS =
  /(^|[^a-z])(consent|cookie-?(banner|notice|wall|consent)|opt-?in|newsletter|nyhedsbrev|nyhetsbrev|tilmeld|samtykke|einwilligung|suscripci[oó]n|iscrizione|signup|sign-up)([^a-z]|$)/;

/**
 * A sign-up, newsletter or consent box: a <form> with a visible control, a modal dialog, or a
 * block named as one. Their pitch text ("Tilmeld dig vores nyhedsbrev ...", "Vi bruger cookies
 * ...") reads like prose and can outscore a short article; like chrome, they are kept only
 * when they hold most of the page's text (ASP.NET pages wrap the whole page in one <form>).
 */
function isFormBlock(el: Element): boolean {
  const a = el.attribs;
  if (a['role'] === 'dialog' || a['role'] === 'alertdialog' || a['aria-modal'] === 'true') return true;
  if (el.name === 'form')
    return (
      findAll(
        el,
        (e) =>
          (e.name === 'input' && (e.attribs['type'] ?? 'text').toLowerCase() !== 'hidden') ||
          e.name === 'select' ||
          e.name === 'textarea' ||
          e.name === 'button',
      ).length > 0
    );
  // Each of class and id apart, as in `${class} ${id}`: no word spans the space, which is a boundary.
  return (
    (a['class'] !== undefined && FORM_WORDS.test(lowerCased(a['class']))) || (a['id'] !== undefined && FORM_WORDS.test(lowerCased(a['id'])))
  );
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true' && el.name !== 'span' && el.name !== 'i') return true;
  if (a['class'] !== undefined && screenReaderOnly(a['class']) && textShorterThan(el, SCREEN_READER_MAX)) return true;
  return a['style'] !== undefined && HIDDEN_STYLE.test(a['style']);
}

/**
 * Class words of text for screen readers only (WordPress' `screen-reader-text`, Bootstrap's
 * `sr-only` and `visually-hidden`, Drupal 7's `element-invisible`, Foundation's `show-for-sr`):
 * labels the page hides from sight ("(opens in a new tab)", "Advertisement", "Story continues
 * below", a link's repeated title) that joined the sentence they sit in ("… 6,000
 * signatures.Advertisement"). NEGATIVE's `hidden` took `visually-hidden` blocks only when short
 * of the page's text, and left `sr-only` spans inside paragraphs.
 */
const SCREEN_READER =
  /(?:^|\s)(?:sr-only|sr-text|screen-reader-text|screen-reader-only|screenreader-only|screenreader|visually-?hidden|u-visually-hidden|is-visually-hidden|hidden-visually|visuallyhidden|a11y-hidden|a11y-only|assistive-text|element-invisible|show-for-sr|offscreen)(?:\s|$)/i;
/** A longer text under such a class is not a label (a transcript, a story kept for crawlers): it stays. */
const SCREEN_READER_MAX = 200;

function screenReaderOnly(cls: string): boolean {
  // Asked of every element with a class: substring tests (class words are written in lower case;
  // the pattern ignores case) spare the pattern on the rest.
  return (
    (cls.includes('sr-') ||
      cls.includes('for-sr') ||
      cls.includes('screen') ||
      cls.includes('hidden') ||
      cls.includes('a11y') ||
      cls.includes('assistive') ||
      cls.includes('invisible') ||
      cls.includes('offscreen')) &&
    SCREEN_READER.test(cls)
  );
}

// paragraphChars and proseChars of every element under cleanPage's root, filled in one
// bottom-up walk before the cleaning pass: asking each chrome-looking block for them walked its
// subtree again (nested wrappers many times over). The visit only asks about a block before it
// removes anything inside it, so the sums read then are those of the unchanged subtree.
interface Sums {
  cpPara?: number;
  cpProse?: number;
}
const sums = (el: ParentNode): Sums => el as unknown as Sums;

/** Fills cpPara (paragraphChars) and cpProse (proseChars minus paragraphChars) under `node`. */
function fillSums(node: ParentNode): void {
  let para = 0;
  let prose = 0;
  const kids = node.children;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]!;
    if (!isElement(c)) continue;
    fillSums(c);
    para += sums(c).cpPara!;
    prose += sums(c).cpProse!;
    if (c.name === 'p') para += textLength(c);
    if (TEXT_BLOCKS.has(c.name)) {
      const own = ownText(c);
      if (own >= MIN_OWN_TEXT) prose += own;
    }
  }
  sums(node).cpPara = para;
  sums(node).cpProse = prose;
}

const paraOf = (n: ParentNode): number => sums(n).cpPara!;
const proseOf = (n: ParentNode): number => sums(n).cpPara! + sums(n).cpProse!;

/** Removes never-content and chrome from the tree under `root`, in place. */
export function cleanPage(root: ParentNode): void {
  fillSums(root);
  // A chrome-looking block is kept when it holds most of the page's <p> text, or most of its
  // prose counted with <p>-less div text too (either test alone keeps what the other misses).
  const keepP = Math.max(600, paraOf(root) * 0.5);
  // Lower floor for the prose test: a <p>-less wire brief is often only a few hundred chars.
  const prose = proseOf(root);
  visit(root, keepP, Math.max(300, prose * 0.5), prose * 0.8);
}

// visit and drops take the page's thresholds as arguments rather than being closures made per
// page: the compiled visit had each call target fixed to the first page's closures and deopted
// ('wrong call target') on the next page, in every fresh process. Arguments, not an object of
// them: the thresholds are small integers on some pages and fractions on others, which as fields
// would change the object's hidden class from page to page.

/** Cleans under `node`, in place, without a copy of every child list: a child's visit changes only its own subtree. */
function visit(node: ParentNode, keepP: number, keepProse: number, wrapper: number): void {
  const kids = node.children;
  for (let i = 0; i < kids.length;) {
    const child = kids[i]!;
    if (drops(child, keepP, keepProse, wrapper)) removeNode(child);
    else {
      if (isElement(child)) visit(child, keepP, keepProse, wrapper);
      i++;
    }
  }
}

/** Whether a child of the node being visited goes (with its subtree). */
function drops(child: AnyNode, keepP: number, keepProse: number, wrapper: number): boolean {
  if (!isElement(child)) return child.type === 'comment' || child.type === 'directive' || child.type === 'cdata';
  const tag = child.name;
  if (DROP_TAGS.has(tag) || isHidden(child)) return true;
  const inner = tag !== 'body' && tag !== 'html' && tag !== 'article' && tag !== 'main';
  // A form box outweighing a short item is still a form box; only a page-wide wrapper stays.
  if (inner && isFormBlock(child) && proseOf(child) < wrapper) return true;
  // So is the next story a "next article" template loads below the page's own, though longer than it.
  if (inner && isNextStory(child) && proseOf(child) < wrapper) return true;
  if (inner && isPaywallPrompt(child)) return true;
  const chrome = (CHROME_TAGS.has(tag) && !postHeader(child)) || (inner && isNegative(child));
  if (!chrome) return false;
  if (paraOf(child) < keepP && proseOf(child) < keepProse) return true;
  return isSidebar(child) && storyBeside(child, Math.max(STORY_MIN, proseOf(child) * 0.2));
}

const SUBHEADING = /^h[2-6]$/;

/**
 * The header of one post in a run of posts (a live blog's `<article class="block"><header><time/>
 * <h2>Title</h2></header>…`): its title is the post's text, not page chrome. A header with an h1,
 * or outside a run of two or more like-named posts or post wrappers (the story's own header:
 * headline, byline), is still chrome.
 */
export function postHeader(el: Element): boolean {
  const post = el.parent;
  if (el.name !== 'header' || !post || !isElement(post) || !textShorterThan(el, 300)) return false;
  const heads = findAll(el, (e) => SUBHEADING.test(e.name) || e.name === 'h1');
  if (heads.length === 0 || heads.some((h) => h.name === 'h1')) return false;
  if (inRun(post)) return true;
  // A post wrapped alone in a list item (`<ol class="stream"><li><article><header>…`): the run is of the wrappers.
  const wrapper = post.parent;
  return (
    wrapper !== null && isElement(wrapper) && wrapper.name === 'li' && wrapper.children.filter(isElement).length === 1 && inRun(wrapper)
  );
}

const shapeOf = (el: Element): string => `${el.name} ${(el.attribs['class'] ?? '').trim().split(/\s+/, 1)[0]}`;

/** An element with a like-named sibling (same tag, same first class word). */
function inRun(el: Element): boolean {
  const shape = shapeOf(el);
  return (el.parent?.children ?? []).some((sib) => sib !== el && isElement(sib) && shapeOf(sib) === shape);
}

const SIDEBAR = /(^|[^a-z])(sidebar|side-bar|aside)([^a-z]|$)/;
/** Least prose of a story that outranks a sidebar holding more. */
const STORY_MIN = 200;

function isSidebar(el: Element): boolean {
  return el.name === 'aside' || SIDEBAR.test(classId(el));
}

/**
 * A container named as the story's (an <article>, itemprop=articleBody, a body/text/content
 * class) with `need` chars of prose, outside `side`. A sidebar of teaser summaries ("Most read")
 * can hold more prose than a three-paragraph story; the chrome guard above keeps it as a page
 * wrapper then, and its summaries outscore the story. Asked only of sidebars that guard kept.
 */
function storyBeside(side: Element, need: number): boolean {
  for (let at: ParentNode = side, up = side.parent; up; at = up, up = up.parent)
    for (const sib of up.children) if (sib !== at && isElement(sib) && namedStory(sib, need)) return true;
  return false;
}

function namedStory(el: Element, need: number): boolean {
  // Outside cleanPage's root (the <head> beside <body>) no sums were filled.
  if (sums(el).cpPara === undefined || proseOf(el) < need || CHROME_TAGS.has(el.name) || isNegative(el) || isHidden(el)) return false;
  if (el.name === 'article' || el.attribs['itemprop'] === 'articleBody' || classWeight(el) > 0) return true;
  for (const c of el.children) if (isElement(c) && namedStory(c, need)) return true;
  return false;
}

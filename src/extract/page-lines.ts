/**
 * The page as lines of visible text in document order, read before the page is cleaned: the
 * metadata readers (credits, bylines, visible dates) look at the header and trailer lines
 * around the article that the body extractor throws away. Image captions and photo credits
 * are left out here, so "Foto: dpa" under a picture never reads as a story credit.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isSpace } from '../normalize/spaces.js';
import { isElement, lowerCased } from './dom.js';
import { BLOCK_TAGS } from './hints.js';
import { isWriterElement } from './byline-element.js';

/** One line of visible text and the block element it came from. */
export interface PageLine {
  text: string;
  el: Element | null;
  /** Inside an <aside> or <footer>: sidebars and teaser lists, not the article's trailer. */
  chrome: boolean;
  /** One of the two lines right after an image: where a caption without <figcaption> sits. */
  afterImage: boolean;
  /**
   * Texts of the writer's elements inside the line (`<span class="signature-author">Claire
   * Martin</span> <span class="signature-date">Publié le …</span>`), read as the page is walked:
   * the cleaner later drops such elements (a `byline` class is chrome to it). Null if none.
   */
  writers: string[] | null;
}

/** Never visible text, or images with their captions and credits. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'select',
  'option',
  'button',
  'textarea',
  'head',
  'title',
  'figure',
  'figcaption',
  'picture',
  'video',
  'audio',
  'nav',
  'menu',
]);
/** Class/id words of image, caption and photo-credit containers. */
const IMAGE_BOX =
  /(^|[^a-z])(figure|figcaption|caption|photo|photos|foto|fotos|bild|image|images|img|picture|gallery|slideshow|media-credit|image-credit|photo-credit)([^a-z]|$)/;

function isImageBox(el: Element): boolean {
  const a = el.attribs;
  if (a['class'] === undefined && a['id'] === undefined) return false;
  if (el.name === 'body' || el.name === 'html' || el.name === 'article' || el.name === 'main') return false;
  // Each of class and id apart, as in `${class} ${id}`: no word spans the space, which is a boundary.
  return (
    (a['class'] !== undefined && IMAGE_BOX.test(lowerCased(a['class']))) || (a['id'] !== undefined && IMAGE_BOX.test(lowerCased(a['id'])))
  );
}

/**
 * A line's text as `raw.replace(/\s+/g, ' ').trim()` of the text appended, built while it is
 * appended: stretches without a whitespace run (a lone space between two words is none) join
 * as they are, a run between two of them becomes one space. Collecting the raw text and
 * collapsing it at the end of the line built three copies of every line (the joined text, the
 * collapsed one, the trimmed one): a sixth of extraction's garbage.
 */
export class LineText {
  text = '';
  /** Whitespace since the last character appended (dropped at the start of the line). */
  gap = false;

  add(data: string): void {
    const n = data.length;
    let i = 0;
    while (i < n) {
      const from = i;
      while (i < n && isSpace(data.charCodeAt(i))) i++;
      if (i > from) this.gap = true;
      if (i === n) return;
      let j = i + 1;
      while (j < n) {
        const c = data.charCodeAt(j);
        if (!isSpace(c)) j++;
        else if (c === 32 && j + 1 < n && !isSpace(data.charCodeAt(j + 1))) j += 2;
        else break;
      }
      if (this.gap && this.text !== '') this.text += ' ';
      this.text += i === 0 && j === n ? data : data.slice(i, j);
      this.gap = false;
      i = j;
    }
  }

  /** The line so far; starts the next one. */
  take(): string {
    const t = this.text;
    this.text = '';
    this.gap = false;
    return t;
  }
}

const TEASER_TAGS = new Set(['section', 'div', 'ul', 'ol', 'nav']);
/** Class or id of a list of other stories: `related`, `teaser-list`, `more-stories`, `weitere-artikel`, `lesen-sie-auch`. */
const TEASER_BOX =
  /(?:^|[\s_-])(?:related|teaser-?list|teasers|more-?stories|more-?articles|recommended|recommendations|read-?more|also-?read|see-?also|weitere|mehr-?zum|lesen-?sie-?auch|auch-?interessant|relacionad[oa]s|articles-?lies|a-?lire-?aussi|correlati|gerelateerd)(?:$|[\s_-])/i;

function teaserBox(el: Element): boolean {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  return (cls !== undefined && TEASER_BOX.test(cls)) || (id !== undefined && TEASER_BOX.test(id));
}

/** Lines of the page's visible text under `root`, capped at `max` lines. */
export function pageLines(root: AnyNode, max = 4000): PageLine[] {
  const out: PageLine[] = [];
  const line = new LineText();
  let owner: Element | null = null;
  let chrome = 0;
  let articles = 0;
  let sinceImage = 99;
  let writers: string[] | null = null;
  const flush = (): void => {
    const t = line.take();
    if (t !== '' && out.length < max) {
      out.push({ text: t, el: owner, chrome: chrome > 0, afterImage: sinceImage < 2, writers });
      sinceImage++;
    }
    writers = null;
  };
  const walk = (node: AnyNode, block: Element | null, depth: number): void => {
    if (node.type === 'text') {
      line.add((node as unknown as { data: string }).data);
      return;
    }
    if (node.type === 'root') {
      const kids = (node as ParentNode).children;
      for (let i = 0; i < kids.length; i++) walk(kids[i]!, block, depth + 1);
      return;
    }
    if (!isElement(node) || depth > 200) return;
    const name = node.name;
    if (name === 'img' || name === 'picture' || name === 'figure' || name === 'video') {
      flush();
      sinceImage = 0;
    }
    if (SKIP_TAGS.has(name)) return;
    // An image's container (`<div class="img"><noscript><img …></noscript></div>`, a lazy-loaded
    // picture whose <img> is no element) is an image too: a credit line right after it is the picture's.
    if (isImageBox(node)) {
      sinceImage = 0;
      return;
    }
    if (name === 'br') {
      flush();
      return;
    }
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) flush();
    // Inline siblings (a byline's <span>s) are separated so "Reuters" + "Published" stay two words.
    else line.gap = true;
    const mine = isBlock ? node : block;
    if (isBlock) owner = node;
    // An <article>'s own <footer> holds its credits; the page's <footer> does not.
    // So is a box of teasers for other stories, inside the article or not ("Potsdam (dpa) - …" links).
    const side = name === 'aside' || (name === 'footer' && articles === 0) || (TEASER_TAGS.has(name) && teaserBox(node));
    if (side) chrome++;
    if (name === 'article') articles++;
    // Where a writer's inline element starts in the line (-1: not one), to take its text after its children.
    const lineAt = out.length;
    const from = !isBlock && isWriterElement(node) ? line.text.length + (line.text === '' ? 0 : 1) : -1;
    const kids = node.children;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!, mine, depth + 1);
    if (from >= 0 && out.length === lineAt && line.text.length > from) (writers ??= []).push(line.text.slice(from));
    if (isBlock) {
      flush();
      owner = block;
    } else line.gap = true;
    if (side) chrome--;
    if (name === 'article') articles--;
  };
  walk(root, null, 0);
  flush();
  return out;
}

/**
 * Where the story goes on after a "Related"/"Lee también"/"Leia também" heading inside its text.
 * Such a heading usually opens the list of teasers that closes a container, and everything after
 * it there goes; but many CMSs set a "read also" label with one or two links in the middle of the
 * text (`<p><strong>Lee también</strong></p><p><a>…</a></p>` between two paragraphs), and the
 * rest of the story followed it out.
 */
import type { Element } from 'domhandler';
import { isElement, linkDensity, linkTextLength, textLength } from './dom.js';

const SUBHEADING = /^h[2-6]$/;

/** A paragraph of the story's own shape: a `<p>` of one of the classes the text before the heading used, link-poor. */
function ownParagraph(el: Element, classes: ReadonlySet<string>): boolean {
  return el.name === 'p' && classes.has(el.attribs['class'] ?? '') && textLength(el) >= 20 && linkDensity(el) < 0.25;
}

/**
 * The first sibling after `heading` where the story's own paragraphs resume, or null when
 * everything after it is teasers. The story resumes at a `<p>` of a class its paragraphs before
 * the heading used, not right after a linked heading (a teaser's title
 * above its summary), from which on the story's prose outweighs twice the link text (a list of
 * teasers with summaries is mostly links).
 */
export function storyResumes(heading: Element): Element | null {
  const classes = new Set<string>();
  let before = 0;
  for (let n = heading.prev; n; n = n.prev)
    if (isElement(n) && n.name === 'p' && textLength(n) >= 20 && linkDensity(n) < 0.25) {
      classes.add(n.attribs['class'] ?? '');
      before++;
    }
  if (before === 0) return null;
  let afterLinkedHeading = false;
  for (let n = heading.next; n; n = n.next) {
    if (!isElement(n)) continue;
    if (!afterLinkedHeading && ownParagraph(n, classes) && proseOutweighsLinks(n, classes)) return n;
    afterLinkedHeading = SUBHEADING.test(n.name) && linkTextLength(n) * 2 > textLength(n);
  }
  return null;
}

/** From `from` to the container's end, the story's own paragraphs hold over twice the link text, and 40 characters (a Chinese sentence or two). */
function proseOutweighsLinks(from: Element, classes: ReadonlySet<string>): boolean {
  let prose = 0;
  let links = 0;
  for (let n: Element['next'] = from; n; n = n.next) {
    if (!isElement(n)) continue;
    links += linkTextLength(n);
    if (ownParagraph(n, classes)) prose += textLength(n);
  }
  return prose >= 40 && prose > 2 * links;
}

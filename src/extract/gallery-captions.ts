/**
 * The text of a photo gallery ("In pictures", "EN IMAGES", a slideshow): its captions. A gallery
 * page has no paragraphs of its own, and captions are page furniture everywhere else (the
 * cleaner drops blocks named `caption`, the content filter drops `<figcaption>`), so its text
 * was lost whole and the page had "no article". Read only when the visible text is tiny.
 */
import type { Document, Element } from 'domhandler';
import { blockTexts } from './block-text.js';
import { findAll, isElement } from './dom.js';
import { isNegative, namedCaption } from './hints.js';

/** Least captioned pictures of a gallery, and least text of one caption. */
const MIN_CAPTIONS = 3;
const MIN_CAPTION_CHARS = 20;

const PICTURE = new Set(['img', 'picture', 'amp-img']);

/** A caption: a `<figcaption>` or a block named as one, beside a picture in its figure or slide (a level or two up). */
function pictureCaption(el: Element): boolean {
  if (el.name !== 'figcaption' && !namedCaption(el)) return false;
  for (let up = el.parent, n = 0; up && isElement(up) && n < 2; up = up.parent, n++)
    if (findAll(up, (e) => PICTURE.has(e.name)).length > 0) return true;
  return false;
}

/**
 * A picture credit in brackets closing a caption: `（撮影・山田太郎）`, `（写真：共同）`, `(Photo: Jane Doe/AFP)`,
 * `(AP Photo/Vahid Salemi)`. The credit blocks of a caption are skipped by their class; this one is its text.
 */
const CREDIT_TAIL =
  /\s*[（(](?:[A-Z][\w.&-]*\s)?(?:撮影|写真|photos?|foto|image|picture|bild)(?:\s*by\b|\s*[・:：/]|\s)[^()（）]{1,60}[)）]$/iu;

/**
 * The captions of a gallery page, one per picture in page order, each without its credit (a
 * block named `credit`/`copyright`); null when the page has fewer than three captioned pictures
 * (an article illustrated with a picture or two is no gallery).
 */
export function galleryCaptions(doc: Document): string[] | null {
  const found = findAll(doc, pictureCaption);
  // A caption inside another (a figcaption holding a `caption` span) is read with the outer one.
  const outer = found.filter((c) => !found.some((o) => o !== c && within(c, o)));
  const texts = outer
    .map((c) =>
      blockTexts([c], (e) => e !== c && isNegative(e))
        .join(' ')
        .replace(CREDIT_TAIL, ''),
    )
    .filter((t) => t.length >= MIN_CAPTION_CHARS);
  return texts.length >= MIN_CAPTIONS ? texts : null;
}

function within(el: Element, anc: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === anc) return true;
  return false;
}

/**
 * Page furniture: the lines a site puts around every article (header, navigation words, "Related"
 * lists, share widgets, newsletter boxes, stock photo captions). Imported bodies and badly
 * extracted pages carry them; they dilute the containment of true copies and, worse, make two
 * different stories on one site look alike (issue 10, class 2).
 *
 * Two layers, both applied before shingling:
 *  - TEMPLATE lines are recognised by shape alone and never count: photo captions and credits,
 *    share/follow/subscribe lines, "Related"/"Read more" lists, and short lines without sentence
 *    punctuation (navigation words, section names, headers).
 *  - Learned FURNITURE: every paragraph's hash is counted per site (`site_paragraphs` in Postgres,
 *    a map in memory). A paragraph seen on FURNITURE_MIN_PAGES or more pages of one site, and on
 *    no other site, is that site's furniture and is dropped from the comparison text of every page
 *    of that site. The second condition is what keeps wire text out: a syndicated paragraph is
 *    carried by other outlets too, a site's header, blurb and stock captions are not.
 */
import { fnv1a32, int64Key } from './hash.js';

/**
 * Pages of one site that must carry a paragraph (seen on no other site) before it counts as
 * furniture. Low, because a real collection holds only a few pages per outlet (several hundred
 * articles from about a hundred outlets); wire paragraphs are protected by the other-site test,
 * not by this count. A site's own text re-published 4+ times (its own versions of a local story)
 * is the case this gives up.
 */
export const FURNITURE_MIN_PAGES = 4;

/** Caption and template line starts (English wire/outlet conventions). */
const TEMPLATE_RES: RegExp[] = [
  /^(?:photo|image|picture|file photo|video|graphic|illustration|caption)s?\b\s*[:|/-]?/iu,
  /^(?:\(|\[)?(?:photo|image|file|video)\b[^)\]]*[)\]]/iu,
  /\b(?:AP|Reuters|AFP|Getty Images|EPA|Xinhua|Bloomberg|Shutterstock)\s*(?:Photo)?\s*\/\s*[\p{Lu}]/u, // "(AP Photo/Jane Doe)"
  /^(?:credit|source|copyright|©)\s*:/iu,
  /^(?:share|share this|follow us|sign up|subscribe|newsletter|advertisement|sponsored|related|more from|recommended|trending|most read|read more|read next|also read|see also|click here|comments?|listen to)\b/iu,
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|email|print|reddit|telegram)\s*)+$/iu,
  /\b(?:all rights reserved|cookie policy|privacy policy|terms of (?:use|service))\b/iu,
];

/** Sentence-final punctuation (Latin and CJK): a paragraph without it is a heading or a menu. */
const SENTENCE_END_RE = /[.!?。！？…"”'’)）」』]\s*$/u;

/**
 * True for a line that is page template by its shape: a caption, a share/subscribe/related line,
 * or a short line that is not a sentence (fewer than 8 words, no final punctuation).
 */
export function isTemplateLine(line: string): boolean {
  const p = line.trim();
  if (p === '') return true;
  if (TEMPLATE_RES.some((re) => re.test(p))) return p.length < 400;
  // Unspaced scripts: count characters, not words.
  const cjk = (p.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  const words = cjk > p.length / 3 ? cjk / 2 : p.split(/\s+/).length;
  return words < 8 && !SENTENCE_END_RE.test(p);
}

/** The per-site key of a paragraph: its normalized text (case, spacing, punctuation folded). */
export function paragraphKey(paragraph: string): string {
  const s = paragraph
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return int64Key(fnv1a32(s, 0x811c9dc5), fnv1a32(s, 0x01000193));
}

/** Lines of a body: paragraphs split on blank lines or single line breaks (raw page text). */
export function pageLines(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** Distinct paragraph keys of a body, for the per-site counts (template lines included: they are furniture too). */
export function paragraphKeys(body: string): string[] {
  return [...new Set(pageLines(body).map(paragraphKey))];
}

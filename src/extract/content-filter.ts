/**
 * Per-block pruning inside the chosen article container, after Readability's
 * _cleanConditionally: lists and divs that are mostly links, image galleries, captions and
 * tiny fragments are page furniture even when they sit inside the article element.
 */
import type { AnyNode, Element } from 'domhandler';
import type { SkipFn } from './block-text.js';
import { paragraphChars, postHeader, proseChars } from './clean-page.js';
import { isMonthName } from '../normalize/date-words.js';
import { isDateLine } from './date-line.js';
import { isReaderPitch, isReaderPrompt } from './reader-prompts.js';
import { isSiteNotice } from './site-notices.js';
import { withoutPictureCredit } from './picture-credit.js';
import { isSpace } from '../normalize/spaces.js';
import { classId, findAll, isElement, linkDensity, textLength, textOf, textShorterThan } from './dom.js';
import {
  AD_BREAK_LINE,
  AD_LABEL,
  BOILERPLATE_LINE,
  FURNITURE_LINE,
  PITCH_LINE,
  RELATED_HEADING,
  SLIDE_COUNTER_LINE,
  TIME_STAMP_LINE,
  TOOL_ROW,
  classWeight,
  isCaption,
  isAuthorBox,
  isLabelledField,
  isMetaBlock,
  isNegative,
  isPaywallPrompt,
  isFollowPitch,
  isMediaBox,
  isSideBox,
} from './hints.js';

// Blocks judged by their text and links. An <article> inside the text is one: a teaser card for another
// story (`<article class="story-card"><a><h4>…</h4><p>…</p></a></article>`) between two paragraphs.
const CONDITIONAL = new Set(['ul', 'ol', 'div', 'section', 'article', 'table', 'form', 'aside', 'dl', 'header', 'footer', 'nav']);
const COMMAS = /[,，、。]/g;

function conditionalSkip(el: Element): boolean {
  const len = textLength(el);
  const weight = classWeight(el);
  const ld = linkDensity(el);
  // Long link-poor blocks are prose; only build the text of short ones.
  if (len > 1000 && ld < 0.33) return false;
  const text = textOf(el);
  if ((text.match(COMMAS)?.length ?? 0) >= 10) return false;
  const ps = findAll(el, (e) => e.name === 'p').length;
  const imgs = findAll(el, (e) => e.name === 'img').length;
  const inputs = findAll(el, (e) => e.name === 'input').length;
  if (imgs > 1 && ps / imgs < 0.5 && len < 200) return true;
  if (inputs > ps / 3 && inputs > 0) return true;
  if (len < 25 && (imgs === 0 || imgs > 2) && el.name !== 'div' && el.name !== 'section') return true;
  if (weight < 25 && ld > 0.33 && len < 1200) return true;
  if (weight >= 25 && ld > 0.5) return true;
  // Only a container that is one furniture line: the patterns' open tails ("Foto: .*", "Read more:
  // .*") would otherwise take a short article whose first line is a photo credit, whole, or a
  // how-to's list whose first step is "Sign up for …" (its items read as one line).
  return text.length < 120 && ps + findAll(el, (e) => e.name === 'li').length < 2 && FURNITURE_LINE.test(text);
}

/**
 * A <figure> that is text, not a picture: a table (WordPress wraps every table block in
 * `<figure class="wp-block-table">`) or an embedded post (`<figure class="wp-block-embed">` around
 * a tweet's blockquote), which count as the story's text. Its <figcaption> still goes.
 */
function textFigure(el: Element): boolean {
  return findAll(el, (e) => e.name === 'table' || e.name === 'blockquote').length > 0;
}

/** Class words of a quote box: `Quote`, `quote-box`, `Quote-blockquote`, `pq`. */
const QUOTE_CLASS = /(^|[\s_-])(quote|pq)([\s_-]|$)/;

/**
 * A short block that may be a pull quote: an aside or a figure, or a block named as a quote box.
 * Not a bare <blockquote>: that quotes a statement, a post or a line the writer comes back to.
 */
function mayBePullQuote(el: Element): boolean {
  const tag = el.name;
  if (tag !== 'aside' && tag !== 'figure') {
    const ci = classId(el);
    if (!(ci.includes('quote') || ci.includes('pq')) || !QUOTE_CLASS.test(ci)) return false;
  }
  return textShorterThan(el, 400);
}

/** Lower-cased letters and digits of a text, nothing else: quotes, dashes and spaces do not count. */
function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A pull quote: a sentence of the story set again in large type, whose letters occur in the
 * article's text once more besides its own (“The road doesn’t care what you planned.” beside the
 * paragraph that says it). The box's own text, or the text of a block in it that holds most of
 * the box (the quote beside its attribution line), is looked for. A quote that is only in its
 * box (a statement, an embedded post) is text.
 */
function repeatsText(el: Element, rootText: string): boolean {
  const whole = lettersOf(textOf(el)).length;
  for (const part of [el, ...findAll(el, (e) => e.name === 'p' || e.name === 'div' || e.name === 'q' || e.name === 'span')]) {
    const own = part === el ? lettersOf(textOf(el)) : lettersOf(textOf(part));
    if (own.length < 20 || own.length * 2 < whole) continue;
    const at = rootText.indexOf(own);
    if (at >= 0 && rootText.indexOf(own, at + 1) >= 0) return true;
  }
  return false;
}

/**
 * A byline standing alone: "By Darlene Huff, Sentinel Staff Writer", "Von Jana Brockmann", and the
 * writer's role after the name without a comma ("By Rob Hale Science correspondent", as a byline
 * block's name and role spans read when joined).
 */
const BYLINE_LINE =
  /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s+(\p{Lu}[\p{L}'’.-]*)(\s+\p{Lu}[\p{L}'’.-]*){0,3}((\s*[,|]|\s+(and|und|et|y)\s)[^.!?]{0,60}|\s+((senior|chief|staff|special|political|foreign|business|science|health) )?(correspondent|editor|reporter|writer|columnist))?$/u;

/** Whether a block is a byline (BYLINE_LINE) whose first word is a name, not a day or a month ("By Tuesday, ..."). */
function isBylineLine(b: string): boolean {
  const m = BYLINE_LINE.exec(b);
  return m !== null && !isMonthName(m[2]!) && !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight)$/i.test(m[2]!);
}

/** Skip function for blockTexts: never prunes the roots themselves. */
export function contentSkip(roots: AnyNode[]): SkipFn {
  const rootSet = new Set<AnyNode>(roots);
  let rootP = 0;
  let rootProse = 0;
  for (const r of roots)
    if ('children' in r) {
      rootP += paragraphChars(r);
      rootProse += proseChars(r);
    }
  // The roots' letters, built for the first block that may be a pull quote (most pages have none).
  let rootText: string | undefined;
  return (el) => {
    if (rootSet.has(el)) return false;
    const tag = el.name;
    if (tag === 'figcaption' || tag === 'h1' || tag === 'caption') return true;
    if (isNegative(el) && paragraphChars(el) < rootP * 0.5 && proseChars(el) < rootProse * 0.5) return true;
    if (tag === 'figure' && !textFigure(el)) return true;
    if (mayBePullQuote(el) && repeatsText(el, (rootText ??= lettersOf(roots.map(textOf).join(' '))))) return true;
    if (isLabelledField(el) || isMetaBlock(el) || isCaption(el) || isAuthorBox(el) || isPaywallPrompt(el)) return true;
    // A side box, a picture's block and a pitch's box, each well short of the story it stands in.
    if ((isSideBox(el) || isMediaBox(el)) && textShorterThan(el, 1500) && paragraphChars(el) < rootP / 3 && proseChars(el) < rootProse / 3)
      return true;
    if ((tag === 'div' || tag === 'aside' || tag === 'section') && isPitchBox(el)) return true;
    // A post's header in a live blog (time and title) is short, not a stray fragment.
    if (CONDITIONAL.has(tag)) return conditionalSkip(el) && !(tag === 'header' && postHeader(el));
    if (tag === 'p' || tag === 'li' || tag === 'dd') {
      // Short mostly-link lines are teasers; so are long blocks that are nearly all links
      // (a <br>-separated "DON'T MISS" list inside one <p>).
      const ld = linkDensity(el);
      if ((ld > 0.6 && textLength(el) < 170) || ld > 0.75) return true;
      // "▶ 함께 보면 좋은 기사 <a>…</a>", "☞ <a>…</a>", "→ Lesen Sie auch: <a>…</a>": a teaser line behind an arrow.
      if (ld > 0.2 && textLength(el) < 150 && ARROW.has(firstChar(el))) return true;
    }
    return false;
  };
}

/** A line that pitches a newsletter, a channel, the outlet's support or asks for feedback. */
function isPitch(b: string): boolean {
  return b.length < 250 && (PITCH_LINE.test(b) || isFollowPitch(b) || isReaderPitch(b));
}

/**
 * A pitch's box: a short block (under 600 characters) of two or more lines, one a pitch (isPitch)
 * and the rest short labels, headings and buttons (under 80 characters: "Newsletter", "Der
 * Morgen", "Jetzt unterstützen", "Find out more"), which go with it. A paragraph of the story
 * beside a pitch in one block is longer; a list is no box (a how-to's steps: "Sign up for an
 * ad-free account", "Visit your account page").
 */
function isPitchBox(el: Element): boolean {
  if (!textShorterThan(el, 600)) return false;
  let pitch = false;
  let lines = 0;
  for (const c of el.children) {
    const t = (c.type === 'text' ? (c as unknown as { data: string }).data : isElement(c) ? textOf(c) : '').trim();
    if (t === '') continue;
    lines++;
    if (isPitch(t)) pitch = true;
    else if (t.length >= 80) return false;
  }
  return pitch && lines >= 2;
}

/**
 * Arrows that mark a teaser line in Korean, Japanese and European templates. Not » or ›: German
 * and French quotes open with them (»Wir haben …«, with a link in the quote).
 */
const ARROW = new Set(['▶', '►', '▷', '☞', '➤', '➜', '→', '■']);

/** The first non-space character of an element's text, or ''. */
function firstChar(node: AnyNode): string {
  if (node.type === 'text') {
    const d = (node as unknown as { data: string }).data;
    for (let i = 0; i < d.length; i++) if (!isSpace(d.charCodeAt(i))) return d[i]!;
    return '';
  }
  if (!('children' in node)) return '';
  for (const c of (node as Element).children) {
    const f = firstChar(c);
    if (f !== '') return f;
  }
  return '';
}

/**
 * Drops stand-alone furniture lines ("Advertisement", "Read more", "Share this article", "16:48 Uhr",
 * "3 of 12"), pictures' captions and credits (withoutPictureCredit: a credit glued to a lead
 * leaves it), and the header's lines before the text (the headline, a byline, a date line such as
 * "Published May 14, 2024") and date lines after it.
 */
export function dropFurniture(blocks: string[], title = ''): string[] {
  const kept: string[] = [];
  for (const b of blocks) {
    const t = withoutPictureCredit(b);
    if (t !== '' && !isFurniture(t)) kept.push(t);
  }
  // The header's lines stand above the text only; a line of a live blog's or a chronicle's that
  // is only a date, in the middle, stays.
  let from = 0;
  let to = kept.length;
  // A timeline or chronicle whose first or last line is a date: three or more date lines are its
  // entries' dates, not a header's or a trailer's.
  const dated = (kept.length > 0 && isDateLine(kept[0]!)) || (kept.length > 1 && isDateLine(kept[kept.length - 1]!));
  if (dated && kept.filter(isDateLine).length >= 3) return kept;
  const header = (b: string): boolean => (title !== '' && b === title) || isDateLine(b) || isBylineLine(b);
  while (from < to - 1 && header(kept[from]!)) from++;
  while (to - 1 > from && isDateLine(kept[to - 1]!)) to--;
  // The writer's bio closing the text, and the name printed above it.
  if (to - 1 > from && isWriterBio(kept[to - 1]!)) {
    to--;
    if (to - 1 > from && BARE_NAME.test(kept[to - 1]!)) to--;
  }
  return from === 0 && to === kept.length ? kept : kept.slice(from, to);
}

/**
 * The writer's bio under the text, in blocks no class names as an author box: "Redakteur in der
 * Stadtredaktion, verantwortlich für …", "Redakteurin im Ressort Lokales …" (the role first, the name
 * in a line above), "Jane Porter is the Courier's transport correspondent." (a name of two to four
 * words, then a newsroom role). "Lopez is a professor of economics …" ends a story.
 */
const ROLE_FIRST_BIO =
  /^(?:redakteur|redakteurin|reporter|reporterin|korrespondent|korrespondentin|autor|autorin|volontär|volontärin|ressortleiter|ressortleiterin)\s+(?:in|im|bei|für|der|des)\s/i;
// Not case-insensitive: under /i, \p{Lu} takes lower-case words too ("The new mayor is a former journalist").
const NAME_FIRST_BIO =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+is\s+(?:a|an|the)\s+(?:[\p{L}'’.-]+\s+){0,4}(?:correspondent|reporter|editor|writer|columnist|journalist)\b/u;
/** A name alone: two to four capitalised words ("Ralf Euler"). */
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}$/u;

function isWriterBio(b: string): boolean {
  return b.length < 250 && (ROLE_FIRST_BIO.test(b) || NAME_FIRST_BIO.test(b));
}

function isFurniture(b: string): boolean {
  if (b.length < 20 && (TIME_STAMP_LINE.test(b) || AD_LABEL.test(b) || SLIDE_COUNTER_LINE.test(b))) return true;
  if (b.length < 300 && BOILERPLATE_LINE.test(b)) return true;
  return (
    (b.length < 120 && (FURNITURE_LINE.test(b) || TOOL_ROW.test(b) || AD_BREAK_LINE.test(b))) ||
    (b.length < 250 && (PITCH_LINE.test(b) || isFollowPitch(b) || isReaderPrompt(b))) ||
    isSiteNotice(b)
  );
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'p', 'div', 'span']);

/** True when an element is a "Related Stories"-style heading (or a wrapper holding only one). */
export function isRelatedHeading(el: Element): boolean {
  // Most candidates are long blocks: the cheap length test spares building their text.
  if (!HEADINGS.has(el.name) || !textShorterThan(el, 50)) return false;
  const t = textOf(el);
  return t.length > 0 && t.length < 50 && RELATED_HEADING.test(t);
}

/**
 * Elements that hold a byline, known by their class, id, itemprop or rel (`author`, `byline`,
 * `autor`, `signature`, `source`, `muhabir`): what they hold is read as a writer's name or an
 * agency's even without a "By" before it.
 */
import type { AnyNode, Element } from 'domhandler';
import { isElement, pushAll, textOf } from './dom.js';
import { agencyByAlias } from '../normalize/agencies.js';
import { canonicalCity } from '../normalize/dateline-cities.js';

/** Class, id, itemprop or rel of an element that holds the byline (`aut`, `author`, `byline`, `autor`, `source`). */
const BYLINE_ELEMENT =
  /(?:^|[\s_-])(?:aut|auth?or|autor|auteur|autore|autori|byline|by-line|writer|verfasser|source|quelle|fonte|fuente|signature|agency|agentur|muhabir|yazar|penulis)(?:$|[\s_-]|s\b|name)/i;

/** The writer's own element among them (not a source's or an agency's). */
const WRITER_ELEMENT =
  /(?:^|[\s_-])(?:auth?or|autor|auteur|autore|autori|byline|by-line|writer|verfasser|signature|muhabir|yazar|penulis)(?:$|[\s_-]|s\b|name)/i;

const BYLINE_PLACE = /(?:location|place|city|dateline|lugar|ciudad|ort\b|datum|date|time)/i;

function named(el: Element, pattern: RegExp = BYLINE_ELEMENT): boolean {
  const attrs = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''} ${el.attribs['itemprop'] ?? ''} ${el.attribs['rel'] ?? ''}`;
  // `byline-location`, `author-place`: the place the writer filed from, in the byline's box.
  return pattern.test(attrs) && !BYLINE_PLACE.test(attrs);
}

/**
 * The line is the whole text of a byline element: its block, or an inline element inside it
 * (`<p><span class="author"><a>Name</a></span></p>`), named as one.
 */
export function bylineElement(block: Element, text: string): boolean {
  if (named(block)) return true;
  const stack: AnyNode[] = [];
  pushAll(stack, block.children);
  for (let n = 0; stack.length > 0 && n < 30; n++) {
    const c = stack.pop()!;
    if (!isElement(c)) continue;
    if (named(c) && textOf(c) === text) return true;
    pushAll(stack, c.children);
  }
  return false;
}

/**
 * An element named for the writer (`byline-author`, `signature-author`, `author-name`,
 * `itemprop="author"`), not for a source or agency; elements without class, id, itemprop or
 * rel (most of a page) are answered without a pattern test.
 */
export function isWriterElement(el: Element): boolean {
  const a = el.attribs;
  // pageLines asks this of every inline element: a plain substring test of each attribute first
  // (every WRITER_ELEMENT word holds one of WRITER_HINT's), before the string and two patterns
  // of named() (issue 16).
  if (!writerHint(a['class']) && !writerHint(a['id']) && !writerHint(a['itemprop']) && !writerHint(a['rel'])) return false;
  return named(el, WRITER_ELEMENT);
}

const WRITER_HINT = /aut|by-?line|writer|verfasser|signature|muhabir|yazar|penulis/i;
function writerHint(v: string | undefined): boolean {
  return v !== undefined && WRITER_HINT.test(v);
}

/** An author page's folder: the href without its last segment, query and hash ("/autor/" of "/autor/laura-gomez/"). */
function linkFolder(href: string): string {
  const path = href.replace(/[?#].*$/u, '').replace(/\/+$/u, '');
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/**
 * The writers of a byline element that lists their pages' links with no separator between them
 * (`<div class="authors"><a href="/autor/a/">Laura Gómez</a><a href="/autor/b/">Pedro Ruiz</a></div>`,
 * whose line reads "Laura Gómez Pedro Ruiz"): two or more links into one folder of the site whose
 * texts are all the line's letters. Null for anything else (one link, a label or an "and" between).
 */
/** An author page's address: `/autor/laura-gomez/`, `/autores/x`, `/author/jane-roe`, `/firmas/…`, `/journalist/…`. */
const AUTHOR_PAGE =
  /\/(?:autor|autores|autora|author|authors|auteur|auteurs|autore|autori|firma|firmas|periodista|journalist|journalists|redactor|staff|people|perfil|profile)(?:\/|-|$)/iu;
/** A byline's label before the link ("Por", "By", "Von"). */
const LABEL_WORD = /^(?:by|por|par|von|di|door|od|av|af)$/iu;

/**
 * One author link and, in sibling elements with no separator, the place or agency it was filed with
 * (`<a href="/autores/x/">Xavier Mas de Xaxàs</a><span>Barcelona</span>` reads "Xavier Mas de Xaxàs
 * Barcelona"): the link's text is the name. Not when the rest may be another writer ("Tom Hale").
 */
function oneAuthorLink(link: Element, text: string): string[] | null {
  const name = textOf(link).replace(/\s+/gu, ' ').trim();
  if (!/\s/u.test(name) || !AUTHOR_PAGE.test(link.attribs['href'] ?? '') || !text.includes(name)) return null;
  const [before = '', after = ''] = text.split(name, 2);
  const rest = [...before.split(/[^\p{L}\p{N}.'’-]+/u).filter((w) => !LABEL_WORD.test(w)), ...after.split(/[^\p{L}\p{N}.'’-]+/u)].filter(
    (w) => w !== '',
  );
  if (rest.length === 0) return null;
  const tail = after.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
  return rest.length === 1 || (rest.join(' ') === tail.replace(/[^\p{L}\p{N}.'’-]+/gu, ' ') && (canonicalCity(tail) || agencyByAlias(tail)))
    ? [name]
    : null;
}

export function authorLinkNames(block: Element, text: string): string[] | null {
  const links: Element[] = [];
  const stack: AnyNode[] = [];
  pushAll(stack, block.children);
  for (let n = 0; stack.length > 0 && n < 60; n++) {
    const c = stack.pop()!;
    if (!isElement(c)) continue;
    if (c.name === 'a') links.push(c);
    else pushAll(stack, c.children);
  }
  if (links.length === 1) return oneAuthorLink(links[0]!, text);
  if (links.length < 2) return null;
  const folders = new Set(links.map((a) => linkFolder(a.attribs['href'] ?? '')));
  const folder = [...folders][0]!;
  if (folders.size !== 1 || folder === '' || folder === '/') return null;
  const names = links.map((a) => textOf(a).replace(/\s+/gu, ' ').trim()).reverse();
  let rest = text;
  for (const name of names) rest = name === '' ? rest : rest.replace(name, ' ');
  return /[\p{L}\p{N}]/u.test(rest) ? null : names.filter((n) => n !== '');
}

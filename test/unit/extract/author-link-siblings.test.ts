/**
 * A byline element holding one author link and, in a sibling element with no separator, the place
 * or agency it was filed with (`<a href="/autores/x/">Xavier Mas de Xaxàs</a><span>Barcelona</span>`
 * reads "Xavier Mas de Xaxàs Barcelona"): the link's text is the writer (byline-element.ts).
 */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { authorLinkNames } from '../../../src/extract/byline-element.js';

const names = (inner: string): string[] | null => {
  const $ = load(`<div class="author">${inner}</div>`);
  const el = $('div.author').get(0) as Element;
  return authorLinkNames(el, $('div.author').text().replace(/\s+/gu, ' ').trim());
};

describe('one author link with its place or agency glued on', () => {
  it.each([
    ['<a href="/autores/xavier-mas/">Xavier Mas de Xaxàs</a><span>Barcelona</span>', ['Xavier Mas de Xaxàs']],
    ['Por <a href="/autores/ana-gomez/">Ana Gómez</a><span>EFE</span>', ['Ana Gómez']],
    ['<a href="/autores/ana-gomez/">Ana Gómez</a><span>Ciudad de México</span>', ['Ana Gómez']],
    ['<a href="/author/erik-nilsson">Erik Nilsson</a><span>TT</span>', ['Erik Nilsson']],
  ])('%s', (inner, want) => {
    expect(names(inner)).toEqual(want);
  });
  it.each([
    // A second writer after the link, a link that is no author page, the link alone.
    ['<a href="/autores/ana-gomez/">Ana Gómez</a>, Luis Ruiz'],
    ['<a href="/autores/ana-gomez/">Ana Gómez</a> y Luis Ruiz'],
    ['<a href="/tag/politica/">Política Nacional</a><span>Madrid</span>'],
    ['<a href="/autores/ana-gomez/">Ana Gómez</a>'],
  ])('near miss: %s', (inner) => {
    expect(names(inner)).toBeNull();
  });
});

// Writers signing below the text (meta10 probe): the Nordic agencies' `Erik Lindqvist/TT` (the
// writer and the agency; under a picture the photographer's credit), Antara's `Pewarta:` trailer,
// and an agency's full name in the byline ("By Australian Associated Press": no person). Pages
// written for these tests from how the outlets lay them out.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { page, type PageParts } from '../../fixtures/wire/pages.js';

const run = (p: PageParts, url = 'https://news.example/article/1') => extractArticle(page(p), url);

describe('sign-offs below the text', () => {
  it.each<[string, PageParts, string[], string[]]>([
    ['Erik Lindqvist/TT', { lang: 'en', h1: 'Plan for hospitals', trailer: '<p>Erik Lindqvist/TT</p>' }, ['Erik Lindqvist'], ['TT']],
    [
      'two writers for TT',
      { lang: 'en', h1: 'Plan for hospitals', trailer: '<p>Anna Svensson/TT</p><p>Karin Berg/TT</p>' },
      ['Anna Svensson', 'Karin Berg'],
      ['TT'],
    ],
    ['Kari Nordmann/NTB', { lang: 'en', h1: 'Plan for hospitals', trailer: '<p>Kari Nordmann/NTB</p>' }, ['Kari Nordmann'], ['NTB']],
    [
      'Pewarta and Editor (Antara)',
      { lang: 'en', h1: 'Plan for hospitals', trailer: '<p>Pewarta: Ahmad Fauzi<br>Editor: Budi Santoso<br>Copyright © ANTARA 2024</p>' },
      ['Ahmad Fauzi'],
      ['Antara'],
    ],
    [
      'By Australian Associated Press',
      { lang: 'en', h1: 'Plan for hospitals', header: '<div class="byline">By Australian Associated Press</div>' },
      [],
      ['AAP'],
    ],
    // Near misses: a photographer's credit under a picture, with or without its label; a place pair.
    [
      'a picture credit Name/TT under an image',
      {
        lang: 'en',
        h1: 'Plan for hospitals',
        trailer: '<figure><img src="/a.jpg" alt=""><figcaption>Erik Lindqvist/TT</figcaption></figure>',
      },
      [],
      [],
    ],
    [
      'a picture credit Name/Reuters after a lazy-loaded image box',
      {
        lang: 'en',
        h1: 'Plan for hospitals',
        trailer: '<div class="img"><noscript><img src="/a.jpg"></noscript></div><div class="credit">Jane Doe/Reuters</div>',
      },
      [],
      [],
    ],
    ['Foto: Erik Lindqvist/TT', { lang: 'en', h1: 'Plan for hospitals', trailer: '<p>Foto: Erik Lindqvist/TT</p>' }, [], []],
    ['a place pair is no sign-off', { lang: 'en', h1: 'Plan for hospitals', trailer: '<p>Nova Scotia/Halifax</p>' }, [], []],
  ])('%s', (_name, p, authors, agency) => {
    const a = run(p);
    expect(a.authors).toEqual(authors);
    expect(a.agency).toEqual(agency);
  });
});

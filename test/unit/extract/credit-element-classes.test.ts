// Agency credits carried by page structure rather than by a credit phrase (issue 11): a byline
// element holding only the agency, any structured author (JSON-LD or <meta>) naming one, and a
// tagline whose source precedes a photo credit. Pages are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { page, type PageParts } from '../../fixtures/wire/pages.js';

const run = (p: PageParts) => extractArticle(page(p), 'https://news.example/article/1');

describe('credits in page structure', () => {
  it.each<[string, PageParts, string[]]>([
    [
      'byline element holding only the agency (de)',
      { lang: 'de', header: '<div class="aut">SID</div><time>Freitag, 04.02.2022 | 11:38 Uhr</time>' },
      ['SID'],
    ],
    [
      'author span holding only the agency (it)',
      { lang: 'it', h1: 'Il governo presenta nuove regole per i trasporti', header: '<span class="article-author">ANSA</span>' },
      ['ANSA'],
    ],
    [
      'agency byline with the filing place (en)',
      {
        lang: 'en',
        header:
          '<ul><li><strong><a href="/agency/pti">PTI</a></strong> <strong>Mumbai</strong></li><li>Last Updated: May 15, 2024</li></ul>',
      },
      ['PTI'],
    ],
    [
      '<meta name="articleAuthor"> beside a JSON-LD organisation author (tr)',
      {
        lang: 'tr',
        h1: 'Bölgesel ulaşım için yeni kurallar açıklandı',
        head: '<meta name="articleAuthor" content="Anadolu Ajans&#x131;"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"NTV"}}</script>',
      },
      ['Anadolu'],
    ],
    [
      'source before a photo credit in one tagline (es)',
      {
        lang: 'es',
        h1: 'El Gobierno presenta nuevas normas de transporte',
        header: '<p class="tagline">15/05/2024 - 04:30 - Fuente: Europa Press - Foto: Juan Pérez/Club</p>',
      },
      ['Europa Press'],
    ],
  ])('%s', (_name, parts, agencies) => {
    expect(run(parts).agency).toEqual(agencies);
  });

  it.each<[string, PageParts]>([
    ['a byline element naming a person (de)', { lang: 'de', header: '<div class="author">Anna Berger</div>' }],
    [
      'a photo-only tagline (es)',
      { lang: 'es', h1: 'El Gobierno presenta nuevas normas de transporte', header: '<p class="tagline">15/05/2024 - Foto: EFE</p>' },
    ],
    ['a credit element that is a picture agency line (en)', { lang: 'en', header: '<div class="photo-credit">AP Photo</div>' }],
  ])('no credit: %s', (_name, parts) => {
    expect(run(parts).agency).toEqual([]);
  });
});

describe('a byline element holding only a name', () => {
  it.each<[string, PageParts, string[]]>([
    ['author element (en)', { lang: 'en', header: '<div class="author-2">Andhika Prasetyo</div>' }, ['Andhika Prasetyo']],
    [
      'author link in a span (ru)',
      {
        lang: 'ru',
        h1: 'Правительство объявило новые правила для транспорта',
        header: '<span class="post_news_author"><a href="/authors/1">Віктор Волокіта</a></span>',
      },
      ['Віктор Волокіта'],
    ],
    ['an agency in the author element is no person (de)', { lang: 'de', header: '<div class="aut">SID</div>' }, []],
  ])('%s', (_name, parts, authors) => {
    expect(run(parts).authors).toEqual(authors);
  });
});

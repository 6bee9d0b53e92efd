// Bylines in page layouts (written for these tests from how WordPress themes, Arc, Blox and
// regional papers lay them out): the writer's element beside a date or an outlet in one line,
// a label alone in its element, an author box under the text naming other staff, and photo
// credits in byline-like elements.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { page, type PageParts } from '../../fixtures/wire/pages.js';

const authors = (p: PageParts): string[] =>
  extractArticle(page({ h1: 'New rules for regional transport', ...p }), 'https://news.example/a/1').authors;

describe('authors from page layouts', () => {
  it.each<[string, PageParts, string[]]>([
    [
      'the writer element beside the date in one line',
      {
        lang: 'en',
        header:
          '<div class="article-signature"><span class="signature-author">Claire Martin</span> <span class="signature-date">Publié le 15 mai 2024 à 10h12</span></div>',
      },
      ['Claire Martin'],
    ],
    [
      'the writer element beside the outlet',
      { lang: 'en', header: '<div><a class="byline-author" href="/staff/p">Priya Natarajan</a> <span>The Northern Star</span></div>' },
      ['Priya Natarajan'],
    ],
    [
      'WordPress "Posted on <time> by" with a Yoast account name',
      {
        lang: 'en',
        head: '<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"newsadmin"}]}</script>',
        header:
          'Posted on <time class="entry-date published" datetime="2024-05-15T09:12:00-05:00">May 15, 2024</time> by <span class="author vcard"><a class="url fn n" href="/author/mw/">Marcus White</a></span>',
      },
      ['Marcus White'],
    ],
    [
      'a label alone in its element',
      {
        lang: 'en',
        header: '<div class="td-post-author-name"><div class="td-author-by">Written by</div> <a href="/author/n">Nathan Cole</a></div>',
      },
      ['Nathan Cole'],
    ],
    [
      'an author box under the text names another writer',
      {
        lang: 'en',
        header: '<div class="byline">By Jane Roe</div>',
        trailer: '<div class="about-author"><p>By Michael Turner</p><p>Michael Turner is the paper\'s editor in chief.</p></div>',
      },
      ['Jane Roe'],
    ],
    [
      'the byline under the text when the header has none',
      {
        lang: 'en',
        trailer: '<div class="author-bio"><p>Written by Olivia Grant</p><p>Olivia Grant is a writer based in Denver.</p></div>',
      },
      ['Olivia Grant'],
    ],
    ['a photo credit in a byline-like element', { lang: 'en', header: '<div class="meta-author">Photo: Kevin Lam</div>' }, []],
    [
      'a photo credit beside the byline (de)',
      { lang: 'de', header: '<span class="author">Von Anna Berger</span><p class="source">Foto: Max Muster</p>' },
      ['Anna Berger'],
    ],
    ['a writer and the agency in one byline element', { lang: 'en', header: '<div class="author">Jan Novák, ČTK</div>' }, ['Jan Novák']],
  ])('%s', (_name, parts, names) => {
    expect(authors(parts)).toEqual(names);
  });

  it('an outlet "avec AFP" as the structured author credits the agency, and names no writer', () => {
    const a = extractArticle(page({ lang: 'en', head: '<meta name="author" content="Le Figaro avec AFP">' }), 'https://news.example/a/2');
    expect(a.authors).toEqual([]);
    expect(a.agency).toEqual(['AFP']);
  });
});

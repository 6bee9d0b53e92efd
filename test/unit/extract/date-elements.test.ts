/**
 * Date elements the dates probe (2026-12-04, hand-written pages) found misread. Class 2: dates on
 * the page that are not the article's (a sidebar's "Most read" list, a breaking-news ticker,
 * comments, readers' reviews in microdata, a stock quote) are skipped; the article's is in its
 * header (`<time>`, hAtom's `<abbr class="published" title>`) or its date line. Class 4: Dublin
 * Core's `dcterms.date`, `dcterms.issued` and `DC.date.created`, a bare `<meta name="date">` and
 * parse.ly's `parsely-page` JSON. Class 7: `dateModified` in `<time>`/itemprop, WordPress's and
 * hAtom's `updated` elements give the update, not the publication.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { inForeignBox } from '../../../src/extract/foreign-box.js';
import { findAll, parseHtml } from '../../../src/extract/dom.js';
import { COUNCIL_BODY } from './date-page-bodies.js';

const BODY = COUNCIL_BODY;

function page(before: string, header: string, after = '', head = ''): string {
  return `<html lang="en"><head><title>Council approves budget</title>${head}</head><body>${before}<main><article><header><h1>Council approves budget</h1>${header}</header>${BODY}${after}</article></main></body></html>`;
}

describe('dates that belong to something else', () => {
  it.each([
    [
      'a "Most read" sidebar before the article',
      page(
        '<aside><h3>Most read</h3><ol><li><a href="/1">Crash on the bypass</a> <time datetime="2024-05-10T08:00:00+02:00">10.05.2024</time></li></ol></aside>',
        '<time datetime="2024-05-15T11:02:00+02:00">15.05.2024, 11:02</time>',
      ),
      '2024-05-15T09:02:00.000Z',
    ],
    [
      'a breaking-news ticker in the page header',
      page(
        '<div class="breaking-news-bar"><a href="/storm">Storm warning</a> <time datetime="2024-05-16T07:45:00-04:00">7:45 AM</time></div>',
        '<time class="published" datetime="2024-05-15T18:20:00-04:00">May 15, 2024 6:20 PM</time>',
      ),
      '2024-05-15T22:20:00.000Z',
    ],
    [
      'a comment thread with <time> under a day-only date line',
      page(
        '',
        '<p class="date">May 15, 2024</p>',
        '<section class="comments-area"><div class="comment"><time datetime="2024-05-17T09:12:00-04:00">May 17, 2024 at 9:12 am</time><p>Finally.</p></div></section>',
      ),
      '2024-05-15T00:00:00.000Z',
    ],
    [
      "readers' reviews in microdata",
      page(
        '',
        '<p class="date">Published May 15, 2024</p>',
        '<div itemprop="review" itemscope itemtype="https://schema.org/Review"><meta itemprop="datePublished" content="2023-11-02">Good value.</div>',
      ),
      '2024-05-15T00:00:00.000Z',
    ],
    [
      'a comment in microdata',
      page(
        '',
        '<p class="date">15.05.2024, 11:02</p>',
        '<div itemscope itemtype="https://schema.org/Comment"><time itemprop="datePublished" datetime="2024-05-15T18:40:00+02:00">18:40</time> Endlich!</div>',
      ),
      '2024-05-15T11:02:00.000Z',
    ],
    [
      'hAtom: <abbr class="published" title>, with replies dated below',
      page(
        '',
        '<p class="byline">by Ellen Hart on <abbr class="published" title="2024-05-15T11:02:00+02:00">May 15th</abbr></p>',
        '<ol class="commentlist"><li><p class="commentmetadata">Pete said on May 17, 2024 at 9:12 am</p><p>Great.</p></li></ol>',
      ),
      '2024-05-15T09:02:00.000Z',
    ],
    [
      'teaser cards (<article>s of their own) in a "Read next" section after the story',
      page('', '<time datetime="2024-05-15">15 May 2024</time>').replace(
        '</main>',
        '<section class="related-stories"><article class="card"><h3><a href="/a">Bus fares frozen</a></h3><time datetime="2024-05-17T10:00:00+01:00">17 May 2024, 10:00</time></article></section></main>',
      ),
      '2024-05-15T00:00:00.000Z',
    ],
    [
      "a masthead's edition time outside the headline's <article>",
      page(
        '<div class="top-bar">Edition of <time datetime="2024-05-20T05:00:00+02:00">20.05.2024</time></div>',
        '<time datetime="2024-05-15">15.05.2024</time>',
      ),
      '2024-05-15T00:00:00.000Z',
    ],
    [
      'a stock quote above the date line',
      page('', '<div class="stock-quote">ACME 112.40 USD −2.1 % · 15.05.2024 17:35</div><p class="date">14.05.2024, 09:12</p>'),
      '2024-05-14T09:12:00.000Z',
    ],
  ])('%s', (_name, html, iso) => {
    expect(extractArticle(html, 'https://www.example.org/news/council-budget').publishedAt?.toISOString()).toBe(iso);
  });
});

const page2 = (head: string, header = ''): string =>
  `<html lang="en"><head><title>Council approves budget</title>${head}</head><body><article><header><h1>Council approves budget</h1>${header}</header>${BODY}</article></body></html>`;

describe('structured sources', () => {
  it.each([
    ['dcterms.date', '<meta name="dcterms.date" content="2024-05-15T11:02:00+02:00">', '2024-05-15T09:02:00.000Z'],
    ['dcterms.issued (a day)', '<meta name="dcterms.issued" content="2024-05-15">', '2024-05-15T00:00:00.000Z'],
    ['DC.date.created', '<meta name="DC.date.created" content="2024-05-15T11:02:00+02:00">', '2024-05-15T09:02:00.000Z'],
    ['meta name=date', '<meta name="date" content="2024-05-15T11:02:00+02:00">', '2024-05-15T09:02:00.000Z'],
    [
      'parsely-page JSON',
      '<meta name="parsely-page" content="{&quot;title&quot;: &quot;Council&quot;, &quot;pub_date&quot;: &quot;2024-05-15T09:02:00Z&quot;, &quot;post_id&quot;: &quot;12&quot;}">',
      '2024-05-15T09:02:00.000Z',
    ],
    [
      'meta name=date after the article metadata',
      '<meta property="article:published_time" content="2024-05-14T18:00:00+02:00"><meta name="date" content="2024-05-16">',
      '2024-05-14T16:00:00.000Z',
    ],
  ])('%s', (_name, head, iso) => {
    expect(extractArticle(page2(head), 'https://www.example.org/news/council').publishedAt?.toISOString()).toBe(iso);
  });
});

describe('update elements in the page', () => {
  it.each([
    [
      'itemprop dateModified after datePublished',
      '<p>Published <time itemprop="datePublished" datetime="2024-05-15T11:02:00+02:00">15.05.2024</time> Changed <time itemprop="dateModified" datetime="2024-05-16T09:00:00+02:00">16.05.2024</time></p>',
      '2024-05-15T09:02:00.000Z',
      '2024-05-16T07:00:00.000Z',
    ],
    [
      'itemprop dateModified first',
      '<p>Updated <time itemprop="dateModified" datetime="2024-05-16T09:00:00+01:00">16th May</time></p><p>Published <time itemprop="datePublished" datetime="2024-05-15T11:02:00+01:00">15th May</time></p>',
      '2024-05-15T10:02:00.000Z',
      '2024-05-16T08:00:00.000Z',
    ],
    [
      "WordPress's updated class",
      '<time class="entry-date published" datetime="2024-05-15T11:02:00+00:00">May 15, 2024</time><time class="updated" datetime="2024-05-17T08:30:00+00:00">May 17, 2024</time>',
      '2024-05-15T11:02:00.000Z',
      '2024-05-17T08:30:00.000Z',
    ],
    [
      'WordPress, published and updated one time',
      '<time class="entry-date published updated" datetime="2024-05-15T11:02:00+00:00">May 15, 2024</time>',
      '2024-05-15T11:02:00.000Z',
      null,
    ],
    [
      'hAtom published and updated',
      '<p>Posted <abbr class="published" title="2024-05-15T11:02:00+01:00">Wednesday</abbr>, edited <abbr class="updated" title="2024-05-16T19:40:00+01:00">Thursday</abbr></p>',
      '2024-05-15T10:02:00.000Z',
      '2024-05-16T18:40:00.000Z',
    ],
  ])('%s', (_name, header, published, updated) => {
    const a = extractArticle(page2('', header), 'https://www.example.org/news/council');
    expect(a.publishedAt?.toISOString()).toBe(published);
    expect(a.updatedAt?.toISOString() ?? null).toBe(updated);
  });
});

describe('inForeignBox', () => {
  const doc = parseHtml(
    '<div class="content-sidebar-wrap"><main><article><header><time id="a" datetime="x"></time></header>' +
      '<div class="comments"><time id="b" datetime="x"></time></div><footer><time id="c" datetime="x"></time></footer></article></main>' +
      '<aside><time id="d" datetime="x"></time></aside></div><footer><time id="e" datetime="x"></time></footer>' +
      '<div class="popular-posts"><time id="f" datetime="x"></time></div><div class="header"><time id="g" datetime="x"></time></div>',
  );
  it.each([
    ['a', false, "the article's header (a layout class above <article> says nothing)"],
    ['b', true, 'comments inside the article'],
    ['c', false, "the article's own footer"],
    ['d', true, 'an aside'],
    ['e', true, "the page's footer"],
    ['f', true, 'a popular-posts box'],
    ['g', false, 'a plain header box'],
  ])('#%s -> %s (%s)', (id, foreign) => {
    const el = findAll(doc, (e) => e.attribs['id'] === id)[0]!;
    expect(inForeignBox(el)).toBe(foreign);
  });
});

/**
 * Class 8 of the dates probe: dates a page prints that are not a publication, which must never
 * become one: a wiki's "last edited" footer, a coupon's or price's validity, an event's date and a
 * review's date that the JSON-LD gives to those things, a WebPage node with only dateModified; and
 * a heading that holds only a date is never the title.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { WIKI_BODY } from './date-page-bodies.js';

const BODY = WIKI_BODY;

const page = (head: string, header: string, after = ''): string =>
  `<html lang="en"><head><title>Iron Sword</title>${head}</head><body><div id="content"><h1>Iron Sword</h1>${header}<div class="text">${BODY}</div></div>${after}</body></html>`;

describe('no publication date', () => {
  it.each([
    [
      'a wiki footer',
      page(
        '',
        '',
        '<div id="footer"><ul><li id="footer-info-lastmod"> This page was last edited on 15 May 2024, at 11:02 (UTC).</li></ul></div>',
      ),
    ],
    [
      'a German wiki footer',
      page('', '', '<div id="footer"><ul><li>Diese Seite wurde zuletzt am 15. Mai 2024 um 11:02 Uhr bearbeitet.</li></ul></div>'),
    ],
    ['a coupon', page('', '<div class="coupon"><p>Code: SAVE20</p><p>Valid until 05/31/2024</p></div>', '<p>Expires May 31, 2024</p>')],
    ['a German coupon', page('', '<div class="gutschein"><p>Code: SOFA15</p><p>Gültig bis 31.05.2024</p></div>')],
    [
      "an offer's validity",
      page(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Mower","offers":{"@type":"Offer","price":"149","priceValidUntil":"2024-06-30"}}</script>',
        '<p class="price">£149 – Price valid until 30 June 2024</p>',
      ),
    ],
    [
      "an event's date",
      page(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Summer Gala","startDate":"2024-06-01T19:30:00+01:00"}</script>',
        '<p class="event-date">Saturday, 1 June 2024, 19:30</p>',
      ),
    ],
    [
      "a product review's date",
      page(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Trail Runner","review":{"@type":"Review","datePublished":"2024-05-12","reviewBody":"Comfortable."}}</script>',
        '<p class="review-meta">Reviewed on May 12, 2024</p>',
      ),
    ],
    [
      'a WebPage with only dateModified',
      page(
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://example.org/x","dateModified":"2024-05-15T11:02:00+00:00"}]}</script>',
        '',
      ),
    ],
    ['a copyright line', page('', '', '<div id="footer"><p>Copyright © 2019–2024 Example Trust.</p></div>')],
  ])('%s', (_name, html) => {
    const a = extractArticle(html, 'https://wiki.example.org/wiki/Iron_Sword');
    expect(a.publishedAt).toBeNull();
    expect(a.updatedAt).toBeNull();
  });

  it('an article about an event keeps its own date', () => {
    const html = page(
      '<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"Iron Sword","datePublished":"2024-05-15T11:02:00+01:00"},{"@context":"https://schema.org","@type":"Event","name":"Gala","startDate":"2024-05-15T19:30:00+01:00"}]</script>',
      '',
    );
    expect(extractArticle(html, 'https://www.example.org/news/gala').publishedAt?.toISOString()).toBe('2024-05-15T10:02:00.000Z');
  });
});

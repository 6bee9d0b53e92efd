/**
 * Text for screen readers only (clean-page.ts SCREEN_READER): WordPress' `screen-reader-text`,
 * Bootstrap's `sr-only` and `visually-hidden`, Drupal 7's `element-invisible`, Foundation's
 * `show-for-sr`. Their labels joined the sentence they sit in ("… signatures.Advertisement",
 * "online (opens in a new tab) or …"). Synthetic pages after WordPress and Bootstrap themes; a long
 * block under such a class, and classes that only contain the words, stay.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const LEAD =
  'The county has opened a consultation on plans to close two of its five recycling centres, which it says would save 1.2 million a year.';
const END = 'Opponents say the closures would lead to more fly-tipping, and a petition against them has gathered 6,000 signatures.';

const page = (middle: string): string =>
  `<html lang="en"><body><main><article class="post"><h1 class="entry-title">Consultation opens on recycling centre closures</h1><div class="entry-content"><p>${LEAD}</p>${middle}<p>${END}</p></div></article></main></body></html>`;

const body = (middle: string): string => extractArticle(page(middle), 'https://www.shireweekly.co.uk/2024/03/05/recycling/').body;

describe('screen-reader-only text', () => {
  it.each([
    ['screen-reader-text in a link', '<span class="screen-reader-text"> (opens in a new tab)</span>', 'opens in a new tab'],
    ['sr-only', '<span class="sr-only">Advertisement</span>', 'Advertisement'],
    ['visually-hidden', '<span class="visually-hidden">Story continues below</span>', 'continues'],
    ['element-invisible', '<span class="element-invisible">Read more about Recycling</span>', 'Read more'],
    ['show-for-sr', '<span class="show-for-sr">External link</span>', 'External link'],
  ])('drops %s inside a paragraph', (_name, span, absent) => {
    const b = body(
      `<p>Residents can comment <a href="https://consult.example.gov/">online${span}</a> or at drop-in sessions at the libraries in both towns until the end of April.</p>`,
    );
    expect(b).toContain('Residents can comment online or at drop-in sessions');
    expect(b).not.toContain(absent);
    expect(b).toContain(END);
  });

  it('keeps a long block under such a class (a story kept for crawlers)', () => {
    const hidden =
      'The plan, set out in a 40-page report to the cabinet, would close the centres at Ashby and Milton from October and extend opening hours at the other three, which the council says are used by four in five households in the county already.';
    expect(body(`<div class="sr-only"><p>${hidden}</p></div>`)).toContain('40-page report');
  });

  it.each([
    ['a class that holds the word in a longer one', '<span class="screenshot-label">Closures</span>'],
    ['a breakpoint class', '<span class="hidden-xs">Closures</span>'],
  ])('keeps %s', (_name, span) => {
    expect(body(`<p>Residents can comment online or at drop-in sessions until the end of April on the ${span} plan.</p>`)).toContain(
      'Closures plan',
    );
  });
});

/**
 * Class 8 of the dates probe, titles: a heading that holds only a date (a template's
 * "Wednesday, May 15, 2024" <h1>, Joomla's date <h2> under the title) is never the headline.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { WIKI_BODY } from './date-page-bodies.js';

const BODY = WIKI_BODY;

describe('a date is never the title', () => {
  it('an <h1> holding only a date', () => {
    const html =
      '<html lang="en"><head><title>Daily Almanac</title><meta property="og:title" content="Town votes on plans for a new school"></head><body><article><h1>Wednesday, May 15, 2024</h1><h2>Town votes on plans for a new school</h2>' +
      BODY +
      '</article></body></html>';
    expect(extractArticle(html, 'https://www.example.com/stories/school').title).toBe('Town votes on plans for a new school');
  });

  it("Joomla's date <h2> under the title", () => {
    const html =
      '<html lang="en"><head><title>News</title></head><body><div class="item-page"><h2 class="contentheading">Ferry timetable changes for the summer season</h2><h2 class="createdate">Wednesday, 15 May 2024</h2>' +
      BODY +
      '</div></body></html>';
    const a = extractArticle(html, 'https://www.example.co.uk/index.php/news/ferry');
    expect(a.title).toBe('Ferry timetable changes for the summer season');
    expect(a.publishedAt?.toISOString()).toBe('2024-05-15T00:00:00.000Z');
  });
});

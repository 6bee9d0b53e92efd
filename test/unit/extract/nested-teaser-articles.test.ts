/**
 * An `<article>` inside the story's text that is a teaser card for another story (`<article
 * class="story-card story-card--inline">` with a linked headline and a summary, between two
 * paragraphs) is judged like any block in the text (content-filter.ts CONDITIONAL): mostly link,
 * it goes. Posts of a live blog and a story's own nested `<article>` hold prose and stay. Synthetic
 * pages after Brightspot- and WordPress-style story cards.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const P1 =
  'The city’s main library will close for 18 months from June for a renovation that will add a children’s wing, a recording studio and a rooftop reading terrace.';
const P2 =
  'A temporary branch will open in the former post office on Market Street, with a smaller collection and shorter hours, and books reserved before the closure can be collected there.';
const P3 =
  'The 32 million project is paid for by a bond approved by voters in 2022. Officials said the building’s heating and wiring dated from its opening in 1967 and had to be replaced.';

const page = (middle: string): string =>
  `<html lang="en"><body><main><article class="story"><h1>Main library to close 18 months for renovation</h1><div class="story-body"><p>${P1}</p><p>${P2}</p>${middle}<p>${P3}</p></div></article></main></body></html>`;

const body = (middle: string): string =>
  extractArticle(page(middle), 'https://www.riverfrontgazette.com/news/main-library-renovation').body;

describe('teaser articles inside the text', () => {
  it.each([
    [
      'a card wrapped in its link',
      '<article class="story-card story-card--inline"><a href="/news/library-fines-abolished"><img src="/c.jpg" alt=""><h4>Library fines abolished after trial shows more books returned</h4><p>The city stopped charging late fees last year. Returns went up by a fifth.</p></a></article>',
      'fines abolished',
    ],
    [
      'a card with a linked headline and a label',
      '<article class="teaser"><span class="teaser__label">Related</span><h3><a href="/news/library-fines">Library fines abolished after trial</a></h3><p>Returns rose by a fifth.</p></article>',
      'fines abolished',
    ],
  ])('drops %s', (_name, middle, absent) => {
    const b = body(middle);
    expect(b).toContain(P2);
    expect(b).toContain(P3);
    expect(b).not.toContain(absent);
  });

  it('keeps a nested article of prose (a post, a box of the story with a link in it)', () => {
    const post =
      '<article class="update"><h3>Update: council confirms dates</h3><p>The council confirmed on Friday that the last day of lending will be May 31, and that the <a href="/hours">temporary branch</a> will open two days later.</p></article>';
    const b = body(post);
    expect(b).toContain('council confirms dates');
    expect(b).toContain('last day of lending will be May 31');
  });

  it('keeps live-blog posts that are nested articles with linked titles', () => {
    const posts = [1, 2, 3]
      .map(
        (i) =>
          `<article class="post"><h3><a href="#post-${i}">Entry ${i}: what happened at the meeting</a></h3><p>Members of the board asked the librarian about entry ${i} on the agenda, and she said the plan had been costed twice by outside surveyors before it went to the vote.</p></article>`,
      )
      .join('');
    const b = body(posts);
    expect(b).toContain('costed twice by outside surveyors');
    expect(b.match(/outside surveyors/g)?.length).toBe(3);
  });
});

/**
 * Articles split over sibling containers (a text div per paragraph, as BBC's `text-block`s and
 * Spiegel's `RichText` divs are) keep the subheadings that stand between them: an `<h3>`, or a
 * block holding only a heading (`subheadline-block`). A heading before a block that is not taken
 * (a teaser list) stays out. Synthetic pages after those templates.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const PARAS = [
  'Islanders say shops are running low on fresh food after their only passenger ferry was taken out of service for repairs.',
  'The ferry, which links the islands with the mainland, has been out of action since 3 May because of a problem with one of its engines.',
  'A cafe owner said: "We have had no milk for two days, and the fruit and veg that does arrive is going in minutes."',
  'The operator said it was very sorry for the disruption and was offering discounted flights to passengers who had booked.',
];
const block = (t: string): string =>
  `<div data-component="text-block" class="RichTextContainer"><div class="wrapper"><p class="Paragraph">${t}</p></div></div>`;

describe('subheadings between split containers', () => {
  it.each([
    ['a heading block', '<div data-component="subheadline-block" class="StyledHeading"><h2 id="Empty-shelves">Empty shelves</h2></div>'],
    ['a bare <h3>', '<h3 class="RichText">Empty shelves</h3>'],
  ])('keeps %s', (_name, heading) => {
    const html = `<html lang="en"><body><main><article><h1>Ferry cancellations leave islanders short</h1>${block(PARAS[0]!)}${block(PARAS[1]!)}${heading}${block(PARAS[2]!)}${block(PARAS[3]!)}</article></main></body></html>`;
    expect(extractArticle(html, 'https://www.example.co.uk/news/1').body.split('\n\n')).toEqual([
      PARAS[0],
      PARAS[1],
      'Empty shelves',
      PARAS[2],
      PARAS[3],
    ]);
  });

  it('leaves out a heading that opens a block not taken, and one after the text', () => {
    const teasers =
      '<ul class="list">' + ['One', 'Two', 'Three'].map((t) => `<li><a href="/${t}">Another story called ${t}</a></li>`).join('') + '</ul>';
    const html = `<html lang="en"><body><main><article><h1>Ferry cancellations leave islanders short</h1>${block(PARAS[0]!)}${block(PARAS[1]!)}<h2>Top stories</h2>${teasers}${block(PARAS[2]!)}${block(PARAS[3]!)}<h2>Related topics</h2></article></main></body></html>`;
    const body = extractArticle(html, 'https://www.example.co.uk/news/2').body;
    expect(body).toContain(PARAS[3]);
    expect(body).not.toContain('Top stories');
    expect(body).not.toContain('Related topics');
  });
});

/**
 * A standfirst printed between the headline and the article container, outside it, opens the text:
 * a live blog's standfirst above its posts, a dek in a grid cell of its own, an Iranian outlet's
 * `lead` beside the text block. Not: a block holding a picture (the lead image's caption), a
 * link-heavy teaser, a dek the text repeats as its lead, a kicker above the headline.
 * Synthetic pages after Guardian-style grids, Persian and US templates.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const DEK = 'Early counting shows a swing against the government in regional seats as polls close across the state.';
const PS = [
  'With 12% of the vote counted in the northern seats, independents are ahead in three electorates the government held at the last election by comfortable margins.',
  'The premier told supporters it was far too early to call the result and that the pre-poll votes, counted later, would favour the government.',
  'The electoral commission said turnout appeared to be about four points lower than four years ago, partly because of storms in the west.',
];
const body = `<div class="article-body">${PS.map((p) => `<p>${p}</p>`).join('')}</div>`;
const page = (inner: string): string =>
  `<html lang="en"><head><title>Election night</title></head><body><header><nav><a href="/">Home</a></nav></header><main>${inner}</main></body></html>`;
const H1 = '<h1>State election: polls close as early count shows swing</h1>';

describe('a standfirst outside the article container', () => {
  it.each([
    [
      'a dek in a grid cell of its own',
      `<div class="grid"><div class="grid__headline">${H1}</div><div class="grid__standfirst"><div class="standfirst"><p>${DEK}</p></div></div><div class="grid__meta"><span class="byline">Live team</span></div><div class="grid__body">${body}</div></div>`,
    ],
    [
      'a lead beside the text block',
      `<div class="news-page">${H1}<div class="lead">${DEK}</div><div class="item-text">${PS.map((p) => `<p>${p}</p>`).join('')}</div></div>`,
    ],
    ['a summary with a list', `${H1}<div class="article-summary"><ul><li>${DEK}</li></ul></div>${body}`],
    [
      'a dek after the headline in its block',
      `<div class="page-header">${H1}<p class="article__dek">${DEK}</p></div><div class="live-feed">${body}</div>`,
    ],
  ])('opens the text: %s', (_name, inner) => {
    const a = extractArticle(page(inner), 'https://www.example.org/politics/election-night');
    expect(a.body.startsWith(DEK)).toBe(true);
    expect(a.body).toContain(PS[2]!);
  });

  const grid = (cell: string, head = H1): string =>
    `<div class="grid"><div class="grid__headline">${head}</div>${cell}<div class="grid__meta"><span class="byline">Live team</span></div><div class="grid__body">${body}</div></div>`;

  it.each([
    ['a lead picture box with its caption', grid(`<div class="grid__standfirst"><img src="x.jpg"><p>${DEK}</p></div>`)],
    ['a teaser that is a link', grid(`<div class="grid__teaser"><a href="/live">${DEK}</a></div>`)],
    ['a kicker above the headline', grid('', `<div class="intro">${DEK}</div>${H1}`)],
  ])('not %s', (_name, inner) => {
    const a = extractArticle(page(inner), 'https://www.example.org/politics/election-night');
    expect(a.body).not.toContain(DEK);
    expect(a.body.startsWith(PS[0]!)).toBe(true);
  });

  it('not twice when the text repeats it', () => {
    const a = extractArticle(
      page(grid(`<div class="grid__standfirst"><p>${PS[0]}</p></div>`)),
      'https://www.example.org/politics/election-night',
    );
    expect(a.body.split(PS[0]!).length).toBe(2);
  });
});

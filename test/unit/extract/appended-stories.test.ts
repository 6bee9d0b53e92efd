/**
 * Infinite-scroll templates append the next story to the page: `<article>` after `<article>` in one
 * stream. When the appended story is the longer one it outscores the page's own; the article headed
 * by the page's title (og:title, <title>) holds the story. Pages written after WordPress and
 * news-theme infinite scroll.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const OWN = [
  'The county will open two new recycling centres next year, one in the north and one on the industrial estate, officials said on Tuesday.',
  'Residents have complained for years about the long drive to the only centre, which is often so busy that cars queue onto the main road.',
];
const NEXT = [
  'A new bakery has opened on the high street in the unit left empty when the bank closed its branch last spring, and queues formed before it opened.',
  'The owners, who ran a market stall for six years, said they had wanted a shop of their own since they started, but rents had always been too high.',
  'They now employ eight people and plan to open on Sundays from next month, when they will also start selling coffee and sandwiches to take away.',
];
const TITLE = 'County to open two new recycling centres';
const ps = (xs: string[]): string => xs.map((t) => `<p>${t}</p>`).join('');
const page = (own: string, next: string, title = TITLE): string =>
  `<html lang="en"><head><title>${title} | Valley News</title><meta property="og:title" content="${title}"></head><body><main><div id="stream">${own}${next}</div></main></body></html>`;

describe('a story appended after the page’s own', () => {
  it.each([
    [
      'headed by an h1',
      `<article class="post"><h1>${TITLE}</h1><div class="entry-content">${ps(OWN)}</div></article>`,
      `<article class="post"><h1>New bakery opens on the high street</h1><div class="entry-content">${ps(NEXT)}</div></article>`,
    ],
    [
      'headed by an h2 each',
      `<article class="story"><h2 class="title">${TITLE}</h2><div class="body">${ps(OWN)}</div></article>`,
      `<article class="story"><h2 class="title">New bakery opens on the high street</h2><div class="body">${ps(NEXT)}</div></article>`,
    ],
    [
      'each in a wrapper of its own',
      `<div class="stream-item"><article class="story"><h1>${TITLE}</h1><div class="body">${ps(OWN)}</div></article></div>`,
      `<div class="stream-item"><article class="story"><h1>New bakery opens on the high street</h1><div class="body">${ps(NEXT)}</div></article></div>`,
    ],
  ])('takes the story %s that the page’s title names', (_name, own, next) => {
    const a = extractArticle(page(own, next), 'https://www.valleynews.example.com/2026/05/recycling-centres/');
    expect(a.body).toBe(OWN.join('\n\n'));
  });

  it.each([
    [
      'headlines in headers (chrome to the cleaner) and containers of one class',
      `<article class="article"><header><h1>${TITLE}</h1></header><div class="article__body">${ps(OWN)}</div></article>`,
      `<div class="next-label">Next article</div><article class="article"><header><h1>New bakery opens on the high street</h1></header><div class="article__body">${ps(NEXT)}</div></article>`,
    ],
    [
      'the next story first in the stream',
      `<article class="article"><header><h1>New bakery opens on the high street</h1></header><div class="article__body">${ps(NEXT)}</div></article>`,
      `<article class="article"><header><h1>${TITLE}</h1></header><div class="article__body">${ps(OWN)}</div></article>`,
    ],
  ])('leaves out the next story beside the page’s own, %s', (_name, first, second) => {
    const a = extractArticle(page(first, second), 'https://www.valleynews.example.com/2026/05/recycling-centres/');
    expect(a.body).toBe(OWN.join('\n\n'));
  });

  it.each([
    ['none headed by the page’s title', '', 'h1', 'Recycling: two centres planned'],
    ['posts of a live blog under the page’s headline', `<h1>${TITLE}</h1>`, 'h2', 'Centres to open in spring'],
  ])('takes sibling articles that are one page’s parts: %s', (_name, above, tag, head) => {
    const post = (h: string, xs: string[]): string =>
      `<article class="article"><header><${tag}>${h}</${tag}></header><div class="article__body">${ps(xs)}</div></article>`;
    const a = extractArticle(
      page(above + post(head, OWN), post('Quiet day at the centres', NEXT.slice(0, 2)) + post('Sunday opening', NEXT.slice(2))),
      'https://www.valleynews.example.com/2026/05/recycling-centres/',
    );
    expect(a.body).toContain(OWN[0]);
    expect(a.body).toContain(NEXT[0]);
    expect(a.body).toContain(NEXT[2]);
  });

  it('keeps the longer story when no article is headed by the page’s title', () => {
    const own = `<article class="post"><h1>Recycling: two centres planned</h1><div class="entry-content">${ps(OWN)}</div></article>`;
    const next = `<article class="post"><h1>New bakery opens on the high street</h1><div class="entry-content">${ps(NEXT)}</div></article>`;
    expect(extractArticle(page(own, next), 'https://www.valleynews.example.com/2026/05/recycling-centres/').body).toBe(NEXT.join('\n\n'));
  });
});

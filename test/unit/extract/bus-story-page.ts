/**
 * A three-paragraph council story in a WordPress-like template with something inserted between
 * its second and third paragraphs: the page the mid-text furniture tests (ad labels, pitches)
 * extract, so each test states only what it inserts and what must go or stay.
 */
import { extractArticle } from '../../../src/extract/extract-article.js';

export const PARAS = [
  'The city council voted on Tuesday to expand the bus network into three outer districts, ending a dispute that had delayed the plan for more than two years.',
  'Under the plan, twelve new routes will open by the end of next year, and service on four existing lines will run every ten minutes during rush hours.',
  'The transport authority said it would begin hiring drivers next month and expected the first routes to be running before the summer holidays.',
];

const page = (inside: string, lang: string): string =>
  `<html lang="${lang}"><body><main><article class="post"><h1>Council approves bus network expansion</h1><div class="entry-content">${PARAS.slice(
    0,
    2,
  )
    .map((p) => `<p>${p}</p>`)
    .join('')}${inside}<p>${PARAS[2]}</p></div></article></main></body></html>`;

/** The extracted body of the story with `inside` between its second and third paragraphs. */
export const body = (inside: string, lang = 'en'): string =>
  extractArticle(page(inside, lang), 'https://www.dailycourier.example/news/2024/03/05/buses/').body;

/**
 * A staff sign-off printed below the body, outside the text's element (Reuters' `Reporting by …;
 * Editing by …` in its own `<p class="sign-off">`): its writers and editors are read, found by
 * an independent probe of hand-written wire pages (no author, no editor had come out).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const body = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the carmaker delivered fewer vehicles than analysts expected in the quarter as a price war in China weighed on its sales.</p>`,
).join('');

const page = (signOff: string): string =>
  `<html lang="en"><head><title>Carmaker misses estimates</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Carmaker misses estimates","author":[{"@type":"Organization","name":"Reuters"}]}</script></head><body><article><h1>Carmaker misses estimates</h1><div class="article-body">${body}</div><p class="sign-off">${signOff}</p></article><footer>© 2024 Reuters</footer></body></html>`;

describe('a sign-off below the body', () => {
  it.each([
    ['Reporting by Ananya Rao in Bengaluru; Editing by Rashmi Kumar', ['Ananya Rao'], ['Rashmi Kumar']],
    [
      'Reporting by Nathan Cole in London and Priya Menon in Paris; Additional reporting by Tom Ward; Editing by Caroline Hughes and Peter Grant',
      ['Nathan Cole', 'Priya Menon', 'Tom Ward'],
      ['Caroline Hughes', 'Peter Grant'],
    ],
    ['(Writing by Elaine Porter; Editing by Hugh Lawson)', ['Elaine Porter'], ['Hugh Lawson']],
  ])('%s', async (signOff, authors, editors) => {
    const a = await extractArticle(page(signOff), 'https://www.reuters.com/business/carmaker-misses-estimates-2024-04-02/');
    expect(a.authors).toEqual(authors);
    expect(a.editors).toEqual(editors);
  });

  it('a sentence about reporting is no sign-off', async () => {
    const a = await extractArticle(
      page('Reporting by local media suggested the plant would close, but the company denied it.'),
      'https://www.reuters.com/business/carmaker-misses-estimates-2024-04-03/',
    );
    expect(a.editors).toEqual([]);
    expect(a.authors).toEqual([]);
  });
});

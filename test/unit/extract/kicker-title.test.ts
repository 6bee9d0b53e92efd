/**
 * A kicker inside the <h1> (`<span class="topline">Ölmarkt</span><span>Opec plus …</span>`, often
 * with no space between the spans) is a label, not part of the headline the metadata gives:
 * found by an independent probe of hand-written German pages ("ÖlmarktOpec plus …" came out).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const TEXT = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Absatz ${i + 1}: Die Förderländer haben sich am Sonntag darauf geeinigt, die Kürzungen ihrer Ölproduktion bis zum Ende des kommenden Jahres zu verlängern.</p>`,
).join('');
const page = (h1: string, og: string): string =>
  `<html lang="de"><head><title>${og} | Zeitung</title><meta property="og:title" content="${og}"></head><body><article><h1>${h1}</h1>${TEXT}</article></body></html>`;

describe('a kicker before the headline in the <h1>', () => {
  it.each([
    ['glued spans', '<span class="topline">Ölmarkt</span><span class="headline">Opec plus verlängert Förderkürzungen</span>'],
    ['a spaced kicker', '<span class="topline">Ölmarkt</span> <span class="headline">Opec plus verlängert Förderkürzungen</span>'],
    ['a colon kicker', 'Ölmarkt: Opec plus verlängert Förderkürzungen'],
  ])('%s: the metadata headline', async (_name, h1) => {
    const a = await extractArticle(page(h1, 'Opec plus verlängert Förderkürzungen'), 'https://www.zeitung.example/wirtschaft/opec-1');
    expect(a.title).toBe('Opec plus verlängert Förderkürzungen');
  });

  it('a kicker joined by a bar is printed as part of the headline', async () => {
    const a = await extractArticle(
      page('BUDGET 3.0 | Opec plus verlängert Förderkürzungen', 'Opec plus verlängert Förderkürzungen'),
      'https://www.zeitung.example/wirtschaft/opec-2',
    );
    expect(a.title).toBe('BUDGET 3.0 | Opec plus verlängert Förderkürzungen');
  });

  it('a metadata title that repeats the whole <h1> keeps it', async () => {
    const html = page('Ölmarkt: Opec plus verlängert Förderkürzungen', 'Ölmarkt: Opec plus verlängert Förderkürzungen').replace(
      '</head>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Opec plus verlängert Förderkürzungen"}</script></head>',
    );
    expect((await extractArticle(html, 'https://www.zeitung.example/wirtschaft/opec-3')).title).toBe(
      'Ölmarkt: Opec plus verlängert Förderkürzungen',
    );
  });
});

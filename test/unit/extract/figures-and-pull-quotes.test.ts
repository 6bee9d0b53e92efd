/**
 * A <figure> is a picture unless it holds text: WordPress wraps tables (`wp-block-table`) and
 * embedded posts (`wp-block-embed` around a tweet's blockquote) in one, and both are the story's
 * text. A pull quote, a sentence of the text set again in large type, is not: named as one
 * (`wp-block-pullquote`, `pull-quote`, `c-pullquote`) or, in a quote box named otherwise
 * (Brightspot's `Quote` enhancement, a `pq` box) or an aside, found by its words occurring in the
 * text once more. A bare blockquote whose line the text comes back to is a quotation and stays.
 * Synthetic pages after WordPress, Brightspot and magazine templates.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const P1 =
  'New York City will require every lithium-ion battery sold for e-bikes to carry a safety certification from an accredited laboratory, under rules that take effect next month.';
const P2 =
  '“You plan your whole year around that road,” the driver said, in the cab of his truck, parked at a fuel depot. “And then the road doesn’t care what you planned.”';
const P3 =
  'The fire department said batteries were responsible for 268 fires in the city last year, killing 18 people, up from four deaths in 2021, and inspectors will begin checks in July.';

const page = (inner: string): string =>
  `<html lang="en"><body><main><article class="post"><h1>Battery rules tighten</h1><div class="entry-content">${inner}</div></article></main></body></html>`;
const body = (inner: string): string => extractArticle(page(inner), 'https://www.example.com/2024/05/14/batteries/').body;

describe('figures that are text', () => {
  it('keeps a table wrapped in <figure class="wp-block-table">, not its caption', () => {
    const b = body(
      `<p>${P1}</p><figure class="wp-block-table"><table><thead><tr><th>Year</th><th>Battery fires</th></tr></thead><tbody><tr><td>2022</td><td>220</td></tr><tr><td>2023</td><td>268</td></tr></tbody></table><figcaption class="wp-element-caption">Source: FDNY</figcaption></figure><p>${P3}</p>`,
    );
    expect(b).toContain('Battery fires');
    expect(b).toContain('268');
    expect(b).not.toContain('Source: FDNY');
  });

  it('keeps a tweet embedded in <figure class="wp-block-embed">', () => {
    const b = body(
      `<p>${P1}</p><figure class="wp-block-embed is-provider-twitter"><div class="wp-block-embed__wrapper"><blockquote class="twitter-tweet"><p lang="en">Eighteen years. Thank you for everything, Rovers. Forever one of you.</p>&mdash; Daniel Okafor (@DOkafor1) <a href="https://twitter.com/DOkafor1/status/1">May 13, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script></div></figure><p>${P3}</p>`,
    );
    expect(b).toContain('Eighteen years. Thank you for everything, Rovers.');
  });

  it('still drops a picture and its caption', () => {
    const b = body(
      `<figure class="wp-block-image"><img src="/a.jpg" alt=""><figcaption>A delivery worker charges a battery.</figcaption></figure><p>${P1}</p><p>${P3}</p>`,
    );
    expect(b).not.toContain('delivery worker');
  });
});

describe('pull quotes', () => {
  it.each([
    [
      'wp-block-pullquote',
      '<figure class="wp-block-pullquote"><blockquote><p>“The cheapest battery on the shelf can be the most expensive thing you ever buy.”</p><cite>Fire Commissioner</cite></blockquote></figure>',
      'cheapest battery',
    ],
    [
      'aside.pull-quote',
      '<aside class="pull-quote"><p>“The cheapest battery on the shelf can be the most expensive thing you ever buy.”</p></aside>',
      'cheapest battery',
    ],
    [
      'an unnamed quote box repeating the text',
      '<div class="Enhancement"><div class="Quote"><blockquote class="Quote-blockquote"><div class="Quote-text">“The road doesn’t care what you planned.”</div><div class="Quote-attribution">Ray Monias</div></blockquote></div></div>',
      'Ray Monias',
    ],
    [
      'a pq box repeating the text',
      '<div class="pq"><blockquote>“And then the road doesn’t care what you planned.”</blockquote></div>',
      '“And then the road doesn’t care what you planned.”\n\n“You plan',
    ],
  ])('drops %s', (_name, quote, absent) => {
    const b = body(`<p>${P1}</p>${quote}<p>${P2}</p><p>${P3}</p>`);
    expect(b).toContain(P2);
    expect(b).not.toContain(absent);
  });

  it('keeps a bare blockquote whose line the text comes back to', () => {
    const line = 'Everyone who walks through this door belongs here.';
    const b = body(
      `<p>${P1}</p><blockquote><p>${line}</p></blockquote><p>${P3}</p><p>I hope whoever lives there reads it on the way in: ${line}</p>`,
    );
    expect(b.split('\n\n')[1]).toBe(line);
  });

  it('keeps a blockquote that quotes a statement found nowhere else', () => {
    const statement =
      '"Ranked-choice voting is a scheme to manipulate election outcomes," the secretary of state said in a 2022 statement.';
    const b = body(`<p>${P1}</p><blockquote><p>${statement}</p></blockquote><p>${P2}</p><p>${P3}</p>`);
    expect(b).toContain(statement);
  });
});

/**
 * A block named as a paywall holds the locked story itself on many sites (`<div class="paywall">`
 * around the paragraphs, served for crawlers and subscribers; `<p class="paywall">` on every
 * paragraph): it is text, not junk. Only the prompt that stands in for locked text ("Keep reading
 * with a free trial", "Subscribe to continue") is dropped. Synthetic pages after business-news,
 * newsletter-platform and regional templates.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const LOCKED = [
  'Lease rates for spare jet engines have more than doubled since 2022, executives at two leasing companies said, as inspections keep hundreds of planes on the ground.',
  'Some carriers have responded by postponing the retirement of older planes, and several have cut routes for the summer because they do not have enough working aircraft.',
  'The engine maker has said it expects the number of grounded planes to peak this year and decline through 2026, and it has agreed to compensate airlines for some costs.',
];
const TEASERS = Array.from(
  { length: 6 },
  (_, i) =>
    `<li><a href="/s/${i}"><h3>Story number ${i} about the markets</h3></a><p>A short summary of another story, written to tempt the reader into clicking through to it, number ${i}.</p></li>`,
).join('');

describe('paywall-named blocks', () => {
  it('keeps the story inside <div class="paywall"> after a snippet', () => {
    const html = `<html lang="en"><body><main><h1>Airlines scramble for spare engines</h1><div class="article-content"><div class="snippet-body"><p>Airlines around the world are paying record prices to lease spare jet engines.</p></div><div class="paywall">${LOCKED.map((p) => `<p>${p}</p>`).join('')}</div></div><aside><ol>${TEASERS}</ol></aside></main></body></html>`;
    const a = extractArticle(html, 'https://www.example.com/articles/engines');
    for (const p of LOCKED) expect(a.body).toContain(p);
  });

  it('keeps paragraphs each named "paywall"', () => {
    const html = `<html lang="en"><body><main><h1>Copper hits a record</h1><div class="body-content">${LOCKED.map((p) => `<p class="paywall">${p}</p>`).join('')}</div><section class="more"><ol>${TEASERS}</ol></section></main></body></html>`;
    const a = extractArticle(html, 'https://www.example.com/news/copper');
    expect(a.body.split('\n\n')).toEqual(LOCKED);
  });

  it.each([
    [
      'en',
      '<div class="paywall"><h2>Keep reading with a 7-day free trial</h2><p>Subscribe to Markets to keep reading this post and get 7 days of free access to the full archives.</p><a href="/subscribe">Start trial</a></div>',
      'free trial',
    ],
    [
      'de',
      '<div class="article-paywall"><p>Lesen Sie weiter mit Z+. Jetzt abonnieren und alle Artikel der Zeitung lesen, vier Wochen kostenlos.</p></div>',
      'abonnieren',
    ],
    [
      'fr',
      '<section class="paywall-banner"><p>Il vous reste 62% de cet article à lire. La suite est réservée aux abonnés. Abonnez-vous à partir de 1 €.</p></section>',
      'reste 62%',
    ],
  ])('drops a paywall prompt (%s)', (_name, prompt, absent) => {
    const html = `<html lang="en"><body><main><h1>Why office landlords are stuck</h1><div class="post"><div class="body markup">${LOCKED.slice(
      0,
      2,
    )
      .map((p) => `<p>${p}</p>`)
      .join('')}</div>${prompt}</div></main></body></html>`;
    const a = extractArticle(html, 'https://www.example.com/p/landlords');
    expect(a.body).toContain(LOCKED[1]!);
    expect(a.body).not.toContain(absent);
  });
});

/**
 * Bodies made of a run of item wrappers: live-blog posts, news-ticker entries, listicle
 * sections. Each item holds a well-named text div (`…__body`, `…-content`, `…__text`), so one
 * item's div outscores every wrapper above it; the body is the container of all the items,
 * with the intro before them. Synthetic pages after the markup of live blogs and listicles.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const POSTS = [
  [
    'Counting begins',
    'Polls have now closed across the county, and election officials say the first results from the rural wards should arrive within the hour.',
  ],
  [
    'Long queues in the harbour district',
    'Voters in the harbour district waited more than an hour at two polling stations, according to residents who spoke to reporters outside.',
  ],
  [
    'Mayor casts her ballot',
    'The mayor voted at a primary school near her home, accompanied by her husband, and told reporters she was confident about the result.',
  ],
  [
    'What to watch tonight',
    'The governing group needs to hold nine of the council’s seventeen seats to keep control, and polls suggested a tight race in four wards.',
  ],
];

/** One item per post: `item(title, text)` is its markup. */
const run = (item: (title: string, text: string, i: number) => string): string => POSTS.map(([t, x], i) => item(t!, x!, i)).join('');

const INTRO = 'Follow the latest from the council election as the results come in through the night, ward by ward.';

describe('repeated item wrappers', () => {
  it.each([
    [
      'live blog: post > header + title + body div',
      `<article class="lb"><h1>Council election live</h1><p class="lb-intro">${INTRO}</p><div class="lb-feed">${run(
        (t, x, i) =>
          `<article class="lb-entry" id="e${i}"><header class="lb-entry__head"><time>2${i}:05</time></header><h3 class="lb-entry__title"><a href="#e${i}">${t}</a></h3><div class="lb-entry__body"><p>${x}</p></div><footer><a href="#e${i}">Copy link</a></footer></article>`,
      )}</div></article>`,
    ],
    [
      'ticker: item > time div + content div',
      `<div class="story-text"><p><strong>${INTRO}</strong></p><div class="feed">${run(
        (t, x, i) =>
          `<div class="feed-entry"><div class="feed-entry-when">1${i}:40 Uhr</div><div class="feed-entry-content"><p><strong>${t}</strong></p><p>${x}</p></div></div>`,
      )}</div></div>`,
    ],
    [
      'listicle: section > title + media + text div',
      `<div class="c-story"><p>${INTRO}</p><div class="picks">${run(
        (t, x, i) =>
          `<section class="pick"><h2 class="pick__title">${i + 1}. ${t}</h2><div class="pick__media"><img src="/p${i}.jpg"></div><div class="pick__text"><p>${x}</p></div></section>${i === 1 ? '<div class="ad-slot">Advertisement</div>' : ''}`,
      )}</div></div>`,
    ],
  ])('%s', (_name, article) => {
    const html = `<html lang="en"><body><nav><a href="/">Home</a></nav><main>${article}</main><footer><p>© The Ledger</p></footer></body></html>`;
    const a = extractArticle(html, 'https://www.example.com/live/1');
    for (const [title, text] of POSTS) {
      expect(a.body).toContain(title);
      expect(a.body).toContain(text);
    }
    expect(a.body).toContain(INTRO);
    expect(a.body).not.toContain('Advertisement');
    // The items' timestamps are furniture.
    expect(a.body).not.toMatch(/^\d\d:\d\d( Uhr)?$/m);
  });

  it('keeps a short article over a run of teaser cards with linked headlines', () => {
    const article =
      '<p>The county library will close its downtown branch for six weeks from Monday while workers replace the roof and the heating system.</p><p>Books can be returned at the east branch, and the mobile library will stop outside the town hall on Tuesdays and Fridays.</p>';
    const cards = run(
      (t, x, i) =>
        `<div class="card"><h3 class="card__title"><a href="/news/${i}">${t}</a></h3><div class="card__text"><p>${x}</p></div></div>`,
    );
    const html = `<html lang="en"><body><main><h1>Library branch to close for repairs</h1><div class="article-body">${article}</div><div class="more">${cards}</div></main></body></html>`;
    const a = extractArticle(html, 'https://www.example.com/news/9');
    expect(a.body).toContain('The county library will close');
    expect(a.body).not.toContain('Polls have now closed');
  });

  it('takes blocks that are only their text div, not the header beside their parent (its dek opens the text)', () => {
    const blocks = run((_t, x) => `<div class="story__block"><div class="story__text">${x}</div></div>`);
    const html = `<html lang="en"><body><div class="story"><div class="story__header"><h1>Council election results</h1><div class="story__dek">A standfirst that sums the story up in one long sentence, as decks on portals do.</div></div><div class="story__body">${blocks}</div></div></body></html>`;
    const a = extractArticle(html, 'https://www.example.com/news/10');
    for (const [, text] of POSTS) expect(a.body).toContain(text);
    // The headline stays out; the dek right after it is the standfirst (standfirst.ts), as the
    // metadata dev set's body labels keep a dek.
    expect(a.body).not.toContain('Council election results');
    expect(a.body.startsWith('A standfirst that sums the story up')).toBe(true);
  });
});

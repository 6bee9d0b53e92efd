/**
 * A live blog's posts each open with a `<header>` holding the post's time and title: in a run of
 * like-named posts that header is the post's text (its title stays, its bare time goes as a time
 * stamp), not page chrome, also when each post sits alone in a list item. The story's own
 * `<header>` (headline, byline) is still chrome, even in a column beside others. Pages
 * written after live-blog templates that put each post's title in its header.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const POSTS: Array<[string, string]> = [
  [
    'Evacuation orders expanded',
    'Officials have extended evacuation orders to three more neighbourhoods on the east side of the valley as the fire moved closer overnight.',
  ],
  [
    'Fire now 12% contained',
    'Fire crews say the blaze has burned 9,400 hectares and is 12% contained, and calmer winds gave helicopters a chance to drop water.',
  ],
  [
    'Shelters open at two schools',
    'The county has opened shelters at the high school and the community college. Both accept pets, and volunteers are handing out meals.',
  ],
];

describe('post headers in a run of posts', () => {
  it.each([
    ['article', 'block'],
    ['div', 'live-post'],
  ])('keeps each post’s title from its header (%s.%s)', (tag, cls) => {
    const posts = POSTS.map(
      ([t, b], i) =>
        `<${tag} class="${cls}"><header class="${cls}__header"><time>${12 - i}.00 BST</time><h2>${t}</h2></header><div class="${cls}__body"><p>${b}</p></div></${tag}>`,
    ).join('');
    const html = `<html lang="en"><body><main><h1>Valley fire – live</h1><div class="live-blog">${posts}</div></main></body></html>`;
    expect(extractArticle(html, 'https://www.example.com/live/valley-fire').body.split('\n\n')).toEqual(POSTS.flat());
  });

  it('keeps a short post header in a list of posts (li.post > header > time + h3)', () => {
    const posts = POSTS.map(
      ([t, b], i) => `<li class="post"><header><span class="post-time">${10 + i}:30</span><h3>${t}</h3></header><p>${b}</p></li>`,
    ).join('');
    const html = `<html lang="en"><body><main><h1>Valley fire – live</h1><ul class="liveblog">${posts}</ul></main></body></html>`;
    expect(extractArticle(html, 'https://www.example.com/live/valley-fire').body.split('\n\n')).toEqual(POSTS.flat());
  });

  it('keeps the title of a post wrapped alone in a list item (ol > li > article > header)', () => {
    const posts = POSTS.map(
      ([t, b], i) =>
        `<li class="lx-stream__post"><article><header class="lx-post__header"><span class="lx-time">${7 + i}:10</span><h3>${t}</h3></header><div class="lx-post-body"><p>${b}</p></div></article></li>`,
    ).join('');
    const html = `<html lang="en"><body><main><h1>Valley fire – live</h1><ol class="lx-stream">${posts}</ol></main></body></html>`;
    expect(extractArticle(html, 'https://www.example.com/live/valley-fire').body.split('\n\n')).toEqual(POSTS.flat());
  });

  it('drops the header of a story alone in a column beside others (div > article > header)', () => {
    const html = `<html lang="en"><body><main><div class="col"><article><header><h2>Valley fire grows</h2><p>By Dana Wells</p></header><div class="story__body">${POSTS.map(([, b]) => `<p>${b}</p>`).join('')}</div></article></div><div class="col"><p>Weather</p></div></main></body></html>`;
    const body = extractArticle(html, 'https://www.example.com/news/valley-fire').body;
    expect(body).not.toContain('Valley fire grows');
    expect(body).not.toContain('Dana Wells');
  });

  it('drops the story’s own header, which is in no run', () => {
    const html = `<html lang="en"><body><main><article class="story"><header class="story__header"><h2>Valley fire grows</h2><p>By Dana Wells</p></header><div class="story__body">${POSTS.map(([, b]) => `<p>${b}</p>`).join('')}</div></article></main></body></html>`;
    const body = extractArticle(html, 'https://www.example.com/news/valley-fire').body;
    expect(body).not.toContain('Dana Wells');
    expect(body.split('\n\n')).toEqual(POSTS.map(([, b]) => b));
  });
});

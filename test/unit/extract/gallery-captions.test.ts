/**
 * A photo gallery's text is its captions: `<figure>`s with `<figcaption>`s, or slides with a
 * caption block, each without its picture credit. Pages with text of their own keep only their
 * text (captions go), however many pictures they have. Synthetic pages after English, US and
 * French gallery templates.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const CAPTIONS = [
  'Crowds gather on the avenue for the lighting of the Christmas illuminations on Sunday evening.',
  'More than 400 trees along the avenue are wrapped in lights that stay on until January 6.',
  'Fireworks over the arch closed the ceremony shortly before nine o’clock.',
];
const page = (body: string): string => `<html lang="en"><body><header><nav><a href="/">Home</a></nav></header>${body}</body></html>`;

describe('gallery captions', () => {
  it.each([
    [
      'figures with figcaptions and a credit span',
      `<article class="gallery"><h1>In pictures: the lights go on</h1>${CAPTIONS.map((c, i) => `<figure class="gallery__item"><img src="${i}.jpg"><figcaption class="gallery__caption"><p>${c}</p><span class="credit">Photo: Jean Dupont/AFP</span></figcaption><span class="gallery__count">${i + 1} of 3</span></figure>`).join('')}</article>`,
    ],
    [
      'slides with caption and credit blocks',
      `<main><h1>Photos: the lights go on</h1><div class="slideshow">${CAPTIONS.map((c, i) => `<div class="slide"><img src="${i}.jpg"><div class="slide__caption">${c}</div><div class="slide__credit">Jane Doe/The Outlet</div></div>`).join('')}</div></main>`,
    ],
    [
      'figures whose captions end with a bracketed credit',
      `<article><h1>In pictures: the lights go on</h1>${CAPTIONS.map((c, i) => `<figure><img src="${i}.jpg"><figcaption>${c} (Photo: Jean Dupont/AFP)</figcaption></figure>`).join('')}</article>`,
    ],
  ])('reads %s', (_name, body) => {
    const a = extractArticle(page(body), 'https://www.example.org/in-pictures/lights');
    expect(a.extractor).toContain('fallback:captions');
    for (const c of CAPTIONS) expect(a.body).toContain(c);
    expect(a.body).not.toMatch(/Jean Dupont|Jane Doe|1 of 3/);
  });

  it('reads a Japanese photo feature, its credits cut', () => {
    const caps = [
      '市民が見守る中、大阪城公園で恒例の梅まつりが始まった。',
      '約1270本の梅が見頃を迎え、多くの観光客が写真を撮っていた。',
      '会場では梅を使った菓子の販売も行われた。',
    ];
    const html = page(
      `<article><h1>【写真特集】梅まつり</h1>${caps.map((c, i) => `<figure><img src="${i}.jpg"><figcaption>${c}（撮影・山田太郎）</figcaption></figure>`).join('')}</article>`,
    );
    expect(extractArticle(html, 'https://www.example.jp/photo/ume.html').body.split('\n\n')).toEqual(caps);
  });

  it.each([
    [
      'a brief with two captioned pictures',
      `<article><h1>Quake rattles town</h1><div class="article-body"><p>A small earthquake struck near the town early on Wednesday.</p><p>No damage was reported.</p>${CAPTIONS.slice(
        0,
        2,
      )
        .map((c) => `<figure><img src="x.jpg"><figcaption>${c}</figcaption></figure>`)
        .join('')}</div></article>`,
      'A small earthquake',
    ],
    [
      'a story with three captioned pictures',
      `<article><h1>Lights go on</h1><div class="article-body"><p>The city switched on its Christmas lights on Sunday, a week earlier than last year, after traders asked for a longer season.</p>${CAPTIONS.map((c) => `<figure><img src="x.jpg"><figcaption>${c}</figcaption></figure><p>The council said the lights use a third less power than the old bulbs, and that the display cost about the same as last year.</p>`).join('')}</div></article>`,
      'The city switched on',
    ],
  ])('keeps only the text of %s', (_name, body, text) => {
    const a = extractArticle(page(body), 'https://www.example.org/news/story');
    expect(a.body).toContain(text);
    expect(a.extractor).not.toContain('captions');
    for (const c of CAPTIONS) expect(a.body).not.toContain(c);
  });
});

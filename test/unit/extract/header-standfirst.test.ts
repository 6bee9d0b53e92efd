/**
 * The dek in the story's own `<header>`, after its headline (`<article><header><h1/><p
 * class="standfirst"/></header><div class="body">`): the cleaner drops the header as chrome, and the
 * dek went with it, though the text's first paragraph in the reader's eyes (the fundus-style truths
 * keep it). Layouts after Guardian-style, Arc, German and French news themes. Not: a byline or a
 * date in the header, a dek the text repeats, the site's header with its tagline, a header kept as
 * a live-blog post's.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const EN = {
  dek: 'Transport chiefs warn evening services could be cut to cover a four million pound shortfall.',
  ps: [
    'The city council voted on Tuesday to freeze bus fares for another year, despite warnings from the transport authority about its budget.',
    'Councillors said rising living costs meant passengers could not absorb another increase, and pointed to a survey of regular riders.',
    'The decision will be reviewed in the autumn, when the council sets its budget for the following year and looks again at routes.',
  ],
  h1: 'Council freezes bus fares as budget gap looms',
};
const DE = {
  dek: 'Die Landesregierung will Genehmigungen für neue Windräder in sechs Monaten erteilen. Naturschützer sind skeptisch.',
  ps: [
    'Künftig sollen Anträge für neue Anlagen innerhalb von sechs Monaten entschieden werden, bisher dauerte das im Schnitt mehr als zwei Jahre.',
    'Naturschutzverbände kritisierten die Pläne und warnten davor, dass der Schutz bedrohter Vogelarten dabei unter die Räder geraten könnte.',
  ],
  h1: 'Land will Windkraft-Ausbau beschleunigen',
};
const FR = {
  dek: 'Le gouvernement promet deux mille soignants supplémentaires et une revalorisation des gardes de nuit.',
  ps: [
    "Le gouvernement a présenté mercredi un plan destiné à réduire les délais d'attente dans les services d'urgence, confrontés à une affluence record.",
    'Les syndicats de personnels hospitaliers ont salué un premier pas, tout en jugeant les moyens annoncés très insuffisants sur le terrain.',
  ],
  h1: 'Urgences : le gouvernement présente son plan',
};
type Story = typeof EN;
const ps = (xs: string[]): string => xs.map((t) => `<p>${t}</p>`).join('');
const page = (s: Story, inner: string, lang = 'en'): string =>
  `<html lang="${lang}"><head><title>${s.h1} | Ledger</title><meta property="og:title" content="${s.h1}"></head><body><header class="site"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main>${inner}</main><footer><p>© Ledger</p></footer></body></html>`;

describe('a standfirst in the story’s header', () => {
  it.each<[string, Story, string, string]>([
    [
      'Guardian-style standfirst div',
      EN,
      `<article><header class="article-header"><h1>${EN.h1}</h1><div class="standfirst"><p>${EN.dek}</p></div><p class="byline">Tom Hart</p></header><div class="article-body">${ps(EN.ps)}</div></article>`,
      'en',
    ],
    [
      'Arc subheadline beside a wrapped headline',
      EN,
      `<article class="story"><header><div class="headline-wrap"><h1 class="headline">${EN.h1}</h1></div><h2 class="subheadline">${EN.dek}</h2><time>May 12, 2026</time></header><section class="article-body-wrapper"><div class="body">${ps(EN.ps)}</div></section></article>`,
      'en',
    ],
    [
      'a German article-lead',
      DE,
      `<div class="article-wrapper"><article><header><span class="kicker">Energie</span><h1>${DE.h1}</h1><p class="article-lead">${DE.dek}</p></header><div class="article-text">${ps(DE.ps)}</div></article></div>`,
      'de',
    ],
    [
      'a French chapo, the article being the container',
      FR,
      `<article class="article"><header><h1>${FR.h1}</h1><p class="chapo">${FR.dek}</p></header>${ps(FR.ps)}</article>`,
      'fr',
    ],
  ])('opens the text: %s', (_name, s, inner, lang) => {
    const a = extractArticle(page(s, inner, lang), 'https://www.ledger.example.com/news/story-1');
    expect(a.body).toBe([s.dek, ...s.ps].join('\n\n'));
  });

  it.each<[string, string]>([
    [
      'a byline and a date only',
      `<article><header><h1>${EN.h1}</h1><p class="byline">By Tom Hart, transport correspondent, Ledger staff</p><time>12 May 2026</time></header><div class="article-body">${ps(EN.ps)}</div></article>`,
    ],
    [
      'a dek the text repeats as its lead',
      `<article><header><h1>${EN.h1}</h1><p class="summary">${EN.ps[0]}</p></header><div class="article-body">${ps(EN.ps)}</div></article>`,
    ],
    [
      'a kicker above the headline',
      `<article><header><p class="intro">${EN.dek}</p><h1>${EN.h1}</h1></header><div class="article-body">${ps(EN.ps)}</div></article>`,
    ],
  ])('leaves out %s', (_name, inner) => {
    const a = extractArticle(page(EN, inner), 'https://www.ledger.example.com/news/story-1');
    expect(a.body).toBe(EN.ps.join('\n\n'));
  });

  it('not the site’s header with its tagline', () => {
    const html = `<html lang="en"><head><title>${EN.h1} | Ledger</title></head><body><header class="masthead"><h1 class="site-title">The Ledger</h1><p class="subtitle">Independent local news for the valley since 1850, every day.</p></header><main><article><h2>${EN.h1}</h2><div class="article-body">${ps(EN.ps)}</div></article></main></body></html>`;
    expect(extractArticle(html, 'https://www.ledger.example.com/news/story-1').body).toBe(EN.ps.join('\n\n'));
  });
});

/**
 * An ad slot's label left in the text between two paragraphs, alone ("Anuncio", "Anúncio",
 * "SPONSORED CONTENT") or with the way on ("Ad - content continues below", "Publicidad - Sigue
 * leyendo debajo"). Synthetic pages after WordPress, Arc XP and Indian outlets' templates whose ad
 * wrappers' classes name no ad; a story's sentence about advertising stays.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const PARAS = [
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

const body = (inside: string, lang = 'en'): string =>
  extractArticle(page(inside, lang), 'https://www.dailycourier.example/news/2024/03/05/buses/').body;

describe('ad slot labels in the text', () => {
  it.each([
    ['es', '<div class="x1"><p>Anuncio</p></div>', 'Anuncio'],
    ['pt', '<div class="x3"><span>Anúncio</span></div>', 'Anúncio'],
    ['en', '<div class="x5"><p>SPONSORED CONTENT</p></div>', 'SPONSORED'],
    ['en', '<div class="adwrap"><span>Ad - content continues below</span></div>', 'continues'],
    ['es', '<div class="x2"><span>Publicidad - Sigue leyendo debajo</span></div>', 'Sigue leyendo'],
    ['pt', '<div class="x4"><span>Publicidade - Continua depois</span></div>', 'Continua'],
  ])('drops the %s label %s', (lang, inside, word) => {
    const b = body(inside, lang);
    expect(b).not.toContain(word);
    for (const p of PARAS) expect(b).toContain(p);
  });

  it.each([
    'Advertisement revenue on buses and shelters will cover part of the cost, the authority said.',
    'Anuncio del ministerio: las solicitudes se abren el lunes.',
    'Sponsored content on the buses will be capped at a fifth of the panels.',
  ])('keeps the story’s sentence: %s', (line) => {
    expect(body(`<p>${line}</p>`)).toContain(line);
  });
});

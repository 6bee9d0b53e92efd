/**
 * An ad slot's label left in the text between two paragraphs, alone ("Anuncio", "Anúncio",
 * "SPONSORED CONTENT") or with the way on ("Ad - content continues below", "Publicidad - Sigue
 * leyendo debajo"). Synthetic pages after WordPress, Arc XP and Indian outlets' templates whose ad
 * wrappers' classes name no ad; a story's sentence about advertising stays.
 */
import { describe, expect, it } from 'vitest';
import { body, PARAS } from './bus-story-page.js';

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

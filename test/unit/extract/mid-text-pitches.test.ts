/**
 * A pitch for the outlet's app, briefing or channel between two paragraphs of the story: "Download
 * the Daily Courier app …", "Want more stories like this? Sign up for our morning briefing.", "Stay
 * up to date with the latest news: follow us on Google News.", "Siga o canal do Diário no
 * WhatsApp …", "Descarga la app de …". Synthetic pages after WordPress, Arc XP and Indian outlets'
 * templates; each with a story's sentence that opens or reads alike and stays.
 */
import { describe, expect, it } from 'vitest';
import { body, PARAS } from './bus-story-page.js';
import { isFollowPitch, PITCH_LINE } from '../../../src/extract/hints.js';

describe('pitches in the middle of the text', () => {
  it.each([
    ['en', '<p><em>Download the Daily Courier app to get breaking news alerts on your phone.</em></p>', 'Download'],
    ['en', '<p><strong>Want more stories like this? Sign up for our morning briefing.</strong></p>', 'briefing'],
    ['en', '<p><em>Enjoying this story? Subscribe to our weekly digest.</em></p>', 'digest'],
    ['en', '<p><em>Stay up to date with the latest news: follow us on Google News.</em></p>', 'Google News'],
    ['en', '<p><em>For breaking news, follow us on Telegram.</em></p>', 'Telegram'],
    ['en', '<p><strong>Join the Daily Courier WhatsApp channel for breaking news.</strong></p>', 'WhatsApp'],
    ['pt', '<p><strong>Siga o canal do Diário no WhatsApp e receba as principais notícias.</strong></p>', 'WhatsApp'],
    ['es', '<p><strong>Descarga la app de Diario Sur y recibe las alertas de última hora en tu móvil.</strong></p>', 'Descarga'],
    ['fr', "<p><em>Téléchargez l'application du Courrier pour suivre l'actualité en direct.</em></p>", 'Téléchargez'],
  ])('drops the %s pitch %s', (lang, inside, word) => {
    const b = body(inside, lang);
    expect(b).not.toContain(word);
    for (const p of PARAS) expect(b).toContain(p);
  });

  it.each([
    'Residents can download the transport authority’s new app to check departure times, the council said.',
    'More than 40,000 residents have downloaded the transport authority’s app since it launched, the agency said.',
    'Follow-up inspections found that the buses met safety standards, the authority said on Twitter.',
    'After the vote, follow-up talks with the drivers’ union were held, the mayor said on Facebook.',
    'Siga o dinheiro, disse o ministro em entrevista ao canal do governo no YouTube na segunda-feira.',
    'Officials said riders could sign up for text alerts about delays, a service the authority introduced last winter.',
    'Reporters who subscribe to the ministry’s daily bulletin received the figures a day early.',
    'Join the march, organisers said on Facebook, urging residents to bring banners.',
  ])('keeps the story’s sentence: %s', (line) => {
    expect(isFollowPitch(line) || PITCH_LINE.test(line)).toBe(false);
    expect(body(`<p>${line}</p>`)).toContain(line);
  });
});

/**
 * Furniture classes found on real pages' bodies (the metadata dev set, read in aggregate): header
 * lines that print a published and an updated date, tool rows whose labels run together, side boxes
 * (fact, background and person boxes, `<details>`), a picture's block whose caption has no caption
 * class, a pitch's box (a newsletter, a channel, a donation, membership), feedback asks, a picture's
 * file mark, and the writer's bio closing the text. Strings after how Norwegian, Spanish, German,
 * Swiss, Swedish, British and South African outlets print them; near-misses are the story's own
 * lists, quotes, slides, how-to steps and sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { isDateLine } from '../../../src/extract/date-line.js';
import { TOOL_ROW } from '../../../src/extract/hints.js';
import { withoutPictureCredit } from '../../../src/extract/picture-credit.js';
import { isReaderPitch } from '../../../src/extract/reader-prompts.js';
import { PARAS, body } from './bus-story-page.js';

describe('a published and an updated date on one line', () => {
  it.each([
    'Publisert 04.08.2024, kl. 01.38 Oppdatert 04.08.2024, kl. 09.52',
    'Publicerad 2024-05-14 10.12 Uppdaterad 2024-05-14 15.40',
    'August 30, 2023 1:55 am(Updated 4:30 am)',
    'Veröffentlicht am 14.05.2024 um 10:12 Uhr, aktualisiert am 14.05.2024 um 15:40 Uhr',
    'Publié le 3 mai 2024 à 10h12, mis à jour le 3 mai 2024 à 18h40',
    'Publicado em 12/05/2024 - 10:30 Atualizado em 12/05/2024 - 14:02',
    'Actualizado a las 19:56h.',
  ])('%s is a date line', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each([
    '29 November 2018 | 20 January 2019',
    'Updated figures released on Monday show 4.2 million journeys in 2023',
    'The law was published in 2019 and updated in 2023',
    'Oppdatert informasjon kommer 04.08.2024',
  ])('%s is not', (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});

describe('tool rows read without a space', () => {
  it.each(['Share this articleComments', 'Diesen Artikel teilenKommentare', 'Share Save Comments', 'Partager · Commentaires'])(
    '%s',
    (line) => {
      expect(TOOL_ROW.test(line)).toBe(true);
    },
  );
  it.each(['Share prices fell', 'Comments from the minister', 'Teilen Sie uns Ihre Meinung mit'])('not %s', (line) => {
    expect(TOOL_ROW.test(line)).toBe(false);
  });
});

describe('isReaderPitch', () => {
  it.each([
    'Have your say: Do you think the bus plan goes far enough? Let us know in the comments below.',
    'Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback zu diesem Artikel an: briefe@example.de',
    '"Hier ist Bayern": Der BR24 Newsletter informiert Sie immer montags bis freitags zum Feierabend über das Wichtigste vom Tag.',
    'Die wichtigsten Nachrichten des Tages, jeden Morgen um sechs Uhr in Ihrem Postfach.',
    'Folgst du schon 20 Minuten auf Whatsapp?',
    'Eine Newsübersicht am Morgen: Abonniere den Whatsapp-Kanal von 20 Minuten und du bekommst regelmässig Updates.',
    'Gerade jetzt braucht es Solidarität. Unterstützen Sie unseren Journalismus mit einem freiwilligen Beitrag.',
    'Independent journalism needs your support. Please consider making a contribution today.',
    'Enjoy exclusive member discounts, giveaways and competitions with our subscriber rewards program.',
    'Donnez votre avis : ce plan va-t-il assez loin ? Réagissez dans les commentaires.',
    'El periodismo independiente necesita tu apoyo. Hazte socio hoy y ayúdanos a seguir informando.',
  ])('%s', (line) => {
    expect(isReaderPitch(line)).toBe(true);
  });

  it.each([
    'The authority said it would send a monthly newsletter to passengers and urged residents to support the consultation.',
    'Der Verein bittet die Bürger, die Arbeit der Tafeln mit einer Spende zu unterstützen.',
    'The ministry posted the decree on its Telegram channel on Sunday evening.',
    '"Let us know what you think," the mayor told residents at the meeting.',
    'Comments submitted by residents during the consultation will be published in full.',
    'Hazte socio del club antes del viernes, pidió el presidente a los aficionados.',
    'Les habitants ont donné leur avis dans les commentaires du registre public.',
  ])('not %s', (line) => {
    expect(isReaderPitch(line)).toBe(false);
  });
});

describe('a picture file mark and labelled credits end a caption', () => {
  it.each([
    'An electric bus at the central depot. File image',
    'Ein Elektrobus im Betriebshof. Symbolbild',
    'Pro Stunde werden etwa 45 Schweine geschlachtet. Bildrechte: MDR/David Straub',
    'Image Source: Getty Images',
  ])('%s goes', (line) => {
    expect(withoutPictureCredit(line)).toBe('');
  });
  it.each(['File photos show the bridge before the collapse.', 'The council published an image of the new bus.'])('%s stays', (line) => {
    expect(withoutPictureCredit(line)).toBe(line);
  });
});

describe('boxes in the text', () => {
  it.each([
    [
      'a person box the reader opens',
      '<div class="expandable-box"><div class="expandable-box__head"><span>Klaus Berger</span><span>Verkehrsexperte</span></div><div class="expandable-box__content"><p>Klaus Berger lehrt Verkehrsplanung an der Technischen Hochschule und berät Kommunen beim Ausbau des Nahverkehrs.</p></div></div>',
      'Verkehrsplanung',
    ],
    [
      'a fact box',
      '<div class="factbox"><h3>Detta ingår i budgeten:</h3><ul><li>Fyrtio nya elbussar till stadstrafiken.</li><li>Gratis resor för elever under sexton år.</li></ul></div>',
      'elbussar',
    ],
    [
      'a background box in <details>',
      '<details><summary>Hintergrund: So funktioniert der Haushalt</summary><p>Der Haushalt wird jedes Jahr vom Stadtrat beschlossen und von der Bezirksregierung genehmigt.</p></details>',
      'Bezirksregierung',
    ],
    [
      "a picture's block with its caption and credit",
      '<div class="img"><img src="/bus.jpg" alt=""><p>Die Busflotte soll bis 2026 vollständig elektrisch fahren.</p><p>Quelle: dpa</p></div>',
      'vollständig elektrisch',
    ],
    [
      'a newsletter box',
      '<div class="box"><p>Newsletter</p><p>Der Morgen</p><p>Die wichtigsten Nachrichten des Tages, jeden Morgen um sechs Uhr in Ihrem Postfach.</p><a href="/nl">Weitere Newsletter</a></div>',
      'Der Morgen',
    ],
    [
      'a membership box',
      '<div class="inline-cta"><p>Enjoy exclusive member discounts, giveaways and competitions with our subscriber rewards program.</p><a href="/rewards">Find out more</a></div>',
      'Find out more',
    ],
  ])('drops %s', (_name, inside, absent) => {
    const b = body(inside);
    expect(b).toContain(PARAS[1]);
    expect(b).toContain(PARAS[2]);
    expect(b).not.toContain(absent);
  });

  it.each([
    [
      'a list of the story',
      '<p>The plan includes:</p><ul><li>forty new electric buses for the city routes;</li><li>free travel for pupils under sixteen.</li></ul>',
      'free travel for pupils under sixteen.',
    ],
    [
      'a quoted statement',
      '<blockquote><p>We welcome the council’s decision and will put the new buses into service as quickly as we can.</p></blockquote>',
      'as quickly as we can.',
    ],
    [
      "a how-to's steps that sign up",
      '<p>Here is how to get the pass:</p><ol><li>Sign up for an ad-free account for $11.99 a month</li><li>Take the confirmation email to any station ticket office</li></ol>',
      'Take the confirmation email to any station ticket office',
    ],
    [
      "a listicle's slide with a title and a picture",
      '<div class="slide photo-slide"><h2>The new depot opened in May.</h2><img src="/d.jpg" alt=""><p>It holds forty buses and a charging hall.</p></div>',
      'It holds forty buses and a charging hall.',
    ],
    [
      "a paragraph with the story's own appeal",
      '<div class="text"><p>The authority said it would send a monthly newsletter to passengers and urged residents to support the consultation before the end of March.</p><p>Details are online.</p></div>',
      'urged residents to support the consultation',
    ],
  ])('keeps %s', (_name, inside, present) => {
    const b = body(inside);
    expect(b).toContain(PARAS[2]);
    expect(b).toContain(present);
  });
});

describe("the writer's bio closing the text", () => {
  const page = (after: string): string =>
    `<html lang="en"><body><main><article class="post"><h1>Council approves bus network expansion</h1><div class="entry-content">${PARAS.map((p) => `<p>${p}</p>`).join('')}${after}</div></article></main></body></html>`;
  const end = (after: string): string => extractArticle(page(after), 'https://www.dailycourier.example/news/2024/03/05/buses/').body;

  it.each([
    [
      'an English bio in italics',
      "<p><em>Jane Porter is the Courier's transport correspondent. She has covered city hall since 2015.</em></p>",
      'Jane Porter',
    ],
    [
      'a German role line under the name',
      '<div class="person"><img src="/a.jpg" alt=""><div><p>Ralf Euler</p><p>Redakteur in der Stadtredaktion, verantwortlich für Verkehr und Stadtentwicklung.</p></div></div>',
      'Euler',
    ],
  ])('drops %s', (_name, after, absent) => {
    const b = end(after);
    expect(b).toContain(PARAS[2]);
    expect(b).not.toContain(absent);
  });

  it.each([
    'Lopez is a professor of transport economics at the city university and led the study.',
    'The new mayor is a former journalist who covered the council for a decade.',
  ])('keeps "%s"', (line) => {
    expect(end(`<p>${line}</p>`)).toContain(line);
  });
});

describe('a standfirst named by a CSS module', () => {
  const LEAD = 'Riders who pay one fare at a time will stop paying once they reach the cost of a monthly pass.';
  const page = (logo: string, lead: string): string =>
    `<html lang="en"><body><header class="SiteHeader_bar__Qw3eR">${logo}</header><main><article><header class="Article_header__ckSlm"><div class="Article_elementTitle__9QPjy"><h1>Council approves bus network expansion</h1></div>${lead}</header><section class="Article_body__60Liu">${PARAS.map((p) => `<p>${p}</p>`).join('')}</section></article></main></body></html>`;
  const bodyOf = (logo: string, lead: string): string =>
    extractArticle(page(logo, lead), 'https://www.dailycourier.example/news/2024/03/05/buses/').body;

  it.each([
    ['Next.js', `<p class="Article_lead__N3pGr">${LEAD}</p>`],
    ['Vite', `<p class="_textTheme_16ipd_1 _lead_16k26_2">${LEAD}</p>`],
    [
      'Next.js, with a logo <h1> first',
      `<p class="ArticleTeaser_teaserText__sB4sT">${LEAD}</p>`,
      '<h1 class="Logo_title__x1Y2z"><a href="/">Daily Courier</a></h1>',
    ],
  ])('opens the body (%s)', (_name, lead, logo = '') => {
    expect(bodyOf(logo, lead).startsWith(LEAD)).toBe(true);
  });

  it('not an ad slot whose class starts with the word (`Ad_leaderboard__k3J9x`)', () => {
    const b = bodyOf('', `<p class="Ad_leaderboard__k3J9x">${LEAD}</p>`);
    expect(b.startsWith(PARAS[0]!)).toBe(true);
  });
});

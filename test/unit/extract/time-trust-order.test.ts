/**
 * When the structured time and the time printed under the headline disagree (issue 11, class 5):
 * the structured value the page confirms wins; a printed wall clock labelled UTC is local time in
 * the site zone; a UTC clock labelled with the local offset yields to the printed time; with no
 * printed time, or an unknown site zone, the structured value stands. Cases after the templates
 * of German, Swiss and Chinese CMSs.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { pickDates } from '../../../src/extract/pick-dates.js';

describe('structured time against the printed time', () => {
  it.each([
    [
      'agreeing: the structured value, with its seconds',
      ['2022-02-04T10:38:12Z'],
      ['Von Max Muster', '04.02.2022, 11:38 Uhr'],
      'Europe/Berlin',
      '2022-02-04T10:38:12.000Z',
      null,
    ],
    [
      'JSON-LD stale, itemprop confirmed by the page: itemprop',
      ['2022-02-04T11:17:48+01:00', '2022-02-04T10:38:00Z'],
      ['04.02.2022, 11:38 Uhr'],
      'Europe/Berlin',
      '2022-02-04T10:38:00.000Z',
      null,
    ],
    [
      'local wall clock labelled Z (Swiss site): re-read in the site zone',
      ['2019-12-12T07:36:53Z'],
      ['Publié: 12.12.2019, 07h36'],
      'Europe/Zurich',
      '2019-12-12T06:36:53.000Z',
      'Europe/Zurich',
    ],
    [
      'UTC clock labelled +01:00: the printed time',
      ['2022-02-03T20:17:12+01:00'],
      ['am 3. Februar 2022 um 21:17'],
      'Europe/Berlin',
      '2022-02-03T20:17:00.000Z',
      'Europe/Berlin',
    ],
    [
      'Beijing page, ISO with Z equal to printed local clock',
      ['2024-05-15T11:02:00Z'],
      ['2024-05-15 11:02 来源：新华网'],
      'Asia/Shanghai',
      '2024-05-15T03:02:00.000Z',
      'Asia/Shanghai',
    ],
    [
      'a genuinely different printed time (not the zone gap): structured stands',
      ['2022-02-04T10:38:00+01:00'],
      ['04.02.2022, 13:05 Uhr'],
      'Europe/Berlin',
      '2022-02-04T09:38:00.000Z',
      null,
    ],
    ['no printed time: structured stands', ['2019-12-12T07:36:53Z'], ['Von Max Muster'], 'Europe/Zurich', '2019-12-12T07:36:53.000Z', null],
    ['unknown site zone: nothing re-read', ['2019-12-12T07:36:53Z'], ['12.12.2019, 07:36'], null, '2019-12-12T07:36:53.000Z', null],
  ])('%s', (_name, published, lines, zone, iso, assumed) => {
    const d = pickDates(published, [], lines, zone);
    expect(d.publishedAt?.toISOString()).toBe(iso);
    expect(d.timeZoneAssumed).toBe(assumed);
  });
});

describe('a labelled date line below the teasers', () => {
  const text =
    '<p>Der Stadtrat hat am Donnerstag den Haushalt für das kommende Jahr beschlossen, nachdem die Debatte mehr als sechs Stunden gedauert hatte.</p><p>Die Opposition kritisierte die Pläne als unsolide und kündigte an, die Zahlen im Frühjahr erneut prüfen zu lassen.</p><p>Der Bürgermeister verteidigte den Entwurf und sprach von einem soliden Fundament für die nächsten Jahre.</p>';
  const teasers = Array.from(
    { length: 6 },
    (_, i) => `<h2>Weitere Meldung ${i + 1} aus der Region</h2><p>Kurzer Anriss der Meldung Nummer ${i + 1} mit ein paar Worten Text.</p>`,
  ).join('');
  it.each([
    ['"Datum 14.03.2023" in a meta list', '<ul><li>Datum 14.03.2023</li><li>Schlagwörter Haushalt</li></ul>', '2023-03-14T00:00:00.000Z'],
    ['"Published: May 5, 2024"', '<ul><li>Published: May 5, 2024</li></ul>', '2024-05-05T00:00:00.000Z'],
    ["an unlabelled date there is a teaser's, not read", '<ul><li>14.03.2023</li></ul>', null],
    [
      "labelled beats a teaser's date just under the text",
      '<ul><li>Datum 14.03.2023</li></ul>',
      '2023-03-14T00:00:00.000Z',
      '<p>Mehr zum Thema vom 10.03.2023</p>',
    ],
  ])('%s', (_name, meta, iso, under = '') => {
    const html = `<html lang="de"><body><h1>Stadtrat beschließt Haushalt</h1><div class="article">${text}${under}</div><div class="related"><h4>Die Redaktion empfiehlt</h4>${teasers}</div>${meta}</body></html>`;
    expect(extractArticle(html, 'https://www.example.de/a/1').publishedAt?.toISOString() ?? null).toBe(iso);
  });
});

/**
 * Classes 6 and 7 of the dates probe: lines that carry both times in any order ("Updated … |
 * Originally published …", "Aktualisiert: … | Erstellt: …"), update lines without a time, a press
 * release's dateline as the publication date when nothing better exists, and an update only when
 * the page shows one or declares one after the publication (a dateModified equal to datePublished,
 * seconds after it or before it is none, unless the page prints it as its update).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { pickDates } from '../../../src/extract/pick-dates.js';
import { pressReleaseDateline } from '../../../src/normalize/press-release-date.js';
import { COUNCIL_BODY } from './date-page-bodies.js';

describe('a line with both times, in either order', () => {
  it.each([
    [
      'Updated 3:15 PM EDT, May 15, 2024 | Originally published 11:02 AM EDT, May 15, 2024',
      'UTC',
      '2024-05-15T15:02:00.000Z',
      '2024-05-15T19:15:00.000Z',
    ],
    [
      'Last updated: 16 May 2024 09:00 BST · First published: 15 May 2024 18:00 BST',
      'UTC',
      '2024-05-15T17:00:00.000Z',
      '2024-05-16T08:00:00.000Z',
    ],
    [
      'Aktualisiert: 16.05.2024, 09:00 Uhr | Erstellt: 15.05.2024, 18:00 Uhr',
      'Europe/Berlin',
      '2024-05-15T16:00:00.000Z',
      '2024-05-16T07:00:00.000Z',
    ],
    [
      'Actualizado: 16/05/2024 09:00 h | Publicado: 15/05/2024 18:00 h',
      'Europe/Madrid',
      '2024-05-15T16:00:00.000Z',
      '2024-05-16T07:00:00.000Z',
    ],
    ['Originally published May 15, 2024; updated May 16, 2024', 'UTC', '2024-05-15T00:00:00.000Z', '2024-05-16T00:00:00.000Z'],
    // The update as a clock on the publication's day (Le Monde).
    ['Publié le 15 mai 2024 à 09h30, modifié à 11h02', 'Europe/Paris', '2024-05-15T07:30:00.000Z', '2024-05-15T09:02:00.000Z'],
    [
      'Veröffentlicht am 15.05.2024, 09:30 Uhr, aktualisiert um 11:02 Uhr',
      'Europe/Berlin',
      '2024-05-15T07:30:00.000Z',
      '2024-05-15T09:02:00.000Z',
    ],
    // Unchanged forms: publication first, and an update label after its own time.
    [
      '15.05.2024, 11:02 Uhr (Aktualisiert am 15.05.2024, 12:30 Uhr)',
      'Europe/Berlin',
      '2024-05-15T09:02:00.000Z',
      '2024-05-15T10:30:00.000Z',
    ],
  ])('%s', (line, zone, published, updated) => {
    const d = pickDates([], [], [line], zone);
    expect(d.publishedAt?.toISOString()).toBe(published);
    expect(d.updatedAt?.toISOString()).toBe(updated);
  });

  it('"2005-02-06 13:26更新" is still the update, and the day of publication', () => {
    const d = pickDates([], [], ['2005-02-06 13:26更新'], 'Asia/Shanghai');
    expect(d.updatedAt?.toISOString()).toBe('2005-02-06T05:26:00.000Z');
    expect(d.publishedPrecision).toBe('day');
  });
});

describe('updates', () => {
  it.each([
    [
      'an update line without a time',
      ['2024-05-15T11:02:00-04:00'],
      [],
      ['May 15, 2024', 'Updated: May 16, 2024'],
      '2024-05-16T00:00:00.000Z',
    ],
    ['Aktualisiert am, no time', ['2024-05-15T11:02:00+02:00'], [], ['Aktualisiert am 16.05.2024'], '2024-05-16T00:00:00.000Z'],
    [
      'a day-only update after a timed publication on one line',
      ['2024-05-15T11:02:00+02:00'],
      [],
      ['Publisert 15. mai 2024 kl. 11.02 Oppdatert 16. mai 2024'],
      '2024-05-16T00:00:00.000Z',
    ],
    [
      'a declared dateModified after the publication',
      ['2024-05-15T11:02:00-04:00'],
      ['2024-05-16T08:15:00-04:00'],
      [],
      '2024-05-16T12:15:00.000Z',
    ],
    ['dateModified equal to datePublished', ['2024-05-15T11:02:00+01:00'], ['2024-05-15T11:02:00+01:00'], [], null],
    ['dateModified 20 s after', ['2024-05-15T11:02:00-06:00'], ['2024-05-15T11:02:20-06:00'], [], null],
    ['dateModified before datePublished (a scheduled post)', ['2024-05-15T06:00:00-06:00'], ['2024-05-14T16:45:00-06:00'], [], null],
    [
      'an echoing dateModified, the update printed',
      ['2024-05-15T11:02:00+02:00'],
      ['2024-05-15T11:02:00+02:00'],
      ['Aktualisiert: 15.05.2024, 14:40 Uhr'],
      '2024-05-15T12:40:00.000Z',
    ],
  ])('%s', (_name, published, modified, lines, iso) => {
    expect(pickDates(published, modified, lines, 'Europe/Berlin').updatedAt?.toISOString() ?? null).toBe(iso);
  });

  it('an echoing dateModified that the page prints as its update elsewhere ("Last Updated:" in a byline box)', () => {
    const stamp = '2020-09-24T21:27:32+05:30';
    const printed = (): string[] => ['PTI Mumbai', 'Last Updated: September 24, 2020, 9:27 PM IST'];
    expect(pickDates([stamp], [stamp], [], 'Asia/Kolkata', { pageLines: printed }).updatedAt?.toISOString()).toBe(
      '2020-09-24T15:57:32.000Z',
    );
    expect(pickDates([stamp], [stamp], [], 'Asia/Kolkata', { pageLines: () => ['PTI Mumbai'] }).updatedAt).toBeNull();
  });

  it('a structured dateModified alone dates nothing (a WebPage node, og:updated_time)', () => {
    const d = pickDates([], ['2024-05-15T11:02:00+00:00'], [], null);
    expect(d.publishedAt).toBeNull();
    expect(d.updatedAt).toBeNull();
  });
});

const BODY = COUNCIL_BODY;
const page = (header: string, lead = ''): string =>
  `<html lang="en"><head><title>Council approves budget</title></head><body><article><header><h1>Council approves budget</h1>${header}</header>${lead}${BODY}</article></body></html>`;

describe("a press release's dateline", () => {
  it.each([
    ['NEW YORK, May 15, 2024 /PRNewswire/ -- Acme Corp. (NYSE: ACME) today announced a new plant.', '2024-05-15T00:00:00.000Z'],
    ['SAN FRANCISCO--(BUSINESS WIRE)--May 15, 2024--Acme Robotics, Inc. today announced a research center.', '2024-05-15T00:00:00.000Z'],
    ['TORONTO, May 15, 2024 (GLOBE NEWSWIRE) -- Northern Mining Ltd. is pleased to announce an expansion.', '2024-05-15T00:00:00.000Z'],
    ['NEW YORK, NY / ACCESSWIRE / May 15, 2024 / Greenfield Energy Corp. announced financing today.', '2024-05-15T00:00:00.000Z'],
    [
      'Wien (pts019/15.05.2024/11:02) - Die Acme AG hat heute ihr neues Werk in Linz eröffnet, wie sie mitteilte.',
      '2024-05-15T09:02:00.000Z',
    ],
  ])('%s', (lead, iso) => {
    const a = extractArticle(
      page('', `<p>${lead} The company said the plant would create about 300 jobs over three years.</p>`),
      'https://www.example.at/releases/acme',
    );
    expect(a.publishedAt?.toISOString()).toBe(iso);
  });

  it('only a dateline at the start of a paragraph, with a service named', () => {
    expect(pressReleaseDateline('The company said on May 15, 2024 that it would build a plant.')).toBeNull();
    expect(pressReleaseDateline(`${'x'.repeat(300)} /PRNewswire/ May 15, 2024`)).toBeNull();
  });
});

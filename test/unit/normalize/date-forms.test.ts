/**
 * Printed date forms found missing by an independent probe of hand-written pages (not the dev
 * pages): CJK clock words, two-digit years, month names between dashes or dots, Nordic "kl."
 * clocks; a line carrying both the publication and the update time; and the zones of outlets on
 * generic domains, whose zone-less times were read as UTC.
 */
import { describe, expect, it } from 'vitest';
import { pickDates } from '../../../src/extract/pick-dates.js';
import { parseDateInfo } from '../../../src/normalize/parse-zoned-date.js';
import { siteZone } from '../../../src/normalize/site-zone.js';

describe('printed dates with a time', () => {
  it.each([
    ['2024年05月15日11時02分', 'Asia/Tokyo', '2024-05-15T02:02:00.000Z'],
    ['2024年5月15日 11时02分', 'Asia/Shanghai', '2024-05-15T03:02:00.000Z'],
    ['Updated 11:02, 15-May-2024', 'Asia/Shanghai', '2024-05-15T03:02:00.000Z'],
    ['15.mai.2024 às 12h40', 'America/Sao_Paulo', '2024-05-15T15:40:00.000Z'],
    ['Publisert: 15.05.24 08:05', 'Europe/Oslo', '2024-05-15T06:05:00.000Z'],
    ['10:45, 15.05.24', 'Europe/Kyiv', '2024-05-15T07:45:00.000Z'],
    ['Publicerad 15 maj 2024 kl 11.05', 'Europe/Stockholm', '2024-05-15T09:05:00.000Z'],
    ['15. maj 2024 kl. 09.44', 'Europe/Copenhagen', '2024-05-15T07:44:00.000Z'],
    ['Julkaistu 15.5.2024 klo 11.02', 'Europe/Helsinki', '2024-05-15T08:02:00.000Z'],
    ['15 de Maio de 2024, 9:20', 'Europe/Lisbon', '2024-05-15T08:20:00.000Z'],
  ])('%s', (text, zone, iso) => {
    const d = parseDateInfo(text, zone);
    expect(d?.date.toISOString()).toBe(iso);
    expect(d?.precision).toBe('minute');
  });
  it('a dotted pair without a clock word stays a day ("15.05.2024 11.02" may be a date range)', () => {
    expect(parseDateInfo('15.05.2024 11.02', 'Europe/Berlin')?.precision).toBe('day');
    expect(parseDateInfo('Version 1.2.24 released', 'Europe/Berlin')).toBeNull();
  });
});

describe('a line with the publication and the update time', () => {
  it.each([
    [
      '15.05.2024, 11:02 Uhr (Aktualisiert am 15.05.2024, 12:30 Uhr)',
      'Europe/Berlin',
      '2024-05-15T09:02:00.000Z',
      '2024-05-15T10:30:00.000Z',
    ],
    [
      'Publié le 15/05/2024 à 14h23 — Mis à jour le 15/05/2024 à 15h10',
      'Europe/Paris',
      '2024-05-15T12:23:00.000Z',
      '2024-05-15T13:10:00.000Z',
    ],
  ])('%s', (line, zone, published, updated) => {
    const d = pickDates([], [], [line], zone);
    expect(d.publishedAt?.toISOString()).toBe(published);
    expect(d.updatedAt?.toISOString()).toBe(updated);
  });
  it('an update time alone is the update, and the day of publication', () => {
    const d = pickDates([], [], ['2005-02-06 13:26更新'], 'Asia/Shanghai');
    expect(d.updatedAt?.toISOString()).toBe('2005-02-06T05:26:00.000Z');
    expect(d.publishedPrecision).toBe('day');
  });
  it.each([
    'Päivitetty 15.5.2024 klo 12.40',
    'Aktualizacja: 15.05.2024, 12:40',
    'Aangepast 15-05-2024, 12:40',
    'Opdateret 15. maj 2024 kl. 12.40',
  ])('update words: %s', (line) => {
    expect(pickDates([], [], [line], 'Europe/Warsaw').updatedAt).not.toBeNull();
  });
});

describe('zones of outlets on generic domains', () => {
  it.each([
    ['www.dawn.com', 'Asia/Karachi'],
    ['timesofindia.indiatimes.com', 'Asia/Kolkata'],
    ['www.scmp.com', 'Asia/Hong_Kong'],
    ['www.koreaherald.com', 'Asia/Seoul'],
    ['www.khaleejtimes.com', 'Asia/Dubai'],
    ['g1.globo.com', 'America/Sao_Paulo'],
    ['www.timesofisrael.com', 'Asia/Jerusalem'],
  ])('%s', (host, zone) => {
    expect(siteZone(host, 'en')).toBe(zone);
  });
  it('unknown generic hosts still fall back to the language, else null', () => {
    expect(siteZone('example.com', 'en')).toBeNull();
    expect(siteZone('example.com', 'de')).toBe('Europe/Berlin');
    // A host that merely ends like a listed one is not it.
    expect(siteZone('notdawn.com', 'en')).toBeNull();
  });
});

describe('a clock beside an ISO day, and zones in brackets or as Asian abbreviations', () => {
  it.each([
    // Shanghai Daily prints the clock and its zone before the day.
    ['15:30 UTC+8, 2024-05-15', 'UTC', '2024-05-15T07:30:00.000Z', true],
    ['2024-05-15 | 11:02', 'Asia/Shanghai', '2024-05-15T03:02:00.000Z', false],
    ['2024-05-15, 11:02:33', 'Asia/Shanghai', '2024-05-15T03:02:33.000Z', false],
    ['2024-05-15 11:02 (GMT+8)', 'UTC', '2024-05-15T03:02:00.000Z', true],
    ['Updated 15:30 BJT, May 15, 2024', 'UTC', '2024-05-15T07:30:00.000Z', true],
    ['May 15, 2024 3:30 PM MYT', 'UTC', '2024-05-15T07:30:00.000Z', true],
    ['15 May 2024 10:00 ICT', 'UTC', '2024-05-15T03:00:00.000Z', true],
  ])('%s', (text, zone, iso, zoned) => {
    const d = parseDateInfo(text, zone);
    expect(d?.date.toISOString()).toBe(iso);
    expect(d?.zoned).toBe(zoned);
  });

  it('an ISO day alone stays a day; a number far from it is no clock', () => {
    expect(parseDateInfo('2024-05-15', 'Asia/Shanghai')).toMatchObject({ precision: 'day' });
    expect(parseDateInfo('2024-05-15 (Beijing) 10:00 views', 'Asia/Shanghai')?.precision).toBe('day');
  });
});

/**
 * Printed date forms the dates probe (2026-12-04, hand-written pages) found misread: two-digit
 * years in slashed, dashed and dotted dates, with or without a clock (class 5), and a clock
 * followed by "UK", as Sky News prints it, which is London time: BST in summer, GMT in winter
 * (class 3).
 */
import { describe, expect, it } from 'vitest';
import { parseDateInfo } from '../../../src/normalize/parse-zoned-date.js';

describe('two-digit years', () => {
  it.each([
    ['15/05/24 11:02', 'Europe/London', '2024-05-15T10:02:00.000Z', 'minute'],
    ['Publicado: 15/05/24 - 11:02', 'Europe/Madrid', '2024-05-15T09:02:00.000Z', 'minute'],
    ['15-05-24 | 11:02 IST', 'Asia/Kolkata', '2024-05-15T05:32:00.000Z', 'minute'],
    ['05/15/24 11:02 AM EDT', 'UTC', '2024-05-15T15:02:00.000Z', 'minute'],
    ['Mi., 15.05.24, 11:02 Uhr', 'Europe/Berlin', '2024-05-15T09:02:00.000Z', 'minute'],
    ['15.5.24 klo 11.02', 'Europe/Helsinki', '2024-05-15T08:02:00.000Z', 'minute'],
    ['15.05.24', 'Europe/Berlin', '2024-05-15T00:00:00.000Z', 'day'],
    ['15/05/24', 'Europe/London', '2024-05-15T00:00:00.000Z', 'day'],
  ])('%s', (text, zone, iso, precision) => {
    const d = parseDateInfo(text, zone);
    expect(d?.date.toISOString()).toBe(iso);
    expect(d?.precision).toBe(precision);
  });

  it.each(['Version 1.2.24 released', 'Seite 1.2.24', 'Tabelle 3.4.24'])('no date without a padded day and month: %s', (text) => {
    expect(parseDateInfo(text, 'Europe/Berlin')).toBeNull();
  });
});

describe('"UK" after the clock', () => {
  it.each([
    ['Wednesday 15 May 2024 17:55, UK', '2024-05-15T16:55:00.000Z'],
    ['Monday 15 January 2024 17:55, UK', '2024-01-15T17:55:00.000Z'],
    ['Updated 18:30, UK, Thursday 16 May 2024', '2024-05-16T17:30:00.000Z'],
  ])('%s', (text, iso) => {
    // Read with the site zone unknown (UTC): the text states the zone.
    const d = parseDateInfo(text, 'UTC');
    expect(d?.date.toISOString()).toBe(iso);
    expect(d?.zoned).toBe(true);
  });

  it('a "UK" that is no zone right after the clock stays the site zone', () => {
    expect(parseDateInfo('15 May 2024 17:55 - UK news', 'Europe/Berlin')?.zoned).toBe(false);
  });
});

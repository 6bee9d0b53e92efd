/**
 * Class 3 of the dates probe: a value that states its zone beats a zone-less value of the same wall
 * time. A zone-less JSON-LD `datePublished` beside og's `…+02:00` or a printed "14:05 CEST" is the
 * same clock; a structured `+06:00` value whose clock the page prints stands even where the site
 * zone was guessed wrong (Russian-language Kyrgyz site read in Moscow time).
 */
import { describe, expect, it } from 'vitest';
import { pickDates } from '../../../src/extract/pick-dates.js';

describe('zoned against zone-less, same wall clock', () => {
  it.each([
    [
      'JSON-LD zone-less, og with offset (site zone unknown)',
      ['2024-05-15T14:05:00', '2024-05-15T14:05:00+02:00'],
      [],
      null,
      '2024-05-15T12:05:00.000Z',
    ],
    ['JSON-LD zone-less, <time> with offset', ['2024-05-15 09:30:00', '2024-05-15T09:30:00-05:00'], [], null, '2024-05-15T14:30:00.000Z'],
    ['JSON-LD zone-less, printed with CEST', ['2024-05-15T14:05:00'], ['15 May 2024, 14:05 CEST'], null, '2024-05-15T12:05:00.000Z'],
    [
      'JSON-LD zone-less, printed "17:55, UK"',
      ['2024-05-15T17:55:00'],
      ['Wednesday 15 May 2024 17:55, UK'],
      null,
      '2024-05-15T16:55:00.000Z',
    ],
    [
      '+06:00 printed as its own clock, site zone Moscow',
      ['2023-05-15T14:05:00+06:00'],
      ['15.05.2023 14:05'],
      'Europe/Moscow',
      '2023-05-15T08:05:00.000Z',
    ],
    // Unchanged: a UTC clock labelled local still yields to the printed time (time-trust-order).
    [
      'UTC clock labelled +01:00',
      ['2022-02-03T20:17:12+01:00'],
      ['am 3. Februar 2022 um 21:17'],
      'Europe/Berlin',
      '2022-02-03T20:17:00.000Z',
    ],
    // Zone-less and known site zone: read in it.
    ['zone-less alone, site in Berlin', ['2024-05-15T14:05:00'], [], 'Europe/Berlin', '2024-05-15T12:05:00.000Z'],
  ])('%s', (_name, published, lines, zone, iso) => {
    expect(pickDates(published, [], lines, zone).publishedAt?.toISOString()).toBe(iso);
  });

  it('a value labelled Z is not preferred for its wall clock over the zone-less one read in the site zone', () => {
    const d = pickDates(['2024-05-15T14:05:00', '2024-05-15T14:05:00Z'], [], [], 'Europe/Berlin');
    expect(d.publishedAt?.toISOString()).toBe('2024-05-15T12:05:00.000Z');
  });
});

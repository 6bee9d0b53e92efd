/**
 * Class 1 of the dates probe: which number of `05/03/2024` is the day. The page decides first
 * (another numeric date on it that cannot be read both ways, agreement with its structured or URL
 * day, the weekday printed beside it), then the site's country, then its declared language; US
 * order only where that evidence says so.
 */
import { describe, expect, it } from 'vitest';
import { pickDates } from '../../../src/extract/pick-dates.js';
import { ambiguousNumericDate, orderOfSite, orderOnPage } from '../../../src/normalize/numeric-date-order.js';
import { parseDateInfo } from '../../../src/normalize/parse-zoned-date.js';

describe('the order a page shows', () => {
  it.each([
    [['Posted 05/03/2024 14:30', 'Road work begins 05/14/2024'], 'mdy'],
    [['04/05/2024', 'Jim Allen — 13/05/2024'], 'dmy'],
    [['Latest: 17/04/2024, 22/04/2024'], 'dmy'],
    [['05/03/2024', '13/05/2024', '05/14/2024'], null],
    [['05/03/2024', '2024-05-15', 'call 555-12-20'], null],
    [['Score 3-1 after 90 minutes'], null],
  ])('%j -> %s', (lines, order) => {
    expect(orderOnPage(lines)).toBe(order);
  });
});

describe('the order a site implies', () => {
  it.each([
    ['Europe/London', 'en-US', 'dmy'],
    ['Australia/Sydney', null, 'dmy'],
    ['America/New_York', 'en', 'mdy'],
    ['Asia/Manila', 'en', 'mdy'],
    [null, 'en-US', 'mdy'],
    [null, 'en-GB', 'dmy'],
    [null, 'en', null],
    [null, 'es', 'dmy'],
    ['America/Toronto', 'en-CA', null],
    ['Asia/Shanghai', 'zh-CN', null],
    [null, null, null],
  ])('%s, %s -> %s', (zone, lang, order) => {
    expect(orderOfSite(zone, lang)).toBe(order);
  });

  it.each([
    ['05/03/2024', true],
    ['5-3-24', true],
    ['15/03/2024', false],
    ['03/03/2024', false],
    ['2024-05-03', false],
  ])('ambiguous: %s %s', (text, yes) => {
    expect(ambiguousNumericDate(text)).toBe(yes);
  });
});

describe('reading an ambiguous date', () => {
  it('the order given beats the AM/PM default', () => {
    expect(parseDateInfo('03/05/2024 10:30 am', 'Europe/London', 'dmy')?.date.toISOString()).toBe('2024-05-03T09:30:00.000Z');
    expect(parseDateInfo('05/03/2024 09:15', 'America/New_York', 'mdy')?.date.toISOString()).toBe('2024-05-03T13:15:00.000Z');
    // Without one, AM/PM still means the en-US default of ASP.NET templates.
    expect(parseDateInfo('5/3/2005 9:23:57 PM', 'Asia/Shanghai')?.date.toISOString()).toBe('2005-05-03T13:23:57.000Z');
  });

  it.each([
    // [what, published, lines, zone, hints, expected]
    ['agrees with the structured day', ['2024-05-03'], ['05/03/2024 10:30 EDT'], null, {}, '2024-05-03T14:30:00.000Z'],
    ['agrees with the URL day (month first)', [], ['05/03/2024 - 16:45 PDT'], null, { urlDay: '2024-05-03' }, '2024-05-03T23:45:00.000Z'],
    [
      'agrees with the URL day (day first, beating en-US)',
      [],
      ['05/03/2024 10:30 AM GMT'],
      null,
      { urlDay: '2024-03-05', order: 'mdy' as const },
      '2024-03-05T10:30:00.000Z',
    ],
    ['the weekday beside it', [], ['Submitted by editor on Fri, 05/03/2024 - 11:02'], 'Europe/London', {}, '2024-05-03T10:02:00.000Z'],
    ['the page order', [], ['05/04/2024 10:30 am WAT'], null, { order: 'dmy' as const }, '2024-04-05T09:30:00.000Z'],
  ])('%s', (_what, published, lines, zone, hints, iso) => {
    expect(pickDates(published, [], lines, zone, hints).publishedAt?.toISOString()).toBe(iso);
  });
});

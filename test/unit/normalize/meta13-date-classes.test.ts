/**
 * Date classes from the second meta13 probe: Iranian sites' numeric Solar Hijri dates, and the
 * publication and update labels of more languages (Turkish, Arabic, Persian, Hebrew, Hindi, Czech,
 * Greek, Romanian, Indonesian, Vietnamese), with near-misses.
 */
import { describe, expect, it } from 'vitest';
import { nativeDateText } from '../../../src/normalize/native-date-text.js';
import { parseDateInfo } from '../../../src/normalize/parse-zoned-date.js';
import { pickDates } from '../../../src/extract/pick-dates.js';
import { visibleDate, type LineContext } from '../../../src/extract/visible-dates.js';

describe('numeric Solar Hijri dates', () => {
  it.each([
    ['تاریخ انتشار : ۱۴۰۳/۰۲/۲۶ - ۱۱:۰۲', 'تاریخ انتشار : 15 May 2024 - 11:02'],
    ['کد خبر: ۳۹۸۰۵۰ تاریخ انتشار : 1403/02/26', 'کد خبر: 398050 تاریخ انتشار : 15 May 2024'],
    ['انتشار: 1399-12-30', 'انتشار: 20 March 2021'],
  ])('%s', (text, want) => {
    expect(nativeDateText(text)).toBe(want);
  });

  it.each([
    // A lunar Hijri year (Gulf sites), an Arabic-Indic line with no letters, a Gregorian date, a Thai line.
    '1445/11/07 هـ',
    '١٤٠٣/٢/٢٦',
    'نشر في 2024/05/15',
    'วันที่ 1403/02/26',
  ])('near-miss %s is not converted as Solar Hijri', (text) => {
    expect(nativeDateText(text)).not.toMatch(/May 2024|March 2021/u);
  });
});

const ctx = (zone: string): LineContext => ({ zone, order: 'dmy', foreignDays: new Set(), refDay: null });

describe('publication and update labels in more languages', () => {
  it.each([
    [
      'Yayınlanma: 15.05.2024 11:02 - Güncelleme: 15.05.2024 13:45',
      'Europe/Istanbul',
      '2024-05-15T08:02:00.000Z',
      '2024-05-15T10:45:00.000Z',
    ],
    [
      'تاريخ النشر: 15 مايو 2024 11:02 ص - آخر تحديث: 15 مايو 2024 1:45 م',
      'Asia/Riyadh',
      '2024-05-15T08:02:00.000Z',
      '2024-05-15T10:45:00.000Z',
    ],
    ['פורסם: 15.05.2024 11:02 | עודכן: 15.05.2024 13:45', 'Asia/Jerusalem', '2024-05-15T08:02:00.000Z', '2024-05-15T10:45:00.000Z'],
    [
      'Publikováno: 15. 5. 2024 11:02, aktualizováno: 15. 5. 2024 13:45',
      'Europe/Prague',
      '2024-05-15T09:02:00.000Z',
      '2024-05-15T11:45:00.000Z',
    ],
    [
      'Publicat: 15.05.2024, 11:02 Actualizat: 15.05.2024, 13:45',
      'Europe/Bucharest',
      '2024-05-15T08:02:00.000Z',
      '2024-05-15T10:45:00.000Z',
    ],
    ['2024年5月15日 11時02分 (2024年5月15日 13時45分 更新)', 'Asia/Tokyo', '2024-05-15T02:02:00.000Z', '2024-05-15T04:45:00.000Z'],
  ])('%s', (line, zone, pub, upd) => {
    expect(visibleDate([line], ctx(zone), null, 'pub', true)?.info.date.toISOString()).toBe(pub);
    expect(visibleDate([line], ctx(zone), null, 'upd', true)?.info.date.toISOString()).toBe(upd);
  });

  it('near-miss: a bracketed date with no label after it stays the publication', () => {
    const line = ['2024年5月15日 11時02分 (2024年5月15日)'];
    expect(visibleDate(line, ctx('Asia/Tokyo'), null, 'upd', false)).toBeNull();
  });
});

describe('an update printed at the publication time beside it is none', () => {
  it.each([
    [['30.11.2020 18:14 | Son Güncelleme: 30.11.2020 18:14'], 'Europe/Istanbul'],
    [['28.5.2020 17:43', 'Uppdaterad 28.5.2020 17:43'], 'Europe/Stockholm'],
    [['03.04.2025 - Güncelleme : 03.04.2025'], 'Europe/Istanbul'],
  ])('%j', (lines, zone) => {
    const d = pickDates([], [], lines, zone);
    expect(d.publishedAt).not.toBeNull();
    expect(d.updatedAt).toBeNull();
  });

  it('near-miss: a later update on the same line counts', () => {
    const d = pickDates([], [], ['30.11.2020 18:14 | Son Güncelleme: 30.11.2020 19:40'], 'Europe/Istanbul');
    expect(d.updatedAt?.toISOString()).toBe('2020-11-30T16:40:00.000Z');
  });

  it('near-miss: an update printed alone at the declared time still counts (news18, Die Zeit)', () => {
    const lines = ['Last Updated: May 15, 2024, 11:02 IST'];
    const d = pickDates(['2024-05-15T11:02:00+05:30'], ['2024-05-15T11:02:00+05:30'], lines, 'Asia/Kolkata', {
      pageLines: () => lines,
    });
    expect(d.updatedAt?.toISOString()).toBe('2024-05-15T05:32:00.000Z');
  });
});

describe('spaced numeric dates (Czech, Slovak)', () => {
  it.each([
    ['15. 5. 2024 11:02', 'Europe/Prague', '2024-05-15T09:02:00.000Z'],
    ['Aktualizované 3. 12. 2023 08:15', 'Europe/Bratislava', '2023-12-03T07:15:00.000Z'],
  ])('%s', (text, zone, want) => {
    expect(parseDateInfo(text, zone, 'dmy')?.date.toISOString()).toBe(want);
  });

  it.each(['1. 5. místo v tabulce', 'Skóre 2. 1. 0'])('near-miss %s: no year, no date', (text) => {
    expect(parseDateInfo(text, 'Europe/Prague', 'dmy')).toBeNull();
  });
});

describe('third probe: Thai two-digit Buddhist years, dotted month words', () => {
  it.each([
    ['15 พ.ค. 67 11:02 น.', '15 May 2024 11:02 น.'],
    ['1 ม.ค. 68', '1 January 2025'],
    ['15.mai.2024 às 11h02', '15 mai 2024 às 11h02'],
    ['Atualizado: 15.mai.2024 às 13h45', 'Atualizado: 15 mai 2024 às 13h45'],
  ])('%s', (text, want) => {
    expect(nativeDateText(text)).toBe(want);
  });

  it.each(['ราคา 15 พ.ค. 67.50 บาท', 'v1.mai.2024', '3.abc.2024', 'release 2.beta.2024'])('near-miss %s unchanged', (text) => {
    expect(nativeDateText(text)).toBe(text);
  });

  it('reads the Thai clock in the site zone', () => {
    expect(parseDateInfo('15 พ.ค. 67 11:02 น.', 'Asia/Bangkok')?.date.toISOString()).toBe('2024-05-15T04:02:00.000Z');
  });
});

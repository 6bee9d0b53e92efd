/**
 * Dates in the scripts, calendars and orders of outlets outside Western Europe and the
 * Anglosphere, by class: native digits (Bengali, Persian, Arabic-Indic, Devanagari, Thai,
 * fullwidth), month names with combining vowel signs (Hindi, Bengali), Thai abbreviations and the
 * Buddhist year, the Solar Hijri calendar (Iran's month names and Afghanistan's), Levantine
 * two-word months, Arabic AM/PM words, Korean and spaced CJK dates, a weekday between a CJK date
 * and its clock, month-first and year-first orders with a month name. Written from how these
 * outlets print dates, not from the dev pages.
 */
import { describe, expect, it } from 'vitest';
import { pickDates } from '../../../src/extract/pick-dates.js';
import { nativeDateText, solarHijriToGregorian } from '../../../src/normalize/native-date-text.js';
import { parseDateInfo } from '../../../src/normalize/parse-zoned-date.js';

describe('printed dates with a time, by script and calendar', () => {
  it.each([
    // Korean: spaced dots (JavaScript's ko-KR format), 년/월/일 and 시/분
    ['2024. 05. 15. 11:02', 'Asia/Seoul', '2024-05-15T02:02:00.000Z'],
    ['입력 2024. 5. 15. 오후 3:02', 'Asia/Seoul', '2024-05-15T06:02:00.000Z'],
    ['2024년 5월 15일 15시 02분', 'Asia/Seoul', '2024-05-15T06:02:00.000Z'],
    ['2024년 5월 15일 (수) 15:02', 'Asia/Seoul', '2024-05-15T06:02:00.000Z'],
    // a weekday between the day and the clock
    ['2024年5月15日(水) 11:02', 'Asia/Tokyo', '2024-05-15T02:02:00.000Z'],
    ['2024年5月15日 星期三 11:02', 'Asia/Shanghai', '2024-05-15T03:02:00.000Z'],
    // inline elements per number leave spaces
    ['2024 年 05 月 15 日 11:02', 'Asia/Shanghai', '2024-05-15T03:02:00.000Z'],
    // native digits and month names
    ['১৫ মে ২০২৪, ১১:০২', 'Asia/Dhaka', '2024-05-15T05:02:00.000Z'],
    ['15 मई 2024, 11:02 AM IST', 'Asia/Kolkata', '2024-05-15T05:32:00.000Z'],
    ['१५ सितंबर २०२४ ११:०२', 'Asia/Kolkata', '2024-09-15T05:32:00.000Z'],
    ['15 พ.ค. 2567 11:02 น.', 'Asia/Bangkok', '2024-05-15T04:02:00.000Z'],
    ['๑๕ พฤษภาคม ๒๕๖๗ ๑๑:๐๒', 'Asia/Bangkok', '2024-05-15T04:02:00.000Z'],
    ['２０２４年５月１５日 １１：０２', 'Asia/Tokyo', '2024-05-15T02:02:00.000Z'],
    // Arabic: Egyptian/Gulf, Levantine (one and two words), Maghreb names; AM/PM words; Arabic-Indic digits
    ['الأربعاء، 15 مايو 2024 11:02 ص', 'Africa/Cairo', '2024-05-15T08:02:00.000Z'],
    ['١٥ مايو ٢٠٢٤ - ٠٣:٠٢ م', 'Asia/Riyadh', '2024-05-15T12:02:00.000Z'],
    ['15 أيار 2024 11:02', 'Asia/Beirut', '2024-05-15T08:02:00.000Z'],
    ['15 تشرين الأول 2024 11:02', 'Asia/Damascus', '2024-10-15T08:02:00.000Z'],
    ['15 تشرين الثاني 2024 11:02', 'Asia/Baghdad', '2024-11-15T08:02:00.000Z'],
    ['15 جوان 2024 11:02', 'Africa/Algiers', '2024-06-15T10:02:00.000Z'],
    // Urdu, Greek, Hebrew
    ['15 مئی 2024 11:02', 'Asia/Karachi', '2024-05-15T06:02:00.000Z'],
    ['15 Μαΐου 2024, 11:02', 'Europe/Athens', '2024-05-15T08:02:00.000Z'],
    ['15 במאי 2024 11:02', 'Asia/Jerusalem', '2024-05-15T08:02:00.000Z'],
    // Solar Hijri: Iran (Persian digits, ق.ظ / ب.ظ), Afghanistan's zodiac month names
    ['۲۵ اردیبهشت ۱۴۰۳ - ۱۱:۰۲', 'Asia/Tehran', '2024-05-14T07:32:00.000Z'],
    ['۲۵ اردیبهشت ۱۴۰۳ ساعت ۰۳:۰۲ ب.ظ', 'Asia/Tehran', '2024-05-14T11:32:00.000Z'],
    ['25 ثور 1403 11:02', 'Asia/Kabul', '2024-05-14T06:32:00.000Z'],
    // Vietnamese words, month first in Spanish, year first in Hungarian and Lithuanian
    ['15 tháng 5 năm 2024 11:02', 'Asia/Ho_Chi_Minh', '2024-05-15T04:02:00.000Z'],
    ['mayo 15, 2024 | 11:02 hrs', 'America/Mexico_City', '2024-05-15T17:02:00.000Z'],
    ['2024. május 15. 11:02', 'Europe/Budapest', '2024-05-15T09:02:00.000Z'],
    ['2024 m. gegužės 15 d. 11:02', 'Europe/Vilnius', '2024-05-15T08:02:00.000Z'],
    // month names the prefixes missed
    ['15 Agustus 2024 11:02 WIB', 'Asia/Jakarta', '2024-08-15T04:02:00.000Z'],
    ['15 Ogos 2024 11:02', 'Asia/Kuala_Lumpur', '2024-08-15T03:02:00.000Z'],
    ['15. května 2024 11:02', 'Europe/Prague', '2024-05-15T09:02:00.000Z'],
    ['15 iunie 2024, 11:02', 'Europe/Bucharest', '2024-06-15T08:02:00.000Z'],
    ['15 май 2024, 11:02', 'Europe/Sofia', '2024-05-15T08:02:00.000Z'],
    ['15 de maig de 2024, 11:02', 'Europe/Madrid', '2024-05-15T09:02:00.000Z'],
  ])('%s', (text, zone, iso) => {
    const d = parseDateInfo(text, zone);
    expect(d?.date.toISOString()).toBe(iso);
    expect(d?.precision).toBe('minute');
  });
});

describe('what stays as it was', () => {
  it('Latin text passes through unchanged (the same string)', () => {
    const s = '15 May 2024, 11:02';
    expect(nativeDateText(s)).toBe(s);
  });
  it('a word that starts like a month is no month in the other orders', () => {
    expect(parseDateInfo('mayor 15, 2024 11:02', 'UTC')).toBeNull();
    expect(parseDateInfo('2024. Decision 15.', 'UTC')).toBeNull();
  });
  it('"م" after a year is the era, not PM; after a clock it is PM', () => {
    expect(parseDateInfo('15 مايو 2024م 11:02', 'Asia/Riyadh')?.date.toISOString()).toBe('2024-05-15T08:02:00.000Z');
    expect(parseDateInfo('15 مايو 2024 11:02 م', 'Asia/Riyadh')?.date.toISOString()).toBe('2024-05-15T20:02:00.000Z');
  });
  it('a Solar Hijri year outside 1300-1499 is not converted', () => {
    expect(parseDateInfo('25 اردیبهشت 1203', 'Asia/Tehran')).toBeNull();
  });
});

describe('Solar Hijri to Gregorian (ICU persian calendar as reference)', () => {
  it.each([
    [1403, 1, 1, [2024, 3, 20]],
    [1402, 12, 29, [2024, 3, 19]],
    [1403, 12, 30, [2025, 3, 20]],
    [1399, 7, 1, [2020, 9, 22]],
    [1380, 10, 11, [2002, 1, 1]],
  ])('%i-%i-%i', (y, m, d, g) => {
    expect(solarHijriToGregorian(y, m, d)).toEqual(g);
  });
  it('30 Esfand of a common year does not exist', () => {
    expect(solarHijriToGregorian(1402, 12, 30)).toBeNull();
  });
});

describe('the visible date line in the native script', () => {
  it('a Bengali date line under the headline gives the publication minute', () => {
    const picked = pickDates([], [], ['প্রকাশিত: ১৫ মে ২০২৪, ১১:০২'], 'Asia/Dhaka');
    expect(picked.publishedAt?.toISOString()).toBe('2024-05-15T05:02:00.000Z');
  });
  it('a Korean structured day gets its minute from a spaced-dot line', () => {
    const picked = pickDates(['2024-05-15'], [], ['입력 2024. 05. 15. 11:02'], 'Asia/Seoul');
    expect(picked.publishedAt?.toISOString()).toBe('2024-05-15T02:02:00.000Z');
  });
});

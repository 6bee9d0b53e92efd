/**
 * Dates written in scripts and calendars the date readers do not parse directly, rewritten as
 * the forms they do: native digits as ASCII ("১৫ মে ২০২৪", "۱۱:۰۲", "１１：０２"), month names
 * that carry combining vowel signs or dots (Hindi "मई", Bengali "মে", Thai "พ.ค.") or two words
 * (Levantine "تشرين الأول") as English names, the Thai Buddhist year (2567 = 2024), the Solar
 * Hijri calendar of Iranian and Afghan outlets ("۲۵ اردیبهشت ۱۴۰۳", "۲۵ ثور ۱۴۰۳"), Vietnamese
 * "15 tháng 5 năm 2024", and Arabic and Persian AM/PM words after a clock ("11:02 ص").
 *
 * Single-word month names written with letters only (Arabic "مايو", Greek "Μαΐου", Urdu "مئی")
 * are in the shared table of date-words.ts instead, so datelines know them too.
 *
 * Also Folha's dotted month (`15.mai.2024`). Text without any of these scripts (a quick test) is returned as it is: the page readers call
 * this on every candidate line.
 */
import { isMonthName } from './date-words.js';

/** Any character of the scripts handled here, fullwidth digits, or the Vietnamese month word. */
const TRIGGER = /[\u0900-\u09ff\u0590-\u06ff\u0e00-\u0e7f\uff10-\uff1a]|th[\u00e1a]ng/i;

/** First code unit of each script's digit zero; a digit is `zero + n`. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];
const NATIVE_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19\uff1a]/g;

function asciiDigit(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0xff1a) return ':'; // fullwidth colon
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return c;
}

const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Month names whose words the letter-run readers cannot take, by month number: Devanagari and
 * Bengali vowel signs are combining marks (not `\p{L}`), Thai abbreviations carry dots, and
 * Levantine/Iraqi months of two words name different months by their second word.
 */
const NATIVE_MONTHS: ReadonlyArray<readonly string[]> = [
  // Hindi (both spellings where papers differ), Bengali, Thai full and abbreviated, Levantine, Hebrew with "in"
  ['जनवरी', 'জানুয়ারি', 'জানুয়ারী', 'มกราคม', 'ม.ค.', 'كانون الثاني', 'בינואר', 'ינואר'],
  ['फ़रवरी', 'फरवरी', 'ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'กุมภาพันธ์', 'ก.พ.', 'בפברואר', 'פברואר'],
  ['मार्च', 'মার্চ', 'มีนาคม', 'มี.ค.', 'במרץ', 'מרץ'],
  ['अप्रैल', 'এপ্রিল', 'เมษายน', 'เม.ย.', 'באפריל', 'אפריל'],
  ['मई', 'মে', 'พฤษภาคม', 'พ.ค.', 'במאי', 'מאי'],
  ['जून', 'জুন', 'มิถุนายน', 'มิ.ย.', 'ביוני', 'יוני'],
  ['जुलाई', 'জুলাই', 'กรกฎาคม', 'ก.ค.', 'ביולי', 'יולי'],
  ['अगस्त', 'আগস্ট', 'আগষ্ট', 'สิงหาคม', 'ส.ค.', 'آب', 'באוגוסט', 'אוגוסט'],
  ['सितंबर', 'सितम्बर', 'সেপ্টেম্বর', 'กันยายน', 'ก.ย.', 'בספטמבר', 'ספטמבר'],
  ['अक्टूबर', 'अक्तूबर', 'অক্টোবর', 'ตุลาคม', 'ต.ค.', 'تشرين الأول', 'באוקטובר', 'אוקטובר'],
  ['नवंबर', 'नवम्बर', 'নভেম্বর', 'พฤศจิกายน', 'พ.ย.', 'تشرين الثاني', 'בנובמבר', 'נובמבר'],
  ['दिसंबर', 'दिसम्बर', 'ডিসেম্বর', 'ธันวาคม', 'ธ.ค.', 'كانون الأول', 'בדצמבר', 'דצמבר'],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NATIVE_MONTH_NUMBER = new Map<string, number>();
NATIVE_MONTHS.forEach((names, i) => names.forEach((n) => NATIVE_MONTH_NUMBER.set(n, i + 1)));
/** `15.mai.2024`: a day, a month word and a year joined by dots. */
const DOTTED_MONTH = /(?<![\p{L}\d.])(\d{1,2})\.(\p{L}{3,9})\.(\d{4})(?!\d)/gu;
/** A day, a Thai month name, a two-digit Buddhist year (see nativeDateText). */
const THAI_DMY_SHORT = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*(${[...NATIVE_MONTH_NUMBER.keys()]
    .filter((n) => /[\u0e00-\u0e7f]/u.test(n))
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\s*(\\d{2})(?![\\d:.])`,
  'u',
);
/** A day, a native month name, a year: longest names first so "كانون الثاني" is not cut short. */
const NATIVE_DMY = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*(${[...NATIVE_MONTH_NUMBER.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\s*,?\\s*(\\d{4})(?!\\d)`,
  'u',
);

/** Solar Hijri months: Iranian names, then the Dari zodiac names Afghan outlets print. */
const SOLAR_MONTHS: ReadonlyArray<readonly string[]> = [
  ['فروردین', 'حمل'],
  ['اردیبهشت', 'ثور'],
  ['خرداد', 'جوزا'],
  ['تیر', 'سرطان'],
  ['مرداد', 'اسد'],
  ['شهریور', 'سنبله'],
  ['مهر', 'میزان'],
  ['آبان', 'عقرب'],
  ['آذر', 'قوس'],
  ['دی', 'جدی'],
  ['بهمن', 'دلو'],
  ['اسفند', 'حوت'],
];
const SOLAR_MONTH_NUMBER = new Map<string, number>();
SOLAR_MONTHS.forEach((names, i) => names.forEach((n) => SOLAR_MONTH_NUMBER.set(n, i + 1)));
/** Day, Solar Hijri month, year 1300-1499 (1921-2121). */
/** `1403/02/26`, `1403-2-26`: a Solar Hijri year of this century, month and day. */
const SOLAR_YMD = /(?<![\d/.-])(1(?:3\d\d|4[0-2]\d))([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])/u;
const SOLAR_DMY = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${[...SOLAR_MONTH_NUMBER.keys()].join('|')})\\s+(1[34]\\d\\d)(?!\\d)`, 'u');

/** Vietnamese: "15 tháng 5 năm 2024", "ngày 15 tháng 5, 2024", "15 Tháng Năm 2024" is not read (rare). */
const VIETNAMESE_DMY = /(?<!\d)(\d{1,2})\s+th[\u00e1a]ng\s+(\d{1,2})(?:\s+n[\u0103a]m|\s*,)\s+(\d{4})(?!\d)/iu;

/** Arabic and Persian words for AM/PM after a clock. */
const ARABIC_MERIDIEM = /(\d{1,2}:\d{2}(?::\d{2})?)\s*(صباحاً|صباحا|ص|مساءً|مساء|م|ق\.?\s?ظ|ب\.?\s?ظ)(?![\p{L}])/gu;
const ARABIC_PM = /^(?:مساء|م$|ب)/u;

const persianCalendar = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** [year, month, day] in the Solar Hijri calendar of a UTC day. */
function solarParts(t: number): [number, number, number] {
  const p: Record<string, number> = {};
  for (const part of persianCalendar.formatToParts(new Date(t))) if (part.type !== 'literal') p[part.type] = parseInt(part.value, 10);
  return [p['year']!, p['month']!, p['day']!];
}

/** Day of the Solar Hijri year, from 0: six months of 31 days, then 30. */
const solarDayOfYear = (m: number, d: number): number => (m <= 6 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1;

/**
 * The Gregorian day of a Solar Hijri date, with ICU's Persian calendar as the reference: start at
 * the estimate (1 Farvardin is March 20 or 21) and step by the difference ICU reports.
 */
export function solarHijriToGregorian(y: number, m: number, d: number): [number, number, number] | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  let t = Date.UTC(y + 621, 2, 21) + solarDayOfYear(m, d) * 86400e3;
  for (let i = 0; i < 5; i++) {
    const [py, pm, pd] = solarParts(t);
    if (py === y && pm === m && pd === d) {
      const g = new Date(t);
      return [g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate()];
    }
    // Years counted as 365 days: off by one across a leap year's last day, then one step more.
    let diff = (y - py) * 365 + solarDayOfYear(m, d) - solarDayOfYear(pm, pd);
    if (diff === 0) diff = py * 400 + pm * 32 + pd > y * 400 + m * 32 + d ? -1 : 1;
    t += diff * 86400e3;
  }
  return null; // a day the calendar does not have (30 Esfand of a common year)
}

/** The text with the forms above rewritten for the date readers (unchanged when there are none). */
export function nativeDateText(text: string): string {
  // Folha's dotted month ("15.mai.2024 às 11h02") spaced as the month readers expect it.
  const src = text.includes('.')
    ? text.replace(DOTTED_MONTH, (all, d: string, m: string, y: string) => (isMonthName(m) ? `${d} ${m} ${y}` : all))
    : text;
  if (!TRIGGER.test(src)) return src;
  let t = src.replace(NATIVE_DIGIT, asciiDigit);
  t = t.replace(ARABIC_MERIDIEM, (_all, clock: string, word: string) => `${clock} ${ARABIC_PM.test(word) ? 'PM' : 'AM'}`);
  const solar = SOLAR_DMY.exec(t);
  if (solar) {
    const g = solarHijriToGregorian(+solar[3]!, SOLAR_MONTH_NUMBER.get(solar[2]!)!, +solar[1]!);
    if (g) t = `${t.slice(0, solar.index)}${g[2]} ${ENGLISH[g[1] - 1]} ${g[0]}${t.slice(solar.index + solar[0].length)}`;
  }
  // Iranian sites' numeric form, year first: "تاریخ انتشار : ۱۴۰۳/۰۲/۲۶". Years 1300-1429 only: the
  // lunar Hijri years Gulf sites print ("1445/11/07 هـ") are 1430 and later until 2051.
  const solarNumeric = /[\u0600-\u06ff]/u.test(t) ? SOLAR_YMD.exec(t) : null;
  if (solarNumeric) {
    const g = solarHijriToGregorian(+solarNumeric[1]!, +solarNumeric[3]!, +solarNumeric[4]!);
    if (g)
      t = `${t.slice(0, solarNumeric.index)}${g[2]} ${ENGLISH[g[1] - 1]} ${g[0]}${t.slice(solarNumeric.index + solarNumeric[0].length)}`;
  }
  const native = NATIVE_DMY.exec(t);
  if (native) {
    let year = +native[3]!;
    // The Thai Buddhist era: 2567 BE is 2024 CE.
    if (year > 2400 && year < 2700) year -= 543;
    t = `${t.slice(0, native.index)}${native[1]} ${ENGLISH[NATIVE_MONTH_NUMBER.get(native[2]!)! - 1]} ${year}${t.slice(native.index + native[0].length)}`;
  }
  // Thai papers shorten the Buddhist year to two digits ("15 พ.ค. 67 11:02 น."): 67 is 2567 BE, 2024.
  const thaiShort = native ? null : THAI_DMY_SHORT.exec(t);
  if (thaiShort) {
    const year = 2500 + +thaiShort[3]! - 543;
    t = `${t.slice(0, thaiShort.index)}${thaiShort[1]} ${ENGLISH[NATIVE_MONTH_NUMBER.get(thaiShort[2]!)! - 1]} ${year}${t.slice(thaiShort.index + thaiShort[0].length)}`;
  }
  const vi = VIETNAMESE_DMY.exec(t);
  if (vi && +vi[2]! >= 1 && +vi[2]! <= 12)
    t = `${t.slice(0, vi.index)}${vi[1]} ${ENGLISH[+vi[2]! - 1]} ${vi[3]}${t.slice(vi.index + vi[0].length)}`;
  return t;
}

/**
 * Which number of a numeric date is the day: `03/05/2024` is 3 May in London, Lagos and Paris and
 * March 5 in Chicago. The page decides first (another numeric date on it whose first or second
 * number is over 12 shows how the template writes them), then the site's country (its zone, from
 * the host or the country domain), then the declared language. US order only where that evidence
 * says so; with none, the date parser keeps its own default (day first, month first beside AM/PM).
 */

/** Day first (`15/05/2024`) or month first (`05/15/2024`). */
export type NumericOrder = 'dmy' | 'mdy';

/** Two numbers and a year joined by one separator (`03/05/2024`, `5-15-24`), not inside a longer run. */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-])/g;

/** The same, once, not global: a first test. */
const ONE_NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-])/;

/** Whether a text holds a numeric date that reads both ways (`05/03/2024`, not `15/03/2024` nor `03/03/2024`). */
export function ambiguousNumericDate(text: string): boolean {
  const m = ONE_NUMERIC_DATE.exec(text);
  if (m === null) return false;
  const a = Number(m[1]);
  const b = Number(m[3]);
  return a >= 1 && a <= 12 && b >= 1 && b <= 12 && a !== b;
}

/**
 * The order the page's own numeric dates show: one with a first number over 12 is day first,
 * one with a second number over 12 is month first. Null when none tells, or they disagree.
 */
export function orderOnPage(texts: readonly string[]): NumericOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const t of texts) {
    // The cheap test first: most lines hold no slash or dash at all.
    if (t.length > 2000 || (t.indexOf('/') < 0 && t.indexOf('-') < 0)) continue;
    NUMERIC_DATE.lastIndex = 0;
    for (let m = NUMERIC_DATE.exec(t); m !== null; m = NUMERIC_DATE.exec(t)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
    }
  }
  if (dayFirst > 0 && monthFirst === 0) return 'dmy';
  if (monthFirst > 0 && dayFirst === 0) return 'mdy';
  return null;
}

/** Zones of the countries that write the month first: the United States and the Philippines. */
const MONTH_FIRST_ZONES = new Set([
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'Asia/Manila',
]);
/**
 * Zones whose countries write numeric dates year first (China, Japan, Korea, Taiwan) or either way
 * (Canada): a month-first date there comes from US software defaults, a day-first one from
 * British usage, so the zone tells nothing.
 */
const EITHER_ZONES = new Set(['Asia/Shanghai', 'Asia/Tokyo', 'Asia/Seoul', 'Asia/Taipei', 'America/Toronto']);
/** Languages whose own numeric dates are year first: no evidence either way. */
const YEAR_FIRST_LANGUAGES = /^(?:zh|ja|ko|hu|lt|mn|fa)\b/i;

/**
 * The order the site's country and language imply. `zone` is the site's zone as its host, country
 * domain or agency gives it (not one guessed from the language); `lang` the page's declared
 * language (`en-US`, `en-GB`, `de`).
 */
export function orderOfSite(zone: string | null, lang: string | null): NumericOrder | null {
  if (zone !== null) {
    if (MONTH_FIRST_ZONES.has(zone)) return 'mdy';
    if (!EITHER_ZONES.has(zone)) return 'dmy';
  }
  if (!lang) return null;
  const tag = lang.trim().toLowerCase().replace('_', '-');
  // English decides by region: en-US and en-PH month first, en-CA either, bare "en" nothing.
  if (tag === 'en-us' || tag === 'en-ph') return 'mdy';
  if (tag.startsWith('en')) return tag.length > 2 && tag !== 'en-ca' ? 'dmy' : null;
  if (YEAR_FIRST_LANGUAGES.test(tag) || tag === '') return null;
  return 'dmy';
}

/**
 * Dates as news pages print them, read as UTC instants. A time without an offset is wall time
 * in the site's zone (an IANA name: "Asia/Shanghai" for Xinhua and People's Daily,
 * "Europe/Moscow" for TASS), resolved with Intl so DST zones (AP's New York) are right too.
 */
import { isMonthName, monthNumber, ZONE_ABBREVIATIONS } from './date-words.js';
import { execLetterRun } from './letter-run.js';
import { nativeDateText } from './native-date-text.js';
import type { NumericOrder } from './numeric-date-order.js';

/** Month number of a month name or abbreviation (the shared table of date-words.ts). */
export { monthNumber } from './date-words.js';

const dtfCache = new Map<string, Intl.DateTimeFormat>();

/** Offset of `timeZone` from UTC at instant `at`, in minutes (east positive). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  let dtf = dtfCache.get(timeZone);
  if (!dtf) {
    dtf = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    dtfCache.set(timeZone, dtf);
  }
  const wall = wallClock(dtf, at);
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

/** en-US with these options formats "5/15/2024, 19:02:00": month, day, year, hour, minute, second. */
const EN_US_WALL = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/**
 * The wall clock `dtf` shows at `at`, as a UTC timestamp. Read from `format`, which is ~3x cheaper
 * than `formatToParts` and its part objects (issue 16); any other shape (a year outside
 * 1000-9999, an era) goes through the parts, as it always did.
 */
function wallClock(dtf: Intl.DateTimeFormat, at: Date): number {
  const m = EN_US_WALL.exec(dtf.format(at));
  if (m) return Date.UTC(+m[3]!, +m[1]! - 1, +m[2]!, +m[4]!, +m[5]!, +m[6]!);
  const p: Record<string, number> = {};
  for (const part of dtf.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!, p['second']!);
}

/** The UTC instant of a wall-clock time in `timeZone`. */
export function wallTimeToUtc(y: number, mo: number, d: number, h: number, mi: number, s: number, timeZone: string): Date {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const off1 = zoneOffsetMinutes(timeZone, new Date(guess));
  const off2 = zoneOffsetMinutes(timeZone, new Date(guess - off1 * 60000));
  return new Date(guess - off2 * 60000);
}

function valid(y: number, mo: number, d: number, h: number, mi: number): boolean {
  return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h <= 24 && mi >= 0 && mi < 60;
}

const ISO =
  /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*\(?(Z\b|[+-]\d{2}(?::?\d{2})?\b|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{3,5}\b)?)?/i;
/**
 * A clock next to an ISO day but not joined to it: Shanghai Daily's `15:30 UTC+8, 2024-05-15`,
 * `2024-05-15 | 11:02`. Only right before the day (its zone between) or right after a separator.
 */
const CLOCK_BEFORE_DAY =
  /(?<![\d:.])(\d{1,2}):(\d{2})(?::(\d{2}))?(\s*\(?(?:(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[A-Z]{2,5})\)?)?\s*[,|·]?\s*$/;
const CLOCK_AFTER_DAY = /^\s*[,|·/]\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/;
/**
 * `2024/05/15 11:02`, `2024.05.15`, Korean `2024. 05. 15. 11:02`; not a dotted date's year
 * ("15.05.2024 11.02" is not 2024-11-02).
 */
const SLASHED = /(?<![\d.])(\d{4})(?:[/.]\s?|\s+)(\d{1,2})[/.]\s?(\d{1,2})(?:\.?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
/** `15.05.2024 11:02` (RIA, Anadolu), `15.5.2024 klo 11.02` (Nordic dotted clocks): day first, dotted. */
const DOTTED_DMY = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\D{1,5}(\d{1,2})[:.](\d{2})(?![.\d]))?/;
/**
 * `2024年05月15日 11:02`, the Japanese and Chinese clock words (`2024年05月15日11時02分`, `11时02分`),
 * Korean `2024년 5월 15일 15시 02분`, and the spaces an inline element per number leaves
 * (`<span>2024</span>年<span>05</span>月` reads "2024 年 05 月").
 */
const CJK =
  /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]\s*(?:(\d{1,2})\s*[:：時时点點시]\s*(\d{2})(?:\s*[:：分분]\s*(\d{2}))?)?/;
/** `11時02分`, `11时02分`, `15시 02분`: a clock in CJK words. */
const CJK_CLOCK = /\d{1,2}\s*[時时点點시]\s*\d{2}/u;
/** `15.05.24 08:05` (VG), `10:45, 15.05.24`: a dotted day with a two-digit year, read as 20yy. */
const DOTTED_DMY2 = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/;
/** `15-May-2024` (CGTN), `15.mai.2024` (Folha): a month name between dashes or dots. */
const DMY_JOINED = /(?<!\d)(\d{1,2})[-.](\p{L}{3,9})\.?[-.](\d{4})(?!\d)/u;
/** `11:02`, `11:02:33`, `5:01 PM`, `02:22 p. m.` (Spanish), and `05h01` as French pages print it. */
const TIME = /(?<!\d)(\d{1,2})(?::|h(?=\d\d))(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?|[ap]\. m\.)?/i;
/** `May 15, 2024`, `September 10th, 2005` (English ordinals). */
const MDY = /([A-Z][a-z]{2,8})\.?,? (\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})(?!\d)/;
/** Month first in other languages and cases: `mayo 15, 2024` (Mexico), `Mei 15, 2024` (Kenya). */
const MDY_ANY = /(?<![\p{L}\d])(\p{L}+)\.?,? (\d{1,2})(?:,\s*|\s+)(\d{4})(?!\d)/u;
/** Year first with a month name: Hungarian `2024. május 15.`, Lithuanian `2024 m. gegužės 15 d.`. */
const YMD_NAME = /(?<![\d.])(\d{4})\.?\s+(?:m\.\s+)?(\p{L}+)\.?\s+(\d{1,2})(?:\.|\s+d\.|(?![\d:]))/u;
/** `15 мая 2024`, `02. januar 2020`, `23 mars 2020`, `4 de mayo de 2020`, `10th September 2005`. */
const DMY = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})/u;
/** DMY with `\p{L}+`: cheaper to compile, and DMY's answer through `execLetterRun` (after the run comes `.`, `,` or a space). */
const DMY_ANY_RUN = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})/u;
/**
 * `7/5/2005 9:23:57 PM`, `15-05-2024` (Dutch), `15/05/24`: slashed or dashed day and month with a
 * four- or two-digit year. Month first when the second number cannot be a month, else as the
 * page's numeric order says (numeric-date-order.ts); without one, month first when the clock has
 * AM/PM (the en-US default of ASP/.NET templates, common on 2000s Chinese portals), day first
 * otherwise (`15/05/2024`, European usage).
 */
const SLASHED_DM = /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])/;
/**
 * After the time: `GMT+8`, `+0100` (RFC 822), `+01:00`, `UTC`, a zone abbreviation (`CEST`,
 * `IST`), or right after it a US zone name without standard or daylight (`11:02 a.m. ET`).
 */
const ZONE =
  /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b|(?<![\d:])([+-])(\d{2}):?(\d{2})\b|\b(GMT|UTC|Z)\b|\b([A-Z]{3,5})\b|^\s*,?\s*(ET|CT|MT|PT|UK)\b/;
/**
 * Zones named by region, without standard or daylight: US papers' "11:02 a.m. ET", and "UK" as
 * Sky News prints "Wednesday 15 May 2024 17:55, UK" (BST in summer, GMT in winter): the wall time
 * of the zone on that day, daylight saving included.
 */
const US_GENERIC_ZONES: Readonly<Record<string, string>> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
  UK: 'Europe/London',
};
/** Zone abbreviations news pages print after a time (the shared table; CST is read apart). */
const ABBREVIATIONS = ZONE_ABBREVIATIONS;

/** An instant and the wall clock it was written as (y-m-d h:m:s as if UTC), to compare clocks across zones. */
interface Parsed {
  date: Date;
  wall: number;
}

function fromParts(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  zone: string | undefined,
  timeZone: string,
): Parsed | null {
  if (!valid(y, mo, d, h, mi)) return null;
  const date = instantOf(y, mo, d, h, mi, s, zone, timeZone);
  return { date, wall: Date.UTC(y, mo - 1, d, h, mi, s) };
}

function instantOf(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string | undefined, timeZone: string): Date {
  if (zone === undefined) return wallTimeToUtc(y, mo, d, h, mi, s, timeZone);
  const z = zone.toUpperCase();
  let off = 0;
  if (z !== 'Z' && z !== 'UTC' && z !== 'GMT') {
    // "+08:00", "+0800", "+08", and "GMT+8" as CGTN prints it; "CEST" and other abbreviations.
    const m = /([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(z);
    if (m) off = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
    else if (z === 'CST')
      off = zoneOffsetMinutes(timeZone, new Date(Date.UTC(y, mo - 1, d))) === 480 ? 480 : -360; // China or US Central
    else if (ABBREVIATIONS[z] !== undefined) off = ABBREVIATIONS[z]!;
    else if (US_GENERIC_ZONES[z] !== undefined) return wallTimeToUtc(y, mo, d, h, mi, s, US_GENERIC_ZONES[z]!);
    else return wallTimeToUtc(y, mo, d, h, mi, s, timeZone); // a word, not a zone
  }
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - off * 60000);
}

function zoneOf(zm: RegExpExecArray | null): string | undefined {
  if (!zm) return undefined;
  if (zm[1]) return `${zm[1]}${zm[2]!.padStart(2, '0')}:${zm[3] ?? '00'}`;
  if (zm[4]) return `${zm[4]}${zm[5]}:${zm[6]}`;
  if (zm[7]) return 'Z';
  if (zm[9]) return zm[9];
  return zm[8] && (ABBREVIATIONS[zm[8]] !== undefined || zm[8] === 'CST') ? zm[8] : undefined;
}

function isZone(z: string | undefined): boolean {
  if (!z) return false;
  const u = z.toUpperCase();
  return /^(?:z|[+-]\d|utc|gmt)/i.test(z) || ABBREVIATIONS[u] !== undefined || u === 'CST' || US_GENERIC_ZONES[u] !== undefined;
}

/** Korean, Chinese and Japanese AM/PM words written before the clock ("오후 8:06", "下午3:20"). */
const CJK_MERIDIEM = /(오전|오후|上午|下午|午前|午後|凌晨|早上|晚上)\s*(\d{1,2})([:：]\d\d)/g;
const CJK_PM = new Set(['오후', '下午', '午後', '晚上']);

/**
 * A clock written with a dot, then a zone or AM/PM: "Wed 15 May 2024 11.02 BST" (The Guardian),
 * "9.30 a.m. ET". Only then is "11.02" a time: alone it may be a day and month.
 */
const DOTTED_CLOCK = /(?<![\d.])(\d{1,2})\.(\d{2})(?=\s*(?:[ap]\.?m\b\.?|([A-Z]{2,5})\b))/gi;

/** `kl. 11.05`, `kl 09.44`, `klo 11.02`, `klockan 11.05`: the Nordic word for "o'clock" makes a dotted pair a time. */
const NORDIC_CLOCK = /\b(kl\.?|klo|klockan|kello)\s*(\d{1,2})\.(\d{2})(?![\d.])/giu;

/** Rewrites "2023.11.02. 오후 8:06" as "2023.11.02. 20:06" and "11.02 BST" as "11:02 BST" so the 24-hour readers apply. */
function clock24(t: string): string {
  const cjk = t.replace(CJK_MERIDIEM, (_all, word: string, h: string, rest: string) => {
    const hour = (Number(h) % 12) + (CJK_PM.has(word) ? 12 : 0);
    return `${String(hour).padStart(2, '0')}${rest}`;
  });
  if (!cjk.includes('.')) return cjk;
  return cjk
    .replace(NORDIC_CLOCK, '$1 $2:$3')
    .replace(DOTTED_CLOCK, (all, h: string, mi: string, zone: string | undefined) =>
      Number(h) > 23 || (zone !== undefined && !isZone(zone) && US_GENERIC_ZONES[zone] === undefined) ? all : `${h}:${mi}`,
    );
}

/** How much of a date a text gave: a calendar day, a minute, or a second. */
export type DatePrecision = 'day' | 'minute' | 'second';

/** A parsed date with what the text said about it. */
export interface DateInfo {
  date: Date;
  precision: DatePrecision;
  /** True when the text gave a zone or offset; false when the time was read in the assumed zone. */
  zoned: boolean;
  /**
   * The wall clock as written (its y-m-d h:m:s read as UTC, in ms): a zone-less value and a zoned
   * one that print the same clock are one time, whatever zone the site was assumed to be in.
   */
  wall: number;
}

/** Czech and Slovak typography spaces a numeric date: "15. 5. 2024 11:02" is 15.5.2024. */
const SPACED_DMY = /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)/gu;

/**
 * parseZonedDate with the precision and whether a zone was written. A date-only value is the
 * calendar day at 00:00 UTC with precision 'day' (not the site's midnight, which would move it
 * to the day before for every zone east of UTC).
 */
export function parseDateInfo(text: string | undefined | null, timeZone = 'UTC', order: NumericOrder | null = null): DateInfo | null {
  if (!text) return null;
  const t = clock24(nativeDateText(text.trim()).replace(SPACED_DMY, '$1.$2.$3'));
  const iso = ISO.exec(t);
  const isoClock = iso && iso[4] === undefined ? clockBesideDay(t, iso) : null;
  const hasTime = iso ? iso[4] !== undefined || isoClock !== null : (TIME.test(t) || CJK_CLOCK.test(t)) && !/^\d{4}-\d\d-\d\d$/.test(t);
  const seconds = iso ? iso[6] !== undefined || isoClock?.[3] !== undefined : /\d:\d\d:\d\d/.test(t);
  const tm = iso ? null : TIME.exec(t);
  const zoned = iso
    ? isZone(iso[7]) || (isoClock !== null && isZone(isoClock.zone))
    : hasTime && !!tm && zoneOf(ZONE.exec(t.slice(tm.index + tm[0].length))) !== undefined;
  if (!hasTime) {
    const d = zonedDateOf(t, 'UTC', order)?.date;
    if (!d) return null;
    const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    return { date: new Date(day), precision: 'day', zoned: false, wall: day };
  }
  const d = zonedDateOf(t, timeZone, order);
  return d ? { date: d.date, precision: seconds ? 'second' : 'minute', zoned, wall: d.wall } : null;
}

/**
 * Reads ISO-8601, `2024/05/15 11:02`, `2024年05月15日11:02`, `11:02, May 15, 2024`,
 * `May 15, 2024 11:02 AM`, `15 мая 2024, 11:02`; a missing offset means `timeZone`.
 */
export function parseZonedDate(text: string | undefined | null, timeZone = 'UTC'): Date | null {
  return text ? (zonedDateOf(clock24(nativeDateText(text.trim()).replace(SPACED_DMY, '$1.$2.$3')), timeZone, null)?.date ?? null) : null;
}

/** `parseZonedDate` of a text already prepared (native forms rewritten, clocks in 24 hours): parseDateInfo prepares once for both. */
/** The clock written beside an ISO day that has none joined to it (CLOCK_BEFORE_DAY, CLOCK_AFTER_DAY), with its zone. */
function clockBesideDay(t: string, iso: RegExpExecArray): { 1: string; 2: string; 3: string | undefined; zone: string | undefined } | null {
  const before = CLOCK_BEFORE_DAY.exec(t.slice(0, iso.index));
  const m = before ?? CLOCK_AFTER_DAY.exec(t.slice(iso.index + iso[0].length));
  if (!m) return null;
  const zone = before?.[4] ? zoneOf(ZONE.exec(before[4])) : undefined;
  return { 1: m[1]!, 2: m[2]!, 3: m[3], zone };
}

function zonedDateOf(t: string, timeZone: string, order: NumericOrder | null): Parsed | null {
  const iso = ISO.exec(t);
  if (iso && iso[4] === undefined) {
    const c = clockBesideDay(t, iso);
    if (c) return fromParts(+iso[1]!, +iso[2]!, +iso[3]!, +c[1], +c[2], +(c[3] ?? 0), c.zone, timeZone);
  }
  let m = iso ?? SLASHED.exec(t);
  if (m) return fromParts(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7], timeZone);
  const dd = DOTTED_DMY.exec(t);
  if (dd) {
    // RIA prints the time first ("11:05 15.05.2024"); look for it anywhere.
    const tm = dd[4] === undefined ? TIME.exec(t) : null;
    return fromParts(+dd[3]!, +dd[2]!, +dd[1]!, +(dd[4] ?? tm?.[1] ?? 0), +(dd[5] ?? tm?.[2] ?? 0), 0, undefined, timeZone);
  }
  m = CJK.exec(t);
  if (m) {
    // A weekday between day and clock ("2024年5月15日(水) 11:02", "星期三 11:02"): the clock after it.
    const tm = m[4] === undefined ? TIME.exec(t.slice(m.index + m[0].length)) : null;
    return fromParts(
      +m[1]!,
      +m[2]!,
      +m[3]!,
      +(m[4] ?? tm?.[1] ?? 0),
      +(m[5] ?? tm?.[2] ?? 0),
      +(m[6] ?? tm?.[3] ?? 0),
      undefined,
      timeZone,
    );
  }
  const dj = DMY_JOINED.exec(t);
  const djMonth = dj ? monthNumber(dj[2]!) : undefined;
  if (dj && djMonth !== undefined) {
    const tm = TIME.exec(t.slice(dj.index + dj[0].length)) ?? TIME.exec(t.slice(0, dj.index));
    let h = tm ? +tm[1]! : 0;
    if (tm?.[4]) h = (h % 12) + (/^p/i.test(tm[4]) ? 12 : 0);
    return fromParts(+dj[3]!, djMonth, +dj[1]!, h, tm ? +tm[2]! : 0, tm?.[3] ? +tm[3] : 0, undefined, timeZone);
  }
  const sl = SLASHED_DM.exec(t);
  if (sl) {
    const end = sl.index + sl[0].length;
    const after = TIME.exec(t.slice(end));
    const tm = after ?? TIME.exec(t.slice(0, sl.index));
    // The zone after the clock ("05/15/24 11:02 AM EDT"), as the other forms read it.
    const zone = tm ? zoneOf(ZONE.exec(t.slice((after ? end : 0) + tm.index + tm[0].length))) : undefined;
    const [a, b] = [+sl[1]!, +sl[3]!];
    const monthFirst = b > 12 || (a <= 12 && (order !== null ? order === 'mdy' : !!tm?.[4]));
    let h = tm ? +tm[1]! : 0;
    if (tm?.[4]) h = (h % 12) + (/^p/i.test(tm[4]) ? 12 : 0);
    const year = sl[4]!.length === 2 ? 2000 + +sl[4]! : +sl[4]!;
    return fromParts(year, monthFirst ? a : b, monthFirst ? b : a, h, tm ? +tm[2]! : 0, tm?.[3] ? +tm[3] : 0, zone, timeZone);
  }
  const d2 = DOTTED_DMY2.exec(t);
  if (d2) {
    const tm = TIME.exec(t.slice(d2.index + d2[0].length)) ?? TIME.exec(t.slice(0, d2.index));
    if (tm) return fromParts(2000 + +d2[3]!, +d2[2]!, +d2[1]!, +tm[1]!, +tm[2]!, 0, undefined, timeZone);
    // Without a clock only a padded day and month ("15.05.24" under a German headline): "1.2.24" is a version.
    if (d2[1]!.length === 2 && d2[2]!.length === 2) return fromParts(2000 + +d2[3]!, +d2[2]!, +d2[1]!, 0, 0, 0, undefined, timeZone);
  }
  let y: number, mo: number | undefined, d: number;
  const mdy = MDY.exec(t);
  const dmy = mdy ? null : execLetterRun(DMY_ANY_RUN, DMY, 2, 3, 12, t);
  if (mdy) [y, mo, d] = [+mdy[3]!, monthNumber(mdy[1]!), +mdy[2]!];
  else if (dmy) [y, mo, d] = [+dmy[3]!, monthNumber(dmy[2]!), +dmy[1]!];
  else [y, mo, d] = [0, undefined, 0];
  // The other orders, when neither reads a month: `mayo 15, 2024`, `2024. május 15.`.
  if (mo === undefined) {
    // Only a word listed as a month ("Mayor 15, 2024" is no May).
    const other = MDY_ANY.exec(t);
    const ymd = other && isMonthName(other[1]!) ? null : YMD_NAME.exec(t);
    if (other && isMonthName(other[1]!)) [y, mo, d] = [+other[3]!, monthNumber(other[1]!), +other[2]!];
    else if (ymd && isMonthName(ymd[2]!)) [y, mo, d] = [+ymd[1]!, monthNumber(ymd[2]!), +ymd[3]!];
  }
  if (mo === undefined) return null;
  const tm = TIME.exec(t);
  let h = tm ? +tm[1]! : 0;
  const mi = tm ? +tm[2]! : 0;
  if (tm?.[4]) h = (h % 12) + (/^p/i.test(tm[4]) ? 12 : 0);
  const zm = tm ? ZONE.exec(t.slice(tm.index + tm[0].length)) : null;
  const zone = zoneOf(zm);
  return fromParts(y, mo, d, h, mi, tm?.[3] ? +tm[3] : 0, zone, timeZone);
}

/**
 * Dates as news pages print them, read as UTC instants. A time without an offset is wall time
 * in the site's zone (an IANA name: "Asia/Shanghai" for Xinhua and People's Daily,
 * "Europe/Moscow" for TASS), resolved with Intl so DST zones (AP's New York) are right too.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
};

/** Month number of an English or Russian (genitive) month name or abbreviation. */
export function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[n] ?? MONTHS[n.slice(0, 3)] ?? (n.length > 3 ? MONTHS[n.slice(0, 4)] : undefined);
}

const dtfCache = new Map<string, Intl.DateTimeFormat>();

/** Offset of `timeZone` from UTC at instant `at`, in minutes (east positive). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  let dtf = dtfCache.get(timeZone);
  if (!dtf) {
    dtf = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    dtfCache.set(timeZone, dtf);
  }
  const p: Record<string, number> = {};
  for (const part of dtf.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!, p['second']!);
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60000);
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

const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?)?/i;
const SLASHED = /(\d{4})(?:[/.]|\s+)(\d{1,2})[/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
/** `15.05.2024 11:02` (RIA, Anadolu): day first, dotted. */
const DOTTED_DMY = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\D{1,5}(\d{1,2}):(\d{2}))?/;
const CJK = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?/i;
const MDY = /([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})/;
const DMY = /(\d{1,2}) ([A-Za-zА-Яа-яё]{3,9})\.?,? (\d{4})/;
const ZONE = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b|\b(GMT|UTC|Z)\b/;

function fromParts(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string | undefined, timeZone: string): Date | null {
  if (!valid(y, mo, d, h, mi)) return null;
  if (zone === undefined) return wallTimeToUtc(y, mo, d, h, mi, s, timeZone);
  const z = zone.toUpperCase();
  let off = 0;
  if (z !== 'Z' && z !== 'UTC' && z !== 'GMT') {
    // "+08:00", "+0800", and "GMT+8" as CGTN prints it.
    const m = /([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(z);
    if (!m) return null;
    off = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  }
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - off * 60000);
}

/**
 * Reads ISO-8601, `2024/05/15 11:02`, `2024年05月15日11:02`, `11:02, May 15, 2024`,
 * `May 15, 2024 11:02 AM`, `15 мая 2024, 11:02`; a missing offset means `timeZone`.
 */
export function parseZonedDate(text: string | undefined | null, timeZone = 'UTC'): Date | null {
  if (!text) return null;
  const t = text.trim();
  let m = ISO.exec(t) ?? SLASHED.exec(t);
  if (m) return fromParts(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7], timeZone);
  const dd = DOTTED_DMY.exec(t);
  if (dd) {
    // RIA prints the time first ("11:05 15.05.2024"); look for it anywhere.
    const tm = dd[4] === undefined ? TIME.exec(t) : null;
    return fromParts(+dd[3]!, +dd[2]!, +dd[1]!, +(dd[4] ?? tm?.[1] ?? 0), +(dd[5] ?? tm?.[2] ?? 0), 0, undefined, timeZone);
  }
  m = CJK.exec(t);
  if (m) return fromParts(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), undefined, timeZone);
  let y: number, mo: number | undefined, d: number;
  const mdy = MDY.exec(t);
  const dmy = mdy ? null : DMY.exec(t);
  if (mdy) [y, mo, d] = [+mdy[3]!, monthNumber(mdy[1]!), +mdy[2]!];
  else if (dmy) [y, mo, d] = [+dmy[3]!, monthNumber(dmy[2]!), +dmy[1]!];
  else return null;
  if (mo === undefined) return null;
  const tm = TIME.exec(t);
  let h = tm ? +tm[1]! : 0;
  const mi = tm ? +tm[2]! : 0;
  if (tm?.[4]) h = (h % 12) + (/^p/i.test(tm[4]) ? 12 : 0);
  const zm = ZONE.exec(t);
  const zone = zm ? (zm[4] ? 'Z' : `${zm[1]}${zm[2]!.padStart(2, '0')}:${zm[3] ?? '00'}`) : undefined;
  return fromParts(y, mo, d, h, mi, tm?.[3] ? +tm[3] : 0, zone, timeZone);
}

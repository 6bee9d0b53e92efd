/**
 * Feed dates: RFC 822/1123 as feeds really write them (missing seconds, named and numeric zones,
 * two-digit years, any day name or none, month before day, asctime), and W3CDTF / ISO 8601.
 * No `Date.parse` on free text: V8 reads unzoned strings in the host's local zone.
 */
import { siteZone } from '../normalize/site-zone.js';
import { englishMonthNumber, isMonthName, monthNumber as anyMonthNumber, ZONE_ABBREVIATIONS } from '../normalize/date-words.js';

export interface ParsedDate {
  date: Date;
  /** True when the text had a time of day but no zone, and UTC was assumed. */
  assumedZone: boolean;
  /** True when the text itself gave a zone or offset. */
  hasZone: boolean;
}

/** The shared zone table (lower-cased) plus what only feeds write: RFC 822's zones as feeds use them. */
const ZONES: Record<string, number> = {
  ...Object.fromEntries(Object.entries(ZONE_ABBREVIATIONS).map(([k, v]) => [k.toLowerCase(), v])),
  z: 0, cst: -360, ast: -240, adt: -180, et: -300, ct: -360, mt: -420, pt: -480, at: -240, nst: -210, ndt: -150,
  // RFC 822 section 5's military zones with its own signs (A = -1 ... M = -12, N = +1 ... Y = +12),
  // as feedparser applies them. (RFC 1123 doubts the signs, but a feed that writes them follows 822.)
  a: -60, m: -720, n: 60, y: 720,
};

/**
 * Abbreviations that name different zones in different places, read by where the feed is from
 * (`place`: the configured zone, else the one its host or language gives): CST is China Standard
 * Time on a Chinese, Taiwanese or Hong Kong feed (Xinhua, CNA and portals print it) and US Central
 * elsewhere (RFC 822's own reading, and feedparser's); IST is Israel's on an Israeli feed, Irish
 * Summer Time on an Irish one, else India's; AST is Arabia's on a Gulf feed, else Atlantic; BST is
 * Bangladesh's on a Bangladeshi feed, else British Summer Time.
 */
const PLACE_ZONES: Record<string, ReadonlyArray<[RegExp, number]>> = {
  cst: [[/^Asia\/(Shanghai|Chongqing|Harbin|Urumqi|Taipei|Hong_Kong|Macau)$/, 480], [/^America\/Havana$/, -300]],
  ist: [[/^Asia\/(Jerusalem|Tel_Aviv)$/, 120], [/^Europe\/Dublin$/, 60]],
  ast: [[/^Asia\/(Riyadh|Baghdad|Kuwait|Qatar|Bahrain|Aden)$/, 180]],
  bst: [[/^Asia\/Dhaka$/, 360]],
};

/**
 * The zone a feed's host (country domain or known outlet) or language points to, for PLACE_ZONES
 * only: `chinadaily.com.cn` or `<language>zh-cn</language>` makes CST China's.
 */
export function feedPlace(url: string | undefined, language: string | undefined): string | undefined {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    // Not a URL: the language alone decides.
  }
  const lang = language?.trim().toLowerCase().split(/[-_]/)[0] || null;
  return siteZone(host, lang) ?? undefined;
}

function zoneMinutes(z: string | undefined, place?: string): number | undefined | null {
  if (z === undefined || z === '') return undefined;
  const s = z.trim().toLowerCase();
  const num = /^(?:gmt|utc|ut)?\s*([+-])(\d{1,2}):?(\d{2})?$/.exec(s);
  if (num) {
    const mins = Number(num[2]) * 60 + Number(num[3] ?? 0);
    return num[1] === '-' ? -mins : mins;
  }
  const local = place ? PLACE_ZONES[s]?.find(([re]) => re.test(place)) : undefined;
  if (local) return local[1];
  return s in ZONES ? (ZONES[s] as number) : null;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, zone: number): Date | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  if (h === 24 && (mi > 0 || s > 0)) return undefined;
  // A leap second (`23:59:60`) is the next minute's start, as feedparser reads it.
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms) - zone * 60_000;
  const check = new Date(Date.UTC(y, mo - 1, d));
  // Reject 31 April and friends instead of rolling over into the next month.
  if (check.getUTCDate() !== d || Number.isNaN(t)) return undefined;
  return new Date(t);
}

/**
 * A year as written. Two digits: below `pivot` the 2000s, else the 1900s. ISO forms use RFC 2822's
 * 50 (section 4.3); RFC 822 dates use feedparser's documented 90 (`Tue, 14 May 70` is 2070: its
 * RFC 822 reader counts only the 90s as last century, and feed dates are recent).
 */
function fullYear(y: string, pivot = 50): number {
  const n = Number(y);
  if (y.length <= 2) return n < pivot ? 2000 + n : 1900 + n;
  if (y.length === 3) return 1900 + n;
  return n;
}

const ISO = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:(?:T|\s+)(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}(?::?\d{2})?|[A-Z]{2,5})?)?$/i;
/** An offset with a `Z` after it (`+00:00Z`, a template appending Z to an already zoned time): the offset. */
const OFFSET_THEN_Z = /([+-]\d{2}:?\d{2})Z$/i;
const ISO_ORDINAL = /^(\d{4})-?(\d{3})$/;
/** Date and time fields of a W3C date with separators, one or two digits each. */
const ISO_FIELDS = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:(T|\s+)(\d{1,2})(?::(\d{1,2})(?::(\d{1,2}))?)?)?(?=\D|$)/i;

const pad = (n: string | number) => String(n).padStart(2, '0');

/**
 * `2024-5-5T1:2:3Z` as `2024-05-05T01:02:03Z`: fields written without their leading zero, which
 * feedparser reads. Only between separators (compact `20240505` needs every digit).
 */
function padIso(s: string): string {
  const m = ISO_FIELDS.exec(s);
  if (!m) return s;
  const [all, y, mo, d, sep, h, mi, sec] = m;
  const date = `${y}-${pad(mo as string)}${d ? `-${pad(d)}` : ''}`;
  const time = h ? `${sep}${pad(h)}${mi ? `:${pad(mi)}` : ''}${sec ? `:${pad(sec)}` : ''}` : '';
  return date + time + s.slice(all.length);
}

/**
 * ISO 8601 with a two-digit year, as feedparser reads it: `24-05-14`, `240514`, `24-05-14T10:00Z`
 * (year-month-day) and `-24-05` (year-month). The century follows fullYear (00-49 -> 2000s).
 */
const ISO_YY = /^(\d{2})-?(\d{2})-?(\d{2})(?=$|[T\s])|^-(\d{2})-?(\d{2})(?:-?(\d{2}))?$|^(\d{2})(\d{3})$/i;

/**
 * The two-digit-year forms of feedparser's documented table: `-03-12-31` (-yy-mm-dd) and `03335`
 * (yyooo, an ordinal day) besides the ones above.
 */
function twoDigitYear(s: string): string | undefined {
  const m = ISO_YY.exec(s);
  if (!m) return undefined;
  if (m[7]) return `${fullYear(m[7])}-${m[8]}`;
  if (m[4]) return `${fullYear(m[4])}-${m[5]}${m[6] ? `-${m[6]}` : ''}`;
  return `${fullYear(m[1] as string)}-${m[2]}-${m[3]}${s.slice(m[0].length)}`;
}

function parseIso(input: string, place?: string): ParsedDate | undefined {
  const yy = twoDigitYear(input);
  if (yy === undefined) return parseIso4(input, place);
  // Six digits are YYMMDD (ISO 8601 has no YYYYMM, for this ambiguity); `24-05-14` has no other reading.
  return /^\d{6}(?!\d)/.test(input) ? (parseIso4(yy, place) ?? parseIso4(input, place)) : (parseIso4(input, place) ?? parseIso4(yy, place));
}

function parseIso4(input: string, place?: string): ParsedDate | undefined {
  const s = padIso(input);
  const o = ISO_ORDINAL.exec(s);
  if (o) {
    const t = Date.UTC(Number(o[1]), 0, 1) + (Number(o[2]) - 1) * 86_400_000;
    return Number(o[2]) >= 1 && Number(o[2]) <= 366 ? { date: new Date(t), assumedZone: false, hasZone: false } : undefined;
  }
  const m = ISO.exec(s) ?? (s.endsWith('Z') || s.endsWith('z') ? ISO.exec(s.replace(OFFSET_THEN_Z, '$1')) : null);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, frac, z] = m;
  let zone = zoneMinutes(z, place);
  // A zone name the table does not know (`2024-05-03 14:00:00 XYZ`): zone-less, as parseRfcOnce reads it.
  if (zone === null && h !== undefined && /^[a-z]{2,5}$/i.test(z as string)) zone = undefined;
  if (zone === null) return undefined;
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  const date = build(Number(y), Number(mo ?? 1), Number(d ?? 1), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0), ms, zone ?? 0);
  return date && { date, assumedZone: h !== undefined && zone === undefined, hasZone: zone !== undefined };
}

// Minutes are optional here; parseRfc accepts an hour alone only before a zone. Minutes and
// seconds may be one digit (`1:2:3`, a template's unpadded fields), as feedparser reads them.
const TIME = String.raw`(\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?)?\s*(?:([ap])\.?m\.?)?`;
// An offset may be hours alone (`GMT+2`, `+02`: Java's and ISO 8601's short forms).
const ZONE = String.raw`((?:gmt|utc|ut)?\s*[+-]\d{1,2}(?::?\d{2})?|[a-z]{1,5})?`;
// [Day,] 5 Jan 2004 [10:00[:00]] [zone] -- also with dashes (05-Jan-2004) or a comma after the month.
const RFC = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{2,4}),?(?:(?:\s+|T|\s*,\s*)${TIME})?\s*${ZONE}$`, 'i');
// [Day,] Jan 5, 2004 [10:00] [zone]
const MDY = new RegExp(String.raw`^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}),?(?:\s+${TIME})?\s*${ZONE}$`, 'i');
// asctime: Jan  4 16:29:06 [PST] 2004
const ASC = new RegExp(String.raw`^([a-z]{3,9})\s+(\d{1,2})\s+${TIME}\s+(?:([a-z]{1,5}|[+-]\d{4})\s+)?(\d{4})$`, 'i');

function clock(h: string | undefined, ap: string | undefined): number {
  let n = Number(h ?? 0);
  if (ap) n = (n % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
  return n;
}

// [Day,] 2006/09/15 [08:19:53] [zone]: year first, so not ambiguous (Perforce writes it with a day name and zone).
const SLASHED = new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})(?:\s+${TIME})?\s*${ZONE}$`, 'i');
/**
 * A word or second offset after the zone (`+0000 GMT`, `GMT GMT`, `GMT XYZ`, `+0000 +0100`): the
 * first zone is the date's, as feedparser reads it.
 */
const TRAILING_ZONE = /^(.*\d(?::\d\d)?\s*(?:[+-]\d{2}:?\d{2}|[a-z]{1,5}))\s+([a-z]{1,5}|[+-]\d{2}:?\d{2})$/i;

function parseRfc(input: string, place?: string): ParsedDate | undefined {
  const r = parseRfcOnce(input, place) ?? parseRfcTrailing(input, place);
  if (r) return r;
  // Only when the English reading failed: a date written in the CMS's own locale.
  const en = englishSpelling(input);
  return en === undefined ? undefined : (parseRfcOnce(en, place) ?? parseRfcTrailing(en, place));
}

function parseRfcTrailing(input: string, place?: string): ParsedDate | undefined {
  const m = TRAILING_ZONE.exec(input);
  return m ? parseRfcOnce(m[1] as string, place) : undefined;
}

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Month abbreviations as strftime's `%b` writes them in the locales wire outlets publish from, where
 * they are not English and not already in the shared month table (which has the full names):
 * fr `janv. févr. avr. juil. déc.`, de `Mär`, nl `mrt`, pt `fev abr set out`, es `abr`, it `set`,
 * ru `янв ... дек`, pl `sty lut kwi cze lip sie wrz paź lis gru`, tr `Oca Şub Nis Haz Tem Ağu Eyl Eki Kas Ara`,
 * id/no `Agu Des`, cs `led úno bře dub kvě čvn čvc srp zář říj pro`, hu/sk `febr márc ápr máj jún júl szept`,
 * ro `ian iun iul noi`, uk `січ лют бер кві тра чер лип сер вер жов лис гру`, bg `яну юни юли сеп ное`.
 * None of them is another month's English abbreviation, nor another listed language's (Croatian's are
 * left out: its `lis` `srp` `lip` are October, July and June, the Czech and Polish ones November,
 * August and July).
 */
const LOCALE_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  janv: 1, févr: 2, fevr: 2, fév: 2, avr: 4, juil: 7, déc: 12,
  mrt: 3, fev: 2, abr: 4, set: 9, out: 10,
  янв: 1, фев: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8, сен: 9, сент: 9, окт: 10, ноя: 11, дек: 12,
  sty: 1, lut: 2, kwi: 4, cze: 6, lip: 7, sie: 8, wrz: 9, paź: 10, lis: 11, gru: 12,
  oca: 1, şub: 2, nis: 4, haz: 6, tem: 7, ağu: 8, eyl: 9, eki: 10, kas: 11, ara: 12,
  agu: 8, des: 12,
  led: 1, úno: 2, bře: 3, dub: 4, kvě: 5, čvn: 6, čvc: 7, srp: 8, zář: 9, říj: 10, pro: 12,
  febr: 2, márc: 3, ápr: 4, máj: 5, jún: 6, júl: 7, szept: 9,
  ian: 1, iun: 6, iul: 7, noi: 11,
  січ: 1, лют: 2, бер: 3, кві: 4, тра: 5, чер: 6, лип: 7, сер: 8, вер: 9, жов: 10, лис: 11, гру: 12,
  яну: 1, юни: 6, юли: 7, сеп: 9, ное: 11,
};

function localeMonth(word: string): number | undefined {
  const w = word.toLowerCase();
  return LOCALE_MONTH_ABBREVIATIONS[w] ?? (isMonthName(w) ? anyMonthNumber(w) : undefined);
}

/** A leading day name in any language (`Di,`, `mar.,`, `Dienstag`, `Вт,`) before the day of month. */
const LOCALE_DAY_NAME = /^(\p{L}+)(\.?,?)\s+(?=\d)/u;
/** `14.05.2024 [time] [zone]`: day, month, year with dots, a European order only. */
const DOTTED_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?=\s|$)/;

/**
 * An RFC 822-shaped date written in a CMS's own locale (PHP's or Java's localized formatting over an
 * English pattern): `Di, 14 Mai 2024 10:00:00 +0200`, `mar., 14 mai 2024`, `Dienstag, 14. Mai 2024`,
 * `14 de mayo de 2024 10:00`, `14 mai 2024 à 10h00`, `Вт, 14 мая 2024 г.`, `14.05.2024 10:00`,
 * rewritten in English; undefined when there was nothing to rewrite. feedparser reads none of these (only Greek, Korean and
 * Hungarian); for a news feed the day and time are right all the same, and an item without a date
 * loses its place in the poll's order.
 */
function englishSpelling(input: string): string | undefined {
  const dotted = DOTTED_DMY.exec(input);
  if (dotted) {
    const month = ENGLISH_MONTHS[Number(dotted[2]) - 1];
    return month && `${dotted[1]} ${month} ${dotted[3]}${input.slice(dotted[0].length)}`;
  }
  const out = input
    // A day name goes; a month opening a month-day-year date (`Mai 14, 2024`) stays.
    .replace(LOCALE_DAY_NAME, (all, word: string, punct: string) => (punct || !localeMonth(word) ? '' : all))
    .replace(/^(\d{1,2})\.(?=\s)/, '$1') // de `14. Mai`
    .replace(/\s+(?:de|del|às|à|a las|um)\s+/gi, ' ') // es/pt `14 de mayo de 2024`, pt `às 10:00`, fr `à 10h00`, de `um 10:00`
    .replace(/(?<=\d{4})\s*г(?:\.|ода?(?=\s|$))/u, '') // ru `14 мая 2024 г.`, `2024 года`
    .replace(/\b(\d{1,2})h(\d{2})\b/, '$1:$2') // fr/pt `10h00`
    .replace(/(?<=\d{4}),?\s+(?:-|–|@|at)\s+(?=\d{1,2}:\d{2})/, ' ') // Drupal `May 3, 2024 - 14:00`, `3 May 2024 at 14:00`
    .replace(/\p{L}+\.?/gu, (word) => {
      const bare = word.replace(/\.$/, '');
      if (englishMonthNumber(bare) !== undefined) return word;
      const n = localeMonth(bare);
      if (n === undefined) return word;
      return ENGLISH_MONTHS[n - 1] as string;
    });
  return out !== input ? out : undefined;
}

/**
 * A month name: English, or any word starting with an English abbreviation, as feedparser reads
 * the first three letters (`Sept`, and the Spanish, Italian, Swedish `Mayo`, `Marzo`, `Augusti`,
 * which name the same months).
 */
function monthNumber(word: string): number | undefined {
  return englishMonthNumber(word) ?? (word.length > 3 ? englishMonthNumber(word.slice(0, 3)) : undefined);
}

function parseRfcOnce(input: string, place?: string): ParsedDate | undefined {
  // Day names in any language (or misspelt) are noise: drop a leading word before the date.
  const s = input.replace(/^([^\d\s,.]+)(?:[,.]?\s+(?=\d|[a-z]{3})|,\s*)/i, (all, word: string) =>
    // "Mar, 14 May" (Spanish Tuesday) is a day name; "May 14" is a month.
    !all.includes(',') && englishMonthNumber(word) !== undefined ? all : '',
  ).trim();
  let y: string | undefined, mon: string | undefined, d: string | undefined, h: string | undefined, mi: string | undefined, sec: string | undefined, ap: string | undefined, z: string | undefined;
  let m = RFC.exec(s);
  if (m) [, d, mon, y, h, mi, sec, ap, z] = m;
  else if ((m = MDY.exec(s))) [, mon, d, y, h, mi, sec, ap, z] = m;
  else if ((m = ASC.exec(s))) [, mon, d, h, mi, sec, ap, z, y] = m;
  else if ((m = SLASHED.exec(s))) [, y, mon, d, h, mi, sec, ap, z] = m;
  else return undefined;
  const month = /^\d+$/.test(mon as string) ? Number(mon) : monthNumber(mon as string);
  let zone = zoneMinutes(z, place);
  // A zone name this table does not know (`XYZ`, a local abbreviation) after a time: the time is
  // kept and read as zone-less (UTC or the configured zone, recorded), as feedparser reads it as UTC;
  // dropping the whole date would lose the day.
  if (zone === null && h !== undefined && /^[a-z]{1,5}$/i.test(z as string)) zone = undefined;
  if (!month || zone === null) return undefined;
  // `15 May 2024 10 GMT`: an hour with no minutes is a time when a zone follows it (feedparser
  // reads it so); with nothing after it, a lone number is too ambiguous to be a clock.
  if (h !== undefined && mi === undefined && zone === undefined) return undefined;
  const date = build(fullYear(y as string, 90), month, Number(d), clock(h, ap), Number(mi ?? 0), Number(sec ?? 0), 0, zone ?? 0);
  return date && { date, assumedZone: h !== undefined && zone === undefined, hasZone: zone !== undefined };
}

/** Greek month abbreviations (with and without accents) as Greek feeds write them, to English. */
const GREEK_MONTHS: Record<string, string> = {
  ιαν: 'Jan', φεβ: 'Feb', μάώ: 'Mar', μαώ: 'Mar', μαρ: 'Mar', μάρ: 'Mar', απρ: 'Apr', μάι: 'May', μαϊ: 'May', μαι: 'May',
  ιούν: 'Jun', ιον: 'Jun', ιουν: 'Jun', ιούλ: 'Jul', ιολ: 'Jul', ιουλ: 'Jul', αύγ: 'Aug', αυγ: 'Aug', σεπ: 'Sep', οκτ: 'Oct',
  νοέ: 'Nov', νοε: 'Nov', δεκ: 'Dec',
};
const HUNGARIAN_MONTHS: Record<string, string> = {
  január: '01', február: '02', februári: '02', március: '03', április: '04', május: '05', máujus: '05',
  június: '06', július: '07', augusztus: '08', szeptember: '09', október: '10', november: '11', december: '12',
};
const KOREAN_ONBLOG = /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일\s*(\d{1,2}):(\d{2}):(\d{2})$/;
const KOREAN_NATE = /^(\d{4})-(\d{2})-(\d{2})\s+(오전|오후)\s+(\d{1,2}):(\d{1,2}):(\d{1,2})$/;
const HUNGARIAN = /^(\d{4})-([^-\d]+)-(\d{1,2})T(\d{1,2}):(\d{2})([+-]\d{1,2}:\d{2})$/;
/** Chinese and Japanese `2024年5月14日 10:00`, `14時00分` (no zone: read in the configured one). */
const CJK_YMD = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})\s*[:時]\s*(\d{2})\s*分?(?:\s*:?\s*(\d{2})\s*秒?)?)?$/;
/** Hungarian year-first `2024. május 3. 14:00` (and `2024. márc. 3.`). */
const HUNGARIAN_YMD = /^(\d{4})\.\s+(\p{L}+)\.?\s+(\d{1,2})\.?(?=\s|$)/u;

/**
 * Localized date spellings that feeds in the wild use (and feedparser reads): Greek month and day
 * names in RFC 822 dates, Korean blog formats (OnBlog `2004년 05월 28일 01:31:15`, Nate
 * `2004-05-25 오후 11:23:17`, both Korea time), Hungarian month names in W3C dates, and Chinese/Japanese
 * `2024年5月14日 10:00` (Xinhua's and NHK's pages' form, which some of their feeds copy). Rewritten to
 * the English / ISO form the main parsers read; anything else is returned unchanged.
 */
function delocalize(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let m = KOREAN_ONBLOG.exec(s);
  if (m) return `${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}T${pad(m[4] as string)}:${m[5]}:${m[6]}+09:00`;
  if ((m = KOREAN_NATE.exec(s))) {
    const h = (Number(m[5]) % 12) + (m[4] === '오후' ? 12 : 0);
    return `${m[1]}-${m[2]}-${m[3]}T${pad(h)}:${pad(m[6] as string)}:${pad(m[7] as string)}+09:00`;
  }
  if ((m = CJK_YMD.exec(s))) {
    const time = m[4] ? `T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}` : '';
    return `${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}${time}`;
  }
  if ((m = HUNGARIAN_YMD.exec(s))) {
    const word = (m[2] as string).toLowerCase();
    const month = HUNGARIAN_MONTHS[word] ?? localeMonth(word);
    if (month) return `${m[1]}-${pad(month)}-${pad(m[3] as string)}${s.slice(m[0].length)}`;
  }
  if ((m = HUNGARIAN.exec(s))) {
    const month = HUNGARIAN_MONTHS[(m[2] as string).toLowerCase()];
    return month ? `${m[1]}-${month}-${pad(m[3] as string)}T${pad(m[4] as string)}:${m[5]}${m[6]}` : s;
  }
  // Greek: "Τρι, 29 Ιούν 2004 12:53:00 GMT" -> day name dropped later, month translated.
  return s.replace(/[\u0370-\u03ff\u1f00-\u1fff]+/g, (w) => GREEK_MONTHS[w.toLowerCase()] ?? w);
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** Minutes east of UTC of an IANA zone at an instant, or undefined for an unknown zone name. */
export function zoneOffsetMinutes(timeZone: string, at: Date): number | undefined {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      f = null;
    }
    formatters.set(timeZone, f);
  }
  if (!f) return undefined;
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p['year'] ?? 0, (p['month'] ?? 1) - 1, p['day'] ?? 1, p['hour'] ?? 0, p['minute'] ?? 0, p['second'] ?? 0);
  return Math.round((wall - (at.getTime() - at.getUTCMilliseconds())) / 60_000);
}

/**
 * Unix time as some CMSs and scrapers write it into `pubDate` or `dc:date`: 10 digits of seconds or 13
 * of milliseconds (2001-2286; other lengths are compact ISO dates, `20240503`), kept only for 2000-2100.
 */
function epoch(s: string): ParsedDate | undefined {
  if (!/^\d{10}$|^\d{13}$/.test(s)) return undefined;
  const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
  return ms < Date.UTC(2100, 0, 1) ? { date: new Date(ms), assumedZone: false, hasZone: true } : undefined;
}

/** Year-first dotted dates (Korean, Chinese, Hungarian sites: `2024.05.03 14:00`, `2024. 5. 3.`): unambiguous. */
const DOTTED_YMD = /^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?=\s|$)/;

/** A tz database name after the date (`2024-05-03T14:00:00 Europe/Berlin`): the zone of a zone-less date. */
const IANA_SUFFIX = /^(.*\d)\s+([A-Za-z]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/;

/**
 * Parses a feed date, or returns undefined when the text is not a date this parser knows. A date
 * without a zone is read in `timeZone` (an IANA name: the feed's or site's configured zone, e.g.
 * `Asia/Shanghai` for a Chinese outlet's "2024-05-14 10:00:00"), else in UTC: never in a zone
 * guessed from the feed's language or host, as feedparser (and the feed scorer) read them, and
 * the assumption is recorded (`assumedZone`). `place` (that guess, or `timeZone`) only picks
 * between the zones an ambiguous abbreviation names (CST, IST, AST, BST: PLACE_ZONES).
 */
export function parseFeedDate(text: string | undefined, timeZone?: string, place: string | undefined = timeZone): ParsedDate | undefined {
  // RFC 822 section 3.4.3: a parenthesized comment (`-0800 (PST)`) is not part of the date.
  // A tz database name for UTC (`Etc/GMT`, `Etc/UTC`) is its zone, as feedparser strips `Etc/`.
  const s = text && delocalize(text.replace(/\s+/g, ' ').trim().replace(/\s*\([^()]*\)$/, '').replace(/ Etc\/(?=[a-z]+$)/i, ' '));
  if (!s || s.length > 80) return undefined;
  const dotted = DOTTED_YMD.exec(s);
  if (dotted) return parseFeedDate(`${dotted[1]}-${pad(dotted[2] as string)}-${pad(dotted[3] as string)}${s.slice(dotted[0].length)}`, timeZone, place);
  const named = IANA_SUFFIX.exec(s);
  if (named && zoneOffsetMinutes(named[2] as string, new Date()) !== undefined) return parseFeedDate(named[1], named[2], named[2]);
  const r = epoch(s) ?? parseIso(s, place) ?? parseRfc(s, place);
  if (!r || r.hasZone || !timeZone) return r;
  // Wall time -> instant: subtract the zone's offset, then re-check it at the result (DST edges).
  const first = zoneOffsetMinutes(timeZone, r.date);
  if (first === undefined) return r;
  let t = r.date.getTime() - first * 60_000;
  const second = zoneOffsetMinutes(timeZone, new Date(t));
  if (second !== undefined && second !== first) t = r.date.getTime() - second * 60_000;
  return { ...r, date: new Date(t) };
}

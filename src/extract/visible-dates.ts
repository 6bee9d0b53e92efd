/**
 * The dates a page prints on its lines near the headline and in the trailer ("02. januar 2020 kl.
 * 10:21", "Updated 3:15 PM EDT, May 15, 2024 | Originally published 11:02 AM EDT ..."), read for
 * pick-dates.ts: each line split into its published and updated parts, lines that date something
 * else (an offer's end, a wiki's last edit, a review) skipped, and an ambiguous numeric date
 * (`05/03/2024`) read the way the rest of the page says.
 */
import { nativeDateText } from '../normalize/native-date-text.js';
import type { NumericOrder } from '../normalize/numeric-date-order.js';
import { parseDateInfo, type DateInfo } from '../normalize/parse-zoned-date.js';

/** A date and the text it was read from. */
export interface Candidate {
  raw: string;
  info: DateInfo;
}

/** What the line readers need besides the lines. */
export interface LineContext {
  /** The zone a zone-less time is read in. */
  zone: string;
  /** How the page writes numeric dates, when known (numeric-date-order.ts). */
  order: NumericOrder | null;
  /** Days (YYYY-MM-DD) the structured data gives to other things: an event's start, an offer's end. */
  foreignDays: ReadonlySet<string>;
  /** A day the page states elsewhere (its structured date, its URL): an ambiguous numeric date is read the way that agrees. */
  refDay: string | null;
  /**
   * The readings of each line in this context (see `readingOf`), made on first use. A field of
   * the context, not a module-level WeakMap keyed by it: V8's scavenger keeps a WeakMap's values
   * alive while their key is young, whether or not the key is still reachable, and a line is a
   * slice of the page's markup. So every page's markup (hundreds of kB, a large object) outlived
   * its extraction until the next full GC, was promoted to the old generation at each young GC,
   * and the old generation grew ~300 kB per page between full GCs (issue 16: peak RSS).
   */
  readings?: Map<string, LineReading>;
}

export const UPDATE_WORDS =
  /updated|update:|aktualisiert|geändert|mis à jour|actualizad|actualisé|aggiornat|atualizad|oppdatert|opdateret|uppdaterad|päivitetty|aangepast|bijgewerkt|aktualizacja|güncellen|güncelleme|更新|수정|zaktualizowan|обновлен|оновлено|aktualizováno|aktualizované|ενημερώθηκε|actualizat|cập nhật|diperbarui|تحديث|به‌روزرسانی|بروزرسانی|به روز رسانی|עודכן|अपडेट|modifi/i;
/** Words that label a publication time ("Originally published", "Erstellt:", "입력"). */
const PUBLISH_WORDS =
  /originally published|first published|published|posted|publicado|publiée?|pubblicato|veröffentlicht|erstellt|erschienen|publisert|publicerad|publiceret|julkaistu|opublikowano|gepubliceerd|yayınlanma|опубликовано|опубліковано|publikováno|δημοσίευση|publicat|نشر في|تاريخ النشر|تاریخ انتشار|פורסם|प्रकाशित|发布|發佈|发表|發表|입력|등록/;
/** Both kinds of label, to cut a line into its parts: group 1 an update, group 2 a publication. */
const LABELS = new RegExp(`(${UPDATE_WORDS.source})|(${PUBLISH_WORDS.source})`, 'giu');

const HAS_TIME = /\d[:h：]\d\d|\d\s?[时時시]\s?\d|\b(?:kl\.?|klo|klockan|kello)\s*\d{1,2}\.\d\d/u;
const HAS_DATE =
  /\d{4}(?:[-/.]|\s?[年년])\s?\d{1,2}|\d{4}\.?\s+(?:m\.\s+)?\p{L}+\.?\s+\d{1,2}\b|\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{1,2}-\d{1,2}-(?:\d{4}|\d{2}(?!\d))|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?\p{L}{3,12}\.?,?\s+(?:de\s+)?\d{4}|\p{L}{3,9}\.?,? \d{1,2}(?:st|nd|rd|th)?,? \d{4}/u;

/** Clocks, to keep only the day of a part: `09h30`, `11:02:33`, `9:30 a.m.`. */
const CLOCKS = /(?<![\d.])\d{1,2}[:h]\d\d(?::\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?/gi;

/**
 * Lines that date something other than the story: an offer's or coupon's validity, a wiki page's
 * last edit (MediaWiki's footer in its languages), a product review.
 */
const NOT_THE_STORY =
  /\bvalid (?:until|through|thru|till|from)\b|\bexpir(?:es|y|ation)\b|\boffer ends\b|\bsale ends\b|\bgültig (?:bis|ab)\b|\bvalable jusqu|\bválid[oa] hasta\b|\bvalid[oa] fino\b|\bgeldig tot\b|\bthis page was last\b|\blast edited on\b|\bdiese seite wurde zuletzt\b|\bde cette page\b|\besta página se editó\b|\breviewed (?:on|in)\b/iu;

/** `03/05/2024`, `3-5-24`: a numeric date whose first two numbers could each be the month. */
const AMBIGUOUS = /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-])/;
/** An English weekday name: `Fri, 05/03/2024 - 11:02` (Drupal's default) says which reading is right. */
const WEEKDAY = /\b(sun|mon|tue|wed|thu|fri|sat)(?:day|s|sday|nesday|rsday|urday)?\b\.?/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The day (YYYY-MM-DD) of a date's wall clock as written. */
export const wallDay = (info: DateInfo): string => new Date(info.wall).toISOString().slice(0, 10);

/** A line's part labelled `want`: 'pub' also takes the unlabelled date of a line that has no publication label. */
function partOf(line: string, want: 'pub' | 'upd'): string | null {
  LABELS.lastIndex = 0;
  let m = LABELS.exec(line);
  if (m === null) return want === 'pub' ? line : null;
  const parts: Array<{ kind: 'pub' | 'upd' | null; text: string }> = [];
  let from = 0;
  let kind: 'pub' | 'upd' | null = null;
  for (; m !== null; m = LABELS.exec(line)) {
    if (m.index > from || kind !== null) parts.push({ kind, text: line.slice(from, m.index) });
    kind = m[1] !== undefined ? 'upd' : 'pub';
    from = m.index;
  }
  parts.push({ kind, text: line.slice(from) });
  // A label after its date ("2005-02-06 13:26更新", "2024-05-15 发布") names the date before it;
  // not a label with a time of its own ("15/05/2024 11h02 Atualizado há 2 horas": the update is
  // relative, the date before it the publication's).
  // In brackets after the publication's, the label's date is the bracketed one: "2024年5月15日 11時02分
  // (2024年5月15日 13時45分 更新)".
  for (let i = 1; i < parts.length; i++) {
    if (parts[i]!.kind === null || parts[i - 1]!.kind !== null || /\d/u.test(parts[i]!.text)) continue;
    const before = parts[i - 1]!.text;
    const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
    const bracket = open > 0 && HAS_DATE.test(before.slice(0, open)) ? withYear(before.slice(0, open), before.slice(open)) : null;
    if (bracket !== null) {
      parts.splice(i - 1, 1, { kind: null, text: before.slice(0, open) }, { kind: parts[i]!.kind, text: bracket });
      i++;
    } else parts[i - 1]!.kind = parts[i]!.kind;
  }
  const labelled = parts.find((p) => p.kind === want && HAS_DATE.test(p.text));
  if (labelled) return labelled.text;
  // An update given as a clock on the publication's day: "Publié le 15 mai 2024 à 09h30, modifié à 11h02" (Le Monde).
  if (want === 'upd') {
    const clock = parts.find((p) => p.kind === 'upd' && HAS_TIME.test(p.text));
    const dated = parts.find((p) => p.kind !== 'upd' && HAS_DATE.test(p.text));
    if (clock && dated) return `${dated.text.replace(CLOCKS, ' ')} ${clock.text}`;
  }
  // An unlabelled date beside an update ("15.05.2024, 11:02 Uhr (Aktualisiert am …)") is the publication.
  return want === 'pub' ? (parts.find((p) => p.kind === null && HAS_DATE.test(p.text))?.text ?? null) : null;
}

/** A bracketed month/day and clock without the year: CNA's `2024/5/15 11:02(5/15 15:30 更新)`. */
const YEARLESS = /^([(（]\s*)(\d{1,2})\/(\d{1,2})(\s+\d{1,2}:\d\d)/u;
const YEAR_MONTH = /(?<!\d)(\d{4})[-/.年]\s?(\d{1,2})/u;

/**
 * The bracket after a dated part when it holds a date: as written, or with the year of the date before
 * it put in when it has none (the next year when its month comes earlier: a Dec 31 story updated Jan 1).
 */
function withYear(dated: string, bracket: string): string | null {
  if (HAS_DATE.test(bracket)) return bracket;
  const m = YEARLESS.exec(bracket);
  const ym = m ? YEAR_MONTH.exec(dated) : null;
  if (!m || !ym || Number(m[2]) > 12 || Number(m[3]) > 31) return null;
  const year = Number(ym[1]) + (Number(m[2]) < Number(ym[2]) ? 1 : 0);
  return `${m[1]}${year}/${m[2]}/${m[3]}${m[4]}${bracket.slice(m[0].length)}`;
}

/**
 * A line's date. A numeric date that reads both ways (`05/03/2024`) is read the way that agrees with
 * the day the page states elsewhere, or with the weekday printed beside it; else in the page's order.
 */
function readLine(text: string, ctx: LineContext): DateInfo | null {
  const m = AMBIGUOUS.exec(text);
  if (m && Number(m[1]) <= 12 && Number(m[3]) <= 12 && Number(m[1]) !== Number(m[3])) {
    const dmy = parseDateInfo(text, ctx.zone, 'dmy');
    const mdy = parseDateInfo(text, ctx.zone, 'mdy');
    if (dmy && mdy) {
      const fits = (i: DateInfo): boolean => wallDay(i) === ctx.refDay;
      if (ctx.refDay !== null && fits(dmy) !== fits(mdy)) return fits(dmy) ? dmy : mdy;
      const wd = WEEKDAY.exec(text);
      if (wd) {
        const day = WEEKDAYS.indexOf(wd[1]!.toLowerCase());
        const on = (i: DateInfo): boolean => new Date(i.wall).getUTCDay() === day;
        if (on(dmy) !== on(mdy)) return on(dmy) ? dmy : mdy;
      }
    }
  }
  return parseDateInfo(text, ctx.zone, ctx.order);
}

/** A line's part labelled one way, as visibleDate tests it; its date read when first asked. */
interface PartReading {
  text: string;
  time: boolean;
  date: boolean;
  /** readLine's answer; undefined until asked. */
  info: DateInfo | null | undefined;
}

/** A line as visibleDate reads it: its native form, and its published and updated parts (undefined until asked). */
interface LineReading {
  whole: string;
  pub: PartReading | null | undefined;
  upd: PartReading | null | undefined;
}

/**
 * The reading of a line in a context, kept in the context: pickDates asks visibleDate up to six
 * times over the same lines with one context (the structured time's check, the publication with
 * and without a time, the update with and without one), and every step of a line's reading
 * depends only on the line, the label wanted and the context (issue 16: each line was read again
 * each time).
 */
function readingOf(text: string, ctx: LineContext): LineReading {
  const byText = (ctx.readings ??= new Map());
  let r = byText.get(text);
  // Native digits and month names as the tests read them ("১৫ মে ২০২৪, ১১:০২").
  if (r === undefined) byText.set(text, (r = { whole: nativeDateText(text), pub: undefined, upd: undefined }));
  return r;
}

function partReading(r: LineReading, want: 'pub' | 'upd'): PartReading | null {
  let p = r[want];
  if (p === undefined) {
    const text = partOf(r.whole, want);
    p = text === null ? null : { text, time: HAS_TIME.test(text), date: HAS_DATE.test(text), info: undefined };
    r[want] = p;
  }
  return p;
}

/**
 * The first date among the lines labelled `want` (or unlabelled, for 'pub'); with a time of day
 * when `needTime`; within 36 h of `near` when given.
 */
export function visibleDate(
  lines: readonly string[],
  ctx: LineContext,
  near: Date | null,
  want: 'pub' | 'upd',
  needTime: boolean,
): Candidate | null {
  for (const text of lines) {
    const line = readingOf(text, ctx);
    const whole = line.whole;
    if (whole.length > (needTime ? 200 : 80)) continue;
    const part = partReading(line, want);
    if (part === null || (needTime && !part.time) || !part.date) continue;
    const info = part.info === undefined ? (part.info = readLine(part.text, ctx)) : part.info;
    if (!info || (needTime && info.precision === 'day')) continue;
    if (near && Math.abs(info.date.getTime() - near.getTime()) > 36 * 3600e3) continue;
    // Last, on the one line that would be taken: the test is as costly as the others together.
    if (ctx.foreignDays.has(wallDay(info)) || NOT_THE_STORY.test(whole)) continue;
    return { raw: part.text, info };
  }
  return null;
}

const CLOCK_LINE = /(?<![\d:.])(\d{1,2})[:h](\d\d)(?![\d:])(?!\s*(?:min|%))/;

/**
 * A day from the structured data plus a bare clock time from the header lines: French and
 * German regional templates print "Par E. NURDIN - 05:01" or "Stand 14:30 Uhr" under the
 * headline and put only the day in their metadata. Only short lines without a date of their
 * own count (a dated line is visibleDate's job), and never update lines.
 */
export function clockOnly(lines: readonly string[], zone: string, day: Candidate): Candidate | null {
  const ymd = day.info.date.toISOString().slice(0, 10);
  for (const text of lines) {
    const line = nativeDateText(text);
    if (line.length > 80 || HAS_DATE.test(line) || UPDATE_WORDS.test(line)) continue;
    const m = CLOCK_LINE.exec(line);
    if (!m || Number(m[1]) > 23) continue;
    const raw = `${ymd} ${m[1]!.padStart(2, '0')}:${m[2]}`;
    const info = parseDateInfo(raw, zone);
    if (info && info.precision !== 'day') return { raw, info };
  }
  return null;
}

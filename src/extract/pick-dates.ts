/**
 * Publication and update times from the page's structured dates and, when those give no time
 * of day (or nothing), the visible date line near the headline ("02. januar 2020 kl. 10:21",
 * "2019-09-07 15:10:53 来源：新华社"). Times written without an offset are read in the site's
 * zone, and that zone is returned so the article records what was assumed.
 */
import { nativeDateText } from '../normalize/native-date-text.js';
import { parseDateInfo, zoneOffsetMinutes, type DateInfo, type DatePrecision } from '../normalize/parse-zoned-date.js';

/** The chosen dates. */
export interface PickedDates {
  publishedAt: Date | null;
  publishedPrecision: DatePrecision | null;
  /** The IANA zone a zone-less published time was read in; null when the page gave the offset. */
  timeZoneAssumed: string | null;
  updatedAt: Date | null;
}

interface Candidate {
  raw: string;
  info: DateInfo;
}

export const UPDATE_WORDS =
  /updated|update:|aktualisiert|geändert|mis à jour|actualizad|actualisé|aggiornat|atualizad|oppdatert|opdateret|uppdaterad|päivitetty|aangepast|bijgewerkt|aktualizacja|güncellen|更新|수정|zaktualizowan|обновлен|оновлено|modifi/i;
const HAS_TIME = /\d[:h：]\d\d|\d\s?[时時시]\s?\d|\b(?:kl\.?|klo|klockan|kello)\s*\d{1,2}\.\d\d/u;
const HAS_DATE =
  /\d{4}(?:[-/.]|\s?[年년])\s?\d{1,2}|\d{4}\.?\s+(?:m\.\s+)?\p{L}+\.?\s+\d{1,2}\b|\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{1,2}-\d{1,2}-(?:\d{4}|\d{2}(?!\d))|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?\p{L}{3,12}\.?,?\s+(?:de\s+)?\d{4}|\p{L}{3,9}\.?,? \d{1,2}(?:st|nd|rd|th)?,? \d{4}/u;
/** A date line that says what the date is. */
const DAY_LABEL =
  /^(?:Datum|Date|Dato|Fecha|Data|Publicado|Publié|Published|Veröffentlicht|Erschienen|Yayın|发布|發佈|发表|發表|日期|时间|時間)/iu;
/** The wall-clock part of an ISO value, to spot a local time mislabelled as UTC. */
const WALL = /\d{4}-\d\d-\d\d[T ]\d\d:\d\d/;

function parseAll(values: Array<string | null>, zone: string): Candidate[] {
  const out: Candidate[] = [];
  for (const raw of values) {
    if (!raw) continue;
    const info = parseDateInfo(raw, zone);
    if (info) out.push({ raw, info });
  }
  return out;
}

function best(cands: Candidate[]): Candidate | null {
  const timed = cands.filter((c) => c.info.precision !== 'day');
  let pick = timed[0] ?? cands[0] ?? null;
  // "14:26:01Z" in JSON-LD beside "14:26:01+02:00" in <time>: the publisher's local time
  // labelled UTC. The value with the real offset wins.
  if (pick && /(?:Z|[+-]00:?00)\s*$/i.test(pick.raw)) {
    const wall = WALL.exec(pick.raw)?.[0].replace(' ', 'T');
    const other = timed.find(
      (c) => c !== pick && c.info.zoned && !/(?:Z|[+-]00:?00)\s*$/i.test(c.raw) && WALL.exec(c.raw)?.[0].replace(' ', 'T') === wall,
    );
    if (other) pick = other;
  }
  return pick;
}

/** The first date with a time of day among the lines, skipping update lines; within 36 h of `near`. */
function visible(lines: readonly string[], zone: string, near: Date | null, wantUpdate: boolean, needTime = true): Candidate | null {
  for (const text of lines) {
    // Native digits and month names as the tests below read them ("১৫ মে ২০২৪, ১১:০২").
    const whole = nativeDateText(text);
    if (whole.length > (needTime ? 200 : 80)) continue;
    // "15.05.2024, 11:02 Uhr (Aktualisiert am 15.05.2024, 12:30 Uhr)", "Publié le … — Mis à jour le …":
    // before the update word is the publication time, after it the update's.
    // Only when both sides carry a time ("2005-02-06 13:26更新" is an update time alone).
    const upd = UPDATE_WORDS.exec(whole);
    const split = !!upd && HAS_TIME.test(whole.slice(0, upd.index)) && HAS_TIME.test(whole.slice(upd.index));
    const line = !split ? whole : wantUpdate ? whole.slice(upd.index) : whole.slice(0, upd.index);
    if ((needTime && !HAS_TIME.test(line)) || !HAS_DATE.test(line)) continue;
    if (!split && !!upd !== wantUpdate) continue;
    const info = parseDateInfo(line, zone);
    if (!info || (needTime && info.precision === 'day')) continue;
    if (near && Math.abs(info.date.getTime() - near.getTime()) > 36 * 3600e3) continue;
    return { raw: line, info };
  }
  return null;
}

const CLOCK_LINE = /(?<![\d:.])(\d{1,2})[:h](\d\d)(?![\d:])(?!\s*(?:min|%))/;

/**
 * A day from the structured data plus a bare clock time from the header lines: French and
 * German regional templates print "Par E. NURDIN - 05:01" or "Stand 14:30 Uhr" under the
 * headline and put only the day in their metadata. Only short lines without a date of their
 * own count (a dated line is visible()'s job), and never update lines.
 */
function clockOnly(lines: readonly string[], zone: string, day: Candidate): Candidate | null {
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

/** Same instant within a minute. */
const same = (a: Date, b: Date): boolean => Math.abs(a.getTime() - b.getTime()) <= 60e3;

/**
 * The structured time checked against the time printed under the headline, read in the site's
 * zone. Trust order: (1) a structured value the printed time confirms, whichever source it came
 * from (JSON-LD may carry a stale or rounded time while <time> or itemprop matches the page);
 * (2) the first structured value (JSON-LD, then <meta>, then <time>), except when it is the
 * printed wall clock labelled UTC ("07:36:53Z" under a printed "07:36" on a Swiss site: local
 * time, re-read in the site zone) or it is off from the printed time by exactly the site zone's
 * offset (a UTC clock labelled local, "20:17:12+01:00" under a printed "21:17"): then the printed
 * time wins and the zone it was read in is recorded.
 */
function checkedAgainstPage(pick: Candidate | null, all: Candidate[], lines: readonly string[], zone: string): Candidate | null {
  if (!pick || pick.info.precision === 'day') return pick;
  const seen = visible(lines, zone, pick.info.date, false);
  if (!seen) return pick;
  if (same(seen.info.date, pick.info.date)) return pick;
  const confirmed = all.find((c) => c.info.precision !== 'day' && same(c.info.date, seen.info.date));
  if (confirmed) return confirmed;
  const wall = WALL.exec(pick.raw)?.[0].replace(' ', 'T');
  if (wall && /(?:Z|[+-]00:?00)\s*$/i.test(pick.raw)) {
    const local = parseDateInfo(pick.raw.replace(/(?:Z|[+-]00:?00)\s*$/i, ''), zone);
    if (local && Math.abs(local.date.getTime() - seen.info.date.getTime()) < 60e3 * 1.5)
      return { raw: pick.raw, info: { ...local, zoned: false } };
  }
  const offset = zoneOffsetMinutes(zone, seen.info.date) * 60e3;
  const gap = Math.abs(pick.info.date.getTime() - seen.info.date.getTime());
  if (offset !== 0 && Math.abs(gap - Math.abs(offset)) <= 60e3) return seen;
  return pick;
}

/** Publication and update times of a page. `zone` is the site's zone (null: unknown, UTC assumed). */
export function pickDates(published: Array<string | null>, modified: string[], lines: readonly string[], zone: string | null): PickedDates {
  const z = zone ?? 'UTC';
  const all = parseAll(published, z);
  const structured = zone ? checkedAgainstPage(best(all), all, lines, z) : best(all);
  let pub = structured;
  if (!pub || pub.info.precision === 'day') pub = visible(lines, z, pub?.info.date ?? null, false) ?? pub;
  if (pub && pub.info.precision === 'day') pub = clockOnly(lines, z, pub) ?? pub;
  // No structured date at all: a date-only line near the headline ("19.11.2021") is the day.
  // A labelled line ("Datum 28.04.2023", "Published: ...") beats an unlabelled one (a teaser's).
  pub ??=
    visible(
      lines.filter((l) => DAY_LABEL.test(l)),
      z,
      null,
      false,
      false,
    ) ?? visible(lines, z, null, false, false);
  const upd = best(parseAll(modified, z)) ?? visible(lines, z, null, true);
  // A page that shows only an update time ("2005-02-06 13:26更新") was published that day at the
  // latest: its day, not its minute, is the publication date.
  if (!pub && upd)
    pub = {
      raw: '',
      info: {
        date: new Date(Date.UTC(upd.info.date.getUTCFullYear(), upd.info.date.getUTCMonth(), upd.info.date.getUTCDate())),
        precision: 'day',
        zoned: false,
      },
    };
  return {
    publishedAt: pub?.info.date ?? null,
    publishedPrecision: pub?.info.precision ?? null,
    timeZoneAssumed: pub && pub.info.precision !== 'day' && !pub.info.zoned ? z : null,
    updatedAt: upd?.info.date ?? null,
  };
}

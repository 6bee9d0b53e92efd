/**
 * Publication and update times from the page's structured dates and, when those give no time
 * of day (or nothing), the visible date line near the headline ("02. januar 2020 kl. 10:21",
 * "2019-09-07 15:10:53 来源：新华社"). Times written without an offset are read in the site's
 * zone, and that zone is returned so the article records what was assumed. With nothing else,
 * a press release's dateline and then the day in the URL date the page; nothing is invented
 * from an update the page only declares.
 */
import type { NumericOrder } from '../normalize/numeric-date-order.js';
import { parseDateInfo, zoneOffsetMinutes, type DatePrecision } from '../normalize/parse-zoned-date.js';
import { pressReleaseDateline } from '../normalize/press-release-date.js';
import { clockOnly, UPDATE_WORDS, visibleDate, wallDay, type Candidate, type LineContext } from './visible-dates.js';

export { UPDATE_WORDS } from './visible-dates.js';

/** The chosen dates. */
export interface PickedDates {
  publishedAt: Date | null;
  publishedPrecision: DatePrecision | null;
  /** The IANA zone a zone-less published time was read in; null when the page gave the offset. */
  timeZoneAssumed: string | null;
  updatedAt: Date | null;
}

/** What the page says about its dates besides the values and lines. */
export interface DateHints {
  /** How the page writes numeric dates (`05/03/2024`), when its lines, country or language say. */
  order?: NumericOrder | null;
  /** The day in the page's URL (YYYY-MM-DD): the day of last resort, and the day an ambiguous date must agree with. */
  urlDay?: string | null;
  /** The first paragraphs of the text: a press release's dateline dates it. */
  lead?: readonly string[];
  /** Dates the structured data gives to other things (an event's start, an offer's end): never the story's. */
  foreign?: readonly string[];
  /** Every line of the page, asked for only when a dateModified echoes datePublished: does the page print it as an update? */
  pageLines?: () => readonly string[];
}

/** A date line that says what the date is. */
const DAY_LABEL =
  /^(?:Datum|Date|Dato|Fecha|Data|Publicado|Publié|Published|Veröffentlicht|Erschienen|Yayın|发布|發佈|发表|發表|日期|时间|時間)/iu;
/** The wall-clock part of an ISO value, to spot a local time mislabelled as UTC. */
const WALL = /\d{4}-\d\d-\d\d[T ]\d\d:\d\d/;
/** A value labelled UTC (`Z`, `+00:00`). */
const UTC_LABEL = /(?:Z|[+-]00:?00)\s*$/i;
const ISO_DAY = /^\d{4}-\d\d-\d\d/;

function parseAll(values: Array<string | null>, zone: string, order: NumericOrder | null): Candidate[] {
  const out: Candidate[] = [];
  for (const raw of values) {
    if (!raw) continue;
    const info = parseDateInfo(raw, zone, order);
    if (info) out.push({ raw, info });
  }
  return out;
}

/** Same instant within a minute. */
const same = (a: Date, b: Date): boolean => Math.abs(a.getTime() - b.getTime()) <= 60e3;
/** The same wall clock within a minute. */
const sameWall = (a: Candidate, b: Candidate): boolean => Math.abs(a.info.wall - b.info.wall) <= 60e3;

function best(cands: Candidate[]): Candidate | null {
  const timed = cands.filter((c) => c.info.precision !== 'day');
  let pick = timed[0] ?? cands[0] ?? null;
  // A zone-less JSON-LD "2024-05-15T14:05:00" beside og's "2024-05-15T14:05:00+02:00": one time,
  // and the value that states its offset says which.
  if (pick && pick.info.precision !== 'day' && !pick.info.zoned) {
    const first = pick;
    pick = timed.find((c) => c.info.zoned && !UTC_LABEL.test(c.raw) && sameWall(c, first)) ?? pick;
  }
  // "14:26:01Z" in JSON-LD beside "14:26:01+02:00" in <time>: the publisher's local time
  // labelled UTC. The value with the real offset wins.
  if (pick && UTC_LABEL.test(pick.raw)) {
    const wall = WALL.exec(pick.raw)?.[0].replace(' ', 'T');
    const other = timed.find(
      (c) => c !== pick && c.info.zoned && !UTC_LABEL.test(c.raw) && WALL.exec(c.raw)?.[0].replace(' ', 'T') === wall,
    );
    if (other) pick = other;
  }
  return pick;
}

/**
 * The structured time checked against the time printed under the headline, read in the site's
 * zone. Trust order: (1) a structured value the printed time confirms, whichever source it came
 * from (JSON-LD may carry a stale or rounded time while <time> or itemprop matches the page);
 * (2) a zone-less structured value printed with a zone ("14:05 CEST"): the printed time; (3) a
 * structured value with a real offset whose own clock is the printed one: it stands, whatever
 * zone the site was guessed to be in; (4) the first structured value (JSON-LD, then <meta>, then
 * <time>), except when it is the printed wall clock labelled UTC ("07:36:53Z" under a printed
 * "07:36" on a Swiss site: local time, re-read in the site zone) or it is off from the printed
 * time by exactly the site zone's offset (a UTC clock labelled local, "20:17:12+01:00" under a
 * printed "21:17"): then the printed time wins and the zone it was read in is recorded. Without
 * a site zone only (1) and (2) apply.
 */
function checkedAgainstPage(
  pick: Candidate | null,
  all: Candidate[],
  lines: readonly string[],
  ctx: LineContext,
  zoneKnown: boolean,
): Candidate | null {
  if (!pick || pick.info.precision === 'day') return pick;
  const seen = visibleDate(lines, ctx, pick.info.date, 'pub', true);
  if (!seen) return pick;
  if (same(seen.info.date, pick.info.date)) return pick;
  if (!pick.info.zoned && seen.info.zoned && sameWall(pick, seen)) return seen;
  // Read in a zone nobody stated, a printed time confirms nothing.
  if (!zoneKnown) return pick;
  const confirmed = all.find((c) => c.info.precision !== 'day' && same(c.info.date, seen.info.date));
  if (confirmed) return confirmed;
  if (pick.info.zoned && !UTC_LABEL.test(pick.raw) && !seen.info.zoned && sameWall(pick, seen)) return pick;
  const wall = WALL.exec(pick.raw)?.[0].replace(' ', 'T');
  if (wall && UTC_LABEL.test(pick.raw)) {
    const local = parseDateInfo(pick.raw.replace(UTC_LABEL, ''), ctx.zone);
    if (local && Math.abs(local.date.getTime() - seen.info.date.getTime()) < 60e3 * 1.5)
      return { raw: pick.raw, info: { ...local, zoned: false } };
  }
  const offset = zoneOffsetMinutes(ctx.zone, seen.info.date) * 60e3;
  const gap = Math.abs(pick.info.date.getTime() - seen.info.date.getTime());
  if (offset !== 0 && Math.abs(gap - Math.abs(offset)) <= 60e3) return seen;
  return pick;
}

/**
 * An update only when it comes after the publication: a declared dateModified that echoes
 * datePublished (or a CMS save seconds later), or precedes it (a scheduled post), is none. A
 * printed update ("Aktualisiert am …") counts from the publication's minute on: pages that show
 * only the update time often declare it as both.
 */
function later(upd: Candidate | null, pub: Candidate | null, printed: boolean): Candidate | null {
  if (!upd || !pub) return upd;
  if (upd.info.precision === 'day' || pub.info.precision === 'day') return wallDay(upd.info) >= wallDay(pub.info) ? upd : null;
  const gap = upd.info.date.getTime() - pub.info.date.getTime();
  return gap > 60e3 || (printed && gap >= -60e3) ? upd : null;
}

/**
 * Whether the page prints `upd` as its update anywhere ("Last Updated: September 24, 2020, 9:27 PM
 * IST" in a byline box outside the lines read for dates): news18 and Die Zeit show only the update
 * time and declare it as both datePublished and dateModified.
 */
function printedAsUpdate(upd: Candidate, lines: readonly string[], ctx: LineContext): boolean {
  const labelled = lines.filter((l) => l.length <= 200 && UPDATE_WORDS.test(l));
  const seen = labelled.length > 0 ? visibleDate(labelled, ctx, upd.info.date, 'upd', true) : null;
  return seen !== null && same(seen.info.date, upd.info.date);
}

/** Whether an update is at the publication's time: the same minute, or the same day when either is a day. */
function echoes(upd: Candidate, pub: Candidate): boolean {
  if (upd.info.precision === 'day' || pub.info.precision === 'day') return wallDay(upd.info) === wallDay(pub.info);
  return same(upd.info.date, pub.info.date);
}

/** Whether the lines print the publication's time outside an update label (see visibleDate's parts). */
function printedApart(pub: Candidate, lines: readonly string[], ctx: LineContext): boolean {
  const day = pub.info.precision === 'day';
  const seen = visibleDate(lines, ctx, pub.info.date, 'pub', !day);
  return seen !== null && echoes(seen, pub);
}

/** The date of a press release's dateline among the first paragraphs. */
function pressRelease(lead: readonly string[], ctx: LineContext): Candidate | null {
  for (const p of lead) {
    const raw = pressReleaseDateline(p);
    const info = raw ? parseDateInfo(raw, ctx.zone, ctx.order) : null;
    if (raw && info) return { raw, info };
  }
  return null;
}

/**
 * Publication and update times of a page. `published` and `modified` are the structured values in
 * order of trust, `lines` the visible lines near the headline and in the trailer, `zone` the
 * site's zone (null: unknown, UTC assumed).
 */
export function pickDates(
  published: Array<string | null>,
  modified: string[],
  lines: readonly string[],
  zone: string | null,
  hints: DateHints = {},
): PickedDates {
  const z = zone ?? 'UTC';
  const order = hints.order ?? null;
  const foreignDays = new Set<string>();
  for (const v of hints.foreign ?? []) {
    const day = ISO_DAY.exec(v)?.[0];
    if (day) foreignDays.add(day);
  }
  const urlDay = hints.urlDay ? parseDateInfo(hints.urlDay) : null;
  const all = parseAll(published, z, order);
  const first = best(all);
  const ctx: LineContext = { zone: z, order, foreignDays, refDay: first ? wallDay(first.info) : (hints.urlDay ?? null) };
  // Without a structured date the URL's day keeps the printed dates to the story's (a reply's or a teaser's is days off).
  const near = urlDay?.date ?? null;
  let pub = checkedAgainstPage(first, all, lines, ctx, zone !== null);
  if (!pub || pub.info.precision === 'day') pub = visibleDate(lines, ctx, pub?.info.date ?? near, 'pub', true) ?? pub;
  if (pub && pub.info.precision === 'day') pub = clockOnly(lines, z, pub) ?? pub;
  // No structured date at all: a labelled date line ("Datum 28.04.2023", "Published: ...") beats a
  // release's dateline, which beats an unlabelled line near the headline ("19.11.2021"; a teaser's
  // perhaps), and the URL's day comes last.
  pub ??=
    visibleDate(
      lines.filter((l) => DAY_LABEL.test(l)),
      ctx,
      near,
      'pub',
      false,
    ) ??
    pressRelease(hints.lead ?? [], ctx) ??
    visibleDate(lines, ctx, near, 'pub', false) ??
    (urlDay ? { raw: hints.urlDay!, info: urlDay } : null);
  // A declared update (dateModified) counts beside a publication date it follows; a printed one
  // ("Updated: May 16, 2024", "2005-02-06 13:26更新") also without one.
  const stated = pub ? best(parseAll(modified, z, order)) : null;
  // An update printed at the publication's own time beside that time ("30.11.2020 18:14 | Son
  // Güncelleme: 30.11.2020 18:14", "03.04.2025 - Güncelleme : 03.04.2025") is a template's echo, no update.
  let declared = later(stated, pub, false);
  if (
    !declared &&
    stated &&
    hints.pageLines &&
    same(stated.info.date, pub!.info.date) &&
    printedAsUpdate(stated, hints.pageLines(), ctx) &&
    !printedApart(pub!, hints.pageLines(), ctx)
  )
    declared = stated;
  const seenUpdate = declared
    ? null
    : later(visibleDate(lines, ctx, null, 'upd', true) ?? visibleDate(lines, ctx, null, 'upd', false), pub, true);
  const shown = seenUpdate && pub && echoes(seenUpdate, pub) && printedApart(pub, lines, ctx) ? null : seenUpdate;
  const upd = declared ?? shown;
  // A page that shows only an update time ("2005-02-06 13:26更新") was published that day at the
  // latest: its day, not its minute, is the publication date.
  if (!pub && upd) {
    const day = Date.UTC(upd.info.date.getUTCFullYear(), upd.info.date.getUTCMonth(), upd.info.date.getUTCDate());
    pub = { raw: '', info: { date: new Date(day), precision: 'day', zoned: false, wall: day } };
  }
  return {
    publishedAt: pub?.info.date ?? null,
    publishedPrecision: pub?.info.precision ?? null,
    timeZoneAssumed: pub && pub.info.precision !== 'day' && !pub.info.zoned ? z : null,
    updatedAt: upd?.info.date ?? null,
  };
}

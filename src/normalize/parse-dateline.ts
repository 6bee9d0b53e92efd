/**
 * Wire datelines, in each agency's house style:
 *   Xinhua/Reuters/Yonhap/PTI  `MOSCOW, May 15 (Xinhua) --`   `LONDON, May 15 (Reuters) -`
 *   AP                         `WASHINGTON (AP) —`            `HANOI, Vietnam (AP) —`
 *   TASS (English)             `MOSCOW, May 15. /TASS/.`
 *   ANI                        `NEW DELHI [India], May 15 (ANI):`
 *   Kyodo / AFP                `TOKYO, May 15 Kyodo -`        `PARIS, May 15 (AFP) -`
 *   Xinhua (Chinese)           `新华社北京5月15日电（记者 张三）`
 *   TASS / RIA (Russian)       `МОСКВА, 15 мая. /ТАСС/.`      `МОСКВА, 15 мая - РИА Новости.`
 */
import type { Dateline } from '../domain.js';
import { agencyAliasPattern, agencyByAlias } from './agencies.js';
import { canonicalCity } from './dateline-cities.js';
import { monthNumber } from './parse-zoned-date.js';

/** A dateline found at the start of a text. */
export interface ParsedDateline {
  dateline: Dateline;
  /** Canonical agency name when the dateline credits one. */
  agency: string | null;
  /** Reporters named in the dateline (Chinese `（记者 张三）`). */
  authors: string[];
  /** The text after the dateline. */
  rest: string;
}

const AG = `(${agencyAliasPattern()})`;
const PLACE = `([A-Z][A-Za-z'.\\-]*(?: [A-Z][A-Za-z'.\\-]*){0,3})`;
const REGION = `(,? ?\\[?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}\\]?)?`;
const MD = `([A-Z][a-z]{2,8}\\.? \\d{1,2})`;
const DASH = `\\s*(?:--|—|–|-|:)?\\s*`;

const LATIN: RegExp[] = [
  // PLACE[, Region], Month Day (Agency) --    (Xinhua, Reuters, Yonhap, AFP, PTI, ANI)
  new RegExp(`^${PLACE}${REGION}, ${MD}\\.? \\(${AG}\\)${DASH}`),
  // PLACE, Month Day. /TASS/.
  new RegExp(`^${PLACE}${REGION}, ${MD}\\. /${AG}/\\.?\\s*`),
  // PLACE[, Region] (AP) —
  new RegExp(`^${PLACE}${REGION}()\\s*\\(${AG}\\)${DASH}`),
  // PLACE, Month Day Kyodo -
  new RegExp(`^${PLACE}${REGION}, ${MD} ${AG}\\s*(?:--|—|–|-)\\s*`),
];
/** Uncredited house datelines in capitals: `BEIJING -- ` (China Daily), `BEIJING, May 15 - ` (Global Times). */
const CAPS_ONLY = new RegExp(`^([A-Z]{3,}(?: [A-Z]{2,}){0,2})${REGION}(?:, ${MD})?\\s*(?:--|—|–|-)\\s+`);
const RU = new RegExp(`^([А-ЯЁ][А-ЯЁ\\-]+(?: [А-ЯЁ\\-]+){0,2}), (\\d{1,2}) ([а-я]+)\\.?\\s*(?:/${AG}/\\.?|[-—–] ${AG}\\.?)\\s*`);
/** `Bamberg (dpa/lby) - `, `Wiesbaden (KNA/iz). `, `Bogotá (dpa) - `, `Rostock/Schwerin (dpa) - `: German-style credited datelines. */
const MIXED = new RegExp(`^(\\p{Lu}[\\p{L}.'\\-]+(?:[ /-]\\p{Lu}[\\p{L}.'\\-]+){0,3})(,? \\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?)?\\s*[(（](${agencyAliasPattern()})(?:\\s*[/,]\\s*\\p{L}{1,6})*[)）]\\s*(?:--|—|–|-|:|\\.)\\s*`, 'u');
/** Korean `(서울=연합뉴스)` and Japanese `【ワシントン共同】`. */
const KO = new RegExp(`^[(（]([가-힣]{2,8})=(${agencyAliasPattern()}|뉴시스|뉴스1)[)）]\\s*`, 'u');
const JA = /^【([\u30a0-\u30ff\u4e00-\u9fff]{1,10}?)(共同|時事)】\s*/u;
const ZH = /^(新华社|中新社|中新网|人民网|央视网)([\u4e00-\u9fff]{2,10}?)(\d{1,2})月(\d{1,2})日(?:电|讯)\s*(?:[（(]([^）)]{0,60})[）)])?\s*/;

/** "NEW DELHI" -> "New Delhi", "МОСКВА" -> "Москва"; already mixed-case text is kept. */
export function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s\-'])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The place in title case with its region as written: `COLUMBIA, S.C.` -> `Columbia, S.C.`
 * (a state or country after a comma is part of the place; ANI's bracketed `[India]` is not).
 */
function withRegion(place: string, region: string | undefined): string {
  const r = region?.trim();
  return r && r.startsWith(',') && !r.includes('[') ? `${titleCase(place)}${region}` : titleCase(place);
}

/** `YYYY-MM-DD` for a month/day, taking the year that puts it nearest to `ref`. */
export function inferDate(month: number, day: number, ref: Date | null | undefined): string | null {
  if (!ref || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const y0 = ref.getUTCFullYear();
  let best = y0;
  for (const y of [y0 - 1, y0, y0 + 1]) if (Math.abs(Date.UTC(y, month - 1, day) - ref.getTime()) < Math.abs(Date.UTC(best, month - 1, day) - ref.getTime())) best = y;
  return `${best}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthDay(md: string | undefined): [number, number] | null {
  if (!md) return null;
  const m = /^([A-Za-z]+)\.? (\d{1,2})$/.exec(md);
  const mo = m ? monthNumber(m[1]!) : undefined;
  return m && mo ? [mo, Number(m[2])] : null;
}

/** Reads a dateline at the start of `text`; `ref` (the publication time) supplies the year. */
export function parseDateline(text: string, ref?: Date | null): ParsedDateline | null {
  const t = text.trimStart();
  const zh = ZH.exec(t);
  if (zh) {
    const agency = agencyByAlias(zh[1]!)?.name ?? null;
    const authors = (zh[5] ?? '').replace(/^(记者|通讯员)\s*/, '').split(/[、，,\s]+/).filter((s) => s !== '' && !/记者|通讯员/.test(s));
    return { dateline: { place: zh[2]!, date: inferDate(+zh[3]!, +zh[4]!, ref), city: canonicalCity(zh[2]!) }, agency, authors, rest: t.slice(zh[0].length) };
  }
  const ru = RU.exec(t);
  if (ru) {
    const mo = monthNumber(ru[3]!);
    const agency = agencyByAlias(ru[4] ?? ru[5] ?? '')?.name ?? null;
    return { dateline: { place: titleCase(ru[1]!), date: mo ? inferDate(mo, +ru[2]!, ref) : null, city: canonicalCity(ru[1]!) }, agency, authors: [], rest: t.slice(ru[0].length) };
  }
  for (const re of LATIN) {
    const m = re.exec(t);
    if (!m) continue;
    const place = m[1]!;
    // A dateline place is a city in capitals ("MOSCOW") or, for PTI/ANI, a title-case city.
    if (place.length > 40 || /^(The|A|An|In|On|At)$/i.test(place)) continue;
    const agency = agencyByAlias(m[4]!)?.name ?? null;
    if (!agency) continue;
    const md = monthDay(m[3]);
    return { dateline: { place: withRegion(place, m[2]), date: md ? inferDate(md[0], md[1], ref) : null, city: canonicalCity(place) }, agency, authors: [], rest: t.slice(m[0].length) };
  }
  const mixed = MIXED.exec(t);
  const other = mixed ?? KO.exec(t);
  if (other && other[0].length < 90) {
    const agency = agencyByAlias(other[other.length - 1]!)?.name ?? null;
    const place = mixed ? `${mixed[1]}${mixed[2] ?? ''}` : other[1]!;
    if (agency) return { dateline: { place, date: null, city: canonicalCity(other[1]!) }, agency, authors: [], rest: t.slice(other[0].length) };
  }
  const ja = JA.exec(t);
  if (ja) return { dateline: { place: ja[1]!, date: null, city: canonicalCity(ja[1]!) }, agency: agencyByAlias(ja[2] === '共同' ? '共同通信' : '時事通信')?.name ?? null, authors: [], rest: t.slice(ja[0].length) };
  const caps = CAPS_ONLY.exec(t);
  if (caps) {
    const md = monthDay(caps[3]);
    return { dateline: { place: withRegion(caps[1]!, caps[2]), date: md ? inferDate(md[0], md[1], ref) : null, city: canonicalCity(caps[1]!) }, agency: null, authors: [], rest: t.slice(caps[0].length) };
  }
  return null;
}

/**
 * Wire datelines, in each agency's house style:
 *   Xinhua/Reuters/Yonhap/PTI  `MOSCOW, May 15 (Xinhua) --`   `LONDON, May 15 (Reuters) -`
 *   AP                         `WASHINGTON (AP) —`            `HANOI, Vietnam (AP) —`
 *   TASS (English)             `MOSCOW, May 15. /TASS/.`
 *   ANI                        `NEW DELHI [India], May 15 (ANI):`
 *   Kyodo / AFP                `TOKYO, May 15 Kyodo -`        `PARIS, May 15 (AFP) -`
 *   Chinese (zh-lead.ts)       `新华社北京5月15日电（记者 张三）`  `路透北京5月15日 - `  `（吉隆坡15日讯）`
 *   TASS / RIA (Russian)       `МОСКВА, 15 мая. /ТАСС/.`      `МОСКВА, 15 мая - РИА Новости.`
 */
import type { Dateline } from '../domain.js';
import { agencyAliasGroup, agencyAliases, agencyByAlias, agencyByContextAlias, contextAliases, contextAliasPattern } from './agencies.js';
import { mayNameAgency, mayNameContextAlias } from './agency-mention.js';
import { definesAbbreviation } from './closing-credit.js';
import { canonicalCity } from './dateline-cities.js';
import { monthNumber } from './parse-zoned-date.js';
import { isMonthName } from './date-words.js';
import { execLetterRun } from './letter-run.js';
import { parseZhLead, splitReportersPlace } from './zh-lead.js';
import { US_STATE } from './us-state.js';
import { requalify, slashCodeDateline, withoutPlaceQualifier } from './place-qualifier.js';

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

/** An agency in a dateline's brackets: any alias, or a context alias (`OTTAWA (CP) —`, `SYDNEY (AAP) -`). */
const AG = `(${agencyAliasGroup()}|${contextAliasPattern()})`;
const agencyNamed = (s: string): string | null => (agencyByAlias(s) ?? agencyByContextAlias(s))?.name ?? null;
const PLACE = `([A-Z][A-Za-z'.\\-]*(?: [A-Z][A-Za-z'.\\-]*){0,3})`;
const REGION = `(,? ?\\[?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}\\]?)?`;
const MD = `([A-Z](?:[a-z]{2,8}|[A-Z]{2,3})\\.? \\d{1,2})`;
const DASH = `\\s*(?:--|—|–|-|:)?\\s*`;

/** ANI's state in brackets between the place and `[India]`: `Srinagar (Jammu and Kashmir) [India], May 15 (ANI):`. */
const STATE_PAREN = `(?: \\([A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3}\\)(?= \\[))?`;

const LATIN: RegExp[] = [
  // PLACE[, Region], Month Day (Agency) --    (Xinhua, Reuters, Yonhap, AFP, PTI, ANI; GNA's `ACCRA, May 15, (GNA) - ` with a comma)
  new RegExp(`^${PLACE}${STATE_PAREN}${REGION}, ${MD}\\.?,? \\(${AG}\\)${DASH}`),
  // PLACE, Month Day. /TASS/.
  new RegExp(`^${PLACE}${REGION}, ${MD}\\. /${AG}/\\.?\\s*`),
  // PLACE[, Region] (AP) —
  new RegExp(`^${PLACE}${REGION}()\\s*\\(${AG}\\)${DASH}`),
  // PLACE, Month Day Kyodo -
  new RegExp(`^${PLACE}${REGION}, ${MD} ${AG}\\s*(?:--|—|–|-)\\s*`),
];
/**
 * Uncredited house datelines in capitals: `BEIJING -- ` (China Daily), `BEIJING, May 15 - ` (Global
 * Times), `MONTRÉAL — ` (La Presse canadienne), `SÃO PAULO - `: capitals of any script.
 */
const CAPS_ONLY = new RegExp(
  `^((?:\\p{Lu}{2}\\. )?(?:\\p{Lu}{3,}|\\p{Lu}{2}(?= \\p{Lu}{2,}))(?: \\p{Lu}{2,}){0,2})${REGION}(?:, ${MD})?\\s*(?:--|—|–|-)\\s+`,
  'u',
);
/** Kickers in capitals before a dash, not places: `BREAKING — `, `UPDATE - `, `WATCH — `, `EILMELDUNG - `. */
const KICKER =
  /^(?:BREAKING(?: NEWS)?|JUST IN|UPDATED?|LATEST|WATCH|LISTEN|LIVE|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|EDITORIAL|REVIEW|CORRECTION|CLARIFICATION|EXPLAINER|FACTBOX|FACT CHECK|INSIGHT|POLL|VIDEO|PHOTOS?|GALLERY|PODCAST|SPONSORED|ADVERTISEMENT|READ MORE|ALSO READ|EILMELDUNG|EXKLUSIV|KOMMENTAR|ANALYSE|LIVETICKER|ÚLTIMA HORA|URGENTE|EXCLUSIVA|OPINIÓN|DERNIÈRE MINUTE|ALERTE|EXCLUSIF|FLASH|ULTIM'ORA|ESCLUSIVA)$/u;
/** A Russian personal name in a lead: first name and surname, hyphenated parts allowed. */
const RU_NAME = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?';
// TASS's correspondent inside the slashes (`ВАШИНГТОН, 3 мая. /Корр. ТАСС Иван Петров/.`), RIA Novosti's
// writers after its name (`МОСКВА, 3 мая — РИА Новости, Иван Петров.`).
const RU = new RegExp(
  `^([А-ЯЁ][А-ЯЁ\\-]+(?: [А-ЯЁ\\-]+){0,2}), (\\d{1,2}) ([а-я]+)\\.?\\s*(?:/(?:(?:Спец\\.\\s*)?[Кк]орр\\.\\s*)?${AG}((?:\\s+[А-ЯЁ][а-яё]+){0,3})/\\.?|[-—–] ${AG}(?:,\\s*(${RU_NAME}(?:(?:,\\s*|\\s+и\\s+)${RU_NAME}){0,2})(?=\\.))?\\.?)\\s*`,
);
/** MTI's Hungarian dateline, year first and the weekday: `Budapest, 2024. május 3., péntek (MTI) – `. */
const HU_DATED = new RegExp(
  `^(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?), \\d{4}\\. \\p{Ll}+ \\d{1,2}\\.,?(?: \\p{Ll}+)? \\((${agencyAliasGroup()})\\)\\s*[-–—]\\s*`,
  'u',
);
/**
 * `Bamberg (dpa/lby) - `, `Wiesbaden (KNA/iz). `, `Bogotá (dpa) - `, `Rostock/Schwerin (dpa) - `,
 * `Neustadt an der Weinstraße (dpa/lrs) - `: German-style credited datelines.
 */
const MIXED = new RegExp(
  `^(\\p{Lu}[\\p{L}.'\\-]+(?:[ /-](?:\\p{Lu}[\\p{L}.'\\-]+|\\p{Ll}\\.\\s?\\p{Lu}\\.)| (?:an der|am|im|in der|ob der|auf der|an|bei) \\p{Lu}[\\p{L}.'\\-]+){0,3})(,? \\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?)?\\s*[(（](${agencyAliasGroup()}|${contextAliasPattern()})(?:\\s*[/,]\\s*\\p{L}{1,6})*[)）]\\s*(?:--|—|–|-|‐|:|\\.)\\s*`,
  'u',
);
/**
 * KNA's and epd's own form, with no dash: `Vatikanstadt (KNA) Papst Franziskus hat …`, and the Swiss
 * agency's `Bern (sda) Der Bundesrat …`, `Lausanne (ats) Le Conseil …`. Only full agency names and
 * the lower-case desk codes count here (a context alias in capitals in brackets after a name is a
 * party: "Doug Ford (PC) said"; no party is written `(sda)`).
 */
const LOWER_DESK = contextAliases()
  .filter((a) => a === a.toLowerCase() && a !== a.toUpperCase())
  .join('|');
const MIXED_BARE = new RegExp(
  `^(\\p{Lu}[\\p{L}.'\\-]+(?:[ /-]\\p{Lu}[\\p{L}.'\\-]+){0,3})(,? \\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?)?\\s*[(（](${agencyAliasGroup()}|${LOWER_DESK})(?:\\s*[/,]\\s*\\p{L}{1,6})*[)）]\\s+(?=\\p{Lu}\\p{Ll})`,
  'u',
);
/** Any-script place (title case or capitals, up to four words, `/`-joined places, particles such as `de`). */
const U_PLACE = `(\\p{Lu}[\\p{L}.'’\\-]*(?:(?: | (?:de|del|do|da|dos|di|la|am|an der|im|sur|upon) |/|-)\\p{Lu}[\\p{L}.'’\\-]*){0,3})`;
/** A date after the place: `15 mai 2024`, `15 may`, `30 DIC`, `May 15`, ENA's `May 15/2024`, `27.6.2025`, `15.` */
const U_DATE = `(\\d{1,2}(?:st|nd|rd|th)?\\.? ?(?:de )?\\p{L}{3,10}\\.?(?:,? \\d{4})?|\\p{L}{3,10}\\.? \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4}|/\\d{4})?|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?\\.?|\\d{1,2})`;
/**
 * Credited datelines with a date in any language: `PARIS, 15 mai 2024 (AFP) - `, `Madrid, 15 may
 * (EFE).- `, `MADRID, 15 (EUROPA PRESS) `, and Interfax's English `MOSCOW. May 14 (Interfax) - `.
 */
const DATED = new RegExp(
  `^${U_PLACE}[,.] ${U_DATE}\\.?\\s*(?:[(（](${agencyAliasGroup()}|${contextAliasPattern()})[)）]|/(${agencyAliasGroup()}|${contextAliasPattern()})/)\\.?\\s*(?:--|—|–|-|:|\\.)?\\s*`,
  'u',
);
/**
 * BTA's and other Balkan agencies' reporter inside the slashes after the date: `София, 15 май
 * /Мария Иванова, БТА/`, `Sofia, May 15 (Maria Ivanova of BTA)` is not this form.
 */
const DATED_SLASH_REPORTER = new RegExp(
  `^${U_PLACE}, ${U_DATE}\\s*/\\s*(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){1,2}),\\s*(${agencyAliasGroup()})\\s*/\\.?\\s*(?:--|—|–|-)?\\s*`,
  'u',
);
/**
 * Place and date without a comma: Central European agencies' dotted day (`Praha 15. května (ČTK) -`,
 * `Bratislava 20. júna (TASR) -`) and Belga's day/month with its `=` (`BRUXELLES 15/05 (BELGA) = `).
 */
const DATED_DOTTED_DAY = new RegExp(
  `^${U_PLACE} (\\d{1,2}\\. ?\\p{L}{3,10}\\.?(?:,? \\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)\\s*(?:[(（](${agencyAliasGroup()}|${contextAliasPattern()})[)）]|/(${agencyAliasGroup()})/)\\.?\\s*(?:--|—|–|-|:|=|\\.)?\\s*`,
  'u',
);
/** Agency first, then place and date: ANSA's `(ANSA) - ROMA, 30 DIC - `, Dire's `(DIRE) Roma, 15 mag. - ` (no dash after the bracket). */
// A context alias too (`(TAP) - Tunis, 3 mai - `, `(AGI) - Roma, 3 mag. - `): bracketed, then a place and a date, it is no word of a sentence.
const AGENCY_FIRST = new RegExp(
  `^[(（](${agencyAliasGroup()}|${contextAliasPattern()})[)）]\\s*(?:[-–—]\\s*)?${U_PLACE}, ${U_DATE}\\s*[-–—]\\s*`,
  'u',
);
/**
 * Place, date, agency without brackets: Interfax's `Москва. 15 мая. ИНТЕРФАКС - `, AzerTag's `Баку, 15
 * мая, АЗЕРТАДЖ. `: a full stop ends the credit only after an agency's full name (a context alias
 * there is a word of the sentence).
 */
const PLACE_DATE_AGENCY = new RegExp(
  `^${U_PLACE}[.,] ${U_DATE}[.,]? (?:(${agencyAliasGroup()}|${contextAliasPattern()})\\s*(?:--|[-–—])|(${agencyAliasGroup()})\\.(?=\\s))\\s*`,
  'u',
);
/**
 * A place in title case, a comma and the agency in capitals, no date: IRNA's `Tehran, IRNA -- `.
 * Only an agency's full alias as written in capitals (not a context alias: `Lagos, NAN - ` could be a name).
 */
const TITLE_PLACE_AGENCY = new RegExp(
  `^(\\p{Lu}\\p{Ll}[\\p{L}'’-]+(?: \\p{Lu}\\p{Ll}[\\p{L}'’-]+)?), (\\p{Lu}{3,10})\\s*(?:--|[-–—])\\s+`,
  'u',
);
/** A place in capitals and the agency, no date: Kazinform's `АСТАНА. KAZINFORM – `, `ALMATY. KAZINFORM - `. */
const CAPS_PLACE_AGENCY = new RegExp(`^(\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,2})[.,] (${agencyAliasGroup()})\\s*(?:--|[-–—])\\s*`, 'u');
/**
 * Taiwan's CNA: `（中央社記者林敬殷台北28日電）`, `（中央社華盛頓28日綜合外電報導）`: the reporter's name
 * and the place run together; the place is the known city the run ends with, else its last two
 * characters (names are two or three characters, most places two).
 */
// Two reporters are joined by 、: `（中央社記者林沂鋒、吳書緯台北3日電）`.
const CNA_LEAD = /^[（(]中央社(?:記者|记者)?([\u4e00-\u9fff、]{2,30}?)(\d{1,2})日(?:專電|专电|電|电|綜合外電報導|综合外电报导)[）)]\s*/u;
function cnaLead(run: string, reporter: boolean): { place: string; authors: string[] } {
  if (!reporter) return { place: run, authors: [] };
  const { authors, place } = splitReportersPlace(run, true);
  return { place: place ?? run, authors };
}

/** Arabic words (letters, tatweel), and a place of up to three of them that is not the word في ("in"). */
const AR_WORD = '[\\u0621-\\u064A\\u0671-\\u06D3]+';
const AR_PLACE = `((?!في\\s)${AR_WORD}(?: (?!في\\s)${AR_WORD}){0,2})`;
const AR_DIGITS = '[\\d\\u0660-\\u0669]';
/** `15 مايو`, `15 - 5`, `15 أيار 2024`, `07 ذو القعدة 1445 هـ الموافق 15 مايو 2024 م` (Hijri, then Gregorian). */
const AR_DATE = `${AR_DIGITS}{1,4}(?:\\s*[-–/]\\s*${AR_DIGITS}{1,4}){0,2}(?: ${AR_WORD}){0,2}(?: ${AR_DIGITS}{4})?(?: (?:هـ|م))?(?: الموافق ${AR_DIGITS}{1,2} ${AR_WORD} ${AR_DIGITS}{4} م)?`;
/**
 * Arabic agencies' datelines, in a script without capitals: `أبوظبي في 15 مايو/ وام/` (WAM),
 * `الدوحة في 15 مايو /قنا/` (QNA), `الكويت - 15 - 5 (كونا) --` (KUNA), `عمان 15 أيار (بترا) -`
 * (Petra), `الرياض 07 ذو القعدة 1445 هـ الموافق 15 مايو 2024 م واس` (SPA); and `القاهرة - أ ش أ`
 * (MENA), a place and the agency alone.
 */
const AR_DATED = new RegExp(
  `^${AR_PLACE}(?: في)?\\s*[-–—]?\\s*(${AR_DATE})\\s*(?:[/(（]\\s*)?(${agencyAliasGroup()}|${contextAliasPattern()})(?:\\s*[/)）])?\\s*(?:--|—|–|-|:|\\.)?\\s*`,
  'u',
);
/** Letters (with their vowel signs) of the scripts of South Asian datelines, which have no capitals. */
const IN_WORD =
  '[\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Gurmukhi}\\p{Script=Gujarati}\\p{Script=Oriya}\\p{Script=Tamil}\\p{Script=Telugu}\\p{Script=Kannada}\\p{Script=Malayalam}\\p{Script=Sinhala}\\u0621-\\u064A\\u0671-\\u06D3]+';
/**
 * A South Asian agency dateline: place, day and month (native or ASCII digits, an optional year),
 * the agency in brackets: `नयी दिल्ली, 15 मई (भाषा)` (PTI's Hindi service), `ঢাকা, ১৫ মে, ২০২৪ (বাসস) :`,
 * `اسلام آباد، 15 مئی (اے پی پی):`, `काठमाडौं, १ जेठ (रासस) ।`.
 */
const INDIC_DATED = new RegExp(
  `^(${IN_WORD}(?: ${IN_WORD}){0,2})\\s*[,،]\\s*\\p{Nd}{1,2}\\s+${IN_WORD}\\.?(?:\\s*[,،]?\\s*\\p{Nd}{4})?\\s*[(（]\\s*(${agencyAliasGroup()}|${contextAliasPattern()})\\s*[)）]\\s*(?:--|—|–|-|:|।)?\\s*`,
  'u',
);
const AR_DASH = new RegExp(`^${AR_PLACE}\\s*[-–—]\\s*(${agencyAliasGroup()}|${contextAliasPattern()})\\s*(?:--|—|–|-|:|$)\\s*`, 'u');
/** The agency in brackets after the place, before or after the dash: `القاهرة (رويترز) - `, `القاهرة - (أ ش أ): `. */
// A context alias too (Iraq's INA, `بغداد (واع) - `): bracketed after the place and before a dash, it is no word of a sentence.
const AR_PAREN = new RegExp(
  `^${AR_PLACE}\\s*(?:[-–—]\\s*)?\\((${agencyAliasGroup()}|${contextAliasPattern()})\\)\\s*(?:--|—|–|-|:)\\s*`,
  'u',
);
/** Korean `(서울=연합뉴스)`, and Newsis's and News1's `【서울=뉴시스】`, `[서울=뉴스1]`. */
const KO = new RegExp(`^[(（【[]([가-힣]{2,8})(?:\\s+(?:${agencyAliasGroup()}))?=(${agencyAliasGroup()}|뉴시스|뉴스1)[)）】\\]]\\s*`, 'u');
/** Reuters' Japanese service: `［東京 ３日 ロイター］ - `, the place, the day (full-width digits) and the agency. */
const JA_REUTERS = /^[［[]([\u30a0-\u30ff\u4e00-\u9fff]{1,10})\s+[0-9０-９]{1,2}日?\s+ロイター[］\]]\s*(?:[-－–—]\s*)?/u;
/** The reporters opening a Korean agency story after its dateline, up to the `=`: `김철수 기자 = `, `박수윤 이슬기 기자 = `. */
const KO_REPORTERS = /^((?:[가-힣]{2,4}\s+){0,3}[가-힣]{2,4})\s*(?:기자|특파원)\s*=\s*/u;
const JA = /^【([\u30a0-\u30ff\u4e00-\u9fff]{1,10}?)(共同|時事)】\s*/u;
/** Japanese national dailies' `【ワシントン＝山田太郎】`: the place and the paper's reporter (a bureau, `＝中国総局`, is no person). */
const JA_PAPER = /^【([\u30a0-\u30ff\u4e00-\u9fff]{1,10}?)[＝=]([\u4e00-\u9fff\u3040-\u30ff]{2,6})】\s*/u;
const JA_BUREAU = /(?:総局|支局|本社|局|部|班|特派員|取材団)$/u;
/** A Chinese lead opens with a Han character or a bracket (see zh-lead.ts). */
const HAN_START = /^[\u4e00-\u9fff【（(〔［[]/u;
const HAN_PLACE = /^[\u4e00-\u9fff]+$/u;

/**
 * "NEW DELHI" -> "New Delhi", "МОСКВА" -> "Москва", "İZMİR" -> "İzmir", and each place of Reuters'
 * pairs "PARIS/LONDON" -> "Paris/London"; already mixed-case text is kept. Lower-casing the Turkish dotted capital gives an "i" with a combining dot above, which
 * an "i" already has (and a capital I with it is "İ" again).
 */
export function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  const t = place.toLowerCase().replace(/(^|[\s\-'/])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return t.includes('\u0307') ? t.replace(/I\u0307/g, 'İ').replace(/i\u0307/g, 'i') : t;
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
  for (const y of [y0 - 1, y0, y0 + 1])
    if (Math.abs(Date.UTC(y, month - 1, day) - ref.getTime()) < Math.abs(Date.UTC(best, month - 1, day) - ref.getTime())) best = y;
  return `${best}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthDay(md: string | undefined): [number, number] | null {
  if (!md) return null;
  const m = /^([A-Za-z]+)\.? (\d{1,2})$/.exec(md);
  const mo = m ? monthNumber(m[1]!) : undefined;
  return m && mo ? [mo, Number(m[2])] : null;
}

const DAY_MONTH = /^(\d{1,2})\.? ?(?:de )?(\p{L}{3,10})\.?(?: (\d{4}))?$/u;
const MONTH_DAY = /^(\p{L}{3,10})\.? (\d{1,2})(?:, (\d{4}))?$/u;
// The same with `\p{L}+`, cheaper to compile; after the run comes `.`, a space or the end (see execLetterRun).
const DAY_MONTH_ANY_RUN = /^(\d{1,2})\.? ?(?:de )?(\p{L}+)\.?(?: (\d{4}))?$/u;
const MONTH_DAY_ANY_RUN = /^(\p{L}+)\.? (\d{1,2})(?:, (\d{4}))?$/u;

/** `YYYY-MM-DD` of a dateline's date in any of U_DATE's forms; null when no month is named. */
function dayOf(written: string | undefined, ref: Date | null | undefined): string | null {
  if (!written) return null;
  // `15th May, 2024` (WAM), `May 15th`: the ordinal and the comma before the year go.
  // ENA's `May 15/2024`: the year after a slash.
  const date = written
    .replace(/(\d)(?:st|nd|rd|th)\b/u, '$1')
    .replace(/^(\d{1,2} \p{L}+\.?), (?=\d{4}$)/u, '$1 ')
    .replace(/^(\p{L}+\.? \d{1,2})\/(?=\d{4}$)/u, '$1, ');
  const dm = execLetterRun(DAY_MONTH_ANY_RUN, DAY_MONTH, 2, 3, 10, date);
  const md = execLetterRun(MONTH_DAY_ANY_RUN, MONTH_DAY, 1, 3, 10, date);
  const num = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?\.?$/.exec(date);
  const [day, mo, year] = dm
    ? [+dm[1]!, monthNumber(dm[2]!), dm[3]]
    : md
      ? [+md[2]!, monthNumber(md[1]!), md[3]]
      : num
        ? [+num[1]!, +num[2]!, num[3]]
        : [0, undefined, undefined];
  if (!mo || mo > 12 || day < 1 || day > 31) return null;
  return year && year.length === 4 ? `${year}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}` : inferDate(mo, day, ref);
}

/**
 * A context alias with no dash after it needs a place that is one, in capitals or a known city
 * ("Abuja, May 15, 2024 (NAN)"): "Doug Ford, May 15 (PC) said" is a sentence.
 */
function contextOnly(agency: string, place: string, match: string, dated = false, after = ''): boolean {
  // `Chandigarh, May 15 (UNI) Farmers …`: a place, a date and the bracket, then a new sentence, is UNI's own form.
  if (dated && /^\s*\p{Lu}/u.test(after)) return false;
  return !agencyByAlias(agency) && !/(?:--|[—–:-])\s*$/u.test(match) && place !== place.toUpperCase() && !canonicalCity(place);
}

/** Aliases holding a dot (`chinadaily.com.cn`, `Interfax.ru`), which mayNameAgency does not see. */
const DOTTED_ALIASES = agencyAliases().filter((a) => a.includes('.'));
const DOTTED_ALIAS_RE = DOTTED_ALIASES.length
  ? new RegExp(DOTTED_ALIASES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))
  : null;

/**
 * Whether an agency's alias may stand in the text's first 200 characters. The credited Latin,
 * dated and German-style patterns all name one there (their matches are shorter), and most
 * paragraphs name none: the cheap test spares each of them ten regex runs (issue 16).
 */
function agencyNear(t: string): boolean {
  const head = t.length > 200 ? t.slice(0, 200) : t;
  return mayNameAgency(head) || mayNameContextAlias(head) || (DOTTED_ALIAS_RE?.test(head) ?? false);
}

/** U+2010/U+2011 hyphens read as the ASCII one (the length is kept); no copy when there are none. */
function withAsciiHyphens(s: string): string {
  return s.includes('\u2010') || s.includes('\u2011') ? s.replace(/[\u2010\u2011]/gu, '-') : s;
}

/** The credited patterns with a date or capitals: [pattern, place group, date group (0: none), agency group]. */
const DATED_PATTERNS = [
  [DATED, 1, 2, 3],
  [DATED_DOTTED_DAY, 1, 2, 3],
  [AGENCY_FIRST, 2, 3, 1],
  [PLACE_DATE_AGENCY, 1, 2, 3],
  [CAPS_PLACE_AGENCY, 1, 0, 2],
] as const;

/**
 * The last text parseDateline found no dateline in, with its ref's time: extractArticle asks
 * again about the lead stripWireMarkup found none in, when findLeadDateline looks below it
 * (issue 16: the same ten-odd patterns twice over the first paragraph of most pages).
 */
let lastMiss: { text: string; ref: number | null } = { text: '', ref: null };

/** Reads a dateline at the start of `text`; `ref` (the publication time) supplies the year. */
export function parseDateline(text: string, ref?: Date | null): ParsedDateline | null {
  const at = ref ? ref.getTime() : null;
  if (text === lastMiss.text && at === lastMiss.ref && text !== '') return null;
  const found = qualifiedDateline(text, ref);
  if (found === null) lastMiss = { text, ref: at };
  return found;
}

/** A byline word of a title-case name: `Vivian`, `O'Brien`, an initial `D.`. */
const TITLE_WORD = "\\p{Lu}(?:[\\p{Ll}'’-]+|\\.)";
const TITLE_NAME = `${TITLE_WORD}(?:\\s+${TITLE_WORD}){1,3}`;
/**
 * A byline run into the lead, as aggregators and AP member sites print the wire's first block:
 * `By Vivian Sequera CARACAS (Reuters) -…`, `By JOSH BOAK Associated Press WASHINGTON (AP) —…`.
 * Title-case names end where the place in capitals starts; names in capitals end at "Associated Press".
 */
const GLUED_BYLINE = new RegExp(
  `^By\\s+(?:(\\p{Lu}[\\p{L}'’.-]*(?:(?:,\\s*|\\s+(?:and|AND)\\s+|\\s+)\\p{Lu}[\\p{L}'’.-]*){1,11}?)\\s+(?:The\\s+)?Associated\\s+Press\\s+(?=\\p{Lu})|(${TITLE_NAME}(?:(?:,\\s*|\\s+and\\s+)${TITLE_NAME})*)\\s+(?=\\p{Lu}{2,}[\\s,.]|\\())`,
  'u',
);

/** `Halle (Saale) (dpa) - `: the place's qualifier is read apart from the credit's bracket. */
function qualifiedDateline(text: string, ref: Date | null | undefined): ParsedDateline | null {
  const glued = text.startsWith('By ') ? GLUED_BYLINE.exec(text) : null;
  if (glued) {
    const d = unbylinedDateline(text.slice(glued[0].length), ref);
    const names = (glued[1] ?? glued[2]!).split(/\s*,\s*|\s+(?:and|AND)\s+/u);
    return d && { ...d, authors: [...names, ...d.authors] };
  }
  return unbylinedDateline(text, ref);
}

function unbylinedDateline(text: string, ref: Date | null | undefined): ParsedDateline | null {
  const q = withoutPlaceQualifier(text.trimStart());
  if (!q) return readDateline(text, ref);
  const d = readDateline(q.text, ref);
  return d && { ...d, dateline: { ...d.dateline, place: requalify(d.dateline.place, q) } };
}

function readDateline(text: string, ref: Date | null | undefined): ParsedDateline | null {
  // U+2010/U+2011 hyphens (`Bonn ‐ Die …`) read as the ASCII one; the length, and so `rest`, is kept.
  const t = withAsciiHyphens(text.trimStart());
  // `Rostock/dpa - `: the agency after a slash (a paper's own code there credits no one).
  const slashed = slashCodeDateline(t);
  if (slashed?.agency)
    return {
      dateline: { place: slashed.place, date: null, city: canonicalCity(slashed.place) },
      agency: slashed.agency,
      authors: [],
      rest: t.slice(slashed.length),
    };
  const cna = CNA_LEAD.exec(t);
  if (cna) {
    const { place, authors } = cnaLead(cna[1]!, /^[（(]中央社(?:記者|记者)/u.test(t));
    return {
      dateline: { place, date: ref ? inferDate(ref.getUTCMonth() + 1, +cna[2]!, ref) : null, city: canonicalCity(place) },
      agency: agencyByContextAlias('CNA')?.name ?? null,
      authors,
      rest: t.slice(cna[0].length),
    };
  }
  // Chinese leads with a place: an agency's dateline credits it and is cut from the text; an
  // outlet's own (`人民网成都5月15日电`, `（吉隆坡15日讯）`) stays in it, as the outlet prints it.
  const zh = HAN_START.test(t) ? parseZhLead(t) : null;
  if (zh?.place) {
    const month = zh.month ?? (ref ? ref.getUTCMonth() + 1 : null);
    return {
      dateline: { place: zh.place, date: month && zh.day ? inferDate(month, zh.day, ref) : null, city: canonicalCity(zh.place) },
      agency: zh.wire ? zh.agencies[0]! : null,
      authors: zh.authors,
      rest: zh.wire ? zh.rest : t,
    };
  }
  const hu = HU_DATED.exec(t);
  const huAgency = hu ? agencyByAlias(hu[2]!) : undefined;
  if (hu && huAgency && huAgency.kind !== 'outlet')
    return {
      dateline: { place: hu[1]!, date: null, city: canonicalCity(hu[1]!) },
      agency: huAgency.name,
      authors: [],
      rest: t.slice(hu[0].length),
    };
  const ru = RU.exec(t);
  if (ru) {
    const mo = monthNumber(ru[3]!);
    const agency = agencyByAlias(ru[4] ?? ru[6] ?? '')?.name ?? null;
    // TASS's correspondent inside the slashes, RIA Novosti's writers after its name: `— РИА Новости, Иван Петров.`
    const names = (ru[5] ?? ru[7] ?? '').trim();
    return {
      dateline: { place: titleCase(ru[1]!), date: mo ? inferDate(mo, +ru[2]!, ref) : null, city: canonicalCity(ru[1]!) },
      agency,
      authors: names.includes(' ') ? names.split(/\s*,\s*|\s+и\s+/u) : [],
      rest: t.slice(ru[0].length),
    };
  }
  const credited = agencyNear(t);
  for (const re of credited ? LATIN : []) {
    const m = re.exec(t);
    if (!m) continue;
    const place = m[1]!;
    // A dateline place is a city in capitals ("MOSCOW") or, for PTI/ANI, a title-case city.
    if (place.length > 40 || /^(The|A|An|In|On|At)$/i.test(place)) continue;
    // "Advanced Placement (AP) courses …" introduces an abbreviation; without a date, a title-case
    // place needs the dash ("Hanoi, Vietnam (AP) —"): "Doug Ford (PC) said …" is a sentence.
    if (definesAbbreviation(`${place}${m[2] ?? ''}`, m[4]!)) continue;
    if (!m[3] && place !== place.toUpperCase() && !/(?:--|[—–:-])\s*$/u.test(m[0])) continue;
    if (contextOnly(m[4]!, place, m[0], m[3] !== undefined && m[3] !== '', t.slice(m[0].length))) continue;
    const agency = agencyNamed(m[4]!);
    if (!agency) continue;
    const md = monthDay(m[3]);
    return {
      dateline: { place: withRegion(place, m[2]), date: md ? inferDate(md[0], md[1], ref) : null, city: canonicalCity(place) },
      agency,
      authors: [],
      rest: t.slice(m[0].length),
    };
  }
  const reporter = credited && t.includes('/') ? DATED_SLASH_REPORTER.exec(t) : null;
  const reporterAgency = reporter ? agencyByAlias(reporter[4]!) : undefined;
  if (reporter && reporterAgency)
    return {
      dateline: { place: titleCase(reporter[1]!), date: dayOf(reporter[2], ref), city: canonicalCity(reporter[1]!) },
      agency: reporterAgency.name,
      authors: [reporter[3]!],
      rest: t.slice(reporter[0].length),
    };
  for (const [re, pi, di, ai] of credited ? DATED_PATTERNS : []) {
    const m = re.exec(t);
    // The agency in brackets, else its other written form (`/Agerpres/`, `АЗЕРТАДЖ.`) in the next group.
    const credit = m ? (m[ai] ?? m[ai + 1]) : undefined;
    const agency = credit ? agencyNamed(credit) : undefined;
    if (!m || !credit || !agency || m[0].length > 90) continue;
    // Between slashes after a date (`Bishkek, May 15 /Kabar/. The …`) a context alias is a credit when a sentence follows.
    if (
      m[ai] !== undefined ? contextOnly(credit, m[pi]!, m[0]) : !agencyByAlias(credit) && !/^[\p{Lu}\p{N}"“„«]/u.test(t.slice(m[0].length))
    )
      continue;
    // "HARRISBURG, PA — ": the state after the city, read below as the place's region.
    if (re === CAPS_PLACE_AGENCY && US_STATE.test(credit) && t.charAt(m[pi]!.length) === ',') continue;
    return {
      dateline: { place: titleCase(m[pi]!), date: di ? dayOf(m[di], ref) : null, city: canonicalCity(m[pi]!) },
      agency,
      authors: [],
      rest: t.slice(m[0].length),
    };
  }
  const mixed = credited ? (MIXED.exec(t) ?? MIXED_BARE.exec(t)) : null;
  const other = mixed ?? KO.exec(t);
  if (other && other[0].length < 90 && !(mixed && definesAbbreviation(`${mixed[1]}${mixed[2] ?? ''}`, mixed[3]!))) {
    const agency = agencyNamed(other[other.length - 1]!);
    const place = mixed ? `${titleCase(mixed[1]!)}${mixed[2] ?? ''}` : other[1]!;
    // Yonhap's reporters after the dateline: `(서울=연합뉴스) 김철수 기자 = `, `(워싱턴=연합뉴스) 김동현 특파원 = `.
    const rest = t.slice(other[0].length);
    const ko = mixed ? null : KO_REPORTERS.exec(rest);
    if (agency)
      return {
        dateline: { place, date: null, city: canonicalCity(other[1]!) },
        agency,
        authors: ko ? ko[1]!.split(/\s+/u) : [],
        rest: ko ? rest.slice(ko[0].length) : rest,
      };
  }
  const ar = AR_DATED.exec(t) ?? AR_DASH.exec(t) ?? AR_PAREN.exec(t) ?? INDIC_DATED.exec(t);
  const arAgency = ar ? agencyNamed(ar[ar.length - 1]!) : undefined;
  if (ar && arAgency && ar[0].length < 120)
    return {
      dateline: { place: ar[1]!, date: null, city: canonicalCity(ar[1]!) },
      agency: arAgency,
      authors: [],
      rest: t.slice(ar[0].length),
    };
  const titled = TITLE_PLACE_AGENCY.exec(t);
  const titledAgency = titled && !agencyByContextAlias(titled[2]!) ? agencyByAlias(titled[2]!) : undefined;
  if (titled && titledAgency && titledAgency.kind !== 'outlet')
    return {
      dateline: { place: titled[1]!, date: null, city: canonicalCity(titled[1]!) },
      agency: titledAgency.name,
      authors: [],
      rest: t.slice(titled[0].length),
    };
  const jr = JA_REUTERS.exec(t);
  if (jr)
    return {
      dateline: { place: jr[1]!, date: null, city: canonicalCity(jr[1]!) },
      agency: agencyByAlias('ロイター')?.name ?? null,
      authors: [],
      rest: t.slice(jr[0].length),
    };
  const ja = JA.exec(t);
  if (ja)
    return {
      dateline: { place: ja[1]!, date: null, city: canonicalCity(ja[1]!) },
      agency: agencyByAlias(ja[2] === '共同' ? '共同通信' : '時事通信')?.name ?? null,
      authors: [],
      rest: t.slice(ja[0].length),
    };
  const jp = JA_PAPER.exec(t);
  if (jp)
    return {
      dateline: { place: jp[1]!, date: null, city: canonicalCity(jp[1]!) },
      agency: null,
      authors: JA_BUREAU.test(jp[2]!) ? [] : [jp[2]!],
      rest: t.slice(jp[0].length),
    };
  const caps = CAPS_ONLY.exec(t);
  if (caps && !KICKER.test(caps[1]!)) {
    const md = monthDay(caps[3]);
    return {
      dateline: { place: withRegion(caps[1]!, caps[2]), date: md ? inferDate(md[0], md[1], ref) : null, city: canonicalCity(caps[1]!) },
      agency: null,
      authors: [],
      rest: t.slice(caps[0].length),
    };
  }
  return null;
}

/** Chinese papers' own datelines: `本报记者罗科苏盈发自北京`, `本报北京5月15日电`, `本报驻东京记者 张三`. */
const ZH_HOUSE = [
  /^本报(?:特派|驻[\u4e00-\u9fff]{1,6})?记者\s*[\u4e00-\u9fff·]{2,12}?\s*(?:发自|发于)([\u4e00-\u9fff]{2,6}?)(?:报道|电|$|\s|，|。|,)/u,
  /^本报([\u4e00-\u9fff]{2,6}?)(\d{1,2})月(\d{1,2})日(?:电|讯)/u,
];
/** Korean `[부산=스포츠조선 선수민 기자]`, `(서울=뉴스1) 홍길동 기자 =`: place, then outlet or reporter. */
const KO_HOUSE = /^[[(（【]([가-힣]{2,8})\s*=\s*[^\])）】=]{2,40}[\])）】]/u;
const KO_OUTLET_END = /(?:미디어|뉴스|뉴시스|일보|신문|닷컴|타임스|타임즈|데일리|경제|방송|매거진|저널|tv|TV)$/u;
/** `Nendeln, 27.6.2025 – `, `WASHINGTON, DEC 5 - `, `Neuss, 15. April – `: a place and a date, then a dash. */
const HOUSE_DATED = new RegExp(`^${U_PLACE}, ${U_DATE}\\s*[-–—]\\s+(?=\\S)`, 'u');
/** `Wien. Der …`, `Neuss · Fünf …`, `New York - Un …`, `Rostock/Schwerin - Die …`: a place, a stop or dash, a sentence. */
const HOUSE_PLAIN = new RegExp(`^${U_PLACE}(?:\\.|\\s+[-–—·|])\\s+(?=[\\p{Lu}"„“«‚‘])`, 'u');
/**
 * `Hong Kong (CNN Business) A …`, `WASHINGTON (CNN) — The …`: a broadcaster's or outlet's own
 * dateline, the outlet in parentheses where a wire story names its agency. Only a known dateline
 * city counts, so "NATO (North Atlantic …) said" is not a place. Asia News Network's partners put a colon
 * after the bracket: `HANOI (Vietnam News/ANN): `.
 */
const HOUSE_PAREN = new RegExp(`^${U_PLACE} \\([^()]{2,30}\\)\\s*(?:[-–—:]\\s*)?(?=[\\p{Lu}"“])`, 'u');
/** CNN's newer form without the brackets: `Washington CNN — `, `Hong Kong CNN Business — `. */
const HOUSE_CNN = new RegExp(`^${U_PLACE} CNN(?: Business| Sport| Politics)?\\s*[-–—]\\s+(?=[\\p{Lu}"“])`, 'u');
/**
 * Press-release wires' datelines, reposted as they are by outlets: `NEW YORK, Nov. 18, 2019
 * /PRNewswire/ --`, `TORONTO, Nov. 18, 2019 (GLOBE NEWSWIRE) --`, `SAN FRANCISCO--(BUSINESS
 * WIRE)--`, `NEW YORK, NY / ACCESSWIRE / November 18, 2019 /`. The place (with its state) and the
 * date; the distributor is not a news agency, so no credit is taken from it.
 */
const PRESS_WIRE = new RegExp(
  `^${U_PLACE}(, \\p{Lu}[\\p{L}.]{1,15}(?: \\p{Lu}[\\p{L}.]+)?)?(?:, ${U_DATE})?\\s*(?:/\\s*PRNewswire(?:-[\\w-]+)?\\s*/|\\(GLOBE NEWSWIRE\\)|--\\s*\\(BUSINESS WIRE\\)\\s*--|/\\s*ACCESSWIRE\\s*/)`,
  'u',
);
/** `BAKU, Azerbaijan, May 15. `, `TASHKENT, Uzbekistan, May 15. `: a place in capitals, its country, the date and a stop (Trend, AzerNews). */
const HOUSE_CAPS_COUNTRY_DATE = new RegExp(
  `^(\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,2}), \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?, ${MD}\\.\\s+(?=\\p{Lu})`,
  'u',
);
/** `BENGALURU: Who …`, `New Delhi: The …`, `KARACHI, May 15: The …`: the Indian and Pakistani papers' colon dateline. */
const HOUSE_COLON = new RegExp(`^${U_PLACE}(?:, ${U_DATE})?:\\s+(?=[\\p{Lu}"„“«])`, 'u');
/** Words that open a paragraph like a place but are labels, greetings, weekdays or abbreviations. */
const NOT_PLACE = new Set(
  (
    'update updated aktualisiert actualizado publicado modifié publié aggiornato pubblicato atualizado oppdatert opdateret uppdaterad publisert publiceret publicerad güncelleme güncellendi zaktualizowano opublikowano posted published veröffentlicht stand erstellt breaking exklusiv exclusive eilmeldung analyse analysis kommentar commentary opinion meinung interview video videos audio foto fotos photo photos bild bilder live liveblog ticker anzeige werbung hinweis info tipp fazit achtung frage antwort watch read note editor editorial fact faktencheck kurz news nachrichten sport sports fußball politik wirtschaft kultur panorama wetter ' +
    'ja nein yes no also dann aber und so doch nun jetzt heute gestern morgen today now well okay ok hallo hello danke thanks sorry mr mrs ms dr prof st nr inc co ltd jr sr vs bzw ca etc gmbh ag ' +
    // Titles before a name ("Gov. Ron DeSantis on Wednesday …"), abbreviated as English copy writes them.
    'gov sen rep reps sens pres sec secy lt col capt cpt sgt adm maj rev atty supt insp cmdr cdr engr adv hon amb dep det cpl pvt gen brig cmdt commr supt ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday saturday sunday dear correction corrections clarification disclaimer spoiler warning alert reminder advisory notice question answer lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo'
  ).split(' '),
);

function plausiblePlace(place: string): boolean {
  const words = place.split(/[\s/-]/u).map((w) => w.replace(/\.$/, ''));
  if (place.length > 40 || words[0]!.length < 3 || words.some((w) => NOT_PLACE.has(w.toLowerCase()) || isMonthName(w))) return false;
  // "AGI - Ad aprile …": the agency's own name heading its text is its credit, not a place.
  if (agencyByAlias(place) || agencyByContextAlias(place)) return false;
  // "Dr. Müller", "St. Pauli": a stop inside the first word is an abbreviation, not a place.
  return !/\.\p{L}/u.test(place);
}

/**
 * A dateline the outlet itself writes, with no agency: the place (and sometimes the date) that
 * opens the lead. `mentions` is the rest of the article (title and text): a place written in
 * title case without a date counts when it is a known dateline city or the story names it again,
 * so a label that opens a paragraph ("Analyse. Die …") is not taken for a place.
 */
export function parseHouseDateline(text: string, ref: Date | null | undefined, mentions: string): Dateline | null {
  const q = withoutPlaceQualifier(text.trimStart());
  if (!q) return readHouseDateline(text, ref, mentions);
  // The qualifier marks a place: `Kempten (Allgäu) - Die …` is a dateline, known city or not; a
  // name of two words is a person's and a party ("Cem Özdemir (Grüne) - "), not a place's.
  const d = readHouseDateline(q.text, ref, mentions) ?? (q.bare.includes(' ') ? null : placeThenDash(q.text));
  return d && { ...d, place: requalify(d.place, q) };
}

/** A place and a dash opening a sentence (`Kempten - Die …`), or the writer's initials in brackets between (`Stendal (ab) - `). */
const PLACE_DASH = /^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)\s*(?:\(\p{Ll}{1,4}\)\s*)?[-–—]\s+(?=[\p{Lu}"„“«])/u;
function placeThenDash(t: string): Dateline | null {
  const m = PLACE_DASH.exec(t);
  return m && plausiblePlace(m[1]!) ? { place: m[1]!, date: null, city: canonicalCity(m[1]!) } : null;
}

function readHouseDateline(text: string, ref: Date | null | undefined, mentions: string): Dateline | null {
  // U+2010/U+2011 hyphens (`Bonn ‐ Die …`) read as the ASCII one; the length, and so `rest`, is kept.
  const t = withAsciiHyphens(text.trimStart());
  // `Magdeburg/MZ - `: the paper's own code after the place.
  const slashed = slashCodeDateline(t);
  if (slashed && plausiblePlace(slashed.place)) return { place: slashed.place, date: null, city: canonicalCity(slashed.place) };
  // `Stendal (ab) - `: the writer's initials in brackets after the place.
  const initials = t.indexOf(' (') > 0 && t.indexOf(' (') < 30 && /^[^(]+\(\p{Ll}{1,4}\)/u.test(t) ? placeThenDash(t) : null;
  if (initials) return initials;
  const zh = ZH_HOUSE[0]!.exec(t) ?? ZH_HOUSE[1]!.exec(t);
  if (zh) return { place: zh[1]!, date: zh[2] ? inferDate(+zh[2], +zh[3]!, ref) : null, city: canonicalCity(zh[1]!) };
  const ko = KO_HOUSE.exec(t);
  // `[엔터미디어=소설가 …]`: a column's outlet and writer share the bracket form; a name ending
  // like an outlet (…미디어, …뉴스, …일보) is not a place.
  if (ko && !KO_OUTLET_END.test(ko[1]!)) return { place: ko[1]!, date: null, city: canonicalCity(ko[1]!) };
  if (t.length < 40) return null;
  const press = PRESS_WIRE.exec(t);
  if (press) return { place: withRegion(press[1]!, press[2]), date: dayOf(press[3], ref), city: canonicalCity(press[1]!) };
  const paren = HOUSE_PAREN.exec(t);
  const parenCity = paren ? canonicalCity(paren[1]!) : null;
  if (paren && parenCity) return { place: titleCase(paren[1]!), date: null, city: parenCity };
  const cnn = HOUSE_CNN.exec(t);
  const cnnCity = cnn ? canonicalCity(cnn[1]!) : null;
  if (cnn && (cnnCity || /^\p{Lu}{3}/u.test(cnn[1]!))) return { place: titleCase(cnn[1]!), date: null, city: cnnCity };
  const country = HOUSE_CAPS_COUNTRY_DATE.exec(t);
  if (country && !KICKER.test(country[1]!)) {
    const md = monthDay(country[2]);
    return { place: titleCase(country[1]!), date: md ? inferDate(md[0], md[1], ref) : null, city: canonicalCity(country[1]!) };
  }
  const dated = HOUSE_DATED.exec(t);
  // "Actualizado Martes, 15 octubre 2024 - 13:10" is a date line: a time follows its dash.
  if (dated && plausiblePlace(dated[1]!) && !/^\d{1,2}[:.h]\d{2}/u.test(t.slice(dated[0].length))) {
    const date = dayOf(dated[2], ref);
    if (date || /\d{1,2}[./]\d{1,2}/.test(dated[2]!)) return { place: titleCase(dated[1]!), date, city: canonicalCity(dated[1]!) };
  }
  const colon = HOUSE_COLON.exec(t);
  // A lead is a paragraph of sentences; a shorter line opening "X - Y" is a crosshead or a kicker.
  const plain = colon || t.length < 100 ? null : HOUSE_PLAIN.exec(t);
  const m = colon ?? plain;
  if (!m || !plausiblePlace(m[1]!)) return null;
  const place = m[1]!;
  const caps = place === place.toUpperCase() && /\p{Lu}{3}/u.test(place);
  const known = canonicalCity(place) !== null;
  const named = place.split('/').some((p) => p.length >= 3 && (mentions.includes(p) || t.slice(m[0].length).includes(p)));
  if (colon ? caps || known : caps || known || named)
    return { place: titleCase(place), date: colon?.[2] ? dayOf(colon[2], ref) : null, city: canonicalCity(place) };
  return null;
}

/**
 * The dateline of an article whose first paragraph did not open with one: the lead may follow
 * a teaser, a source line or repeated title lines. Wire forms are read in the first three
 * paragraphs of text (60+ characters) and the short lines before them; the outlet's own forms
 * only in the first two, since further down "X - Y" is more often a crosshead than a place.
 * A wire dateline found so (`Berlin/Frankfurt (dpa-AFX) - ` under a teaser) credits its agency.
 */
export function findLeadDateline(
  paras: readonly string[],
  ref: Date | null | undefined,
  mentions: string,
): { dateline: Dateline; agency: string | null } | null {
  let long = 0;
  for (const p of paras) {
    const wire = parseDateline(p, ref);
    // A Chinese outlet's own dateline (`本报北京5月14日电`, `（吉隆坡15日讯）`) is read by zh-lead.ts, places of two characters included.
    if (wire && (wire.agency || HAN_PLACE.test(wire.dateline.place) || (wire.rest.length > 0 && plausiblePlace(wire.dateline.place))))
      return { dateline: wire.dateline, agency: wire.agency };
    const house = long < 2 ? parseHouseDateline(p, ref, mentions) : null;
    if (house) return { dateline: house, agency: null };
    if (p.length >= 60 && ++long >= 3) break;
  }
  return null;
}

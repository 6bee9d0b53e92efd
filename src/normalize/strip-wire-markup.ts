/**
 * Wire attribution read from, and removed from, an article's paragraphs: credit lines
 * (`(Xinhua)`, `Source: Xinhua`, `/TASS/`), the dateline of the first paragraph, and editor
 * trailers (`(Web editor: Zhang Kaiwei, Liang Jun)`, `Editor: Huang Yue`, `(Reporting by ...;
 * Editing by ...)`, `责任编辑：...`, `(责编：...)`).
 */
import type { Dateline } from '../domain.js';
import { agencyAliasGroup, agencyByAlias, agencyByContextAlias, contextAliasPattern } from './agencies.js';
import { definesAbbreviation, endsSentence, mayCloseWithCredit } from './closing-credit.js';
import { canonicalCity } from './dateline-cities.js';
import { parseDateline, titleCase } from './parse-dateline.js';
import { parseZhLead } from './zh-lead.js';
import { zhEditors } from './zh-staff.js';

/** What stripWireMarkup found and the body left without it. */
export interface WireMarkup {
  body: string;
  /** The first agency credited (the dateline's, else a credit line's). */
  agency: string | null;
  /** Every agency the text credits: `本报讯 综合新华社、法新社报道` names two. */
  agencies: string[];
  /**
   * Agencies named only by a credit phrase that opens the text with nothing before it (`据新华社报道，…`):
   * the story's source, unless the page signs it with its own writer or desk (then the phrase quotes).
   */
  leadPhrase: string[];
  dateline: Dateline | null;
  editors: string[];
  authors: string[];
}

const AG = `(${agencyAliasGroup()})`;
/**
 * A paragraph that is only a credit: `(Xinhua) 11:02, May 15, 2024`, `Source: Xinhua`, `/TASS/`,
 * an agency's rights line (`© dpa-infocom, dpa:260514-99-012345/3` with dpa's story id,
 * `RIPRODUZIONE RISERVATA © Copyright ANSA`) and Kyodo's end mark (`==Kyodo`).
 */
const CREDIT_LINE = new RegExp(
  `^(?:[(（]${AG}[)）]|/${AG}/|==\\s*${AG}|(?:RIPRODUZIONE RISERVATA\\s*|Riproduzione riservata\\s*)?(?:©|\\(c\\)|Copyright)(?:\\s*(?:©|Copyright))?\\s*(?:\\d{4}\\s*)?${AG}|(?:Source|Sources|Source\\(s\\)|来源|Источник)\\s*[:：]\\s*${AG}(?:\\s*\\|.*)?|${AG})(?:\\s*[|·]?\\s*(?:\\d{1,2}:\\d{2}.{0,30}|[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4}.{0,12}|\\d{4}[-/年.].{0,24})|,\\s*[a-z]{2,6}:\\d{6}-\\d{2}-\\d{4,8}(?:/\\d+)?)?$`,
);
/** `(Web editor: A, B)`, `[Editor: A]`, `Editor: A`, `Editors: A, B`, `(责编：A、B)`, `责任编辑：A`. */
const EDITOR_TRAILER =
  /^[([【（]?\s*(?:Web editor|Web Editor|Editor|Editors|Edited by|责任编辑|责编|编辑|Редактор)\s*[:：]?\s*([^)\]】）:：\s][^)\]】）]{0,119}?)\s*[)\]】）]?$/;
/**
 * Sign-offs that carry no field: Yonhap's `(END)`, Xinhua's `Enditem`, Iranian agencies' `انتهای پیام/` (end of message), a reporter's bare e-mail
 * address or a Korean reporter's sign-off (`김민수 기자 minsu@example.kr`: the byline box names the
 * writer), desk initials between slashes (BTA's `/NF/`, `/ЯМ/`; an agency's name there is a credit
 * line, read first), and AFP's staff signature in lower case (`bur-rlp/gil`, `sst/hmn/dcp`).
 */
const SIGN_OFF =
  /^(?:\(END\)|Enditem|انتهای پیام\s*\/?|\p{Script=Hangul}{2,4} ?(?:기자|특파원)(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\/\p{Lu}{1,4}(?:\s*[,/]\s*\p{Lu}{1,4}){0,3}\/|[a-z]{2,5}(?:[-/][a-z]{2,5}){1,5})$/u;
/**
 * The rights line closing a Korean or Japanese story: `<저작권자 ⓒ 예시일보, 무단 전재 및 재배포 금지>`,
 * Yonhap's `<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>`, `ⓒ 한경닷컴, 무단전재 및
 * 재배포 금지`, `無断転載を禁じます`. It stays in the text (as the wire's rights line does: the
 * benchmark's truth keeps it), but the reporter's sign-off above it is a trailer all the same.
 */
const RIGHTS_LINE = /^[<〈《(［[]?\s*(?:저작권자|copyright|ⓒ|©|\(c\)|無断).{0,80}(?:무단\s?전재|無断(?:転載|複製))|^無断(?:転載|複製)/iu;
/** A role label in an agency's house trailer. */
const HOUSE_ROLE = '(?:autor|autori|author|authors|editor|editori|editor online|editor foto|redactor|traducere|автор|автори|редактор)';
/**
 * An agency's house trailer naming its staff: Agerpres's `AGERPRES/(AS - autor: Ana Popescu, editor:
 * Mihai Ionescu, editor online: Andreea Marin)`, with an optional desk code before the roles.
 */
const HOUSE_TRAILER = new RegExp(`^${AG}\\s*/?\\s*\\(\\s*(?:\\p{Lu}{1,4}\\s*[-–]\\s*)?(${HOUSE_ROLE}\\s*:[^()]{2,200})\\)\\.?$`, 'iu');
/** `(Reporting by X; Additional reporting by Y; Editing by Z)` (Reuters). */
const REUTERS_TRAILER = /^\(?\s*((?:Additional )?[Rr]eporting by [^)]*?|Writing by [^)]*?|Editing by [^)]*?)\)?\s*$/;
/** An agency credit closing the last paragraph: `... said. (AFP)`, `— Reuters`. */
// Context aliases ("(UNI)", "(AAP)") only in brackets: "Congress-AAP" is a name, not a credit.
/** Where a house trailer's next `role:` begins, and one `role: names` part. */
const HOUSE_ROLE_SPLIT = new RegExp(`[,;]\\s*(?=${HOUSE_ROLE}\\s*:)`, 'iu');
const HOUSE_ROLE_PART = new RegExp(`^(${HOUSE_ROLE})\\s*:\\s*(.+)$`, 'iu');
const TAIL_CREDIT = new RegExp(`\\s*(?:[(（](${agencyAliasGroup()}|${contextAliasPattern()})[)）]|[—–-]\\s*${AG})\\.?$`);

const HAN_LINE = /[\u4e00-\u9fff]/u;
/** A Chinese caption left as the last paragraph (`图为…`, "the picture shows"): its closing `（新华社）` credits the picture. */
const CAPTION_START = /^(?:图为|圖為|图片为|圖片為)/u;

/** The editors of an editor trailer's names: a Chinese staff line by its roles (zh-staff.ts), else the list. */
function editorList(line: string, list: string): string[] {
  return HAN_LINE.test(line) ? (zhEditors(line) ?? []) : names(list);
}

function names(list: string): string[] {
  return list
    .split(/\s*(?:,|，|、|;|；|\band\b|\s&\s)\s*/)
    .map((s) => s.replace(/^(?:by|editor|editing by)\s+/i, '').trim())
    .filter((s) => s !== '' && s.length <= 40);
}

function agencyOf(...alts: Array<string | undefined>): string | null {
  // The first alternative that matched names the agency.
  for (const a of alts) if (a) return (agencyByAlias(a) ?? agencyByContextAlias(a))?.name ?? null;
  return null;
}

/** Editors named by a trailer line (`(Web editor: A, B)`, `[Editor: A]`, `(责编：A、B)`), or []. */
export function parseEditorTrailer(text: string): string[] {
  const line = text.replace(/\s+/g, ' ').trim();
  const m = EDITOR_TRAILER.exec(line);
  return m ? editorList(line, m[1]!) : [];
}

/** Parses a house trailer's `role: names` parts into writers and editors (translators and photo editors are neither). */
function houseCredits(roles: string): { authors: string[]; editors: string[] } {
  const authors: string[] = [];
  const editors: string[] = [];
  for (const part of roles.split(HOUSE_ROLE_SPLIT)) {
    const m = HOUSE_ROLE_PART.exec(part.trim());
    if (!m) continue;
    const role = m[1]!.toLowerCase();
    if (/^(?:autor|autori|author|authors|автор|автори)$/u.test(role)) authors.push(...names(m[2]!));
    else if (/^(?:editor|editori|editor online|redactor|редактор)$/u.test(role)) editors.push(...names(m[2]!));
  }
  return { authors, editors };
}

/** Parses a Reuters trailer into writers and editors. */
function reutersCredits(text: string): { authors: string[]; editors: string[] } {
  const authors: string[] = [];
  const editors: string[] = [];
  for (const part of text.replace(/^\(|\)$/g, '').split(/;/)) {
    const m = /^\s*(?:Additional )?(Reporting|Writing|Editing|Compiled) by (.+)$/i.exec(part);
    if (!m) continue;
    // "Reporting by Ananya Rao in Bengaluru and Tom Cole in London": each writer's desk goes.
    const who = names(m[2]!).map((n) => n.replace(/ in [A-Z][a-z]+(?: [A-Z][a-z]+)?$/, ''));
    if (/^Editing$/i.test(m[1]!)) editors.push(...who);
    else authors.push(...who);
  }
  return { authors, editors };
}

/** A line of a page's header that a text container may hold: a kicker, the date and source line, a breadcrumb. */
const HEADER_LINE = /^[^。！？!?]{1,60}$/u;
const HAN = /[\u4e00-\u9fff]/u;

/** A place in capitals standing alone: `ANKARA`, `GAZA CITY`, `NEW DELHI`, `İSTANBUL`. */
const BARE_PLACE = /^\p{Lu}[\p{Lu}\p{M}'’.-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,2}$/u;

/**
 * A dateline printed as a paragraph of its own above the lead (Anadolu and the sites that carry
 * it: `<p>ANKARA</p><p>Türkiye's exports rose …`): a place in capitals right above a lead that has
 * no dateline of its own. The place is a known dateline city, or one the text names again
 * (`GAZA CITY` over "Gaza Strip authorities said"), so a kicker in capitals (`EXCLUSIVE`) is none.
 */
function bareDateline(p: string, paras: readonly string[], at: number, ref: Date | null | undefined): Dateline | null {
  const next = paras[at + 1];
  if (p.length > 40 || next === undefined || next.length < 60 || !BARE_PLACE.test(p) || parseDateline(next, ref)) return null;
  const city = canonicalCity(p);
  const first = titleCase(p.split(/[ -]/, 1)[0]!);
  if (city === null && (first.length < 4 || !paras.slice(at + 1).some((q) => q.includes(first)))) return null;
  return { place: titleCase(p), city, date: null };
}

/**
 * The lead's dateline, credits and reporters, and the lead with the dateline cut when it is an
 * agency's. The lead is the first paragraph; a Chinese lead may sit below header lines the text's
 * container also holds (`光电转换效率刷新世界纪录`, `2024年05月15日05:42 | 来源：人民网`).
 */
function leadOf(
  paras: readonly string[],
  ref: Date | null | undefined,
): { at: number; dateline: Dateline | null; agencies: string[]; bare: boolean; authors: string[]; rest: string } | null {
  for (let at = 0; at < Math.min(paras.length, 4); at++) {
    const p = paras[at]!;
    const han = HAN.test(p.slice(0, 12));
    const d = at === 0 || han ? parseDateline(p, ref) : null;
    if (d) return { at, dateline: d.dateline, agencies: d.agency ? [d.agency] : [], bare: false, authors: d.authors, rest: d.rest };
    // No place: an opener (`本报讯（记者 陈杰）`), or a credit phrase (`据新华社报道，`).
    const zh = han ? parseZhLead(p) : null;
    if (zh) return { at, dateline: null, agencies: zh.agencies, bare: zh.bare, authors: zh.authors, rest: zh.wire ? zh.rest : p };
    const place = bareDateline(p, paras, at, ref);
    if (place) return { at, dateline: place, agencies: [], bare: false, authors: [], rest: '' };
    if (!HEADER_LINE.test(p)) return null;
  }
  return null;
}

/**
 * The writers and editors a staff trailer line names, when the line is one: a Reuters sign-off
 * (`Reporting by A in Bengaluru; Editing by B`, with or without brackets) or an agency's house
 * trailer (`AGERPRES/(autor: A, editor: B)`). For trailers the page prints outside the body.
 */
export function staffTrailer(line: string): { authors: string[]; editors: string[] } | null {
  // Cheap exits first: this runs on every line around the body, and a trailer is short. A house
  // trailer holds its bracket and a role's colon, a Reuters one its role word (whitespace runs,
  // which the patterns read collapsed, never fall inside these). 400: a line that long collapses to over 200.
  if (line.length > 400) return null;
  if (!(line.includes('(') && line.includes(':')) && !line.includes('eporting') && !line.includes('Writing') && !line.includes('Editing'))
    return null;
  const t = line.replace(/\s+/g, ' ').trim();
  if (t.length > 200) return null;
  const house = HOUSE_TRAILER.exec(t);
  if (house) return houseCredits(house[2]!);
  return REUTERS_TRAILER.test(t) ? reutersCredits(t) : null;
}

/**
 * Removes wire markup from a body (paragraphs separated by blank lines) and returns it with
 * the agency, dateline, editors and authors it held. `ref` dates the dateline's year.
 */
export function stripWireMarkup(body: string, ref?: Date | null): WireMarkup {
  const paras = body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let agency: string | null = null;
  const agencies: string[] = [];
  let dateline: Dateline | null = null;
  const editors: string[] = [];
  const authors: string[] = [];
  // Leading credit lines (People's Daily prints "(Xinhua) 11:02, May 15, 2024" above the text).
  while (paras.length > 0 && paras[0]!.length < 80) {
    const m = CREDIT_LINE.exec(paras[0]!);
    if (!m) break;
    agency ??= agencyOf(...m.slice(1));
    if (agency) agencies.push(agency);
    paras.shift();
  }
  const lead = leadOf(paras, ref);
  const leadPhrase = lead?.bare ? lead.agencies : [];
  if (lead && !lead.bare) {
    agency = lead.agencies[0] ?? agency;
    agencies.push(...lead.agencies);
  }
  if (lead) {
    dateline = lead.dateline;
    authors.push(...lead.authors);
    paras[lead.at] = lead.rest;
    if (paras[lead.at]!.trim() === '') paras.splice(lead.at, 1);
  }
  // Trailers, from the end up: editor lines, Reuters credits, bare credit lines; read above a
  // closing rights line, which stays.
  const rights =
    paras.length > 1 && paras[paras.length - 1]!.length < 200 && RIGHTS_LINE.test(paras[paras.length - 1]!) ? paras.pop() : undefined;
  for (let guard = 0; paras.length > 0 && guard < 6; guard++) {
    const last = paras[paras.length - 1]!;
    if (last.length > 200) break;
    const house = HOUSE_TRAILER.exec(last);
    const ed = house ? null : EDITOR_TRAILER.exec(last);
    const rt = house || ed ? null : REUTERS_TRAILER.exec(last);
    const cr = house || ed || rt ? null : CREDIT_LINE.exec(last);
    if (!house && !ed && !rt && !cr && SIGN_OFF.test(last)) {
      paras.pop();
      continue;
    }
    if (house) {
      agency ??= agencyOf(house[1]);
      agencies.push(...[agencyOf(house[1])].filter((a): a is string => a !== null));
      const c = houseCredits(house[2]!);
      authors.push(...c.authors);
      editors.unshift(...c.editors);
    } else if (ed) editors.unshift(...editorList(last, ed[1]!));
    else if (rt) {
      const c = reutersCredits(last);
      authors.push(...c.authors);
      editors.unshift(...c.editors);
    } else if (cr) {
      agency ??= agencyOf(...cr.slice(1));
      agencies.push(...[agencyOf(...cr.slice(1))].filter((a): a is string => a !== null));
    } else break;
    paras.pop();
  }
  if (rights !== undefined) paras.push(rights);
  else if (paras.length > 0) {
    const lastPara = paras[paras.length - 1]!;
    const tail = TAIL_CREDIT.exec(lastPara);
    // "… the American Psychological Association (APA)." ends a sentence, it does not credit one.
    const before = tail ? lastPara.slice(0, tail.index) : '';
    if (
      tail &&
      tail.index > 0 &&
      !CAPTION_START.test(lastPara) &&
      (!tail[1] ||
        (mayCloseWithCredit(before) && !definesAbbreviation(before, tail[1]) && (!agencyByContextAlias(tail[1]) || endsSentence(before))))
    ) {
      agency ??= agencyOf(tail[1], tail[2]);
      agencies.push(...[agencyOf(tail[1], tail[2])].filter((a): a is string => a !== null));
      paras[paras.length - 1] = paras[paras.length - 1]!.slice(0, tail.index).trimEnd();
    }
  }
  return {
    body: paras.join('\n\n'),
    agency,
    agencies: [...new Set(agencies)],
    leadPhrase,
    dateline,
    editors: [...new Set(editors)],
    authors: [...new Set(authors)],
  };
}

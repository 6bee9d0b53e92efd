/**
 * How a Chinese story opens: the dateline, the reporters and the agencies its first paragraph
 * credits, in the forms Chinese-language outlets print them:
 *   agency datelines   `新华社北京5月15日电（记者 张三）`, `【新華社北京十四日電】`, `（法新社華盛頓14日電）`,
 *                      `韩联社首尔5月15日电`, `路透北京5月15日 - `, `新华网湖北宜昌5月15日电` (the place as written)
 *   agency openers     `【新華社電】`, `【中新社电】` (Hong Kong papers' wire copy, no place or date)
 *   outlet datelines   `人民网成都5月15日电 （王军）`, `本报北京5月14日电（记者刘诗瑶）`, `央广网北京5月15日消息`
 *   local datelines    `（吉隆坡15日讯）`, `（北京14日综合电）`, `（北京综合讯）` (Malaysian and Singaporean papers)
 *   outlet openers     `本报讯（记者 陈杰）`, `香港文匯報訊（記者 鄭伊莎）`, `【财新网】（记者 王琼慧）`, `南都讯 `
 *   byline openers     `〔記者鄭鴻達／台北報導〕` (Taiwan: the place is the reporter's, not a dateline)
 *   credit phrases     `据新华社报道，`, `綜合塔斯社、路透社報道，`, `（据新华社电）` opening the text, alone or
 *                      after an outlet opener (`南都讯 据新华社报道`, `本报讯 综合新华社、法新社报道`)
 * An outlet is no agency: 人民网 and 央广网 date their own stories, and the name in brackets after
 * their dateline is the reporter's. A credit phrase after a dated opener (`中新网5月15日电 据韩联社报道`,
 * `（北京综合讯）据新华社报道`), with the report's date (`据路透社5月14日报道`) or further down the
 * text quotes the agency; it is no credit.
 */
import { agencyAliases, agencyByAlias } from './agencies.js';
import { canonicalCity } from './dateline-cities.js';

/** What a Chinese lead paragraph opens with. */
export interface ZhLead {
  /** The dateline's place as written (`北京`, `湖北宜昌`), or null (an opener without a place, a byline place). */
  place: string | null;
  month: number | null;
  day: number | null;
  /** Agencies the lead credits (canonical names): its dateline's, or those of a credit phrase. */
  agencies: string[];
  /** Whether an agency's dateline (not a credit phrase) opens the text: it is wire markup, cut from the body. */
  wire: boolean;
  /**
   * Whether the agencies come from a credit phrase opening the text with nothing before it
   * (`據法新社報道，…`): a credit, unless the page names a writer of its own (see extract-article.ts).
   */
  bare: boolean;
  /** Reporters named in the lead's brackets (`（记者 张三 李四）`, `（王军）`, `〔記者鄭鴻達／台北報導〕`). */
  authors: string[];
  /** The text after the dateline and its reporters' brackets. */
  rest: string;
}

const HAN = '\\u4e00-\\u9fff';
const ALL_HAN = /^[\u4e00-\u9fff]+$/u;
/**
 * Agencies by their Chinese names (新华社, 路透社, 法新社, 中央社, 中新网 …), longest first. Not the
 * state outlets (人民网: a dateline of its own), and of the two-character names only 路透 (Reuters'
 * Chinese service signs `路透北京5月15日 - `): 共同 and 時事 are words ("together", "current affairs").
 */
const ZH_AGENCY = agencyAliases()
  .filter((a) => ALL_HAN.test(a) && (a.length >= 3 || a === '路透') && agencyByAlias(a)?.kind !== 'outlet')
  .sort((x, y) => y.length - x.length)
  .join('|');
/** A day as a number or in Chinese numerals (`十四日`, `二十一日`), and the month before it. */
const NUM = `\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]`;
const MONTH_DAY = `(?:(${NUM})月)?(${NUM})日`;
/** What a dateline's date is followed by: dispatched (电), reported (讯, 消息), compiled (综合电), special (专电). */
const FILED = '(?:专电|專電|综合电|綜合電|綜合外電報導|综合外电报导|电|電|讯|訊|消息)';
const OPEN = '[【（(〔［\\[]';
const CLOSE = '[】）)〕］\\]]';
/** `新华社北京5月15日电`, `【新華社北京十四日電】`, `（法新社華盛頓14日電）`, `据新华社北京…电`, `路透北京5月15日 - `. */
const AGENCY_LEAD = new RegExp(
  `^(${OPEN})?(?:据|據)?(${ZH_AGENCY})(?![记記])([${HAN}]{2,10}?)?${MONTH_DAY}\\s*(?:${FILED}|\\s*[-–—]+(?=\\s))\\s*(?:[-–—]+\\s*)?(${CLOSE})?`,
  'u',
);
/**
 * An outlet, then its dateline: `人民网成都5月15日电`, `本报北京5月14日电`, `央广网北京5月15日消息`,
 * `长江日报-长江网5月15日讯`, `参考消息网5月15日报道`. The outlet's name ends in 网/报/台/社, in 网 first
 * (`中国台湾网5月15日讯` is 中国台湾网's, with no place, not 中国台's from 湾网).
 */
const OUTLET = `本报|本報|本刊|(?!据|據)(?:[${HAN}A-Za-z]{1,10}?(?:网|網)|[${HAN}A-Za-z]{1,10}?(?:报|報|台|社)(?:[-－—][${HAN}]{1,10}?(?:网|網|报|報))?)`;
const OUTLET_LEAD = new RegExp(`^(${OPEN})?(?:${OUTLET})([${HAN}]{2,10}?)?${MONTH_DAY}\\s*(?:${FILED}|报道|報道)\\s*(${CLOSE})?`, 'u');
/** An agency's credit as the text's opener, without a date: `【新華社電】`, `【中新社电】`, `〔中央社電〕`. */
const AGENCY_OPENER = new RegExp(`^[【〔［\\[](?:据|據)?(${ZH_AGENCY})(?:专电|專電|电|電)[】〕］\\]]`, 'u');
/** A Malaysian or Singaporean paper's own dateline: `（吉隆坡15日讯）`, `（北京14日综合电）`, `（北京综合讯）`. */
const LOCAL_LEAD = new RegExp(
  `^[（(](?!据|據|综合|綜合|本报|本報)([${HAN}]{2,8}?)(?:${MONTH_DAY})?(?:综合|綜合)?(?:电|電|讯|訊)[）)]`,
  'u',
);
/**
 * An outlet's opener without a date: `本报讯`, `南都讯`, `新京报贝壳财经讯`, `香港文匯報訊`, `荆楚网（湖北日报网）讯`,
 * `【大公報訊】`, `【财新网】`, `【明報專訊】`, the Epoch Times' dated `【大紀元2024年05月03日訊】`. Not 资讯/通讯/喜讯/快讯 (news items, a newsflash), and not a
 * report's heading (`【环球网报道】据路透社报道`: the outlet's rewrite of a report it quotes).
 */
const OUTLET_OPENER = new RegExp(
  `^(?:【[^】]{1,12}?(?:讯|訊|网|網|报|報)】|【[${HAN}A-Za-z]{1,10}\\d{4}年\\d{1,2}月\\d{1,2}日(?:讯|訊)】|[${HAN}A-Za-z]{2,12}(?:[（(][${HAN}]{2,10}[）)])?(?<![资資通喜音问問快])(?:讯|訊)(?=[\\s（(：:据據综綜]|$))\\s*`,
  'u',
);
/** Taiwan's byline opener: `〔記者鄭鴻達／台北報導〕`, `【記者陳美玲／台中報導】`, `〔記者吳仁捷∕新竹報導〕`, `〔記者A、B／綜合報導〕`. */
const REPORTER_OPENER = new RegExp(
  `^[〔［\\[（(【]\\s*(?:本报|本報)?(?:记者|記者)\\s*([${HAN}]{2,4}(?:[、\\s]+[${HAN}]{2,4}){0,4})\\s*[／/∕]\\s*[${HAN}]{0,6}?(?:报导|報導|报道|報道)[〕］\\]）)】]\\s*`,
  'u',
);
/**
 * An outlet's reporters and their place run together, no slash: the Epoch Times' `（大紀元記者王明遠
 * 紐約報導）`, `（大紀元記者李佳、陳文台北報導）`, `（大紀元駐歐洲記者張曉華綜合報導）`, NTD's
 * `（新唐人記者…報導）`. The reporters are the outlet's own (authors); their place is a byline place.
 */
const OUTLET_REPORTERS = new RegExp(
  `^[（(〔［\\[]\\s*(?:[${HAN}]{2,6}?)?(?:(?:驻|駐)[${HAN}]{1,6}?)?(?:记者|記者)\\s*([${HAN}、]{2,30}?)\\s*(?:综合|綜合|采访|採訪)?(?:报导|報導|报道|報道)[）)〕］\\]]\\s*`,
  'u',
);
/** The reporters' brackets after a dateline or opener: `（记者 张三 李四）`, `(记者 王恩博)`, `（王军）`. */
const REPORTERS = /^\s*[（(]([^（）()]{2,40})[)）]\s*/u;
/** Hong Kong papers' reporters without brackets after the opener: `【大公報訊】記者 黃山 報道：`, `記者黃山、李明報道：`. */
const BARE_REPORTERS = new RegExp(
  `^\\s*(?:本报|本報)?(?:记者|記者)\\s*([${HAN}]{2,4}(?:[、\\s]+[${HAN}]{2,4}){0,4}?)\\s*(?:报道|報道|报导|報導)\\s*[:：]\\s*`,
  'u',
);
/** Role words before names in those brackets; a photographer (摄影记者) is no writer. */
const REPORTER_ROLE = new RegExp(
  `^(?:本报|本報)?(?:特约|特約|实习|實習|见习|見習|驻[${HAN}]{1,6}?|駐[${HAN}]{1,6}?)?(记者|記者|通讯员|通訊員|实习生|實習生|摄影记者|攝影記者|摄影|攝影)`,
  'u',
);
/** Words in brackets that are no names: compiled, translated, pictures, the end. */
const NOT_REPORTER = /综合|綜合|编译|編譯|整理|图|圖|摄|攝|完|报道|報道|报导|報導|电|電|讯|訊|消息|编辑|編輯|外电|外電|网|網|社|台/u;
/** `据新华社报道`, `據新華社報道`, `综合新华社、法新社报道`, `綜合塔斯社、路透社報道`, `据新华社电`: a credit phrase. */
const AGENCY_LIST = `(?:${ZH_AGENCY})(?:\\s*[、和及与與,，/]\\s*(?:${ZH_AGENCY}))*`;
const CREDIT_PHRASE = new RegExp(
  `^(${OPEN})?\\s*(?:(?:据|據)(${AGENCY_LIST})(?:报道|報道|报导|報導|电|電|消息)|(?:综合|綜合)(${AGENCY_LIST})(?:报道|報道|报导|報導|电|電|消息)?)\\s*(?:(${CLOSE})|(?=[，,：:。；;\\s]|$))`,
  'u',
);
const AGENCY_ITEM = new RegExp(ZH_AGENCY, 'gu');

/** A reporter's name in a lead's brackets: two to six Han characters, or a transliterated name's parts joined by a middle dot (`阿卜杜勒·艾尼`). */
const NAME = new RegExp(`^(?:[${HAN}·]{2,6}|[${HAN}]{1,8}(?:[·•・‧][${HAN}]{1,8}){1,3})$`, 'u');

function numeral(s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d+$/u.test(s)) return +s;
  const digit = (c: string | undefined): number => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  const ten = s.indexOf('十');
  if (ten < 0) return digit(s);
  return (ten === 0 ? 1 : digit(s[0])) * 10 + digit(s[ten + 1]);
}

function agencyNames(list: string): string[] {
  const out: string[] = [];
  for (const m of list.matchAll(AGENCY_ITEM)) {
    const a = agencyByAlias(m[0])?.name;
    if (a && !out.includes(a)) out.push(a);
  }
  return out;
}

/** The reporters a lead's brackets name, under their role words or alone; null when the brackets hold something else. */
function reporters(inside: string): string[] | null {
  const out: string[] = [];
  let role = '记者';
  for (const token of inside.trim().split(/[\s、，,]+/u)) {
    const r = REPORTER_ROLE.exec(token);
    if (r) role = r[1]!;
    const name = r ? token.slice(r[0].length) : token;
    if (name === '') continue;
    if (!NAME.test(name) || NOT_REPORTER.test(name)) return null;
    // A photographer is no writer; a correspondent's name ending in 宣 is a publicity office's pen name (光谷宣).
    if (/摄|攝/u.test(role) || (/通讯员|通訊員/u.test(role) && name.endsWith('宣'))) continue;
    out.push(name);
  }
  return out;
}

/**
 * Reporters' names run together with a place (`陳家倫台北`, `林沂鋒、吳書緯台北`, `王明遠紐約`): the
 * names before the last are whole; the last runs into the place, a known city (names are two to
 * four characters) or else its last two characters (most places are two). Without a required
 * place, a run of up to three characters is one name (`（大紀元記者王明遠報導）`).
 */
export function splitReportersPlace(run: string, placeRequired: boolean): { authors: string[]; place: string | null } {
  const parts = run.split('、').filter((p) => p !== '');
  const last = parts.pop() ?? '';
  if (parts.some((p) => !NAME.test(p))) return { authors: [], place: placeRequired ? last : null };
  if (!placeRequired && last.length <= 3) return { authors: [...parts, last], place: null };
  for (const n of [3, 2, 4])
    if (last.length - n >= 2 && canonicalCity(last.slice(n))) return { authors: [...parts, last.slice(0, n)], place: last.slice(n) };
  return last.length > 2 ? { authors: [...parts, last.slice(0, -2)], place: last.slice(-2) } : { authors: parts, place: last };
}

/** An opening bracket has its closing one. */
const balanced = (open: string | undefined, close: string | undefined): boolean => !open === !close;

/** Reads the opening of a Chinese lead paragraph; null when it opens in none of the forms above. */
export function parseZhLead(text: string): ZhLead | null {
  const t = text.trimStart();
  const lead: ZhLead = { place: null, month: null, day: null, agencies: [], wire: false, bare: false, authors: [], rest: t };
  let at = 0;
  // A credit phrase counts only where nothing dated comes before it.
  let mayCredit = true;
  const agency = AGENCY_LEAD.exec(t);
  const wired = agency ? null : AGENCY_OPENER.exec(t);
  const outlet = agency || wired ? null : OUTLET_LEAD.exec(t);
  const local = agency || wired || outlet ? null : LOCAL_LEAD.exec(t);
  if (agency && balanced(agency[1], agency[6])) {
    [lead.place, lead.month, lead.day] = [agency[3] ?? null, numeral(agency[4]), numeral(agency[5])];
    lead.agencies = agencyNames(agency[2]!);
    lead.wire = lead.agencies.length > 0;
    [at, mayCredit] = [agency[0].length, false];
  } else if (wired) {
    [lead.agencies, lead.wire] = [agencyNames(wired[1]!), true];
    [at, mayCredit] = [wired[0].length, false];
  } else if (outlet && balanced(outlet[1], outlet[5])) {
    [lead.place, lead.month, lead.day] = [outlet[2] ?? null, numeral(outlet[3]), numeral(outlet[4])];
    [at, mayCredit] = [outlet[0].length, false];
  } else if (local) {
    // `（新华社电）`, `（中新社电）`: an agency's credit, not a place.
    const credited = agencyByAlias(local[1]!);
    if (credited && credited.kind !== 'outlet') [lead.agencies, lead.wire] = [[credited.name], true];
    else [lead.place, lead.month, lead.day] = [local[1]!, numeral(local[2]), numeral(local[3])];
    [at, mayCredit] = [local[0].length, false];
  } else {
    const reporter = REPORTER_OPENER.exec(t);
    if (reporter) return { ...lead, authors: reporter[1]!.split(/[、\s]+/u), rest: t.slice(reporter[0].length) };
    at = OUTLET_OPENER.exec(t)?.[0].length ?? 0;
  }
  const names = REPORTERS.exec(t.slice(at));
  const found = names ? reporters(names[1]!) : null;
  const byline = names && found ? null : OUTLET_REPORTERS.exec(t.slice(at));
  // Only after an opener: at the text's start such a line is the byline readers' (clean-names.ts).
  const bare = names || byline || at === 0 ? null : BARE_REPORTERS.exec(t.slice(at));
  if (names && found) {
    lead.authors = found;
    at += names[0].length;
  } else if (bare) {
    lead.authors = bare[1]!.split(/[、\s]+/u);
    at += bare[0].length;
  } else if (byline) {
    lead.authors = splitReportersPlace(byline[1]!, false).authors;
    at += byline[0].length;
  }
  const credit = mayCredit ? CREDIT_PHRASE.exec(t.slice(at).replace(/^[\s，,]+/u, '')) : null;
  if (credit && balanced(credit[1], credit[4])) [lead.agencies, lead.bare] = [agencyNames(credit[2] ?? credit[3]!), at === 0 && !credit[1]];
  if (at === 0 && lead.agencies.length === 0) return null;
  return { ...lead, rest: t.slice(at) };
}

/** A Taiwanese portal's byline box: the outlet, a slash, then the reporter or the wire's dateline. */
export interface ZhSlashByline {
  /** The outlet or agency before the slash (`聯合報`, `經濟日報`, `中央社`). */
  outlet: string;
  /** Its canonical agency name when it is one (`中央社`: CNA). */
  agency: string | null;
  authors: string[];
  /** The dateline's place (`中央社／ 台北15日電`); a reporter's `／台北即時報導` is a byline place, not one. */
  place: string | null;
}

/** `聯合報／ 記者 林良齊 ／台北即時報導`, `經濟日報／ 記者 曾仁凱／即時報導`, `中央社／ 台北15日電`. */
const SLASH_BYLINE = new RegExp(
  `(?:^|\\s)([${HAN}]{2,8})\\s*[／/]\\s*(?:(?:记者|記者)\\s*([${HAN}]{2,4}(?:[、\\s]+[${HAN}]{2,4}){0,3})\\s*[／/]\\s*[${HAN}]{0,6}?(?:即時報導|即时报道|報導|报导|报道|報道)|([${HAN}]{2,6}?)(?:${NUM})日(?:電|电))`,
  'u',
);

/** Reads a slash byline anywhere in a header line (after its date); null when there is none. */
export function parseZhSlashByline(line: string): ZhSlashByline | null {
  const m = line.length <= 80 && (line.includes('／') || line.includes('/')) ? SLASH_BYLINE.exec(line) : null;
  if (!m) return null;
  const agency = agencyByAlias(m[1]!);
  return {
    outlet: m[1]!,
    agency: agency && agency.kind !== 'outlet' ? agency.name : null,
    authors: m[2] ? m[2].split(/[、\s]+/u) : [],
    place: m[3] ?? null,
  };
}

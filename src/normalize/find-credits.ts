/**
 * Wire credits in the lines around an article, in the forms outlets print them:
 *   lead credits        `Bamberg (dpa/lby) - `, `LOS ANGELES (AP) — `, `(서울=연합뉴스)`, `新华社北京5月15日电`
 *   closing credits     `... sagte er. (dpa)`, `(KNA, DR)`, `cwo/fab (dpa, afp)`, `(FR mit dpa)`, `(©NTB)`
 *   source lines        `Quelle: dpa`, `Source: Xinhua`, `来源：新华社`, `Kaynak: AA`, `Fonte: Agência Brasil`
 *   agency bylines      `Von dpa`, `Af Ritzau`, `Von David Hutzler, dpa`, `Von: det/dpa`, `PTI | July 9, 2020`,
 *                       `By JANE SMITH Associated Press`
 *   "with" credits      `Le Monde with AFP`, `mit Material von dts`, `with material from AFP, Reuters`, `via JTA`
 *   copyright trailers  `© dpa-infocom, dpa:230428-...`, `© SZ/KNA/chrk`, `Copyright 2024 The Associated Press. All rights reserved.`
 *   agency trailers     `This report by The Canadian Press was first published May 14, 2024.`, `— Reuters`
 * Photo credits (`Foto: dpa`, `© Alba Pacheco/Agencia LOF/dpa`) and agencies merely quoted in
 * the text ("told Reuters") are not credits. Names that are not agencies on a source line are
 * returned as `sources` (`来源：第一财经日报`).
 */
import { agencyAliasGroup, agencyByAlias, agencyByContextAlias, contextAliasPattern, type Agency } from './agencies.js';
import { CJK_OR_RTL, mayNameAgency, mayNameContextAlias } from './agency-mention.js';
import { definesAbbreviation, endsSentence, mayCloseWithCredit } from './closing-credit.js';
import { WRITER_JOB } from './latin-byline.js';
import { isMonthName } from './date-words.js';
import { canonicalCity } from './dateline-cities.js';
import { parseZhSlashByline } from './zh-lead.js';
import { US_STATE } from './us-state.js';
import { zhAgencyOf, zhOpenerOutlet, zhSourceLabelOnly, zhSourceNames, zhSourceValue } from './zh-source.js';

/** Agencies (canonical names, in order of appearance) and other credited source outlets. */
export interface Credits {
  agencies: string[];
  sources: string[];
}

const AG = agencyAliasGroup();
const AG_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${AG})(?![\\p{L}\\p{N}])`, 'iu');
/** "Source:" in the languages of the pages we read. */
const SOURCE_WORD =
  '(?:Quelle|Quellen|Source\\(s\\)|Source|Sources|Chanzo|Kaynak|Fonte|Fontes|Fuente|Fuentes|Źródło artykułu|Źródło|Zdroj|Forrás|Kilde|Kilder|Källa|Lähde|Bron|Sursa|Sursă|Burimi|Vir|Izvor|Извор|Източник|Источник|Джерело|Šaltinis|Allikas|Avots|Πηγή|المصدر|منبع|来源|來源|稿源|出典|出处|出處|출처|Nguồn|Sumber|Mənbə|Дереккөз|Heimild|Iturria|ที่มา|সূত্র|מקור|המקור|स्रोत|इनपुट)';
const SOURCE_LINE = new RegExp(`(?:^|[\\s|·(（\\[【])${SOURCE_WORD}\\s*[:：]\\s*(.+)$`, 'iu');
/** Byline words: "By", "Von", "Af" (da), "Av" (no/sv), "Por", "Par", "Di", "Door", "Od", "Yazan", "Texto:" (es/pt), "Testo:" (it). */
const BYLINE =
  /(?:^|[|·:])\s*(?:(?:Written|Reported|Story|Compiled)\s+by|By|Von|Af|Av|Por|Par|Di|Door|Od|Yazan|Text|Texto|Testo|Tekst|Autor|Autorin|Avtor|Auteur)\s*:?\s+(.+)$/iu;
/** Persian "according to the report of": `به گزارش خبرگزاری مهر، …` opening the text credits the agency. */
const FA_REPORT = new RegExp(`^به گزارش\\s+(?:خبرگزاری\\s+)?(${AG})\\s*[،,]`, 'u');
/**
 * The same words later in a line only capitalised ("Story and photos By Jane Doe"): a lower-case
 * "by"/"por"/"par" in a sentence ("released by the ministry, the Jordan News Agency, Petra,
 * reported", "analysts polled by Reuters") is no byline, and the agencies after it are no credit.
 */
const BYLINE_INLINE = /\s(?:By|BY|Von|VON|Por|POR|Par|PAR|Door|Yazan|Autor|Autorin|Auteur)\s*:?\s+(.+)$/u;
/** ...or in any case after a date, a time or a dash: "15.05.2024, 11:02 von dpa", "— by AFP". */
const BYLINE_AFTER_DATE = /(?:\d|[•–—-])\s+(?:by|von|por|par|door|av|af)\s*:?\s+(.+)$/iu;
/**
 * A WordPress post meta naming the category, then the poster: "Posted in UAE by WAM | May 15, 2024",
 * "Filed under World by AFP", the default theme's "This entry was posted in News by …".
 */
const POSTED_IN_BY = /^(?:This (?:entry|post) was posted|Posted|Published|Filed)\s+(?:in|under)\s+[^|·]{1,60}?\s+by\s+(.+)$/u;
/** The poster, then the category or date: "Posted by APP in National", "Posted by Reuters on May 15, 2024". */
const POSTED_BY_IN = /^Posted\s+by\s+(\S.{0,40}?)\s+(?:in|on)\s/u;
/** What may stand between "with" and the agency: "additional reporting from", "informações da", "Material von". */
const WITH_WORDS =
  '(?:(?:additional\\s+)?(?:material|reporting|reports?|information|informationen|inputs?|files)\\s+(?:from|by|von|de|des|da|di)\\s+(?:the\\s+)?|Material\\s+(?:von|der|des)\\s+(?:(?:Nachrichtenagentur(?:en)?|Agentur(?:en)?)\\s+)?|informações\\s+(?:da|do|de)\\s+|información\\s+de\\s+|(?:der\\s+)?Nachrichtenagentur(?:en)?\\s+|agencias?\\s+|agences?\\s+)?';
/**
 * "with AP", "avec AFP", "Com informações da Reuters e da AFP", Vietnamese "Theo TTXVN" ("according
 * to"). The agency ends at a word's end: "avec APS" is no "AP", "input from APP" no "AP".
 */
const WITH_CREDIT = new RegExp(
  `(?:\\bwith|\\bmit|\\bavec|\\bcon|\\bcom|\\bmed|\\bvia|\\bile|\\bfra|\\bfrån|\\bz|\\btheo)\\s+${WITH_WORDS}(${AG}(?:\\s*(?:,|/|and|und|et|y|e|&)\\s*(?:(?:da|do|de|das|la|le|der|die|the)\\s+)?${AG})*)(?![\\p{L}\\p{N}])`,
  'iu',
);
/**
 * Words that make "with" name whom someone spoke to or dealt with, not a credit: "in an interview
 * with PTI", "data shared with The Associated Press", "spoke with Reuters", "im Gespräch mit der dpa",
 * "en entrevista con EFE". The agency is then a party to the story, not its source.
 */
const INTERLOCUTOR_WITH =
  /(?:^|[^\p{L}])(?:interviews?|interviewed|spoke|speaks|speaking|talks?|talked|talking|shared|shares?|sharing|conversation|call|meeting|met|sat\s+down|chat|agreement|deal|partnership|contract|cooperation|collaboration|in\s+touch|communicated|Gespräch|Interview|entretien|entrevista|intervista|intervju|rozmowie)\s+(?:exclusively\s+|exclusive\s+)?$/iu;
/**
 * The same with an agency known by an abbreviation that is also a word ("avec MAP", "with reports
 * from PNA", "with inputs from UNI"): as written, in capitals, case-sensitive.
 */
const WITH_CONTEXT_CREDIT = new RegExp(
  `(?:\\b[Ww]ith|\\b[Aa]vec|\\b[Cc]on|\\b[Cc]om|\\b[Mm]it|\\b[Tt]heo)\\s+(?:(?:additional\\s+)?(?:reporting|reports?|information|inputs?|files)\\s+(?:from|by|de|da)\\s+(?:the\\s+)?)?(${contextAliasPattern()})(?![\\p{L}\\p{N}])`,
  'u',
);
/** What follows a byline's credit on the same line when the line goes on with its date. */
const DATE_LABEL_AFTER =
  /^\s*[|·•,–—-]?\s*(?:Publié|Publiée|Mis à jour|Published|Updated|Veröffentlicht|Aktualisiert|Stand|Publicado|Actualizado|Pubblicato|Aggiornato|Atualizado|Gepubliceerd|Publicerad|Publisert|Opublikowano|Le \d|Am \d|\d{1,2}[./]\d{1,2}[./]\d{2,4})/iu;
const REPORTING_FROM = new RegExp(`\\b(?:additional\\s+)?reporting\\s+(?:from|by)\\s+(${AG})\\b`, 'iu');
/** A parenthesised credit: `(dpa)`, `(dpa/lby)`, `(KNA, DR)`, `(ats/nxp)`, `(FR mit dpa)`, `(©NTB)`, `(Mit Material von dts)`. */
const PAREN = /[(（]\s*([^()（）]{2,60}?)\s*[)）]/gu;
const CN_LEAD = new RegExp(`^(?:据)?(${AG})[\\u4e00-\\u9fff]{1,10}(?:\\d{1,2}月)?\\d{1,2}日(?:电|電|讯|訊)`, 'u');
/** Place, date, then the agency without brackets: `Москва. 15 мая. ИНТЕРФАКС - `, `Київ, 15 травня. Укрінформ. `. */
const PLACE_DATE_AGENCY = new RegExp(
  `^\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?[.,]\\s+\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?\\s+(${AG})\\s*(?:[-–—]|\\.\\s)`,
  'u',
);
/** Korean `(서울=연합뉴스)` and Japanese `【ワシントン共同】`. */
const KO_LEAD = new RegExp(`[(（\\[][^()（）\\[\\]=]{1,15}=\\s*(${AG})[)）\\]]`, 'u');
/** Yonhap relaying a foreign agency's story: `(워싱턴 AP=연합뉴스)`, `(도쿄 교도=연합뉴스)`: both are credited, the relayed one first. */
const KO_RELAY = new RegExp(`[(（\\[][가-힣]{2,8}\\s+(${AG})\\s*=\\s*(${AG})[)）\\]]`, 'u');
/**
 * A Korean lead naming the outlet and its reporter: `[부산=스포츠조선 선수민 기자]`,
 * `[서울=연합뉴스 홍길동 기자]`. An agency there is a credit; another outlet is the story's source.
 */
const KO_OUTLET_LEAD = /^[[(（]([가-힣]{2,8})\s*=\s*([가-힣A-Za-z0-9]{2,12})\s+[가-힣]{2,4}\s*(?:기자|특파원)\s*[\])）]/u;
/**
 * A Korean outlet's copyright notice, which every Korean news page closes with and portals (Naver,
 * Daum) print under the story they carry: `Copyright ⓒ 뉴스타파. All rights reserved. 무단 전재 및 재배포
 * 금지.`, `<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>`, `[ⓒ 매일경제 & mk.co.kr, 무단 전재 …]`,
 * `<ⓒ경향신문(https://www.khan.co.kr), 무단전재 및 재배포 금지>`. The holder is the outlet the story comes
 * from; on the outlet's own site it is the site (dropped with other own-site sources).
 */
const KO_COPYRIGHT = /(?:ⓒ|©|\(c\))\s*(?:\d{4}\s*)?([가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{0,19}?)\s*(?:[.,&(|<>\]]|All\s+rights|무단|$)/iu;
/**
 * A broadcaster's or outlet's own dateline, its name where a wire story names the agency:
 * `WASHINGTON (CNN) — `, `Hong Kong (CNN Business) `, `LOS ANGELES (KTLA) — `, CNN's newer
 * `Washington CNN — `. On another site the outlet is the story's source (the site's own is dropped
 * later); only a known dateline city counts as the place, so "NATO (North Atlantic …)" is none.
 */
const HOUSE_OUTLET =
  /^(\p{Lu}[\p{L}.' -]{1,28}?)(?: \((\p{Lu}[\p{L}\d&.' -]{1,28})\)\s*(?:(?:--?|[–—])\s*)?| (CNN(?: Business| Sport| Politics)?)\s*[-–—]\s+)(?=[\p{Lu}"“])/u;
/** Japanese text has kana: a Chinese `【…共同】` heading is not Kyodo's `【ワシントン共同】`. */
const HIRAGANA = /[\u3040-\u309f]/u;
const JA_LEAD = new RegExp(`【[^】]{0,12}?(${AG})】`, 'u');
/** `© dpa`, `Copyright © 2024 The Canadian Press.`, `(c) 2019-2024 AFP`: the holder after the marks and years. */
const COPYRIGHT = /^(?:(?:©|\(c\)|Copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.{2,80})$/iu;
/** A line that opens with a copyright mark. */
const COPYRIGHT_MARK = /^(?:©|\(c\)|Copyright)/iu;
/** The copyright line's first sentence: `Copyright 2024 The Associated Press. All rights reserved. This material …`. */
const FIRST_SENTENCE = /^(.*?[^\s.][^\s.])\.\s+(?=\p{Lu})/u;
// Not `\b` after the label: it is ASCII-only, so `图/新华社` (a picture by Xinhua) slipped through.
// `图为…` ("the picture shows") opens a Chinese caption, whose closing `（新华社）` is the picture's.
const PHOTO_LINE =
  /^(?:(?:Foto|Fotos|Photo|Photos|Bild|Bilder|Image|Images|Picture|Kuva|Zdjęcie|Fotó|Фото|Fotografía|Foto di|Crédit photo|Crédits photo|Photo credit|Photograph|写真|사진|图片|圖片|图|圖)(?![\p{L}\p{N}])\s*[:：=/]?|图为|圖為)/iu;
const PHOTO_WORD =
  /(?:bild|foto|photo)\s*:|\b(?:Foto|Fotos|Photo|Photos|Bild|Image|Kuva|Fotó|Фото|picture[- ]alliance|imago|Getty|Shutterstock)\b\s*[:：]/iu;
/** A desk code or initials beside a credit (`lby`, `iz`, `nxp`, `DR`, `fab`): not a source. */
const DESK_CODE = /^[\p{L}]{1,5}$/u;
/**
 * Items a closing credit may hold beside named agencies without being one: the unnamed "agencies"
 * (`AFP/dpa/Agenturen`, `(AFP, Reuters, agencies)`) and the day it was filed (derStandard's
 * `(APA, 3.5.2024)`). Alone they credit nothing: a list needs one named agency.
 */
const FILED_DATE = /\d{1,2}\.\d{1,2}\.\d{2,4}/u;
const CREDIT_FILLER =
  /^(?:Agenturen|Nachrichtenagenturen|agencies|news agencies|wires|wire services|agences|agencias|agenzie|agências|agencje|agentury|ügynökségek|агентства|agentschappen|byråer|ajanslar|وكالات|\d{1,2}\.\d{1,2}\.\d{2,4})$/iu;

function agencyIn(s: string): Agency | undefined {
  const m = AG_RE.exec(s);
  if (!m) return undefined;
  // Two-letter abbreviations (AP, AA, PA, TT) count only in capitals: "ap"/"pa" are words.
  if (m[1]!.length <= 2 && m[1] !== m[1]!.toUpperCase()) return undefined;
  const a = agencyByAlias(m[1]!);
  return a && a.kind !== 'outlet' ? a : undefined;
}

/** Words after an agency's name that name its newsroom: "Reuters Staff", "AP Staff", "AFP Desk". */
/** "Reuters Staff", "AP Technology Writer", "PA Health Editor": the agency and a job on its desk. */
const STAFF_SUFFIX =
  /\s+(?:Staff|staff|Staff Writers?|Desk|News Desk|Newsroom|(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Reporters?|Correspondents?|Writers?|Editors?))$/u;

/** A context alias (`AAP`, `CP`, `UNI`) as a whole word: the lines worth reading for one. */
const CONTEXT_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${contextAliasPattern()})(?![\\p{L}\\p{N}])`, 'u');

/** "报道"/"电" after a Chinese agency name: its report or dispatch. */
const ZH_REPORT_WORD = /(?<=[\u4e00-\u9fff])的?(?:报道|報道|报导|報導|电|電)$/u;

/**
 * A picture word beside an agency's name: `(foto ANSA)`, `Photo AFP`, `Fot. PAP` credit a picture.
 * (The desk code a name may carry, `dpa lby`, is lower case too, so it is told apart by the word.)
 */
const PICTURE_ITEM = /(?<![\p{L}])(?:foto|fotos|fot\.|photo|photos|bild|bilder|kuva|zdjęcie|fotografía|immagine)(?![\p{L}])/iu;
/** Picture agencies: a bracket naming one beside a wire agency, `(AFP/Getty)`, credits the picture. */
const PICTURE_AGENCY = /^(?:Getty(?: Images)?|Imago|Shutterstock|Alamy|iStock|picture[- ]alliance|Keystone)$/iu;

/** The whole item is an agency name ("dpa", "Agencia EFE", "dpa-AFX", "AAP"); undefined otherwise. */
function wholeAgency(item: string): Agency | undefined {
  if (PICTURE_ITEM.test(item)) return undefined;
  // "综合法新社" in "（綜合法新社、路透社）": compiled from AFP (and Reuters); "据新华社电" in
  // "（据新华社电）", "路透社報道" in "（綜合塔斯社、路透社報道）": per the agency's dispatch or report.
  const s = item
    .trim()
    .replace(/^(?:©\s*|综合|綜合|(?:依|根)?(?:据|據)了?|(?:die\s+)?Nachrichtenagentur\s+|(?:the\s+)?news agency\s+)/iu, '')
    .replace(ZH_REPORT_WORD, '')
    .replace(/[.:]$/, '')
    .replace(STAFF_SUFFIX, '');
  const byContext = agencyByContextAlias(s);
  if (byContext) return byContext;
  const a = agencyIn(s);
  if (!a) return undefined;
  const rest = s
    .replace(AG_RE, '')
    .replace(/^[-\s]*(?:AFX|infocom|Ö|[a-z]{2,4})?\b/u, '')
    .trim();
  return rest === '' ? a : undefined;
}

const SPLIT = /\s*(?:,|;|\/|–|、|，|和|及|与|與|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b|\bi\b|\bve\b|\bmit\b|\bwith\b)\s*/iu;

/** A list of credits where every item is an agency or a desk code, at least one an agency. */
function creditList(text: string): Agency[] | null {
  const body = text.replace(/^\s*©\s*/, '').replace(/^(?:mit|with)\s+(?:Material\s+(?:von|der)|material\s+from)\s+/iu, '');
  const items = body.split(SPLIT).filter((s) => s !== '');
  if (items.some((item) => PICTURE_AGENCY.test(item))) return null;
  const found: Agency[] = [];
  for (const item of items) {
    const a = wholeAgency(item);
    if (a) found.push(a);
    // A desk code, a capitalised outlet or person, or an outlet's short name with digits (`20min` in `(20min/sda)`).
    else if (
      !DESK_CODE.test(item) &&
      !CREDIT_FILLER.test(item) &&
      !/^[\p{Lu}][\p{L}.]{0,12}(?: [\p{Lu}][\p{L}.]{0,12})?$/u.test(item) &&
      !/^\d{1,3}\p{L}{2,8}$/u.test(item)
    )
      return null;
  }
  return found.length > 0 ? found : null;
}

/** Source-line values that say where a text came from without naming an outlet: reposted, the web, this site, original, unknown. */
const NO_SOURCE =
  /^(?:转载|轉載|转载文章|轉載文章|网络|網絡|网络转载|互联网|互聯網|本站|本网|本網|原创|原創|综合|綜合|网友投稿|網友投稿|未知|其他|佚名|网摘|網摘)$/u;

function sourceItems(rest: string, into: Credits): void {
  // The source line ends where the next label ("作者：", "Editor:", "| Updated", a date) begins, with or
  // without a space before it: templates print the source and editor as adjacent inline elements
  // (`<span>Source: Xinhua</span><span>Editor: Liu Lu</span>`).
  const cut = rest.split(
    /\s*[|｜]\s*|\s+[·\-–—]\s+|\s{2,}|(?:作者|编辑|責任編輯|责任编辑|责编|責編|记者|記者|时间|發佈時間|发布时间|日期|点击|Autor|Author|Editor|Editors|Reporter|Reporters|Redakteur|Redakteurin|Redacteur|Rédacteur|Redactor|Redattore|Редактор|Автор|Updated|Aktualisiert|Time|Date)\s*[:：]|\s(?:Published|Updated|Publié|Mis à jour|Veröffentlicht|Aktualisiert|Stand|Publicado|Pubblicato)\b|\d{4}[-/.年]\d/u,
  )[0]!;
  for (let item of cut.split(/\s*(?:,|;|、|，|；|\/|\band\b|\bund\b)\s*/u)) {
    // The comment counter printed after the credit ("kzi 45 Kommentare") and the desk code before it go.
    item = item
      .replace(/^[\s"“「《]+|[\s"”」》.。]+$/gu, '')
      // A desk code in brackets after the credit: `Quelle: MDR THÜRINGEN/dpa (cke)`.
      .replace(/(?<=\p{L})\s+\(\p{Ll}{1,5}\)$/u, '')
      // The bracket closing a credit that opened before the label: `（来源：新华社）`.
      .replace(/^([^(（]*)[)）]$/u, '$1')
      .replace(
        /^(?:\p{Ll}{1,5}\s+)?\d+\s+(?:Kommentare?|comments?|comentarios?|commentaires?|commenti|reacties|kommentarer|komentarzy?)$/iu,
        '',
      );
    // Markup a broken template printed (`来源： size="20"`) and words that name no outlet ("转载文章": reposted,
    // "Agenturen": agencies unnamed) are no source.
    if (item === '' || item.length > 40 || /[="<>]/u.test(item) || NO_SOURCE.test(item) || CREDIT_FILLER.test(item)) continue;
    // Chinese lines run on without punctuation: "新华社 作者：..." is cut at the space.
    if (/[\u4e00-\u9fff]/u.test(item)) item = item.split(/\s+/u)[0]!;
    const a = wholeAgency(item) ?? (/^[\u4e00-\u9fff]/u.test(item) ? agencyIn(item) : undefined);
    if (a) into.agencies.push(a.name);
    // A Chinese source line names the outlet as written, an agency's site included ("来源：新华网":
    // Xinhua, and the source 新华网); elsewhere an agency on a source line is its credit only.
    if (a ? /[\u4e00-\u9fff]/u.test(item) : !DESK_CODE.test(item) || /[\u4e00-\u9fff]/u.test(item)) into.sources.push(item);
  }
}

/**
 * The outlets of a Chinese source line's value (see zh-source.ts), each as written, and the agencies
 * among them (`新华社`, `新华网`, `新华社客户端`: Xinhua). People's Daily and other state outlets are sources only.
 */
function zhSourceItems(value: string, into: Credits): void {
  for (const name of zhSourceNames(value)) {
    const a = wholeAgency(name) ?? zhAgencyOf(name);
    if (a) into.agencies.push(a.name);
    into.sources.push(name);
  }
}

/** "PTI | July 9, 2020", "SID Freitag, 04.02.2022 | 11:38", "BNS2020.10.26": an agency byline over the text. */
const LEAD_BYLINE = new RegExp(`^(${AG})(?:\\s*[|·]|\\s+|(?=\\d))(?=.*\\d)`, 'iu');
/**
 * What a byline puts between the agency and its date: a place, a weekday or month, a date label
 * ("PTI New Delhi, May 3", "SID Freitag, 04.02.2022", "AFP publié le 3 mai"). A lower-case word
 * outside those makes a sentence or headline about the agency or an abbreviation ("Reuters to cut
 * 3% of jobs", "AP exams began on Monday", "AP Chief Minister said ... 65 lakh").
 */
const BYLINE_GAP_WORD =
  /^(?:\p{Lu}|\p{N}|(?:on|at|am|um|le|la|el|de|del|den|der|updated|published|publié|publicado|pubblicato|aktualisiert|veröffentlicht|mis|à|a|às|alle|ore|kl|klo|godz)$)/u;
/** A date or time where the number starts: `04.02.2022`, `2020.10.26`, `11:38`, `9, 2020`. */
const DATE_AT = /^(?:\d{1,2}[./-]\d{1,2}|\d{4}(?!\d)|\d{1,2}:\d{2}|\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})/u;
/** A day before a month's name: `3 mai 2024`, `3. Mai`. */
const DAY_MONTH_AT = /^\d{1,2}\.?\s+(\p{L}+)/u;
/**
 * Whether what follows an agency opening a line is a byline's place and date: the words between
 * are a place, a weekday or a date label, and the number is a date ("AP Top 25: ..." is a poll,
 * "AP exams begin for 1.2 million students" a headline).
 */
function isBylineGap(rest: string): boolean {
  const at = rest.search(/\d/u);
  const gap = rest.slice(0, at);
  const words = gap.split(/[\s|·,.:;()–—-]+/u).filter((w) => w !== '');
  if (!words.every((w) => BYLINE_GAP_WORD.test(w))) return false;
  const num = rest.slice(at);
  const day = DAY_MONTH_AT.exec(num);
  return DATE_AT.test(num) || (words.length > 0 && isMonthName(words.at(-1)!)) || (day !== null && isMonthName(day[1]!));
}
/** "KVELLER via JTA — ", "ASTANA. KAZINFORM - ", "خبرگزاری آریا - ": an agency heading a line of text. */
const DASH_LEAD = new RegExp(`^(?:[\\p{Lu}\\s]{2,30}\\s+via\\s+)?(${AG})\\s*[-–—•]{1,2}\\s`, 'u');
/** Capitals place and agency: "ASTANA. KAZINFORM – ", "KUALA LUMPUR, BERNAMA - ". */
const CAPS_LEAD = /^[\p{Lu}][\p{Lu}\s-]{1,30}[.,]\s+([\p{Lu}][\p{Lu}\s-]{1,30}?)\s*[-–—•]{1,2}\s/u;
/**
 * An agency abbreviation and the place it filed from, as a byline over the text: "PTI Mumbai",
 * "IANS New Delhi", "AFP Paris", "ANSA Roma". Only capitals abbreviations: "Reuters Events" is a brand.
 */
// The place may be in capitals when it is a known dateline city: ansa.it's `Redazione ANSA ROMA`.
const AGENCY_PLACE = new RegExp(
  `^(${AG})(?:\\s*([|·•,])\\s*|\\s+)(\\p{Lu}\\p{Ll}[\\p{L}-]+(?: \\p{Lu}\\p{Ll}[\\p{L}-]+)?|\\p{Lu}{3,}(?: \\p{Lu}{2,})?)$`,
  'u',
);
/** The newsroom and the agency as a byline: "Redacción / EFE", "Redação, com Lusa", "ANSA / Redazione". */
const NEWSROOM =
  '(?:Redacción|Redação|Redazione|Rédaction|Redaktion|Redactie|Redakcja|Redakce|Redakcia|Редакция|Редакція|Newsroom|Staff|Desk|Online)';
/** The newsroom's name before the agency's, as a bare byline: "Redazione ANSA", "Redacción EFE". */
const NEWSROOM_PREFIX = new RegExp(`^${NEWSROOM}\\s+`, 'u');
const NEWSROOM_AGENCY = new RegExp(
  `^(?:${NEWSROOM}\\s*[/|,-]\\s*(${AG}(?:\\s*[/,]\\s*${AG})*)|(${AG}(?:\\s*[/,]\\s*${AG})*)\\s*[/|,-]\\s*${NEWSROOM})$`,
  'u',
);
/** Words after an agency name that make a service, product or picture credit, not a dateline. */
const NOT_A_PLACE =
  /^(?:Photo|Photos|Foto|Fotos|Video|Videos|Graphic|Graphics|Grafik|Images|Bild|Bilder|Explains|Live|Media|Events|News|Newsroom|Fact|Factcheck|Faktencheck|Archive|Archiv|Infografik|Insight|Analysis|Feature|Stock|Pool|Sport|Sports|Service|Verlag|Agentur|Ticker|Agency|Ajansı|Novosti|Press)(?:\s|$)/u;
/** UNN's and others' `Київ • УНН`: a place, a bullet, the agency. */
const PLACE_BULLET = new RegExp(`^\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?\\s*[•·]\\s*(${AG})(?![\\p{L}\\p{N}-])`, 'u');
/**
 * `The Associated Press contributed to this report.`, NBC's `Reuters and The Associated Press
 * contributed.`, CNN's `Reuters contributed reporting.`: the agency itself, not "AP writer X",
 * contributed. A staff story so closed credits the agency, as "with AP" does (see README).
 */
const CONTRIBUTED = new RegExp(
  `^(?:The\\s+)?(${AG}(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?${AG})*)\\s+contributed(?:\\s+(?:additional\\s+)?reporting|\\s+to\\s+this\\s+(?:report|story|article))?\\.?$`,
  'iu',
);
/** `Information from The Associated Press was used in this report.` */
const INFO_USED = new RegExp(
  `^(?:Information|Material|Reporting)\\s+(?:from|by)\\s+(?:the\\s+)?(${AG}(?:\\s*(?:,|and)\\s*(?:the\\s+)?${AG})*)\\s+(?:was|were)\\s+used\\b`,
  'iu',
);
/**
 * VOA's trailer: `Some information for this report came from The Associated Press, Agence
 * France-Presse and Reuters.`, `Information in this story comes from Reuters.`
 */
const INFO_CAME = new RegExp(
  `^(?:Some\\s+)?(?:information|material|reporting)\\s+(?:for|in)\\s+this\\s+(?:report|story|article)\\s+(?:came|comes|was\\s+provided)\\s+(?:from|by)\\s+(?:the\\s+)?(${AG}(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?${AG})*)\\.?$`,
  'iu',
);
/**
 * The agency byline, a bar (an empty writer's slot may leave two) and the byline's next label:
 * `APP | Published May 15, 2024`, `PTI | | Posted by Jane Doe`, Dawn's `Reuters | Dawn.com Published …`
 * (the site's domain between). A context alias counts here only
 * in capitals (`APP` is Pakistan's agency, "app" a word).
 */
const AGENCY_BAR_LABEL = new RegExp(
  `^(${AG}|${contextAliasPattern()})(?:\\s*[|·](?:\\s*[\\p{L}.]+\\.\\p{L}{2,4}(?=\\s))?)+\\s*(?:Posted|Published|Updated|Edited|Written|Last\\s+Updated|Curated)\\b`,
  'u',
);
/** News18's `Agency: AFP`: a label that names agencies only (another name there, a government body's, is no source). */
const AGENCY_LABEL = /^(?:News\s+)?Agency\s*[:：]\s*(.{2,60})$/iu;
/** The Guardian's agency bylines: `Associated Press in Nashville`, `Reuters in Beijing`, `AFP and Reuters in Kyiv`. */
const AGENCY_IN_PLACE = new RegExp(
  `^(?:By\\s+)?(?:The\\s+)?(${AG}(?:\\s*(?:,|and)\\s*(?:the\\s+)?${AG})*)\\s+in\\s+\\p{Lu}[\\p{L}'’.-]*(?:[\\s-]\\p{Lu}[\\p{L}'’.-]*){0,3}$`,
  'u',
);
/** A writer and the agency after a bar: `Kat Wong|Australian Associated Press`, `Jane Doe | Reuters`, `Anna Muster | dpa`. */
const NAME_BAR_AGENCY = new RegExp(
  `^(?:By\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}\\s*[|·]\\s*(?:The\\s+)?(${AG})$`,
  'u',
);
/** The Canadian Press's trailer: `This report by The Canadian Press was first published May 14, 2024.` */
const FIRST_PUBLISHED = new RegExp(
  `^This\\s+(?:report|story|article)\\s+(?:by|from)\\s+(?:the\\s+)?(${AG}(?:\\s*(?:,|and)\\s*(?:the\\s+)?${AG})*)\\s+was\\s+(?:first|originally)\\s+published\\b`,
  'iu',
);
/** A member site's note on where the text came from: `This story was provided by The Associated Press.` */
const PROVIDED_BY = new RegExp(
  `^This\\s+(?:report|story|article|content)\\s+(?:was|is|has\\s+been)\\s+(?:provided|supplied|distributed|syndicated)\\s+by\\s+(?:the\\s+)?(${AG}(?:\\s*(?:,|and)\\s*(?:the\\s+)?${AG})*)\\.?$`,
  'iu',
);
/**
 * Whether a name-then-agency match leaves a writer's name before the agency: two words or more
 * ("Jane Pearson Bloomberg News"), or one before an agency's name of several words or an
 * abbreviation. "Michael Bloomberg" is one person, whose surname an agency shares.
 */
function nameBeforeAgency(m: RegExpExecArray): boolean {
  const agency = m[1]!;
  if (/\s/u.test(agency) || (agency === agency.toUpperCase() && agency.length <= 5)) return true;
  return (
    m[0]
      .slice(0, m[0].length - agency.length)
      .trim()
      .split(/\s+/u).length >= 2
  );
}
/** A byline that names the writer, then the agency without a separator: `By JANE SMITH Associated Press`. */
const NAME_THEN_AGENCY = new RegExp(`^(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,4}(?:The\\s+)?(${AG})$`, 'u');
/** A byline of a name, a dash and the agency: `Stéphane Rolland - La Presse canadienne`, `Jane Smith – AAP` (not a bar: `World News | Reuters` is a section). */
const NAME_DASH_AGENCY = new RegExp(
  `^(?:Par\\s+|By\\s+|Por\\s+|Von\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}\\s+[-–—]\\s+(?:The\\s+)?(${AG}|${contextAliasPattern()})$`,
  'u',
);
/**
 * The writer and their job at the agency: Agência Brasil's `Pedro Peduzzi - Repórter da Agência
 * Brasil`, `Jane Doe, Reporter der dpa`, `Jane Doe, correspondent for AFP`; the filing place may
 * follow (`Ana Souza — Repórter da Agência Brasil — Brasília`, as the agency's own pages print it
 * after the date: `Publicado em 10/05/2024 - 06:05 Por Ana Souza - Repórter da Agência Brasil - Brasília`).
 */
const AGENCY_REPORTER = new RegExp(
  `^(?:Por\\s+|By\\s+|Von\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}\\s*[-–—,]\\s*(?:Repórter|Reporter(?:in)?|Correspondente?|Korrespondent(?:in)?|Correspondent)\\s+(?:da|do|de|der|des|of|for|bei)\\s+(?:the\\s+)?(${AG})(?:\\s*[-–—]\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})?$`,
  'iu',
);
/**
 * A byline that names the writer's job at the agency before the names: "By Xinhua writers Sun Li and
 * Wu Qi", "By AFP correspondent Jane Roe", "By Xinhua News Agency reporter Chen Wen", or the
 * agency's possessive: "By Xinhua's Ma Qian", "By Reuters' Jane Roe". ("By AP photographer …" is a
 * picture credit: not read.)
 */
const AGENCY_ROLE_NAMES = new RegExp(`^(${AG})(?:\\s+News\\s+Agency)?(?:['’]s?\\s+(?=\\p{Lu})|\\s+${WRITER_JOB}\\s+(?=\\p{Lu}))`, 'u');
/** A closing credit on a line of its own after a dash: `— Reuters`, `– AFP/dpa`, Bernama's `-- BERNAMA`. */
const DASH_CREDIT = /^(?:--|[-–—•])\s*(.{2,60}?)\.?$/u;
/** The Nordic agencies' closing credit between slashes: `… sagde han. /ritzau/`, `/TT/`, `/NTB/`. */
const SLASH_CREDIT = new RegExp(`(?:^|\\s)/\\s*(${AG})\\s*/\\s*$`, 'iu');
const SOURCE_HINT = new RegExp(SOURCE_WORD, 'iu');
/** A byline box's date and time, then the agency: `15.05.2024 08:12 APA`, `15.05.2024, 18:02 dpa`. */
const DATE_THEN_AGENCY = new RegExp(`^\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}[\\d\\s.,:|·-]*(?:Uhr)?[\\s|·,-]+(${AG})$`, 'u');
/** The agency, then its desk codes in brackets: Agerpres's `AGERPRES/(AS - autor: …, editor: …)`. */
const DESK_TRAILER = new RegExp(`^(${AG})\\s*/\\s*\\(`, 'u');
/** Section and service words: `World News | Reuters` is a heading, not a writer's byline. */
const SECTION_WORD =
  /\b(?:News|World|Business|Politics|Markets?|Technology|Tech|Health|Sports?|Entertainment|Opinion|Latest|Breaking|Top|Video|Photos?|Live|Economy|Science|Culture|Lifestyle|Nachrichten|Politik|Wirtschaft)\b/u;
const DESK_SLASHES = /^[\p{L}-]{1,12}(?:\s?\/\s?[\p{L}-]{1,12})+$/u;
/** The credit closing a line of other matter after a semicolon or bar: SRF's `SRF 4 News, 09.06.2024, 17:00 Uhr ; sda/brut`. */
const AFTER_LAST_SEPARATOR = /\s[;|]\s*([^;|]{2,40})$/u;
/** `Contributing: The Associated Press`, `Contributing: Jane Doe, USA TODAY; The Associated Press` (USA Today's trailer). */
const CONTRIBUTING = /^Contributing\s*:\s*(.{2,160})$/u;
/** A byline of a writer in capitals and the agency, with no "By" or comma: `JOHN ROE Associated Press` (AP copy on US sites). */
const CAPS_HEADING_WORD =
  /\b(?:FROM|VIA|BY|AND|MORE|NEWS|WORLD|LATEST|TOP|BREAKING|VIDEO|PHOTOS?|LIVE|MARKETS?|BUSINESS|POLITICS|SPORTS?|COPYRIGHT|SOURCE|NACHRICHTEN)\b/u;
const CAPS_NAME_THEN_AGENCY = new RegExp(`^(?:[\\p{Lu}][\\p{Lu}'’.-]+\\s+){1,4}(?:The\\s+)?(${AG})$`, 'u');
/** Lines longer than this are read only at their start and end (lead and closing credits). */
const LONG = 200;

function pushAll(into: Credits, list: ReadonlyArray<Agency | undefined | null> | null): void {
  for (const a of list ?? []) if (a) into.agencies.push(a.name);
}

/** After a lead credit: a dash, colon or stop (`Bamberg (dpa) - `, `Madrid, 15 may (EFE).- `). A bracket ending the line is a closing credit. */
const AFTER_LEAD = /^\s*[-–—‐:.]/u;
/** Before a lead credit with no dash, a place in title case: `Vatikanstadt (KNA) Papst …` (KNA's, epd's own form). */
const PLACE_BEFORE = /^\p{Lu}[\p{L}.'-]+(?:[ /-]\p{Lu}[\p{L}.'-]+){0,2}$/u;
/** Before a lead credit without a dash: a place in capitals or a date (`MADRID, 15 (EUROPA PRESS) El …`, `New Delhi, May 15 (PTI) The …`). */
const DATELINE_BEFORE = /\d|^[\p{Lu}\s,.'’/-]+$/u;

/** `Xinhua/Wang Ying`, `Reuters/Jane Doe`: an agency, a slash and a person is a picture's credit (the photographer's). */
/** A lower-case desk code that is an agency's context alias (`sda`, `ats`, `rtr`): no party or body is so written. */
const LOWER_DESK = /^\p{Ll}+$/u;

const PHOTOGRAPHER_AFTER_SLASH = /\/\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+\s*$/u;

const ABBREVIATION_DOTS = /(?<!\p{L})(?:\p{L}\.\s?){1,3}(?=\s|$)|(?<!\p{L})St\.(?=\s)/gu;

/** Picture words a caption names before its bracketed credit. */
const CAPTION_WORD =
  /(?<!\p{L})(?:image|images|photo|photos|picture|pic|file|screengrab|grab|representational|representative|illustration)(?!\p{L})/iu;
/**
 * Whether the words before a closing bracket with no sentence end read as a picture's caption:
 * a picture word, or a phrase of three lower-case words or more (a byline or desk codes, "Von Max
 * Muster", "jp/kle", have none).
 */
function isCaptionPhrase(before: string): boolean {
  if (CAPTION_WORD.test(before)) return true;
  let lower = 0;
  for (const w of before.split(/\s+/u)) if (/^\p{Ll}{2,}$/u.test(w) && ++lower >= 3) return true;
  return false;
}

function parenCredits(line: string, into: Credits, offset: number, total: number): void {
  for (const m of line.matchAll(PAREN)) {
    const at = m.index + offset;
    const before = line.slice(0, m.index);
    const atEnd = at + m[0].length >= total - 2;
    // A lead credit closes a dateline: "Shares of United Press (UPI) rose" is a sentence, not one.
    const atStart =
      at <= 45 &&
      // A place's abbreviation dots ("Washington D.C.", "Frankfurt a.M.", "St. Gallen") end no sentence.
      /^[^.!?]*$/u.test(before.replace(ABBREVIATION_DOTS, (x) => x.replace(/\./g, ''))) &&
      (m.index === 0 ||
        AFTER_LEAD.test(line.slice(m.index + m[0].length)) ||
        DATELINE_BEFORE.test(before.trim()) ||
        (PLACE_BEFORE.test(before.trim()) &&
          /^\s+\p{Lu}\p{Ll}/u.test(line.slice(m.index + m[0].length)) &&
          // A context alias in capitals there is a party ("Doug Ford (PC) said"); the Swiss desk's `Bern (sda) Der …` is none.
          (!agencyByContextAlias(m[1]!) || LOWER_DESK.test(m[1]!))));
    if (!(atStart || (atEnd && mayCloseWithCredit(before))) || definesAbbreviation(before, m[1]!)) continue;
    // A caption printed as a paragraph: "Representational image (PTI)", "Waves crash over the sea wall (PA)".
    if (!atStart && !endsSentence(before) && isCaptionPhrase(before)) continue;
    // A context alias closes a text only after a sentence's end: "Arvind Kejriwal (AAP)" is his party.
    if (!atStart && agencyByContextAlias(m[1]!) && !endsSentence(before)) continue;
    // Dated, it credits only after a sentence's end or alone: "gemeldet (Reuters, 12.3.2020)." cites a report.
    if (FILED_DATE.test(m[1]!) && !endsSentence(before)) continue;
    if (PHOTOGRAPHER_AFTER_SLASH.test(m[1]!)) continue;
    pushAll(into, creditList(m[1]!) ?? withList(m[1]!));
  }
}

function leadCredits(head: string, into: Credits): void {
  const relay = KO_RELAY.exec(head);
  pushAll(into, [
    agencyByAliasOf(CN_LEAD.exec(head)?.[1]),
    agencyByAliasOf(relay?.[1]),
    agencyByAliasOf(KO_LEAD.exec(head)?.[1]),
    agencyByAliasOf(HIRAGANA.test(head) ? JA_LEAD.exec(head)?.[1] : undefined),
  ]);
  const dash = DASH_LEAD.exec(head);
  if (dash) pushAll(into, [wholeAgency(dash[1]!)]);
  const bullet = PLACE_BULLET.exec(head);
  if (bullet) pushAll(into, [wholeAgency(bullet[1]!)]);
  const pda = PLACE_DATE_AGENCY.exec(head);
  if (pda) pushAll(into, [wholeAgency(pda[1]!)]);
  const caps = CAPS_LEAD.exec(head);
  // "HARRISBURG, PA — ": a US state's postal code after a comma is the place's state, not PA Media.
  if (caps && !(US_STATE.test(caps[1]!) && head.charAt(caps.index + caps[0].indexOf(caps[1]!) - 2) === ','))
    pushAll(into, [wholeAgency(caps[1]!)]);
}

/** A copyright line's holder, when it is an agency or a list of desk codes with one. */
function copyrightCredits(line: string, into: Credits): void {
  const cp = COPYRIGHT.exec(FIRST_SENTENCE.exec(line)?.[1] ?? line);
  if (!cp) return;
  // "© dpa-infocom, dpa:230428-..." credits its first name; "© SZ/KNA/chrk" a list of codes;
  // "© AFP 2024" and "© 2024 Reuters, all rights reserved" their agency.
  const text = cp[1]!.split(/\s+[-–|]\s+/u)[0]!.replace(/[\s,]+\d{4}\.?$/u, '');
  const first = wholeAgency(text.split(/\s*[,/]\s*/u)[0]!);
  pushAll(into, first ? [first] : strictList(text));
}

function shortCredits(line: string, into: Credits): void {
  const by =
    BYLINE.exec(line) ??
    BYLINE_INLINE.exec(line) ??
    BYLINE_AFTER_DATE.exec(line) ??
    (/^[PFT]/u.test(line) ? (POSTED_IN_BY.exec(line) ?? POSTED_BY_IN.exec(line)) : null);
  if (by) {
    const items = by[1]!.split(SPLIT).map((item) => ({ item, agency: wholeAgency(item) }));
    pushAll(
      into,
      items.map((i) => i.agency),
    );
    const last = items.at(-1)!;
    const named = last.agency ? null : NAME_THEN_AGENCY.exec(last.item.trim());
    if (named && nameBeforeAgency(named)) pushAll(into, [wholeAgency(named[1]!)]);
    const role = AGENCY_ROLE_NAMES.exec(by[1]!.trim());
    if (role) pushAll(into, [wholeAgency(role[1]!)]);
    // "By AFP-JIJI": agencies joined by a hyphen.
    else if (!items.some((i) => i.agency)) pushAll(into, bareAgencyList(by[1]!));
  }
  copyrightCredits(line, into);
  // A plain test first: the pattern holds the alias alternation, compiled on its first run.
  const first = /^this\s/iu.test(line) ? (FIRST_PUBLISHED.exec(line) ?? PROVIDED_BY.exec(line)) : null;
  if (first) pushAll(into, first[1]!.split(SPLIT).map(wholeAgency));
  const named = line.length <= 80 ? NAME_DASH_AGENCY.exec(line.trim()) : null;
  if (named) pushAll(into, [wholeAgency(named[1]!)]);
  // Alone, or what a byline word ("Por") heads after the date on the same line.
  const reporter = (line.length <= 100 ? AGENCY_REPORTER.exec(line.trim()) : null) ?? (by ? AGENCY_REPORTER.exec(by[1]!.trim()) : null);
  if (reporter) pushAll(into, [wholeAgency(reporter[1]!)]);
  const dashed = line.length <= 64 ? DASH_CREDIT.exec(line.trim()) : null;
  if (dashed) pushAll(into, creditList(dashed[1]!));
  if (DESK_SLASHES.test(line)) pushAll(into, strictList(line));
  const closing = line.length <= 120 ? AFTER_LAST_SEPARATOR.exec(line) : null;
  if (closing && DESK_SLASHES.test(closing[1]!.trim())) pushAll(into, strictList(closing[1]!.trim()));
  const contributing = CONTRIBUTING.exec(line.trim());
  if (contributing) pushAll(into, contributing[1]!.split(/\s*[;,]\s*/u).map(wholeAgency));
  const capsNamed = line.length <= 60 ? CAPS_NAME_THEN_AGENCY.exec(line.trim()) : null;
  // "LATEST FROM REUTERS", "WORLD NEWS AP": a heading in capitals, not a writer.
  if (
    capsNamed &&
    nameBeforeAgency(capsNamed) &&
    !CAPS_HEADING_WORD.test(line.slice(0, capsNamed.index + capsNamed[0].length - capsNamed[1]!.length))
  )
    pushAll(into, [wholeAgency(capsNamed[1]!)]);
  const lead = line.length <= 80 ? LEAD_BYLINE.exec(line) : null;
  if (lead && isBylineGap(line.slice(lead[0].length))) pushAll(into, [wholeAgency(lead[1]!)]);
  const bare = line.trim().replace(NEWSROOM_PREFIX, '');
  const placed = bare.length <= 40 ? AGENCY_PLACE.exec(bare) : null;
  // Without a separator only an abbreviation in capitals ("PTI Mumbai"); with one, any name ("Europa Press | Madrid").
  // "AP, Reuters": a second agency is no filing place (the list is read as a bare credit).
  // A place in capitals is a known city ("ANSA ROMA"), not a service ("AFP TV").
  if (
    placed &&
    // "Reuters Beijing": a full name without a separator only before a known dateline city ("Reuters Events" is a brand).
    (placed[2] || placed[1] === placed[1]!.toUpperCase() || canonicalCity(placed[3]!) !== null) &&
    !NOT_A_PLACE.test(placed[3]!) &&
    !wholeAgency(placed[3]!) &&
    (placed[3] !== placed[3]!.toUpperCase() || canonicalCity(placed[3]!) !== null)
  )
    pushAll(into, [wholeAgency(placed[1]!)]);
  const desk = line.length <= 60 ? NEWSROOM_AGENCY.exec(line.trim()) : null;
  if (desk) pushAll(into, (desk[1] ?? desk[2]!).split(SPLIT).map(wholeAgency));
  const came = /^(?:Some\s+)?(?:information|material|reporting)\s/iu.test(line) ? INFO_CAME.exec(line.trim()) : null;
  if (came) pushAll(into, came[1]!.split(SPLIT).map(wholeAgency));
  const agencyLabel = /^(?:News\s+)?Agency\s*[:：]/iu.test(line) ? AGENCY_LABEL.exec(line.trim()) : null;
  if (agencyLabel) pushAll(into, creditList(agencyLabel[1]!));
  // The bar is the cheap necessary condition: the pattern opens with the whole alias alternation.
  const barLabel = line.length <= 100 && (line.includes('|') || line.includes('·')) ? AGENCY_BAR_LABEL.exec(line.trim()) : null;
  if (barLabel) pushAll(into, [wholeAgency(barLabel[1]!)]);
  const used = INFO_USED.exec(line);
  if (used) pushAll(into, used[1]!.split(SPLIT).map(wholeAgency));
  const inPlace = line.length <= 80 ? AGENCY_IN_PLACE.exec(line.trim()) : null;
  if (inPlace) pushAll(into, inPlace[1]!.split(SPLIT).map(wholeAgency));
  const barred = line.length <= 80 ? NAME_BAR_AGENCY.exec(line.trim()) : null;
  if (barred && !SECTION_WORD.test(line)) pushAll(into, [wholeAgency(barred[1]!)]);
  const dated = line.length <= 60 ? DATE_THEN_AGENCY.exec(line.trim()) : null;
  if (dated) pushAll(into, [wholeAgency(dated[1]!)]);
  const desked = DESK_TRAILER.exec(line);
  if (desked) pushAll(into, [wholeAgency(desked[1]!)]);
  const contributed = CONTRIBUTED.exec(line);
  if (contributed) pushAll(into, contributed[1]!.split(SPLIT).map(wholeAgency));
  const slashed = SLASH_CREDIT.exec(line);
  if (slashed) pushAll(into, [wholeAgency(slashed[1]!)]);
  const rf = REPORTING_FROM.exec(line);
  if (rf) pushAll(into, [wholeAgency(rf[1]!)]);
}

/** Whether a line has a Han character: only such lines hold a Chinese source label. */
const han = (s: string): boolean => /[\u4e00-\u9fff]/u.test(s);

/**
 * A Chinese closing credit, on a line of its own or closing one: `（据新华社电）`, `（綜合塔斯社、路透社報道）`,
 * VOA's `（本文依据了路透社的报道）` ("this article draws on Reuters' report").
 */
const ZH_CLOSING = /[（(](?:本文)?((?:据|據|依据|依據|根据|根據|综合|綜合)[^（）()]{2,30})[）)]\s*$/u;
/** `【看中国2005年07月03日报道】`, `【财新网讯】`, `【明報專訊】` (明報's special report), `【星島日報報道】`: an outlet reporting, at the head of the text. */
const ZH_REPORTED = /^【([\u4e00-\u9fffA-Za-z]{2,12}?)(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:专|專)?(?:讯|訊|报道|報道|報導|报导)】/u;
/**
 * `转自《北京科技报》`, `摘自《南方周末》`, `原载《人民日报》`, `转载自财新网`, `本文来自：第一财经`, `本文来自微信公众号
 * “财经杂志”`: where a reposted text came from. `来自` only after 本文/文章 (`来自北京的游客` is a sentence),
 * and the account's kind (公众号) is not its name.
 */
const ZH_REPOSTED =
  /(?:转自|轉自|转载自|轉載自|摘自|原载|原載|选自|選自|(?:本文|文章|稿件|内容|內容)(?:来自|來自)(?:微信公众号|微信公眾號|公众号|公眾號)?)\s*[:：]?\s*[“"「]?\s*(?:《([^》]{2,20})》|([\u4e00-\u9fff]{2,12}))/u;
/**
 * A portal's date line ending in the outlet: `AUTO.SOHU.COM 2003年11月12日16:36 金羊网—新快报`,
 * `2024-05-15 10:02 新浪财经`, `2024年05月15日 11:02:33 来自 中国新闻网` (ifeng), and the Japanese portals' `2月15日（土）7時0分 オリコン`, `5/15(水) 11:02配信 毎日新聞`.
 */
const ZH_DATE_SOURCE =
  /(?:\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2})(?:\s*[（(][日月火水木金土][）)])?\s*\d{1,2}(?::\d{2}(?::\d{2})?|時\d{1,2}分)(?:配信|発信)?\s+(?:来自|來自)?\s*([\u3040-\u30ff\u4e00-\u9fff][\u3040-\u30ff\u4e00-\u9fff—·・ー-]{1,15}|[A-Z][A-Za-z0-9&.\- ]{1,20}[A-Za-z0-9])$/u;
/** Words that end a portal's date line without being an outlet. */
const ZH_NOT_OUTLET =
  /^(?:阅读|閱讀|评论|評論|点击|點擊|字号|字號|打印|关闭|關閉|分享|收藏|更新|发布|發佈|星期.|楼主|樓主|网友|網友|匿名|游客|遊客|综合|綜合|转载|轉載|网络|網絡|本站|原创|原創)/u;
/**
 * English republication notes: `This article is republished from The Conversation under a Creative
 * Commons license.`, `This story was originally published by ProPublica.`, `This article first
 * appeared on Kaiser Health News.`, `Reprinted with permission from The Hill.`
 */
const REPUBLISHED =
  /^(?:This (?:article|story|report|piece|post) (?:is republished|was (?:originally|first) (?:published|produced)|(?:originally|first) appeared|was produced)|Originally published|First published|Reprinted with permission|Republished with permission)\s+(?:(?:by|from|in|on|at)\s+)?(?:the\s+)?((?:The\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,5})/u;

/** `【新华社】…`, `【中新社】…`: an agency's name alone in the brackets heading the text (an outlet's needs 讯/报道, above). */
const ZH_BRACKET_NAME = /^【([\u4e00-\u9fff]{2,8})】(?=\S)/u;
function zhBracketAgency(line: string): string | undefined {
  const name = ZH_BRACKET_NAME.exec(line)?.[1];
  return name && wholeAgency(name) ? name : undefined;
}

/** Outlets a line credits as the text's origin in the forms above (not agencies: they are credits). */
function originCredits(line: string, into: Credits, atHead: boolean, scripts: boolean): void {
  const push = (name: string | undefined): void => {
    const n = name?.trim().replace(/[.,;:]+$/u, '');
    if (!n) return;
    const a = wholeAgency(n);
    if (a) into.agencies.push(a.name);
    into.sources.push(n);
  };
  if (line.startsWith('【')) push(ZH_REPORTED.exec(line)?.[1] ?? zhBracketAgency(line));
  else if (atHead) push(zhOpenerOutlet(line) ?? undefined);
  // The bracket (or CNN's name) comes right after the place: a cheap test before the pattern.
  const paren = line.indexOf('(');
  if (atHead && line.length >= 40 && ((paren > 1 && paren < 32) || line.slice(0, 40).includes(' CNN'))) {
    const house = HOUSE_OUTLET.exec(line);
    const outlet = house ? (house[2] ?? house[3])!.trim() : '';
    if (house && canonicalCity(house[1]!) && !wholeAgency(outlet) && !agencyByContextAlias(outlet)) into.sources.push(outlet);
  }
  if (scripts) {
    const re = ZH_REPOSTED.exec(line);
    if (re) push(re[1] ?? re[2]);
    // Only over the text: further down, comment lists print a date and the commenter's name.
    const ds = atHead && line.length <= 60 ? ZH_DATE_SOURCE.exec(line) : null;
    if (ds && !ZH_NOT_OUTLET.test(ds[1]!)) push(ds[1]);
    // A Taiwanese portal's byline box names the outlet: `聯合報／ 記者 林良齊 ／台北即時報導`, `中央社／ 台北15日電`.
    const slash = atHead ? parseZhSlashByline(line) : null;
    if (slash) push(slash.outlet);
  } else if (line.length <= 300 && /^(?:This|Originally|First|Reprinted|Republished)\s/u.test(line)) {
    const name = REPUBLISHED.exec(line)?.[1]?.replace(/[.,;:]+$/u, '');
    // "First published on March 5, 2024" dates the text; it names no outlet.
    if (name && !isMonthName(name.split(/\s/u)[0]!) && !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/u.test(name)) push(name);
  }
}

/** The holder of a Korean copyright notice: an agency's is a credit, another outlet's the story's source. */
function koCopyright(line: string, into: Credits): void {
  const holder = KO_COPYRIGHT.exec(line)?.[1]?.trim();
  // Broadcasters hold theirs in Latin letters (`ⓒ MBC`, `Copyright ⓒ JTBC`); "ⓒ All rights reserved" names no one.
  if (!holder || /^(?:all|copyright)\b/iu.test(holder)) return;
  const a = agencyByAliasOf(holder);
  if (a) into.agencies.push(a.name);
  else into.sources.push(holder);
}

function lineCredits(line: string, into: Credits, atHead = true): void {
  // Whether the line has a CJK, Arabic-script or Hangul character, asked once: its head, tail and
  // probe are parts of it, and Han characters are among these (issue 16: four scans of a line were one).
  const scripts = CJK_OR_RTL.test(line);
  originCredits(line, into, atHead, scripts);
  const long = line.length > LONG;
  const head = long ? line.slice(0, 160) : line;
  const tail = long ? line.slice(-160) : line;
  // A long paragraph credits only at its start or end: the middle is never scanned.
  const probe = long ? `${head}\n${tail}` : line;
  // Context aliases ("AAP", "CP") only ever count as whole items of a credit, so a plain test suffices here.
  const named = mayNameAgency(probe, scripts ? undefined : false);
  const hasAgency = (named && AG_RE.test(probe)) || (mayNameContextAlias(probe) && CONTEXT_RE.test(probe));
  // CJK leads run the agency into the place with no word break (`【ワシントン共同】`, `中央社台北15日電`).
  // A short line is its own head: the alias test above answered for it.
  if (!hasAgency && scripts && CJK_OR_RTL.test(head) && (long ? mayNameAgency(head) : named)) {
    leadCredits(head, into);
    const closing = ZH_CLOSING.exec(tail);
    if (closing) pushAll(into, creditList(closing[1]!));
  }
  // "무단" (unauthorized) is in every Korean copyright notice: the cheap gate before the pattern.
  if (line.length <= 160 && line.includes('무단')) koCopyright(line, into);
  const ko = head.charCodeAt(1) >= 0xac00 ? KO_OUTLET_LEAD.exec(head) : null;
  if (ko) {
    const a = agencyByAliasOf(ko[2]);
    if (a) into.agencies.push(a.name);
    else into.sources.push(ko[2]!);
  }
  // A Chinese source label (`稿件来源：`, `来源于`) is read before the cheap hint: `来源于` has no colon.
  const zhValue = scripts && han(probe) ? (zhSourceValue(long ? tail : line) ?? (long ? zhSourceValue(head) : null)) : null;
  if (!hasAgency && zhValue === null && !((probe.includes(':') || probe.includes('：')) && SOURCE_HINT.test(probe))) return;
  if (PHOTO_LINE.test(line)) return;
  const fa = atHead && line.startsWith('به') ? FA_REPORT.exec(line) : null;
  if (fa) pushAll(into, [wholeAgency(fa[1]!)]);
  // A tagline may hold the story's source and then the picture's ("22/11/2020 - Fonte: Agência
  // Brasil - Foto: X/Palmeiras"): read only what comes before the picture label.
  const photo = line.length < 160 ? PHOTO_WORD.exec(line) : null;
  if (photo) {
    if (photo.index < 8) return;
    lineCredits(line.slice(0, photo.index).replace(/[\s|·\-–—,;]+$/u, ''), into, atHead);
    return;
  }
  const src = zhValue === null ? (SOURCE_LINE.exec(long ? tail : line) ?? (long ? SOURCE_LINE.exec(head) : null)) : null;
  if (zhValue !== null) zhSourceItems(zhValue, into);
  else if (src) sourceItems(src[1]!, into);
  if (!hasAgency) return;
  leadCredits(head, into);
  parenCredits(head, into, 0, line.length);
  if (long) parenCredits(tail, into, line.length - tail.length, line.length);
  if (line.length <= 120) shortCredits(line, into);
  // "Copyright 2024 The Associated Press. All rights reserved. This material may not be …"
  else if (COPYRIGHT_MARK.test(head)) copyrightCredits(head, into);
  if (line.length <= 160 || /\b(?:material|reporting|inputs?|Material|Nachrichtenagentur)/u.test(tail)) {
    const w = WITH_CREDIT.exec(tail) ?? WITH_CONTEXT_CREDIT.exec(tail);
    const after = w ? tail.slice(w.index + w[0].length) : '';
    // A byline line that goes on with its date: "Par Le Figaro avec AFP Publié le 15/05/2024 à 10:12".
    const interlocutor = w !== null && INTERLOCUTOR_WITH.test(tail.slice(Math.max(0, w.index - 40), w.index));
    if (w && !interlocutor && (line.length <= 60 || after.length <= 3 || DATE_LABEL_AFTER.test(after)))
      pushAll(into, w[1]!.split(SPLIT).map(wholeAgency));
  }
}

/**
 * A line that is nothing but agency names, a byline without its "By": `Associated Press`, `Reuters
 * Staff`, `AFP-JIJI` (The Japan Times), `EFE/Europa Press`, `Redazione ANSA`. Null when any item is
 * something else ("Reuters | Events", "Staff and agencies", "AP Photo").
 */
export function bareAgencyList(line: string): Agency[] | null {
  // A wire story's end mark may head its closing credit: "(END) Dow Jones Newswires".
  const t = line
    .trim()
    .replace(/^\(END\)\s+/u, '')
    .replace(NEWSROOM_PREFIX, '')
    .replace(FROM_PREFIX, '');
  // The cheap alias test first: most lines at an article's edges are titles and dates.
  if (t.length > 60 || !mayNameAgency(t)) return null;
  const out: Agency[] = [];
  // The outlet's short name may head the credit: "SPORT1/SID", "HS–STT", "E24-NTB", "Aftonbladet/TT".
  const outletFirst = t.length <= 24;
  let first = true;
  let afterOutlet = false;
  const items = t.split(SPLIT).filter((x) => x !== '');
  for (const item of items) {
    if (item === '') continue;
    const head = first;
    first = false;
    if (head && outletFirst && OUTLET_TOKEN.test(item) && !wholeAgency(item) && !/[-–]/u.test(item)) {
      afterOutlet = true;
      continue;
    }
    // Alone on a line, two letters ("AA") and CJK words ("共同": together) are rarely the agency
    // (after an outlet's name they are: "Aftonbladet/TT"). Nor a context alias: a bare "RSS" is the
    // feed's link, "APP" the app's.
    // Beside another item ("AP, Reuters", "Reuters, AP") two letters are the agency too.
    if (
      item.length < (afterOutlet || items.length > 1 ? 2 : 3) ||
      CJK_OR_RTL.test(item) ||
      agencyByContextAlias(item.replace(STAFF_SUFFIX, ''))
    )
      return null;
    const a = wholeAgency(item);
    if (a) {
      out.push(a);
      continue;
    }
    // Two agencies joined by a hyphen: "AFP-JIJI", "Reuters-Kyodo"; or the outlet's, then the agency's.
    const parts = item.split(/\s*[-–‐]\s*/u);
    if (parts.length < 2) return null;
    for (const [i, p] of parts.entries()) {
      const b = wholeAgency(p);
      if (b) out.push(b);
      else if (!(head && i === 0 && outletFirst && OUTLET_TOKEN.test(p))) return null;
    }
  }
  return out.length > 0 ? out : null;
}

/** "Do Estadão Conteúdo", "From Reuters": a bare credit's "from". */
const FROM_PREFIX = /^(?:Do|Da|From|Fra|Från|Aus)\s+(?=\p{Lu})/u;
/**
 * An outlet's short name before the agency in a bare credit ("SPORT1", "HS", "E24", "RND"): one
 * capitalised token, not a picture word nor a picture agency ("Foto/dpa", "Getty/AFP" credit a picture).
 */
const OUTLET_TOKEN =
  /^(?!(?:Foto|Fotos|Photo|Photos|Bild|Bilder|Grafik|Video|Image|Images|Getty|Imago|Shutterstock|Alamy|iStock|Picture|Keystone|Archiv|Archive|Screenshot|Symbolbild)$)\p{Lu}[\p{L}\p{N}.]{1,11}$/u;

/** Like creditList, but other items must be desk codes (photo credits name people: "© AFP / JEFF PACHOUD"). */
function strictList(text: string): Agency[] | null {
  const items = text.split(SPLIT).filter((x) => x !== '');
  const found = items.map(wholeAgency);
  if (found.some((a, i) => !a && !DESK_CODE.test(items[i]!) && !CREDIT_FILLER.test(items[i]!))) return null;
  const ok = found.filter((a): a is Agency => !!a);
  return ok.length > 0 ? ok : null;
}

function withList(text: string): Agency[] | null {
  const w = WITH_CREDIT.exec(` ${text}`) ?? WITH_CONTEXT_CREDIT.exec(` ${text}`);
  if (!w) return null;
  const out = w[1]!
    .split(SPLIT)
    .map(wholeAgency)
    .filter((a): a is Agency => !!a);
  return out.length > 0 ? out : null;
}

function agencyByAliasOf(s: string | undefined): Agency | undefined {
  if (!s) return undefined;
  const a = agencyByAlias(s);
  return a && a.kind !== 'outlet' ? a : undefined;
}

/** A closing sentence, then agency names in capitals and nothing else: `… per cent. REUTERS`, `… said. AFP, XINHUA`. */
const CAPS_SIGNOFF = /[.!?"”’)]\s+(?:[-–—]\s*)?(\p{Lu}[\p{Lu}-]{1,14}(?:\s*[,/]\s*\p{Lu}[\p{Lu}-]{1,14})*)\s*$/u;

/** Every item an agency (context aliases excluded), or null. */
function strictAgencies(text: string): Agency[] | null {
  const out: Agency[] = [];
  for (const item of text.split(/\s*[,/]\s*/u)) {
    const a = agencyByContextAlias(item) ? undefined : wholeAgency(item);
    if (!a) return null;
    out.push(a);
  }
  return out;
}

/**
 * Reuters' sign-off, which names no agency: `(Reporting by Jane Doe; Editing by John Roe)`, with
 * `Additional reporting by`/`Writing by` between. Both parts, in brackets, closing the text: the
 * wire's house form (other outlets write "Reporting by" alone, or "contributed reporting").
 */
const REUTERS_SIGNOFF = /^\(\s*(?:Additional\s+)?Reporting\s+by\s+[^()]{2,200}?;\s*(?:[^()]{0,200};\s*)?Editing\s+by\s+[^()]{2,120}\)\.?$/u;

/**
 * A context alias signing off the text alone: a line `AAP`, `- AAP`, `(AAP)`, or a closing sentence
 * then `– AAP`. Abbreviations that are interface words (`RSS` the feed, `APP` the app, `MAP`) not.
 */
const ALIAS_SIGNOFF = /(?:^|[.!?"”’)]\s+)(?:(?:--|[-–—•])\s*)?[(（]?(\p{Lu}{3,6})[)）]?\.?\s*$/u;
const UI_WORD = /^(?:RSS|APP|MAP)$/u;

/**
 * The agency of a context alias closing the text on its own (Australian papers' bare `AAP` line).
 * The same letters elsewhere in the article make them its subject, not its credit: an Indian
 * story about the Aam Aadmi Party names "AAP" in its title or text, and its tag list ends with it.
 */
function closingContextAlias(line: string, lines: readonly string[], at: number): Agency | undefined {
  const end = line.length > 40 ? line.slice(-40) : line;
  if (!mayNameContextAlias(end)) return undefined;
  const m = ALIAS_SIGNOFF.exec(end);
  const a = m && !UI_WORD.test(m[1]!) ? agencyByContextAlias(m[1]!) : undefined;
  if (!a) return undefined;
  // It closes a text: a paragraph comes before it (alone, "TAP" is a button or an airline).
  if (!lines.some((l, j) => j < at && l.length >= 60) && m!.index === 0) return undefined;
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${m![1]}(?![\\p{L}\\p{N}])`, 'u');
  if (word.test(line.slice(0, line.length - end.length + m!.index))) return undefined;
  return lines.some((l, j) => j !== at && l.includes(m![1]!) && word.test(l)) ? undefined : a;
}

/** A writer's name (two to four capitalised words), a slash and an agency's name or abbreviation. */
const NAME_SLASH_AGENCY = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*\/\s*([\p{L}-]{2,12})$/u;

/**
 * The agencies whose writers sign this way. Elsewhere `Jane Doe/AP`, `John Smith/Reuters`,
 * `Hans Klaus/APA` alone below the text is a picture's credit left after its image (the photo
 * agencies' caption style), not the story's.
 */
const SLASH_SIGNING = new Set(['TT', 'NTB', 'Ritzau', 'STT']);

/**
 * A writer signing the text for the agency, alone on a line below it: `Erik Lindqvist/TT`,
 * `Kari Nordmann/NTB`, `Jens Hansen/Ritzau`, the Nordic agencies' house form. Under a picture the
 * same line credits the photographer (the extractor drops such lines before credits are read).
 */
export function signOff(line: string): { name: string; agency: Agency } | null {
  const m = NAME_SLASH_AGENCY.exec(line.trim());
  const agency = m ? (wholeAgency(m[2]!) ?? agencyByContextAlias(m[2]!)) : undefined;
  return m && agency && SLASH_SIGNING.has(agency.name) && !PHOTO_LINE.test(line.trim()) ? { name: m[1]!, agency } : null;
}

/** A chart's or table's source label: `Source: Bloomberg`, `Sources: Bloomberg, company filings`, `Data: …`. */
const DATA_LABEL = /^(?:Source|Sources|Data|Quelle|Quellen|Daten|Fuente|Fonte|Source des données)\s*[:：]/iu;

/**
 * A data vendor's agency (Bloomberg) found on a source line that text follows: the line is a
 * chart's or table's source inside the article, not its closing credit, and is taken back.
 */
function dropChartSources(agencies: string[], from: number, lines: readonly string[], at: number): void {
  if (!lines.some((l, j) => j > at && l.length >= 80)) return;
  for (let k = agencies.length - 1; k >= from; k--) if (agencyByAlias(agencies[k]!)?.dataVendor) agencies.splice(k, 1);
}

/** Lines at the top and bottom of the article where a bare agency name is its byline or sign-off. */
const BARE_HEAD = 8;
const BARE_TAIL = 5;

/** Credits found in `lines` (the article's header, text and trailer, in page order). */
export function findCredits(lines: readonly string[]): Credits {
  const out: Credits = { agencies: [], sources: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const found = out.agencies.length;
    lineCredits(line, out, i < BARE_HEAD);
    if (out.agencies.length > found && DATA_LABEL.test(line)) dropChartSources(out.agencies, found, lines, i);
    // A source label in a cell of its own, the outlet in the next one: read as one line.
    const next = lines[i + 1];
    if (next !== undefined && next.length <= 30 && zhSourceLabelOnly(line))
      lineCredits(`${line.replace(/\s*[:：]?$/u, '：')}${next}`, out, i < BARE_HEAD);
    // Inside the text a bare "Reuters" signs one entry of a live blog, not the page.
    if (line.length <= 60 && (i < BARE_HEAD || i >= lines.length - BARE_TAIL)) pushAll(out, bareAgencyList(line));
    // "… rose 0.4 per cent. REUTERS": the agency in capitals signing off the last paragraphs.
    if (i >= lines.length - BARE_TAIL) {
      if (line.startsWith('(') && REUTERS_SIGNOFF.test(line.trim())) pushAll(out, [agencyByAlias('Reuters')]);
      const caps = CAPS_SIGNOFF.exec(line.slice(-40));
      if (caps) pushAll(out, strictAgencies(caps[1]!));
      pushAll(out, [closingContextAlias(line, lines, i)]);
      // The Nordic agencies' sign-off: the writer, a slash, the agency (`Erik Lindqvist/TT`).
      const signed = line.length <= 60 && line.includes('/') ? signOff(line) : null;
      if (signed) pushAll(out, [signed.agency]);
    }
  }
  return { agencies: [...new Set(out.agencies)], sources: [...new Set(out.sources)] };
}

/** The agency a structured-data author or publisher name stands for ("dpa", "det/dpa", "AFP"). */
export function agencyOfName(name: string): string | null {
  for (const part of name.split(/\s*(?:\/|,|;|\band\b|\bund\b)\s*/u)) {
    const a = wholeAgency(part);
    if (a) return a.name;
  }
  return null;
}

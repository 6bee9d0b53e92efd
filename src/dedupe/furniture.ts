/**
 * Page furniture: the lines a site puts around every article (header, navigation words, "Related"
 * lists, share widgets, newsletter boxes, stock photo captions). Imported bodies and badly
 * extracted pages carry them; they dilute the containment of true copies and, worse, make two
 * different stories on one site look alike (issue 10, class 2).
 *
 * Two layers, both applied before shingling:
 *  - TEMPLATE lines are recognised by shape alone and never count: photo captions and credits,
 *    share/follow/subscribe lines, "Related"/"Read more" lists, and short lines without sentence
 *    punctuation (navigation words, section names, headers).
 *  - Learned FURNITURE: every paragraph's hash is counted per site (`site_paragraphs` in Postgres,
 *    a map in memory). A paragraph seen on FURNITURE_MIN_PAGES or more pages of one site, and on
 *    no other site, is that site's furniture and is dropped from the comparison text of every page
 *    of that site. The second condition is what keeps wire text out: a syndicated paragraph is
 *    carried by other outlets too, a site's header, blurb and stock captions are not.
 */
import { fmix32, int64Key } from './hash.js';
import { isLetterOrDigit } from '../normalize/letter-or-digit.js';
import { collapseSpaces, wordCount } from '../normalize/spaces.js';

/**
 * Pages of one site that must carry a paragraph (seen on no other site) before it counts as
 * furniture. Low, because a real collection holds only a few pages per outlet (several hundred
 * articles from about a hundred outlets); wire paragraphs are protected by the other-site test,
 * not by this count. A site's own text re-published 4+ times (its own versions of a local story)
 * is the case this gives up.
 */
export const FURNITURE_MIN_PAGES = 4;

/** Caption and template line starts (English wire/outlet conventions). */
const TEMPLATE_RES: RegExp[] = [
  /^(?:photo|image|picture|file photo|video|graphic|illustration|caption)s?\b\s*[:|/-]?/iu,
  /^(?:\(|\[)?(?:photo|image|file|video)\b[^)\]]*[)\]]/iu,
  /\b(?:AP|Reuters|AFP|Getty Images|EPA|Xinhua|Bloomberg|Shutterstock)\s*(?:Photo)?\s*\/\s*[\p{Lu}]/u, // "(AP Photo/Jane Doe)"
  /^(?:credit|source|copyright|©)\s*:/iu,
  /^(?:share|share this|follow us|sign up|subscribe|newsletter|advertisement|sponsored|related|more from|recommended|trending|most read|read more|read next|also read|see also|click here|comments?|listen to)\b/iu,
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|email|print|reddit|telegram)\s*)+$/iu,
];
/**
 * Photo captions written as sentences (issue: real syndicated pages, the `pages` probe of session
 * 34). A caption describes a picture and ends with its credit, or opens with the picture's own
 * wording; outlets place it above the lead or between paragraphs, and it differs between two
 * copies of one story (each outlet picks its own picture). Kept, it made a 60-word copy 40%
 * caption, under every containment bar, and its "(AFP)" credit made a Reuters story AFP's.
 * The credit forms: "(AP Photo/Jane Doe)", "(AP File Photo)", "(Jane Doe/Pool via AP, File)",
 * "(Photo by HANDOUT / TELEGRAM / AFP)", "... via REUTERS", "Credit: AP", "Foto: Name/dpa",
 * "EFE/Jane Doe/Pool/File", "Jane Doe | AP". The openings: "FILE -", "This handout video grab
 * taken on ... shows", "The photo shows", "In this file photo".
 */
const CAPTION_RES: RegExp[] = [
  /\((?=[^()]*(?:\/|\b(?:photos?|fotos?|file|handout|pool|via)\b))[^()]{2,120}\)\s*\.?$/iu,
  /\b(?:via (?:REUTERS|AP|AFP|Getty Images)|ATTENTION EDITORS|MANDATORY CREDIT|NO RESALES)\b/u,
  /\b(?:credit|photo|foto|bild|image|imagen|picture)\s*:\s*[^.:;!?]{2,60}$/iu,
  /\b(?:AP|AFP|Reuters|REUTERS|EPA|EFE|dpa|ANSA|Xinhua|Kyodo|Yonhap|Anadolu|TASS|Sputnik|Getty Images|Bloomberg|Shutterstock|ZUMA(?: Press)?|TNS)\s*(?:\/[^/\n]{1,40}){1,4}\s*$/u,
  /(?:\/|\|)\s*(?:AP|AFP|Reuters|REUTERS|EPA|EFE|dpa|ANSA|Xinhua|Kyodo|Yonhap|Anadolu|TASS|Getty Images|TNS)\s*\)?\s*$/u,
  /^(?:FILE\s*(?:PHOTO)?\s*[-–—:]|(?:This|The|A) (?:\w+ ){0,3}(?:photo|picture|image|grab|screengrab|screenshot|still)\b(?: \w+){0,4} (?:shows?|taken|released|provided|obtained|posted)\b|In this (?:\w+ ){0,3}(?:photo|picture|image|grab|video)\b)/u,
];
/**
 * What each of CAPTION_RES needs of the line's end before it is worth running (a necessary
 * condition, so the answer is the regex's): the credit in brackets closes the line (`)` or `).`);
 * `credit: X` has X, under 61 characters, after the line's last colon; `AP/Name` has its last
 * slash within 41 characters of the end. Most lines of a text fail these at once: the three
 * regexes, scanning every word of every line, were ~0.2 ms of the ~2 ms of an article's features.
 */
const CAPTION_GUARDS: Array<(p: string) => boolean> = [
  (p) => (p.endsWith('.') ? p.slice(0, -1).trimEnd() : p).endsWith(')'),
  () => true,
  (p) => {
    const c = p.lastIndexOf(':');
    return c >= 0 && p.slice(c + 1).trimStart().length <= 60;
  },
  (p) => {
    const s = p.lastIndexOf('/');
    return s >= 0 && p.length - s <= 41;
  },
  () => true,
  () => true,
];

/**
 * AFP's extended caption: the picture's description, the date, " - " and the story's gist in a few
 * more sentences, then the credit: "Mesut Hancer holds the hand of his daughter ... on February 7,
 * 2023. - Rescuers in Turkey and Syria braved frigid weather ... (Photo by Adem ALTAN / AFP)".
 * Outlets print it whole above the lead (400-700 characters), where the 400-character cap below
 * kept it as text: a third of a short copy's text, which then started 110 shingles down and
 * linked to no other copy (realdd5 probe: two copies of one AFP story sharing their two
 * paragraphs). Taken past the cap only with both marks: the year's full stop and the dash that
 * joins the gist, and a picture credit in brackets closing the line ("Photo by", "via Getty
 * Images", "AP Photo/", "Name / AFP"). A story paragraph ends with neither, and a body imported as
 * one long line carries sentences after its captions.
 */
const LONG_CAPTION_JOINT_RE = /\b(?:19|20)\d\d\s*\.\s+[-–—]\s+\p{Lu}/u;
const LONG_CAPTION_CREDIT_RE =
  /\((?:[^()]{0,80}\b(?:Photo by|via Getty Images|via AP|via REUTERS|AP Photo\/)[^()]{0,80}|[^()]{2,60}\/\s*(?:AFP|AP|Reuters|REUTERS|Getty Images|EPA|TNS))\)\s*\.?$/u;
const LONG_CAPTION_MAX = 1200;

/** True for a photo caption written as a sentence (see CAPTION_RES); a line of 400+ characters only as AFP's extended caption. */
export function isCaptionLine(line: string): boolean {
  const p = line.trim();
  if (p.length >= 400)
    return p.length < LONG_CAPTION_MAX && p.endsWith(')') && LONG_CAPTION_CREDIT_RE.test(p) && LONG_CAPTION_JOINT_RE.test(p);
  for (let i = 0; i < CAPTION_RES.length; i++) if (CAPTION_GUARDS[i]!(p) && CAPTION_RES[i]!.test(p)) return true;
  return isScriptCaption(p);
}

/**
 * Captions as Chinese, Japanese, Korean and Russian pages write them (the realdd4 probe: Xinhua
 * stories on portals, TASS and RIA on Russian sites, Yonhap and Kyodo copies), each form behind
 * the character its line must end or open with:
 *  - a picture credit closing the line: "新华社记者 鞠鹏 摄", "新华社发（张三 摄）", "（中央社檔案照片）",
 *    "（県漁連提供）", "[연합뉴스 자료사진]";
 *  - a picture's label opening it: "资料图：", "图为…", "(사진=부산소방재난본부 제공) …";
 *  - Kyodo's "…加藤財務相＝5日午前、財務省" (the subject, "=", the day and place);
 *  - "Фото: Имя / Агентство", "© Имя/ТАСС" closing a line;
 *  - Europa Press's "… Yolanda Díaz. - Eduardo Parra - Europa Press" (the photographer between dashes).
 * Each outlet picks its own picture, so a caption is not the wire text; a sentence of a story
 * ends with none of these.
 */
function isScriptCaption(p: string): boolean {
  const last = p.charCodeAt(p.length - 1);
  if ((last === 0x6444 || last === 0x651d) && CJK_CREDIT_END_RE.test(p)) return true; // 摄 攝
  if ((last === 0x29 || last === 0xff09 || last === 0x5d) && CJK_BRACKET_CREDIT_RE.test(p)) return true; // ) ） ]
  const first = p.charCodeAt(0);
  if ((first === 0x56fe || first === 0x5716 || first === 0x8d44 || first === 0x8cc7) && CJK_PICTURE_LABEL_RE.test(p)) return true; // 图 圖 资 資
  if ((first === 0x28 || first === 0x5b) && KO_PICTURE_LABEL_RE.test(p)) return true; // ( [
  if ((p.includes('=') || p.includes('＝')) && JA_CAPTION_RE.test(p)) return true;
  if ((p.endsWith('Europa Press') || p.endsWith('EUROPA PRESS')) && EP_CAPTION_RE.test(p)) return true;
  return (p.includes('Фото') || p.includes('фото') || p.includes('©')) && RU_CAPTION_RE.test(p);
}

/** "…新华社记者 鞠鹏 摄", "…中新社记者 王骏 摄", "…（2020年3月23日摄）。新华社记者 陈晔华摄". */
const CJK_CREDIT_END_RE = /(?:记者|記者|通讯员|通訊員|摄影|攝影|新华社|新華社|中新社)[^。！？!?]{0,16}[摄攝]$/u;
/** A credit in brackets closing the line: "（张三 摄）", "（中央社檔案照片）", "（県漁連提供）", "[연합뉴스 자료사진]". */
const CJK_BRACKET_CREDIT_RE =
  /[(（[][^()（）[\]]{0,24}(?:[摄攝]|供[图圖]|提供|资料[图照]|資料[圖照]|[档檔]案照片|照片|写真|撮影|자료사진|사진|제공)[)）\]]$/u;
/** A picture's label opening the line: "资料图：", "图为", "圖片來源：". */
const CJK_PICTURE_LABEL_RE = /^(?:资料图|資料圖|图为|圖為|图片|圖片|图|圖)\s*(?:[:：]|(?<=[为為]))/u;
/** Korean: "(사진=부산소방재난본부 제공) …", "[그래픽=…]". */
const KO_PICTURE_LABEL_RE = /^[([]\s*(?:사진|그래픽|자료사진)\s*=/u;
/** Kyodo's caption: the subject, then "＝5日午前、財務省" (day, time of day, place) closing the line. */
const JA_CAPTION_RE = /[=＝]\s*(?:\d{1,2}|[０-９]{1,2})日(?:午前|午後|朝|夜|夕)?[、,][^。！？]{1,24}$/u;
/** Europa Press's picture credit: " - Name - Europa Press" closing the line. */
const EP_CAPTION_RE = /\s[-–]\s[^-–]{2,40}\s[-–]\s(?:Europa Press|EUROPA PRESS)$/u;
/** "… Фото: Имя / Агентство", "© Имя/ТАСС" closing the line (a name in Cyrillic: "© dpa-infocom, dpa:…" is a credit trailer). */
const RU_CAPTION_RE = /(?:(?:^|[\s.,(])[Фф]ото\s*:\s*[^!?:]{2,80}|©\s*[\u0400-\u04ff][^©.!?]{1,59}\/\s*[^/!?]{2,30})$/u;

/**
 * Lines at the top of a page, before its first sentence, that are not sentences (no final
 * punctuation) and shorter than this: the headline, a standfirst, a section or date line. They
 * are the outlet's own words (each rewrites the headline): kept in a short copy they are a fifth
 * of it, and they put its shared text a dozen shingles down, off the lead path (compare.ts reads
 * `DedupeFeatures.headerTokens`). Under 8 words they are template lines anyway.
 */
export const HEADLINE_MAX_WORDS = 30;
/** Words the lines under the header must hold for it to count as one: a brief of a sentence is mostly its headline. */
export const HEADER_MIN_BODY_WORDS = 40;

/**
 * How many of the first `kept` lines are the page's own title lines (not sentences, under
 * HEADLINE_MAX_WORDS words, not an intro ending with a colon), however short the text under them;
 * 0 when nothing follows. An aggregator's teaser is its headline over the story's first sentences:
 * the headline is no opening of the page's own above the quoted text, as a briefing's intro
 * sentence or other items are (decide-story rule 3f reads `DedupeFeatures.titleTokens`).
 */
export function titleLines(kept: readonly string[]): number {
  let n = 0;
  while (n < kept.length && !SENTENCE_END_RE.test(kept[n]!) && !/[:：]\s*$/u.test(kept[n]!) && lineWords(kept[n]!) < HEADLINE_MAX_WORDS)
    n++;
  return n === kept.length ? 0 : n;
}

/** How many of the first `kept` lines are header lines (see HEADLINE_MAX_WORDS); 0 for a short text. */
export function headerLines(kept: readonly string[]): number {
  let n = 0;
  while (n < kept.length && !SENTENCE_END_RE.test(kept[n]!) && lineWords(kept[n]!) < HEADLINE_MAX_WORDS) n++;
  if (n === 0 || n === kept.length) return 0;
  let words = 0;
  for (let i = n; i < kept.length && words < HEADER_MIN_BODY_WORDS; i++) words += lineWords(kept[i]!);
  return words < HEADER_MIN_BODY_WORDS ? 0 : n;
}

/**
 * Headings of a list of other stories: the lines under one that are not sentences (headlines carry
 * no final punctuation, however long) are its items, up to the first sentence.
 */
const LIST_HEADINGS =
  "related(?: stories| articles| news| content| coverage)?|more (?:from|stories|news|on this story)|more from (?:the )?[\\p{L}\\d][^\\s.!?:]*(?: [^\\s.!?:]+){0,3}|(?:more|most recent|latest) (?:[\\p{L}]+ ){0,2}(?:stories|news|articles)|recommended(?: for you)?|trending(?: now)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|top stories|latest(?: news| stories)?|you (?:may|might) also like|editors?['’]s? picks|read (?:more|next)|also read|see also|don['’]t miss|weitere (?:artikel|nachrichten|meldungen)|meistgelesen|mehr zum thema|zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|à lire aussi|à lire également|lire aussi|les plus lus|lo más leído|lee también|lea también|lea además|ver también|te puede interesar|noticias relacionadas|più letti|leggi anche|potrebbe interessarti|leia também|leia mais|mais lidas|czytaj (?:też|także|więcej)|přečtěte si (?:také|též)|相关新闻|相关阅读|相關閱讀|相关链接|相关报道|相關報導|相關新聞|延伸阅读|延伸閱讀|热门文章|热点推荐|猜你喜欢|更多新闻|推荐阅读|関連記事|あわせて読みたい|おすすめ記事|관련기사|관련 기사|많이 본 뉴스|читайте также|смотрите также|самое читаемое|по теме|اقرأ أيضا|اقرأ أيضاً|الأكثر قراءة";
const LIST_HEADING_RE = new RegExp(`^(?:${LIST_HEADINGS})\\s*[:：]?$`, 'iu');
/**
 * A list heading and one headline on a single line: "Читайте также: Путин провел совещание …",
 * "LEA TAMBIÉN: Lula recibe a Petro", "相关阅读：外交部：…", "관련기사 ▶ …", "【関連記事】…". Outlets put
 * such lines between the paragraphs of a wire story, each its own; the headline has no final
 * punctuation (a sentence opening "See also:" is text).
 */
const INLINE_LIST_RE = new RegExp(`^[【[]?\\s*(?:${LIST_HEADINGS})\\s*(?:[:：▶►>»|]|[】\\]])`, 'iu');
/** What a line must hold in its first 40 characters before INLINE_LIST_RE is worth running. */
const INLINE_LIST_SEPARATOR_RE = /[:：▶►>»|】\]]/;
/**
 * Appeals and promos written as sentences, anywhere in a line of a page's chrome: newsletter
 * sign-ups, "support our journalism", subscription offers. Stories about newsletters or
 * subscriptions rarely say these exact things in a paragraph.
 */
const APPEAL_RE =
  /\b(?:delivered (?:straight |directly )?to your inbox|sign up for (?:our|the|free)\b|subscribe (?:today|now|for (?:as little as|just|only))|support (?:our|local|independent|quality) journalism|(?:is|are) made possible by (?:subscribers|readers|members|donors|supporters)|become a (?:member|subscriber|supporter) (?:today|now)|already a subscriber\?)/iu;
/**
 * Consent and paywall notices written as sentences, anywhere in a line: cookie banners ("We use
 * cookies to ...", "Wir verwenden Cookies", "Nous utilisons des cookies", "Utilizamos cookies") and
 * subscription offers and log-in prompts ("*Billed as $4.00 ... Cancel any time.", "Already have an
 * account? Log in here", "Jederzeit kündbar", "Sans engagement"). A scraped page carries them above
 * the text (helper probe realdd6: a real paywalled page's offer lines were an "opening of its
 * own" above the wire text, so it read as a page quoting the story's teaser and left the story);
 * a news story about cookies or subscriptions rarely says these exact things.
 */
const NOTICE_RE =
  /\b(?:we(?: and our partners)? use cookies|(?:this|our) (?:web)?site uses cookies|uses? cookies (?:to|and)|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|already have an account|already a (?:subscriber|member)\b|log ?in here|cancel (?:at )?any ?time|billed (?:as|at|monthly|annually|yearly|every)\b|offer (?:available|valid) (?:to|for|only))|(?:verwenden|nutzt|nutzen) (?:wir )?cookies|nous utilisons des cookies|ce site utilise des cookies|utiliza(?:mos)? cookies|usamos cookies|jederzeit kündbar|bereits abonnent|sans engagement|déjà abonné|ya tienes cuenta|cancela cuando quieras/iu;
/** What every match of NOTICE_RE contains (a plain search that fails faster; see LEGAL_PREFILTER_RE). */
const NOTICE_PREFILTER_RE = /cookie|already (?:have an|a [sm])|log ?in here|cancel|billed|offer (?:av|va)|kündbar|abonn|engagement|cuenta/i;

/**
 * Rights and reprint notices in other languages, anywhere in a line: "Alle Rechte vorbehalten",
 * "Está expresamente prohibida la redistribución", "‹저작권자(c) 연합뉴스, 무단 전재-재배포 금지›",
 * "声明：转载此文是出于传递更多信息之目的", "無断転載を禁じます". Outlets print them under every article,
 * and several outlets print the same agency notice, so they are never learned as one site's furniture.
 */
const LEGAL_INTL_RE =
  /alle rechte vorbehalten|nachdruck (?:nur|verboten)|tous droits réservés|reproduction interdite|todos los derechos reservados|expresamente prohibida|prohibida (?:su|la) (?:reproducción|redistribución)|tutti i diritti riservati|vietata la riproduzione|todos os direitos reservados|wszelkie prawa zastrzeżone|все права защищены|版权所有|版權所有|未经(?:授权|许可)|禁止转载|转载此文|转载请注明|무단\s?전재|재배포\s?금지|無断転載|無断で転載/iu;
/** Legal footer lines, anywhere in the line. */
const LEGAL_RE = /\b(?:all rights reserved|cookie policy|privacy policy|terms of (?:use|service))\b/iu;
/**
 * What every match of LEGAL_RE contains. Searching a whole line with LEGAL_RE (case-insensitive,
 * Unicode) was a third of the cost of `isTemplateLine` (issue 16); this plain search fails faster,
 * and finds every line LEGAL_RE can match: under `iu` the letters of these words match only their
 * ASCII forms (the one non-ASCII case variant of a letter of theirs is U+017F for "s", which the
 * prefilter does not contain), and `i` matches those.
 */
const LEGAL_PREFILTER_RE = /all right|polic|term/i;

/** Sentence-final punctuation (Latin and CJK): a paragraph without it is a heading or a menu. */
const SENTENCE_END_RE = /[.!?。！？…"”'’)）」』]\s*$/u;

const CJK_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
/** The first code point of CJK_RE (Hangul Jamo): the scan below tests no character under it. */
const FIRST_CJK = 0x1100;
/** Per BMP code unit at or above FIRST_CJK: 0 not yet known, 1 CJK, 2 not. */
const CJK = new Uint8Array(0x10000);

function isCjk(cp: number): boolean {
  if (cp < FIRST_CJK) return false;
  if (cp >= 0x10000) return CJK_RE.test(String.fromCodePoint(cp));
  let c = CJK[cp]!;
  if (c === 0) CJK[cp] = c = CJK_RE.test(String.fromCharCode(cp)) ? 1 : 2;
  return c === 1;
}

/**
 * The "words" of a line for the short-line test: CJK characters / 2 when they are over a third
 * of the line (unspaced scripts: count characters), else `p.split(/\s+/).length`. One pass over
 * the line instead of a match of every CJK character and a split (issue 16).
 */
function lineWords(p: string): number {
  let cjk = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c < FIRST_CJK) continue;
    const cp = p.codePointAt(i)!;
    if (cp >= 0x10000) i++;
    if (isCjk(cp)) cjk++;
  }
  return cjk > p.length / 3 ? cjk / 2 : wordCount(p);
}

/**
 * True for a line that is page template by its shape: a caption, a share/subscribe/related line,
 * or a short line that is not a sentence (fewer than 8 words, no final punctuation).
 */
export function isTemplateLine(line: string): boolean {
  const p = line.trim();
  if (p === '') return true;
  if (TEMPLATE_RES.some((re) => re.test(p)) || (LEGAL_PREFILTER_RE.test(p) && LEGAL_RE.test(p)) || LEGAL_INTL_RE.test(p))
    return p.length < 400;
  if (p.length < 400 && (APPEAL_RE.test(p) || (NOTICE_PREFILTER_RE.test(p) && NOTICE_RE.test(p)))) return true;
  if (SENTENCE_END_RE.test(p)) return false;
  return lineWords(p) < 8 || (p.length < 200 && INLINE_LIST_SEPARATOR_RE.test(p.slice(0, 40)) && INLINE_LIST_RE.test(p));
}

/** A list heading ("Most Read", "Related stories:", "Lesen Sie auch"): the items under it are template lines too. */
export function isListHeading(line: string): boolean {
  return line.length < 60 && LIST_HEADING_RE.test(line.trim());
}

/** The per-site key of a paragraph: its normalized text (case, spacing, punctuation folded). */
export function paragraphKey(paragraph: string): string {
  // int64Key(fnv1a32(s, 0x811c9dc5), fnv1a32(s, 0x01000193)) of s = lettersAndDigits(...), both
  // hashes taken in one scan without building s (issue 16: building it was ~2/3 of the cost).
  const t = paragraph.normalize('NFKC').toLowerCase();
  let x = 0x811c9dc5;
  let y = 0x01000193;
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < t.length;) {
    const cp = t.codePointAt(i)!;
    const width = cp >= 0x10000 ? 2 : 1;
    if (isLetterOrDigit(cp)) {
      if (!inRun && runs++ > 0) {
        x = Math.imul(x ^ 0x20, 0x01000193);
        y = Math.imul(y ^ 0x20, 0x01000193);
      }
      inRun = true;
      for (let k = i; k < i + width; k++) {
        const c = t.charCodeAt(k);
        x = Math.imul(x ^ c, 0x01000193);
        y = Math.imul(y ^ c, 0x01000193);
      }
    } else inRun = false;
    i += width;
  }
  return int64Key(fmix32(x), fmix32(y));
}

/**
 * The runs of letters and digits of `s` joined by one space: what
 * `s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, by a table of code units instead of a
 * Unicode-property regex (issue 16: the regex was ~2/3 of the cost of a paragraph key).
 */
export function lettersAndDigits(s: string): string {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const width = cp >= 0x10000 ? 2 : 1;
    if (isLetterOrDigit(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(s.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) runs.push(s.slice(start));
  return runs.join(' ');
}

/** Lines of a body: paragraphs split on blank lines or single line breaks (raw page text). */
export function pageLines(body: string): string[] {
  return [...bodyLines(body).lines];
}

/** Distinct paragraph keys of a body, for the per-site counts (template lines included: they are furniture too). */
export function paragraphKeys(body: string): string[] {
  const b = bodyLines(body);
  return [...new Set(b.lines.map((_, i) => b.keyOf(i)))];
}

/** Longest summary of a list item, in words: a sentence or two (an agency lead runs to 60), not a paragraph of text. */
const ITEM_SUMMARY_MAX_WORDS = 80;

/**
 * True when line `i`, a sentence under a list heading, is the summary of the item above it: a short
 * sentence between a headline and the next item's headline ("Related" lists of real pages: headline,
 * the other story's first sentence, headline, ...). Such a summary is often a story's teaser word
 * for word, so kept it made the page carry other stories' leads and read as a round-up of them,
 * while a paragraph after one related headline in the middle of a wire text is followed by more
 * text, not by another headline. Once a list shows the pattern, its later items' summaries (the
 * last one before the footer too) are summaries without the look-ahead.
 */
function isItemSummary(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1];
  return (
    i > 0 &&
    !SENTENCE_END_RE.test(lines[i - 1]!) &&
    !isListHeading(lines[i - 1]!) &&
    next !== undefined &&
    !SENTENCE_END_RE.test(next) &&
    !isListHeading(next) &&
    wordCount(lines[i]!) <= ITEM_SUMMARY_MAX_WORDS
  );
}

/**
 * The lines of one body with what is derived from each line alone: whether it is a template line
 * and its paragraph key (computed when first asked for). The service reads a new article's body
 * three times within one job (`dedupeKeys` as the page is stored, then the assignment's paragraph
 * counts and its features); each split it into lines and tested or keyed every line again
 * (issue 16). Shared: callers must not change what it returns.
 */
export class BodyLines {
  readonly lines: readonly string[];
  private readonly keys: Array<string | undefined>;
  private contentAt: number[] | undefined;
  private contentLines: readonly string[] | undefined;

  constructor(body: string) {
    this.lines = body
      .split(/\r?\n/)
      .map(collapseSpaces)
      .filter((p) => p !== '');
    this.keys = new Array<string | undefined>(this.lines.length);
  }

  keyOf(i: number): string {
    return (this.keys[i] ??= paragraphKey(this.lines[i]!));
  }

  /**
   * The lines that are not template lines and whose key is not in `furniture`. Without furniture,
   * or when it drops none of them, always the same array object, so what is derived from the
   * kept lines can be memoized on it (features.ts).
   */
  kept(furniture?: ReadonlySet<string>): readonly string[] {
    if (this.contentAt === undefined) {
      this.contentAt = [];
      // Under a list heading, lines that are not sentences are its items (headlines of other
      // stories, however long), until the first sentence; in a list whose items carry a summary
      // (headline, one or two sentences, next headline), the summaries too (see isItemSummary).
      let inList = false;
      let summaries = false;
      for (let i = 0; i < this.lines.length; i++) {
        const line = this.lines[i]!;
        if (isListHeading(line)) {
          inList = true;
          summaries = false;
        } else if (inList && !SENTENCE_END_RE.test(line)) continue;
        else if (inList && (summaries ||= isItemSummary(this.lines, i))) continue;
        else inList = false;
        if (!isTemplateLine(line) && !isCaptionLine(line)) this.contentAt.push(i);
      }
      this.contentLines = this.contentAt.map((i) => this.lines[i]!);
    }
    const content = this.contentLines!;
    if (!furniture || furniture.size === 0) return content;
    const at = this.contentAt.filter((i) => !furniture.has(this.keyOf(i)));
    return at.length === content.length ? content : at.map((i) => this.lines[i]!);
  }
}

/**
 * Recently seen bodies' lines (least recently used out). Found by the body's text, so the copy
 * read back from Postgres finds the lines of the one just extracted. A few dozen covers the jobs
 * one process has in flight; a miss only costs the recomputation.
 */
const BODY_LINES_MAX = 64;
const recentBodies = new Map<string, BodyLines>();

/** The lines of `body` (see `BodyLines`), from the memo when it was seen recently. */
export function bodyLines(body: string): BodyLines {
  let b = recentBodies.get(body);
  if (b === undefined) {
    b = new BodyLines(body);
    if (recentBodies.size >= BODY_LINES_MAX) recentBodies.delete(recentBodies.keys().next().value!);
  } else recentBodies.delete(body);
  recentBodies.set(body, b);
  return b;
}

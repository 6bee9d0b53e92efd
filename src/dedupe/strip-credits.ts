/**
 * Removes what syndication adds around a wire text, so every copy of a story compares on the
 * reported text alone: bylines, credit lines, editor trailers, teaser "Read more" links and
 * agency datelines. Extraction keeps these as metadata; `src/normalize/` is growing fuller
 * parsers for them (datelines, credits, agencies) — this is the minimal, deliberately
 * conservative version the dedupe stage needs, and it can delegate to those once they land.
 *
 * Consistency matters more than completeness: a line left in both copies costs nothing, a
 * line added to one copy costs a few shingles. So only patterns that outlets ADD are removed.
 */
import { collapseSpaces, wordCount } from '../normalize/spaces.js';

/** Agencies whose name appears in credit/dateline parentheses: `(Xinhua)`, `(AP)`. */
const AGENCY = String.raw`(?:Xinhua|Reuters|AP|AFP|TASS|Kyodo|Yonhap|Bernama|ANSA|dpa|DPA|EFE|UPI|PTI|IANS|Anadolu|RIA Novosti|Interfax|Sputnik|CNA|AAP|CNN|Bloomberg|UNI|Antara|Associated Press|Agence France-Presse)`;

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?`;

/** A place: 1-4 capitalised words ("ST. JOSEPH", "Sao Paulo"), optionally ", Region" ("HANOI, Vietnam", "COLUMBIA, S.C."). */
const PLACE = String.raw`[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3}(?:, ?[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,2})?`;

/**
 * Datelines outlets prepend (README "dateline" extra, and what Xinhua/Reuters/AP/AFP print):
 * `BEIJING, Nov. 5 (Xinhua) -- `, `LONDON (Reuters) - `, `WASHINGTON (AP) — `, `Geneva, Nov. 9 -- `,
 * `Nairobi — `, `(CNN) — `. To avoid eating a sentence that merely starts with a name and a hyphen, a match
 * needs an agency in parentheses, a date, or a dash other than a single hyphen.
 */
const DATELINE_RE = new RegExp(
  String.raw`^(?:(?:${PLACE})(?:,? ?${MONTH} \d{1,2})?(?: ?\(${AGENCY}\))?|\(${AGENCY}\)) ?(?:--|—|–|-) ?`,
  'u',
);
const DATELINE_STRONG_RE = new RegExp(String.raw`\(${AGENCY}\)|${MONTH} \d{1,2}|--|—|–`, 'u');

/**
 * A dateline that opens a wire ITEM: a place with the agency in parentheses or a date
 * (`TOKYO (AP) —`, `SEOUL, Dec 4 (Reuters) -`, `Madrid (dpa) -`, `BEIJING, Dec. 4 (Xinhua) --`), or
 * a Chinese agency dateline (`新华社北京12月4日电`). Stricter than DATELINE_RE's test for a lead: a
 * paragraph further down that opens with a name and a dash ("Hamas — which ...") is a sentence.
 */
const ITEM_DATELINE_RE = new RegExp(String.raw`\(${AGENCY}\)|${MONTH} \d{1,2}`, 'u');
const ZH_DATELINE_RE = /^(?:新华社|新華社|中新社|中新网|中新網)\S{0,12}?\d{1,2}月\d{1,2}日[电電]/u;

/**
 * True when a paragraph opens with an item's dateline (see ITEM_DATELINE_RE): after the first, a
 * paragraph of a news-in-brief page, a briefing or a live file that carries another wire text.
 */
export function opensWithDateline(paragraph: string): boolean {
  const c = paragraph.charCodeAt(0);
  // Cheap gates before the regexes (every paragraph of every page is asked): a Latin capital (a
  // place) with a bracket or a digit (the agency or the date) near it, or CJK (a Chinese agency).
  if (c >= 0x41 && c <= 0x5a) {
    if (!hasBracketOrDigit(paragraph, 60)) return false;
    const m = DATELINE_RE.exec(paragraph);
    return m !== null && ITEM_DATELINE_RE.test(m[0]) && m[0].length < paragraph.length;
  }
  return c >= 0x4e00 && ZH_DATELINE_RE.test(paragraph);
}

/** True when the first `n` characters of `s` hold "(" or a digit. */
function hasBracketOrDigit(s: string, n: number): boolean {
  for (let i = 0, end = Math.min(n, s.length); i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28 || (c >= 0x30 && c <= 0x39)) return true;
  }
  return false;
}

/** Whole-paragraph credits and trailers, matched on a paragraph of at most ~25 words. */
const CREDIT_PARAGRAPH_RES: RegExp[] = [
  /^By [\p{Lu}][\p{L}.'’-]*(?: [\p{L}.'’-]+){0,4}(?: ?[,;] ?[\p{L}.'’ -]{2,40})?$/u, // By Peter Graff, Associated Press
  /^\(?(?:Web )?editors?:.*\)?$/iu, // (Web editor: Zhang Kaiwei, Liang Jun)
  /^\((?:additional )?(?:reporting|writing|editing|compiled|translated) by\b.*\)$/iu, // (Reporting by ...; Editing by ...)
  /^Source: ?[^.!?]*$/iu, // Source: Xinhua | Source: Xinhua| 2019-11-14 10:12:31|Editor: huaxia
  /^Editor['’]?s note\b.*$/iu, // Editor's note: This article was updated ...
  /^(?:\[?full story\]?|read (?:the full story|more)|continue reading)\.?$/iu, // teaser links
  /^[_\-=*]{3,}$/u, // "___" separators
  /^(?:copyright|©|\(c\))\s*(?:\d{4}\b|[\p{Lu}]).*(?:reserved|permission|redistributed)\.?$/iu, // agency copyright trailer
];

/** A teaser's link glued to its last sentence: "... Read more", "… [Full story]". */
const TEASER_TAIL_RE = /\s*(?:\.\.\.|…)?\s*(?:\[full story\]|read (?:the full story|more)|continue reading)\.?\s*$/iu;

/** True when a paragraph is a credit line, byline or trailer that an outlet adds. */
export function isCreditParagraph(paragraph: string): boolean {
  const p = paragraph.trim();
  if (p === '') return true;
  if (wordCount(p) > 25) return false;
  return CREDIT_PARAGRAPH_RES.some((re) => re.test(p));
}

/** Strips up to two stacked datelines ("MOSCOW (Reuters) - Moscow, Nov. 7 -- ...") from a paragraph's start. */
export function stripDateline(paragraph: string): string {
  let p = paragraph;
  for (let i = 0; i < 2; i++) {
    const m = DATELINE_RE.exec(p);
    if (!m || !DATELINE_STRONG_RE.test(m[0]) || m[0].length >= p.length) break;
    p = p.slice(m[0].length);
  }
  return p;
}

/**
 * Body -> paragraphs of reported text: credit paragraphs dropped, the leading dateline(s) and a
 * teaser's trailing link removed. Input must already be NFKC/entity-decoded (see `comparisonText`),
 * so full-width `（Xinhua）` and `&nbsp;&mdash;` datelines match too.
 */
export function stripCredits(body: string): string[] {
  const paragraphs = body
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map(collapseSpaces)
    .filter((p) => !isCreditParagraph(p));
  if (paragraphs.length === 0) return [];
  paragraphs[0] = stripDateline(paragraphs[0] ?? '');
  const last = paragraphs.length - 1;
  paragraphs[last] = (paragraphs[last] ?? '').replace(TEASER_TAIL_RE, '');
  return paragraphs.filter((p) => p !== '');
}

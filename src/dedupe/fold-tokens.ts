/**
 * The comparison tokens folded to one form per script, applied to both texts of a pair (like the
 * spelling folds of comparison-text.ts), so the forms two copies of one wire text differ in cost
 * nothing:
 *  - traditional Chinese characters to simplified ones (han-fold.ts);
 *  - Russian "ё" to "е": TASS and RIA print "ещё", "отдаётся", many outlets' copies "еще";
 *  - pinyin annotations after a Chinese character dropped: mirror sites that convert a Xinhua
 *    story to traditional characters (华夏经纬网's mirrors, scraper farms) leave the reading of
 *    some characters in brackets, "外交部發(fā)言人", "關(guān)系", "社會(hui) 變遷"; each one cut three
 *    character shingles, a quarter of a copy's in the heaviest seen.
 *
 * Only the shingles, lookup keys and figures read the folded tokens; the exact body and lead
 * hashes stay on the tokens as written (the stored `content_hash` does not change).
 */
import { foldHanToken } from './han-fold.js';

/** First code unit of the Han characters (CJK Extension A): a token at or above it may be one. */
const FIRST_HAN = 0x3400;
/** A pinyin syllable, with or without tone marks (tokens are lower-cased, NFKC): "fā", "guan", "hui", "zhuang". */
const PINYIN_RE = /^(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?$/u;
/**
 * True for a token that is a Han character (the unspaced scripts tokenize one character per
 * token): the CJK Unified Ideographs with Extension A, the compatibility ones, and the astral
 * extensions (a surrogate pair). Kana sit below FIRST_HAN, Hangul above the unified block.
 */
const isHan = (t: string, c: number): boolean =>
  (c >= FIRST_HAN && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (t.length === 2 && c >= 0xd840 && c <= 0xd87f);

/** A reading in brackets after a Han character, as the mirrors print it (after NFKC: ASCII brackets). */
const READING_RE = /[\u3400-\u9fff]\(([a-z\u00e0-\u01dc]{1,6})\) ?/g;
/** Readings a text must carry before any token is read as one: a single "(a)" after a character is a list item. */
const MIN_READINGS = 2;

/**
 * True when `paragraphs` (comparison paragraphs: NFKC) carry pinyin readings in brackets after
 * Han characters, at least MIN_READINGS of them. Only such a text has its reading tokens dropped:
 * a lower-case word after a character elsewhere ("的a股", a name) is text.
 */
export function hasReadings(paragraphs: readonly string[]): boolean {
  let n = 0;
  for (const p of paragraphs) {
    if (!p.includes('(')) continue;
    READING_RE.lastIndex = 0;
    for (let m = READING_RE.exec(p); m !== null; m = READING_RE.exec(p)) if (PINYIN_RE.test(m[1]!) && ++n >= MIN_READINGS) return true;
  }
  return false;
}

/**
 * `tokens` folded (see above); `readings`: the text carries pinyin readings (`hasReadings`), so
 * syllables after Han characters are dropped. The same array when nothing folds (most texts), so
 * nothing is copied.
 */
export function foldTokens(tokens: readonly string[], readings = false): readonly string[] {
  let out: string[] | null = null;
  let prevHan = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = t.charCodeAt(0);
    let f = t;
    let drop = false;
    if (c >= FIRST_HAN) f = foldHanToken(t);
    else if (c >= 0x400 && c <= 0x4ff) {
      if (t.includes('ё')) f = t.replace(/ё/g, 'е');
    } else if (readings && prevHan && t.length <= 6 && c >= 0x61 && PINYIN_RE.test(t)) drop = true;
    if (drop || f !== t) {
      out ??= tokens.slice(0, i);
      if (!drop) out.push(f);
    } else if (out !== null) out.push(t);
    // A dropped reading keeps prevHan: "發(fā)言" reads 發, 言.
    if (!drop) prevHan = isHan(t, c);
  }
  return out ?? tokens;
}

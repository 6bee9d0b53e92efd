/**
 * Traditional Chinese characters folded to simplified ones in the comparison tokens, so that a
 * Xinhua or CNS story in simplified characters and its reposts in traditional characters (大公報,
 * 文匯報, 香港01, 澳門日報, 中時) share their character shingles. Hong Kong and Taiwan variant forms
 * (衞/衛, 綫/線, 着/著) fold to the same character as the standard traditional one.
 *
 * Character by character, from OpenCC's tables (see han-fold-table.ts): a one-to-one table per
 * character is enough for a comparison key, applied to BOTH texts like the spelling folds of
 * comparison-text.ts, so a character OpenCC maps although simplified text uses it too (著 -> 着)
 * is folded alike on both sides and costs nothing. OpenCC's phrase tables (which pick 乾 or 干,
 * and Hong Kong words such as 太空人 for 航天员) are not used: words an outlet changes cost a few
 * shingles, as a copy edit does. The fold is a table lookup per CJK token (~1 µs per 1,000).
 *
 * Only the shingles and lookup keys are folded (features.ts); the exact body and lead hashes stay
 * on the unfolded tokens, so the `content_hash` of stored traditional-character articles does not
 * change (a re-fetched page would otherwise count as a new version).
 */
import { HAN_FOLD_PAIRS } from './han-fold-table.js';

/** Per BMP code unit: index + 1 of its folded form in FOLDED_TO, 0 when it does not fold. */
const FOLD = new Uint16Array(0x10000);
/** Folded forms, as token strings (one character each). */
const FOLDED_TO: string[] = [];
/** Characters outside the BMP that fold (a few dozen rare ones), by code point. */
const ASTRAL = new Map<number, string>();

// The table is one string of pairs: a traditional character, then its simplified one.
{
  const cps = Array.from(HAN_FOLD_PAIRS);
  for (let i = 0; i + 1 < cps.length; i += 2) {
    const from = cps[i]!.codePointAt(0)!;
    const to = cps[i + 1]!;
    if (from >= 0x10000) ASTRAL.set(from, to);
    else if (FOLD[from] === 0) {
      FOLDED_TO.push(to);
      FOLD[from] = FOLDED_TO.length;
    }
  }
}

/** First code unit the table folds: every token starting below it is returned as it is (Latin, Cyrillic, digits). */
const FIRST_FOLDED = 0x2e80;

/** The folded form of one token: its simplified character, or the token itself. */
export function foldHanToken(token: string): string {
  const c = token.charCodeAt(0);
  if (c < FIRST_FOLDED) return token;
  if (token.length === 1) {
    const f = FOLD[c]!;
    return f === 0 ? token : FOLDED_TO[f - 1]!;
  }
  return token.length === 2 && c >= 0xd800 && c <= 0xdbff ? (ASTRAL.get(token.codePointAt(0)!) ?? token) : token;
}

/**
 * The tokens with every traditional character folded to its simplified form. The same array when
 * none folds (text in simplified characters, or in no Han script), so nothing is copied for most
 * texts.
 */
export function foldHan(tokens: readonly string[]): readonly string[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = foldHanToken(t);
    if (f === t) continue;
    const out = tokens.slice();
    out[i] = f;
    for (let j = i + 1; j < out.length; j++) out[j] = foldHanToken(out[j]!);
    return out;
  }
  return tokens;
}

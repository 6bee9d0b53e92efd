/**
 * Whether a bracket closing a paragraph can be the story's credit (`… sagte er. (dpa)`) or is part
 * of the sentence (`… the American Psychological Association (APA).`). Agencies' abbreviations are
 * also other bodies' (APA, PA, AP, MENA, SANA, ANI …), and a text introduces an abbreviation by
 * spelling it out right before the bracket; a closing credit follows the sentence's end.
 */

/** Words an abbreviation skips: "Middle East and North Africa (MENA)", "Ministry of Foreign Affairs (MFA)". */
const INITIALS_SKIP = new Set([
  'and',
  'of',
  'the',
  'for',
  'de',
  'des',
  'du',
  'la',
  'le',
  'der',
  'die',
  'das',
  'und',
  'für',
  'von',
  'del',
  'di',
  'e',
  'y',
  'et',
  '&',
]);

/**
 * `American Psychological Association (APA)`, `Middle East and North Africa (MENA)`, `Syrian Arab
 * News Agency (SANA)`, `Deutsche Presse-Agentur (dpa)`: the bracket holds the initials of the words
 * right before it. An agency so introduced is mentioned, not credited.
 */
export function definesAbbreviation(before: string, inner: string): boolean {
  if (!/^\p{L}{2,8}$/u.test(inner) || !/[\p{L}\p{N}]\s*$/u.test(before)) return false;
  const letters = inner.toLowerCase();
  const words = before.split(/[\s\-–]+/u).filter((w) => w !== '');
  let k = letters.length - 1;
  for (let i = words.length - 1; i >= 0 && k >= 0; i--) {
    const w = words[i]!.toLowerCase();
    if (w[0] === letters[k]) k--;
    else if (!INITIALS_SKIP.has(w)) return false;
  }
  return k < 0;
}

/** Sentence ends in the scripts credits close: Latin, CJK, Devanagari (।), Arabic (؟ ۔), quotes and brackets. */
const SENTENCE_END = /[.!?。！？।॥؟۔"“”»«'’…)）\]]$/u;

/**
 * What may stand before a closing credit: a sentence's end (`… sagte er. (dpa)`, `… said.(ANI)`,
 * `… कहा। (भाषा)`), or a short run such as desk codes or a byline (`jp/kle (dpa, afp)`, `Von Max
 * Muster (dpa)`). After the words of a running sentence the bracket belongs to it (`… told the
 * state agency (MTI).`).
 */
export function mayCloseWithCredit(before: string): boolean {
  const t = before.trimEnd();
  return t.length <= 40 || SENTENCE_END.test(t);
}

/** The text ends a sentence (or is empty): what a context alias's closing bracket needs ("Arvind Kejriwal (AAP)" names a party). */
export function endsSentence(before: string): boolean {
  const t = before.trimEnd();
  return t === '' || SENTENCE_END.test(t);
}

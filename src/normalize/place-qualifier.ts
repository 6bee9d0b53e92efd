/**
 * German place names carry a qualifier in brackets — `Halle (Saale)`, `Frankfurt (Oder)`,
 * `Kempten (Allgäu)`, `Mühlheim (Main)` — which dateline patterns would read as the credit's
 * bracket, and regional papers print their own code after a slash where an agency's would stand:
 * `Halle (Saale)/MZ - ` (Mitteldeutsche Zeitung), `Magdeburg/MZ - `, against `Rostock/dpa - `.
 */
import { agencyByAlias, agencyByContextAlias } from './agencies.js';

/** A place and its bracketed qualifier at the start of a text: title case, one or two words. */
const QUALIFIED = /^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?) \((\p{Lu}\p{Ll}[\p{L}.-]*(?: \p{Lu}\p{Ll}[\p{L}.-]*)?)\)(?=[\s/,.]|$)/u;

/** A text whose opening place had its qualifier taken out (`Halle (Saale) (dpa) -` -> `Halle (dpa) -`). */
export interface Unqualified {
  text: string;
  /** The place as written without the qualifier, and with it. */
  bare: string;
  qualified: string;
}

/**
 * The text with the opening place's qualifier taken out, or null when it opens with none. A
 * bracket naming an agency (`Moskau (Reuters)`, `Rom (Kathpress)`) is its credit, no qualifier.
 */
export function withoutPlaceQualifier(text: string): Unqualified | null {
  const open = text.indexOf(' (');
  if (open < 2 || open > 30) return null;
  const m = QUALIFIED.exec(text);
  if (!m || agencyByAlias(m[2]!) || agencyByContextAlias(m[2]!)) return null;
  // ANI's `Lucknow (Uttar Pradesh) [India], …`: a state before the country's bracket is the dateline's region, read there.
  if (text.startsWith(' [', m[0].length)) return null;
  return { text: `${m[1]}${text.slice(m[0].length)}`, bare: m[1]!, qualified: m[0] };
}

/** The qualified place back in a place read from the unqualified text. */
export function requalify(place: string, q: Unqualified): string {
  return place.startsWith(q.bare) ? `${q.qualified}${place.slice(q.bare.length)}` : place;
}

/** `Magdeburg/MZ - `, `Rostock/dpa - `, `Weißenfels/MZ. `: a place, a slash, a code, a dash or stop, a sentence. */
const SLASH_CODE = /^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)\/(\p{L}{2,6})\s*(?:[-–—]\s*|\.\s+)(?=[\p{Lu}"„“«])/u;

/** A place with a code after a slash: the agency it names, or the paper's own code (capitals) with none. */
export function slashCodeDateline(text: string): { place: string; agency: string | null; length: number } | null {
  const slash = text.indexOf('/');
  if (slash < 2 || slash > 30) return null;
  const m = SLASH_CODE.exec(text);
  if (!m) return null;
  const a = agencyByAlias(m[2]!) ?? agencyByContextAlias(m[2]!);
  if (a && a.kind !== 'outlet') return { place: m[1]!, agency: a.name, length: m[0].length };
  // `Rostock/Schwerin - `: a second place, not a code; a paper's code is in capitals.
  return /^\p{Lu}{2,4}$/u.test(m[2]!) ? { place: m[1]!, agency: null, length: m[0].length } : null;
}

/**
 * Reworded flashes (issue 10, class 2): a one-line urgent or an outlet's "BREAKING:" page says in
 * its own words what the lead of the full story says a little later ("BREAKING: Henrik Vallander,
 * famed Swedish conductor, dead at 85" / "STOCKHOLM (AP) — Henrik Vallander, the Swedish conductor
 * whose recordings ... has died. He was 85."). They share names and figures but hardly a 3-word
 * shingle, so no text test links them and no shingle key proposes one for the other.
 *
 * A FLASH is a text of one paragraph and at most FLASH_MAX_TOKENS tokens. It links to a longer text
 * (never to another flash: "Bank of England cuts rates" and "... holds rates" share all but one
 * word) when, within FLASH_WINDOW_MS, most of its content words (FLASH_SHARE, at least
 * FLASH_MIN_WORDS, FLASH_MIN_LONG of them names or other long words) are in the lead of the longer
 * text, and every number of the flash is in its first paragraphs: two flashes of one template (a
 * quake's magnitude, a rate) differ by their figures. Two agencies'
 * texts never link this way (their reports of one event are two stories, as in compare.ts).
 *
 * Candidates: a flash stores keys for its content words and looks up the same words among the
 * keys of other texts' leads; every longer text stores keys for the longest words of its lead and
 * looks them up among flashes' keys (salted apart, so a full story's lookup finds flashes only).
 */
import type { PairScore } from './compare.js';
import type { DedupeFeatures } from './features.js';
import { normalizeText, tokenize } from './comparison-text.js';
import { fnv1a32, int64Key } from './hash.js';

export const FLASH_MAX_TOKENS = 40;
const FLASH_MIN_TOKENS = 5;
/**
 * A flash comes before the story it announces (up to FLASH_WINDOW_MS: the full story moves within
 * hours) or shortly after it (FLASH_AFTER_MS: an outlet's "BREAKING" page of news the agency has
 * moved already). A flash hours after a text is news of its own: the launch's story and the
 * docking's flash six hours later say "China", "Shenzhou-19", "spaceship", "space station".
 */
const FLASH_WINDOW_MS = 6 * 3600 * 1000;
const FLASH_AFTER_MS = 2 * 3600 * 1000;
/** Where the longer text says what its flash said: its first paragraph, up to about two sentences. */
const FLASH_LEAD_TOKENS = 60;
const FLASH_SHARE = 0.6;
const FLASH_MIN_WORDS = 3;
/** Long words (names, places, the verb of the news) are what tell one event from another. */
const FLASH_MIN_LONG = 2;
const LONG_WORD = 5;
/** Keys of a longer text's lead: its longest words, where names and the specific words are. */
const LEAD_KEYS = 12;
/** Key stem: the first letters of a word, so "recordings" finds "recording" and "cancels" "cancelled". */
const STEM = 5;

/**
 * Function words (English, German, French, Spanish, Portuguese, Italian) and the labels of flash
 * pages: not content.
 */
const STOP = new Set(
  (
    'the and for with from that this have has had was were are been will would into over after about than then they their ' +
    'its his her who whom what when where which while said says say also but not all any new more most one two ' +
    'breaking urgent flash update updated alert developing just news live exclusive watch video photos ' +
    'der die das und mit von den dem des ein eine einer nach für über bei auf aus ist sind wird hat ' +
    'les des une pour dans avec par sur est sont aux qui que ' +
    'los las del por para con una sus como más ' +
    'dos das pelo pela uma com ' +
    'della delle degli nel per con una sono'
  ).split(' '),
);

const isNumber = (t: string): boolean => /^\d+$/.test(t);
const isContent = (t: string): boolean => (isNumber(t) || (t.length >= 3 && /\p{L}/u.test(t))) && !STOP.has(t);

/** Tokens of a text's first comparison paragraph, once per features object. */
const LEAD = new WeakMap<DedupeFeatures, readonly string[]>();
function leadOf(f: DedupeFeatures): readonly string[] {
  let t = LEAD.get(f);
  if (t === undefined) LEAD.set(f, (t = tokenize(normalizeText(f.leadParagraph)).slice()));
  return t;
}

/** What a flash is compared by, once per features object: its content words and its names. */
interface Flash {
  words: readonly string[];
  names: readonly string[];
}
const FLASHES = new WeakMap<DedupeFeatures, Flash | null>();

/**
 * The flash a text is, or null: a text of at most FLASH_MAX_TOKENS tokens whose first paragraph
 * (the flash line) has FLASH_MIN_TOKENS or more, in a script of words. Its page may keep a line of
 * unlearned furniture after it ("Reporting by ...; Editing by ...", a site's blurb).
 */
function flashOf(f: DedupeFeatures): Flash | null {
  if (f.tokenCount > FLASH_MAX_TOKENS || f.tokenCount < FLASH_MIN_TOKENS) return null;
  let x = FLASHES.get(f);
  if (x === undefined) {
    const lead = leadOf(f);
    // One token per character (CJK, Thai) is not words: left to the shingle tests.
    const words = lead.length >= FLASH_MIN_TOKENS && lead.filter((t) => t.length === 1 && !isNumber(t)).length * 2 < lead.length;
    x = words ? { words: [...new Set(lead.filter(isContent))], names: namesOf(f.leadParagraph) } : null;
    FLASHES.set(f, x);
  }
  return x;
}

/** True for a flash (see `flashOf`). */
const isFlash = (f: DedupeFeatures): boolean => flashOf(f) !== null;

/** Same word, or an inflection of it ("dies"/"died", "cuts"/"cut"), or its end ("quake" in "earthquake"). */
function sameWord(w: string, x: string): boolean {
  if (w === x) return true;
  if (isNumber(w) || isNumber(x)) return false;
  if (w.length >= LONG_WORD && x.endsWith(w)) return true;
  const n = Math.min(w.length, x.length);
  let k = 0;
  while (k < n && w[k] === x[k]) k++;
  return k >= 3 && k >= (n <= LONG_WORD ? n - 1 : n - 2);
}

/** The first FLASH_LEAD_TOKENS tokens of a longer text's lead, and as a set, once per features object. */
const LEADS = new WeakMap<DedupeFeatures, { tokens: readonly string[]; set: ReadonlySet<string> }>();
function leadWords(f: DedupeFeatures): { tokens: readonly string[]; set: ReadonlySet<string> } {
  let x = LEADS.get(f);
  if (x === undefined) {
    const tokens = leadOf(f).slice(0, FLASH_LEAD_TOKENS);
    LEADS.set(f, (x = { tokens, set: new Set(tokens) }));
  }
  return x;
}
const inLead = (w: string, lead: { tokens: readonly string[]; set: ReadonlySet<string> }): boolean =>
  lead.set.has(w) || lead.tokens.some((x) => sameWord(w, x));

/**
 * The score of a flash link between `a` and `b` (one a flash, the other longer), 0 when they do
 * not link: the share of the flash's content words found in the longer text's lead. Times are
 * checked by the caller (FLASH_WINDOW_MS).
 */
export function flashScore(a: DedupeFeatures, b: DedupeFeatures): number {
  const fa = flashOf(a);
  const fb = flashOf(b);
  if ((fa === null) === (fb === null)) return 0;
  const [flash, short, long] = fa ? [fa, a, b] : [fb!, b, a];
  if (long.tokenCount <= short.tokenCount || (short.agency !== null && long.agency !== null && short.agency !== long.agency)) return 0;
  const words = flash.words;
  if (words.length < FLASH_MIN_WORDS) return 0;
  // Figures first: the cheapest test, and the one that tells a template's flashes apart.
  for (const w of words) if (isNumber(w) && !numberInLead(long, w)) return 0;
  const lead = leadWords(long);
  let found = 0;
  let longWords = 0;
  for (const w of words) {
    if (isNumber(w)) found++;
    else if (inLead(w, lead)) {
      found++;
      if (w.length >= LONG_WORD) longWords++;
    }
  }
  const share = found / words.length;
  if (found < FLASH_MIN_WORDS || longWords < FLASH_MIN_LONG || share < FLASH_SHARE) return 0;
  const named = flash.names.filter((w) => inLead(w, lead)).length;
  return named >= FLASH_SHARE * flash.names.length ? share : 0;
}

/**
 * The names of a flash line: its capitalized words past the first of a sentence or of a label
 * ("BREAKING:", "URGENT -"), as comparison tokens; none for a line in capitals (a Reuters urgent). Most of
 * them must be in the longer text's lead: "Jury convicts former Illinois House Speaker Michael
 * Madigan in bribery case" shares its other words with the lead of Ohio's speaker's conviction.
 * Acronyms are left out: a source in brackets or after a dash ("- USGS", "(famille)") is rarely
 * in the lead as written.
 */
function namesOf(line: string): string[] {
  const words = line.match(/[\p{L}\p{N}]+|[.!?:;–—-]/gu) ?? [];
  const letters = words.filter((w) => /\p{L}/u.test(w));
  if (letters.filter((w) => w === w.toUpperCase()).length * 2 > letters.length) return [];
  const out: string[] = [];
  let start = true;
  for (const w of words) {
    if (!/\p{L}/u.test(w)) {
      start = /[.!?:;–—-]/u.test(w) || start;
      continue;
    }
    const initial = w[0]!;
    // As the comparison tokens spell it (folded spellings: "Vallander" is "valander" there).
    if (!start && initial !== initial.toLowerCase() && w !== w.toUpperCase()) out.push(...tokenize(normalizeText(w)).slice(0, 1));
    start = false;
  }
  return [...new Set(out)];
}

/**
 * True when `n` is among the numbers of the first FLASH_NUMBER_TOKENS tokens of `long`: its lead
 * and the paragraph after it, where a rate decision gives the old rate or a quake its depth.
 */
const FLASH_NUMBER_TOKENS = 100;
function numberInLead(long: DedupeFeatures, n: string): boolean {
  for (let i = 0; i < long.numberAt.length && long.numberAt[i]! < FLASH_NUMBER_TOKENS; i++)
    if (long.numbers[long.numberOf[i]!] === n) return true;
  return false;
}

const key = (salt: string, word: string): string => {
  const s = salt + word.slice(0, STEM);
  return int64Key(fnv1a32(s, 0x9747b28c), fnv1a32(s));
};

/**
 * The flash keys of a text: `store` goes into the lookup index with its other keys, `lookup` is
 * asked for with them. Empty for texts under FLASH_MIN_TOKENS.
 */
export function flashKeys(f: DedupeFeatures): { store: string[]; lookup: string[] } {
  if (f.tokenCount < FLASH_MIN_TOKENS) return { store: [], lookup: [] };
  const flash = flashOf(f);
  if (flash) {
    const words = flash.words.filter((w) => w.length >= LONG_WORD && !isNumber(w));
    return { store: words.map((w) => key('F', w)), lookup: words.map((w) => key('L', w)) };
  }
  const words = [
    ...new Set(
      leadOf(f)
        .slice(0, FLASH_LEAD_TOKENS)
        .filter((w) => w.length >= LONG_WORD && isContent(w) && !isNumber(w)),
    ),
  ]
    .sort((x, y) => y.length - x.length)
    .slice(0, LEAD_KEYS);
  return { store: words.map((w) => key('L', w)), lookup: words.map((w) => key('F', w)) };
}

/** Share of the flash in shared runs above which it is carried, not reworded. */
const VERBATIM = 0.5;
/** A flash link ranks under every text link of the article (see `withFlash`). */
const FLASH_WEIGHT = 0.5;

/**
 * `pair` (the article compared with a member), or, when it did not verify and one of the two is a
 * flash of the other (`flashScore`) within FLASH_WINDOW_MS, a flash link. The longer text as the
 * article bridges its flash's story into the one it joins when that link is strong too (the flash's
 * copies and its other wordings formed a story of their own); a flash as the article bridges
 * nothing (it may match two agencies' full stories of one event).
 */
export function withFlash(
  pair: PairScore,
  article: DedupeFeatures,
  member: DedupeFeatures,
  at: number | null,
  memberAt: number | null | undefined,
): PairScore {
  // A flash the longer text carries word for word was judged by the text tests (a briefs page
  // opening with an urgent is not its story: compare.ts `insideOneItem`).
  if (pair.match || pair.shortCover >= VERBATIM || (article.tokenCount > FLASH_MAX_TOKENS && member.tokenCount > FLASH_MAX_TOKENS))
    return pair;
  const share = flashScore(article, member);
  if (share === 0) return pair;
  const flashFirst = isFlash(article) ? memberAt! - at! : at! - memberAt!;
  if (at !== null && memberAt !== null && memberAt !== undefined && (flashFirst > FLASH_WINDOW_MS || flashFirst < -FLASH_AFTER_MS))
    return pair;
  return { ...pair, match: true, bridge: !isFlash(article), score: FLASH_WEIGHT * share, flash: true };
}

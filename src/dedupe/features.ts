/**
 * Everything the dedupe decision needs from one article, computed once from its stored fields.
 * The db layer stores the keys (`urlKey`, `bodyHash`, `leadHash`, `indexBands`) in indexed columns
 * and recomputes the rest from the stored body when the article is a candidate.
 */
import { normalizeText, paragraphsOfLines, tokenize } from './comparison-text.js';
import { agencyOfHost } from './choose-original.js';
import { detectAgency } from './detect-agency.js';
import { bodyLines, headerLines, titleLines } from './furniture.js';
import { fullFingerprint, leadBands, shingleHashes, type Fingerprint } from './fingerprint.js';
import { foldTokens, hasReadings } from './fold-tokens.js';
import { itemStarts } from './page-items.js';
import { keysOfSentences, sentenceTokens } from './sentence-keys.js';
import { sha256Hex } from './hash.js';
import { urlHost, urlKey } from './url-key.js';

/** Below this many comparison tokens a body is too short for an exact body-hash merge ("Read more" pages). */
export const MIN_HASH_TOKENS = 20;
/** The lead hash covers the first 30 comparison tokens: shorter than the shortest teaser (35 words). */
export const LEAD_HASH_TOKENS = 30;

/** The fields of an article the dedupe stage reads. */
export interface DedupeInput {
  url: string;
  body: string;
  /** Publishing site's host or name; the URL host is used when missing. */
  site?: string | null | undefined;
  /** Credited agency (from extraction or normalization), if any. */
  agency?: string | null | undefined;
}

/** Derived comparison features of one article. */
export interface DedupeFeatures {
  /** Exact "url" key (see `urlKey`). */
  urlKey: string;
  /** Host of the URL (`www.` dropped), the "same source" test for updates. */
  host: string | null;
  /**
   * Who the text comes from, for following a write-thru through its versions: the credited
   * agency, else the agency that owns the host, else the host (lowercase). Null when unknown.
   */
  source: string | null;
  tokenCount: number;
  /** SHA-256 hex of the whole comparison text, null when shorter than MIN_HASH_TOKENS. */
  bodyHash: string | null;
  /** SHA-256 hex of the first LEAD_HASH_TOKENS comparison tokens, null when shorter. */
  leadHash: string | null;
  /** Ordered shingle hashes of the comparison text (verification works on these). */
  shingles: number[];
  /**
   * Tokens of the page's header lines at the top of the comparison text (a headline, a standfirst:
   * furniture.ts `headerLines`), 0 when none: where its text proper starts (compare.ts).
   */
  headerTokens: number;
  /**
   * How many of the first comparison tokens are the page's title lines (furniture.ts
   * `titleLines`: its headline, also over a text too short for a header), 0 when none.
   */
  titleTokens: number;
  full: Fingerprint;
  /** Lead-window band keys (see `leadBands`). */
  leadBands: string[];
  /** Sentence fingerprints (see `sentenceKeys`): find a shorter text inside a longer one. */
  sentenceKeys: string[];
  /** The agency the text comes from: credited, else detected in the text, else owner of the host. */
  agency: string | null;
  /** The text's figures: distinct numbers of two or more digits that are not years, in order (see `figuresOf`). */
  figures: string[];
  /** How many of `figures` first occur in the lead (the first LEAD_FIGURE_TOKENS tokens). */
  leadFigures: number;
  /**
   * The first comparison paragraph (the lead, the dateline included when it was not stripped):
   * where a repost's shared text may start (decide-story.ts rule 2b, which counts its tokens only
   * on that rare path). A copy, not a slice of the whole text (see `ownCopy`).
   */
  leadParagraph: string;
  /**
   * Token positions where the page's wire items start, when later paragraphs open with agency
   * datelines (a news-in-brief page, a briefing); [] for a text of one item (see `itemStarts`).
   */
  items: number[];
  /**
   * Every distinct number of the text in order, single digits included, years (1900-2099) not (at
   * most MAX_NUMBERS): what tells two flashes of one template apart (see compare.ts `SHORT_TEXT`).
   * A year is left out as in `figures`: a site's unlearned blurb ("serving readers since 1925")
   * would otherwise keep a short page from its copy on a site founded in another year.
   */
  numbers: string[];
  /** Where each number occurs (token positions, at most MAX_NUMBERS) and which: `numbers[numberOf[i]]` is at `numberAt[i]`. */
  numberAt: number[];
  numberOf: number[];
}

/**
 * Computes the comparison features of an article (pure, ~0.1-1 ms for a typical body).
 * `furniture`: paragraph keys learned as the site's furniture (see furniture.ts), left out.
 * `keys: false` skips the lookup keys (MinHash, lead bands, sentence keys): a candidate only
 * needs its shingles to be verified, and MinHash is most of the cost.
 */
export function dedupeFeatures(input: DedupeInput, furniture?: ReadonlySet<string>, opts: { keys?: boolean } = {}): DedupeFeatures {
  const keys = opts.keys ?? true;
  const text = comparisonText(input.body, furniture);
  const sentences = keys ? text.foldedSentences() : null;
  // Shingles and keys on the folded tokens (traditional Chinese as simplified, han-fold.ts); the
  // exact hashes on the tokens as written, like the stored `content_hash`.
  const tokens = text.folded();
  const shingles = shingleHashes(tokens);
  const exact = text.exact();
  const host = urlHost(input.url) ?? (input.site ? input.site.toLowerCase() : null);
  const agency = input.agency?.trim() || detectAgency(input.body) || agencyOfHost(host);
  return {
    urlKey: urlKey(input.url),
    host,
    agency,
    sentenceKeys: sentences ? keysOfSentences(sentences) : [],
    source: agency ? `agency:${agency.toLowerCase()}` : null,
    tokenCount: tokens.length,
    bodyHash: tokens.length >= MIN_HASH_TOKENS ? exact.whole : null,
    leadHash: exact.lead,
    shingles,
    headerTokens: text.headerTokens,
    titleTokens: text.titleTokens,
    full: keys ? fullFingerprint(shingles) : { minhash: [], bands: [] },
    leadBands: keys ? leadBands(tokens) : [],
    ...figuresOf(tokens, text.headerTokens),
    leadParagraph: ownCopy(text.paragraphs[0] ?? ''),
    items: itemStarts(text.paragraphs),
    ...numbersOf(tokens),
  };
}

/**
 * A copy of `s` that does not keep the string it was sliced from. A paragraph is a slice of the
 * whole comparison text, and V8 keeps a slice's parent alive: the feature cache's entries kept
 * every cached article's whole text through `leadParagraph` (issue 16: 4 kB of the ~22 kB an
 * entry took in the end-to-end bench). Concatenating makes a cons string that `slice` flattens
 * into a new string of the paragraph's length, which the slice then shares.
 */
const ownCopy = (s: string): string => ` ${s}`.slice(1);

/** At most this many figures are kept: enough to tell two days of one template apart. */
const MAX_FIGURES = 64;
/** The lead, for its figures: about the first sentence and a half. */
export const LEAD_FIGURE_TOKENS = 60;

/**
 * Distinct numeric tokens of two or more digits, years (1900-2099) left out, in order of first
 * occurrence, and how many of them occur first in the lead: what changes between two issues of
 * one template (a daily tally, a market close) while the words, and the template's constant
 * figures further down, stay. The page's header lines (the first `from` tokens: a headline, a
 * portal's "2023-01-12 08:39:57" line) are not read: their figures are the page's, and a header
 * time made a copy's lead figures ones its next-day repost did not carry.
 */
export function figuresOf(tokens: readonly string[], from = 0): { figures: string[]; leadFigures: number } {
  const out = new Set<string>();
  let lead = 0;
  const start = Math.min(Math.max(0, from), tokens.length);
  for (let i = start; i < tokens.length && out.size < MAX_FIGURES; i++) {
    const t = tokens[i]!;
    if (t.length < 2 || !/^\d+$/.test(t) || (t.length === 4 && (t.startsWith('19') || t.startsWith('20'))) || out.has(t)) continue;
    out.add(t);
    if (i < start + LEAD_FIGURE_TOKENS) lead++;
  }
  return { figures: [...out], leadFigures: lead };
}

/** Numbers kept by `numbersOf`: far more than a flash or a brief holds. */
const MAX_NUMBERS = 256;

/** The numbers of `tokens` and where they occur (see `DedupeFeatures.numbers`): tokens of digits only that are no year. */
function numbersOf(tokens: readonly string[]): { numbers: string[]; numberAt: number[]; numberOf: number[] } {
  const index = new Map<string, number>();
  const numberAt: number[] = [];
  const numberOf: number[] = [];
  for (let i = 0; i < tokens.length && numberAt.length < MAX_NUMBERS; i++) {
    const t = tokens[i]!;
    const c = t.charCodeAt(0);
    if (c < 0x30 || c > 0x39 || !/^\d+$/.test(t) || (t.length === 4 && (t.startsWith('19') || t.startsWith('20')))) continue;
    let k = index.get(t);
    if (k === undefined) index.set(t, (k = index.size));
    numberAt.push(i);
    numberOf.push(k);
  }
  return { numbers: [...index.keys()], numberAt, numberOf };
}

/**
 * The tokens and exact keys of one comparison text, each computed when first asked for. Shared
 * through `comparisonText`: callers must not change what it returns.
 */
export class ComparisonText {
  private sentencesOf: { sentences: string[][]; joinable: boolean } | undefined;
  private tokensOf: string[] | undefined;
  private exactOf: { whole: string; lead: string | null } | undefined;
  private foldedOf: readonly string[] | undefined;
  private foldedSentencesOf: ReadonlyArray<readonly string[]> | undefined;
  private readingsOf: boolean | undefined;

  /**
   * `headerTokens`: how many of the first tokens are the page's header lines (furniture.ts
   * `headerLines`: a headline, a standfirst), 0 when it has none.
   */
  constructor(
    readonly paragraphs: readonly string[],
    readonly headerTokens = 0,
    readonly titleTokens = 0,
  ) {}

  /** The tokens of each sentence (see `sentenceTokens`). */
  sentences(): { sentences: string[][]; joinable: boolean } {
    return (this.sentencesOf ??= sentenceTokens(this.paragraphs));
  }

  /**
   * The text's tokens. When the sentences were tokenized already (for their keys) and together
   * they are the text's tokens (`joinable`), those: one tokenization instead of two.
   */
  tokens(): string[] {
    if (this.tokensOf === undefined) {
      const s = this.sentencesOf;
      this.tokensOf = s?.joinable ? concat(s.sentences) : tokenize(normalizeText(this.paragraphs.join('\n\n')));
    }
    return this.tokensOf;
  }

  exact(): { whole: string; lead: string | null } {
    return (this.exactOf ??= exactHashes(this.tokens()));
  }

  /** The tokens folded: traditional Chinese to simplified, "ё" to "е", pinyin readings dropped (see fold-tokens.ts). */
  folded(): readonly string[] {
    return (this.foldedOf ??= foldTokens(this.tokens(), this.readings()));
  }

  /** Whether the text carries pinyin readings after Han characters (see fold-tokens.ts), asked once. */
  private readings(): boolean {
    return (this.readingsOf ??= hasReadings(this.paragraphs));
  }

  /** The tokens of each sentence, folded as `folded`. */
  foldedSentences(): ReadonlyArray<readonly string[]> {
    if (this.foldedSentencesOf === undefined) {
      const sentences = this.sentences().sentences;
      let out: ReadonlyArray<readonly string[]> = sentences;
      for (let i = 0; i < sentences.length; i++) {
        const f = foldTokens(sentences[i]!, this.readings());
        if (f === sentences[i]) continue;
        if (out === sentences) out = sentences.slice();
        (out as Array<readonly string[]>)[i] = f;
      }
      this.foldedSentencesOf = out;
    }
    return this.foldedSentencesOf;
  }
}

/** The lists one after the other: what `lists.flat()` gives, ~15x faster (V8's `flat` is generic). */
function concat(lists: readonly (readonly string[])[]): string[] {
  let n = 0;
  for (const l of lists) n += l.length;
  const out = new Array<string>(n);
  let o = 0;
  for (const l of lists) for (let i = 0; i < l.length; i++) out[o++] = l[i]!;
  return out;
}

/** Comparison texts by the kept-lines array they come from (see `BodyLines.kept`), living as long as it. */
const texts = new WeakMap<readonly string[], ComparisonText>();

/**
 * The comparison text of `body` with `furniture` left out. Within one job the service asks for a
 * new article's text up to three times (its stored keys, its paragraph counts, its features) and
 * got it computed each time (issue 16): the text is now memoized on the body's lines (furniture.ts
 * `bodyLines`), so the same body with the same kept lines finds the tokens and hashes already made.
 */
export function comparisonText(body: string, furniture?: ReadonlySet<string>): ComparisonText {
  const kept = bodyLines(body).kept(furniture);
  let t = texts.get(kept);
  if (t === undefined) {
    const header = headerLines(kept);
    const tokensOf = (n: number): number =>
      n === 0 ? 0 : tokenize(normalizeText(paragraphsOfLines(kept.slice(0, n)).join('\n\n'))).length;
    const headerTokens = tokensOf(header);
    const title = titleLines(kept);
    const titleTokens = title === header ? headerTokens : tokensOf(title);
    texts.set(kept, (t = new ComparisonText(paragraphsOfLines(kept), headerTokens, titleTokens)));
  }
  return t;
}

/**
 * The exact keys of a token list: SHA-256 hex of the whole comparison text and of its first
 * LEAD_HASH_TOKENS tokens (null when shorter). One implementation for the stored keys
 * (`dedupeKeys`) and the features compared against them, so the two cannot drift apart.
 */
export function exactHashes(tokens: readonly string[]): { whole: string; lead: string | null } {
  return {
    whole: sha256Hex(tokens.join(' ')),
    lead: tokens.length >= LEAD_HASH_TOKENS ? sha256Hex(tokens.slice(0, LEAD_HASH_TOKENS).join(' ')) : null,
  };
}

/**
 * All band keys to store for an article and to look up with `band = ANY($keys)`: full-text bands,
 * lead bands and sentence keys (salted apart, so one column and one index serve all three).
 */
export function indexBands(f: DedupeFeatures): string[] {
  return [...new Set([...f.full.bands, ...f.leadBands, ...f.sentenceKeys])];
}

/**
 * Verification of one candidate pair on the texts (their furniture-free shingle sequences), after
 * the index has proposed it. Issue 10 replaced "anchored near the start" by rules on the SHARED
 * BLOCKS, wherever they sit in either text:
 *
 *  - Shared material is counted in runs: maximal stretches of the shorter text whose shingles
 *    occur in the longer one IN LINE (each hit at most MAX_SKIP positions after the previous
 *    hit's place there, or at most RUN_GAP before it: one contiguous block in both texts),
 *    allowing gaps of up to RUN_GAP missing or out-of-line shingles (one edited word or number
 *    costs 3 shingles), and keeping only runs of >= MIN_RUN hits. Scattered phrase coincidences
 *    ("said on Tuesday", a 10-word quote) never form a run of that size, and a run never stitches
 *    together blocks that sit apart in the longer text (a brief and a caption shared with the
 *    round-up's top and a blurb at its end are three blocks, not one spanning the round-up).
 *  - A link is verified when either
 *      RESEMBLANCE   Jaccard >= MIN_RESEMBLANCE (long-vs-long copies: same text, small edits), or
 *      CONTAINMENT   the runs cover >= MIN_SHORT_COVER of the shorter text, the shorter is at least
 *                    MIN_LENGTH_RATIO of the longer (length-ratio guard), and EITHER the shared
 *                    runs hold >= MIN_SHARED shingles (the absolute floor, ~100 words / ~100 CJK
 *                    characters) OR the shorter text is almost wholly inside (cover >= MIN_WHOLE_COVER:
 *                    a teaser, an excerpt, a trimmed copy) OR its opening block is the longer
 *                    one's opening (the lead path, see LEAD_RUN).
 *  - Bridging (merging two stories through one article) is decided in decide-story.ts from each
 *    link's spans in the article (`aSpans`) and the share of the article it holds (`aCover`): an
 *    article that is mostly other material than each of two texts (a round-up of brief A and
 *    brief B, in disjoint parts of it) links to both but merges neither.
 *
 * Why these numbers: see the README section "Dedupe: stories as connected verified links", which
 * gives the per-class figures and the result when each threshold moves (bench/dedupe-versions.ts).
 */
import type { DedupeFeatures } from './features.js';
import { SHINGLE_SIZE } from './fingerprint.js';

export const MIN_RESEMBLANCE = 0.5;
/**
 * Shared runs must cover this share of the shorter text. Neighbouring write-thru versions share
 * 30-70% of their paragraphs (3-shingle containment 0.34-0.78 on the versions dev set); shared
 * background paragraphs of two different stories stay around 0.15-0.25 of the shorter.
 */
export const MIN_SHORT_COVER = 0.4;
/**
 * Write-thru path: neighbouring versions of one wire story share 30-70% of their text, so half
 * of them fall under MIN_SHORT_COVER (a probe of one big event's coverage, 4 agencies' chains of
 * 5-7 versions: neighbour containment 0.30-0.49, recall 44% with the 0.4 bar alone). Between
 * MIN_VERSION_COVER and MIN_SHORT_COVER a link also needs the absolute floor (MIN_SHARED) and
 * shared material that starts in the first VERSION_EARLY_START of at least one of the texts: a
 * version keeps paragraphs from the other's top half (its old lead, the first quotes), while
 * texts that only share a background block or a company's "About" boilerplate share the second
 * half of both (two press releases of one company: cover 0.28, earliest shared text at 48% and
 * 76% of them).
 */
export const MIN_VERSION_COVER = 0.3;
export const VERSION_EARLY_START = 0.4;
/** ...or nearly all of it, for texts under the absolute floor (teasers, excerpts, briefs). */
export const MIN_WHOLE_COVER = 0.8;
/** Absolute floor of shared shingles for a partial (non-whole) containment link. */
export const MIN_SHARED = 100;
/**
 * ...lowered to this for two texts of the same agency: neighbouring versions of a short first take
 * (80-150 words, 2-4 paragraphs) share 40-60% of it but only 45-95 shingles. Different stories
 * sharing background stay under MIN_SHORT_COVER whoever wrote them; the floor is there for two
 * agencies' reports of one event sharing a quote, which this does not lower.
 */
export const MIN_SAME_AGENCY_SHARED = 40;
/**
 * ...and for an EDITED short version, whoever credits it: a first take of 100-200 words and the
 * next version that copy-edited it every few words (a new verb in the lead, "on Tuesday" for
 * "today", the toll updated) share 40-60% of it in short pieces, MIN_EDITED_RUNS runs or more
 * that follow each other in the same order in both texts, but only 50-90 shingles (real probe:
 * AP's 55-dead take vs its 149-dead version, 61 shingles, cover 0.49, 4 runs; its 226-dead top
 * vs the 149-dead version, 52 shingles, 0.40). Two agencies' reports of one event sharing a
 * quote share it as one run (two when an edit splits it), and then keep the full floor.
 */
export const MIN_EDITED_RUNS = 3;
/**
 * ...that hold this share of the stretch of the shorter text from the first run to the last: the
 * pieces of one edited text sit side by side, a word or a sentence apart, while the same site's
 * unlearned furniture (a blurb at the top, a caption, an "About us" line at the end) shared by two
 * of its stories lies apart, with each story's own text between.
 */
const EDITED_DENSITY = 0.6;
/**
 * The copy's shared runs hold at least this share of their stretch in the longer text (from the
 * first run's start to the last run's end): a reworded copy's runs sit a sentence apart (0.43-1.0
 * on the realdd5 probe), while a caption at the top of two pages and a blurb at their ends lie
 * hundreds of shingles apart (0.10-0.30 on the versions set, whose 12 sites' templates differ
 * only by the site's name).
 */
const TOP_COPY_DENSITY = 0.4;
/**
 * ...and at least this many shingles (a paragraph, as HUB_MIN_PART): one name-swapped caption
 * block at the top of two short pages is 40-52 (versions set), the realdd5 probe's copies share
 * 77-97. A shorter copy is a teaser and takes the lead path or the whole-cover bar.
 */
export const MIN_TOP_COPY_SHARED = 60;
/**
 * Lead path: a shorter text whose first shared run starts at its top and near the top of the
 * longer one (a teaser or the opening of a copy), one contiguous block of >= LEAD_RUN shingles
 * (~a 30-word paragraph: longer than a shared boilerplate opening sentence), needs only
 * MIN_LEAD_COVER of itself shared: the rest is its own page's unlearned furniture (caption,
 * site blurb), which a teaser of 40-60 words cannot outweigh.
 */
export const LEAD_RUN = 30;
export const MIN_LEAD_COVER = 0.5;
/** How far into the longer text the lead block may start (a dateline or a new top sentence). */
const LEAD_SLACK = 60;

/**
 * A shorter text under this many shingles (an urgent, a flash, a brief, a teaser: under the
 * absolute floor) links only when the longer text carries every number the shorter holds within
 * the stretch they share (`DedupeFeatures.numbers`). Two flashes of one template minutes apart (an
 * official exchange rate, an earthquake report, a market open) are the same words with other
 * figures among them, and resemble; a copy of a flash, and the full story that opens with it,
 * carry its figures. A number outside the shared stretch is new matter (a short write-thru's new
 * top sentence) and does not count. (Two TASS rate flashes two minutes apart had merged.)
 */
export const SHORT_TEXT = 100; // the size of the absolute floor (MIN_SHARED): texts that cannot link by a partial share

/** Length-ratio guard: a text under 5% of the other's length (a headline-sized snippet of a long page) is not verified by containment. */
export const MIN_LENGTH_RATIO = 0.05;
/**
 * A link is a STRONG bridge when the shared runs hold more than half of the ARTICLE's own text
 * (or the texts resemble): two disjoint briefs cannot both hold more than half of one round-up,
 * so a round-up never merges the stories of its briefs on strong links alone. Weaker links bridge
 * only where they overlap in the article (decide-story.ts rule 4).
 */
export const MIN_BRIDGE_LONG_COVER = 0.5;
/** Missing shingles tolerated inside a run. */
export const RUN_GAP = 6;
/** Extra shingles the longer text may carry inside a run (an inserted caption or sentence). */
export const MAX_SKIP = 40;
/** Hits a run needs to count (~a clause of reported text). */
export const MIN_RUN = 8;
/**
 * No text test passes below this many shingles (~12 words): "Subscribe to read", paywall stubs and
 * failed extractions are identical across unrelated pages. Such pages can still join by URL.
 */
export const MIN_TEXT_SHINGLES = 10;
/** ~15 words of reported text: shorter texts are too generic to be contained by meaning. */
export const MIN_CONTAIN_SHINGLES = 15;

/**
 * The hub test (rule 3) applies to links holding less than this share of the member: a member
 * mostly made of other material than the article (a round-up carrying a brief, a composite page).
 */
export const HUB_CHECK_SHARE = 0.6;
/**
 * Rule 3b: the parts of the stories found in the article must cover at least this share of it
 * together: a round-up is little else than its briefs, while a short full text carrying its own
 * teaser and an excerpt keeps about half of itself outside them.
 */
export const COMPOSITE_MIN_COVER = 0.6;

/** Threshold set, so the sensitivity sweep (bench/dedupe-versions.ts) can move each one. */
export interface LinkThresholds {
  minResemblance: number;
  minShortCover: number;
  minVersionCover: number;
  minWholeCover: number;
  minShared: number;
  minSameAgencyShared: number;
  minEditedRuns: number;
  minTopCopyShared: number;
  minLengthRatio: number;
  minBridgeLongCover: number;
  hubCheckShare: number;
  compositeMinCover: number;
}

export const DEFAULT_THRESHOLDS: LinkThresholds = {
  minResemblance: MIN_RESEMBLANCE,
  minShortCover: MIN_SHORT_COVER,
  minVersionCover: MIN_VERSION_COVER,
  minWholeCover: MIN_WHOLE_COVER,
  minShared: MIN_SHARED,
  minSameAgencyShared: MIN_SAME_AGENCY_SHARED,
  minEditedRuns: MIN_EDITED_RUNS,
  minTopCopyShared: MIN_TOP_COPY_SHARED,
  minLengthRatio: MIN_LENGTH_RATIO,
  minBridgeLongCover: MIN_BRIDGE_LONG_COVER,
  hubCheckShare: HUB_CHECK_SHARE,
  compositeMinCover: COMPOSITE_MIN_COVER,
};

/** The verification result of one pair. */
export interface PairScore {
  resemblance: number;
  /** |A∩B| / min(|A|,|B|) over shingle sets. */
  containment: number;
  /** Shingles of the shorter text inside counted runs. */
  shared: number;
  /** shared / shorter length, shared / longer length. */
  shortCover: number;
  longCover: number;
  /** Where the shared runs sit in the LONGER text (its shingle positions). */
  longSpans: Spans;
  /** Where the shared runs sit in `a` (its own positions), and the share of `a` they hold. */
  aSpans: Spans;
  aCover: number;
  /** Where the shared runs sit in `b` (its own positions), and the share of `b` they hold. */
  bSpans: Spans;
  bCover: number;
  /** Which side is shorter: 'a' or 'b'. */
  shorter: 'a' | 'b';
  shorterShingles: number;
  exact: 'body_hash' | 'lead_hash' | null;
  match: boolean;
  /** A verified link from `a` that may also merge two stories (see MIN_BRIDGE_LONG_COVER). Not symmetric. */
  bridge: boolean;
  /** 1 for a body-hash match, else the deciding similarity in [0, 1]. */
  score: number;
  /** Linked as a reworded flash and the longer text it announces (flash-link.ts): no shared text. */
  flash?: true;
}

/** Closed intervals of shingle positions. */
export type Spans = Array<[number, number]>;

interface Runs {
  shared: number;
  /** The runs in the longer text's positions (each run's min..max position there). */
  long: Spans;
  /** The runs in the shorter text's positions. */
  short: Spans;
}

/** Shared runs of `short` inside `long` (see the module comment). */
export function sharedRuns(short: readonly number[], long: ShingleIndex): Runs {
  const out: Runs = { shared: 0, long: [], short: [] };
  // The run's hits (their positions in the longer text), hits[0..count).
  const hits = new Int32Array(short.length);
  let count = 0;
  let first = -1;
  let last = -1;
  let gap = 0;
  const close = (): void => {
    if (count >= MIN_RUN) {
      out.shared += count;
      // The run's place in the longer text, robust to a few shingles whose first occurrence
      // there is elsewhere ("said on tuesday"): the 10th to 90th percentile of the positions.
      const sorted = hits.slice(0, count).sort();
      out.long.push([sorted[Math.floor(count * 0.1)]!, sorted[Math.ceil(count * 0.9) - 1]!]);
      out.short.push([first, last]);
    }
    count = 0;
    first = -1;
    gap = 0;
  };
  // First out-of-line hit since the run's last hit: when the run ends there, the next block
  // is scanned again from it, so its first shingles are not lost.
  let outOfLine = -1;
  for (let i = 0; i < short.length; i++) {
    const at = long.first(short[i]!);
    if (at < 0) {
      if (++gap > RUN_GAP) {
        close();
        if (outOfLine >= 0) [i, outOfLine] = [outOfLine - 1, -1];
      }
      continue;
    }
    // A shingle the longer text repeats ("the prime minister") is read at its occurrence in line
    // with the run, else at its first one.
    let pos = at;
    if (count > 0) {
      const prev = hits[count - 1]!;
      for (let x = at; x >= 0; x = long.next[x]!) {
        if (x >= prev - RUN_GAP) {
          pos = x;
          break;
        }
      }
      if (pos < prev - RUN_GAP || pos > prev + (i - last) + MAX_SKIP) {
        // Out of line: a miss for this run; past RUN_GAP misses a new block starts at the first of them.
        if (outOfLine < 0) outOfLine = i;
        if (++gap <= RUN_GAP) continue;
        close();
        [i, outOfLine] = [outOfLine - 1, -1];
        continue;
      }
    }
    gap = 0;
    outOfLine = -1;
    hits[count++] = pos;
    if (first < 0) first = i;
    last = i;
  }
  close();
  return out;
}

const spanLength = (xs: Spans): number => xs.reduce((n, [a, b]) => n + b - a + 1, 0);

/** Share of the smaller of two span sets that the other covers (0 when either is empty). */
export function spanOverlap(x: Spans, y: Spans): number {
  let inter = 0;
  for (const [a, b] of x) for (const [c, d] of y) inter += Math.max(0, Math.min(b, d) - Math.max(a, c) + 1);
  const smaller = Math.min(spanLength(x), spanLength(y));
  return smaller === 0 ? 0 : inter / smaller;
}

/**
 * Every position of each shingle of a sequence: an open-addressing table from a shingle to its
 * first position, and a chain from each position to the next of the same shingle (ascending).
 * Typed arrays instead of a Map of position arrays (issue 16: with them comparePair's share of the
 * bench/dedupe-cpu.ts profile fell ~3x, and less garbage); the shingles are hashes already, so
 * their low bits pick the slot.
 */
export class ShingleIndex {
  /** The position of each distinct shingle's first occurrence, in order. */
  readonly firsts: Int32Array;
  /** Position of the next occurrence of the shingle at each position, -1 after the last. */
  readonly next: Int32Array;
  private readonly keys: Int32Array;
  /** First position + 1 of the shingle in each slot; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(seq: readonly number[]) {
    let size = 16;
    while (size < seq.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.next = new Int32Array(seq.length).fill(-1);
    const firsts = new Int32Array(seq.length);
    this.firsts = firsts.subarray(0, fillIndex(seq, this.keys, this.slots, this.next, firsts));
  }

  /** Distinct shingles. */
  get size(): number {
    return this.firsts.length;
  }

  /** The first position of shingle `h`, -1 when the sequence has none. */
  first(h: number): number {
    const key = h | 0;
    for (let k = key & this.mask; this.slots[k] !== 0; k = (k + 1) & this.mask) if (this.keys[k] === key) return this.slots[k]! - 1;
    return -1;
  }
}

/**
 * Fills a `ShingleIndex`'s tables (`keys.length` a power of two) from `seq`; returns the number of
 * distinct shingles, whose first positions are `firsts[0..n)`. A function of its own, nothing after
 * its loop (issue 16): in the constructor, a fresh process compiled the loop on-stack (OSR) during
 * a first long sequence, before the code after it had run, and Node 20's V8 keeps OSR code that
 * deoptimizes for missing feedback: each later index built from the interpreter deoptimized there
 * again (~340 deopts in a run of bench/cold-dedupe.mjs).
 */
function fillIndex(seq: readonly number[], keys: Int32Array, slots: Int32Array, next: Int32Array, firsts: Int32Array): number {
  const mask = keys.length - 1;
  /** The last position seen of the shingle in each slot. */
  const lastAt = new Int32Array(keys.length);
  let distinct = 0;
  for (let i = 0; i < seq.length; i++) {
    const h = seq[i]! | 0;
    let k = h & mask;
    while (slots[k] !== 0 && keys[k] !== h) k = (k + 1) & mask;
    if (slots[k] === 0) {
      keys[k] = h;
      slots[k] = i + 1;
      firsts[distinct++] = i;
    } else next[lastAt[k]!] = i;
    lastAt[k] = i;
  }
  return distinct;
}

/**
 * Recently indexed shingle sequences (least recently used out). One decision compares the article
 * with every candidate, and the hub rule compares members with each other, so the same sequences
 * come back within a decision: indexing each once is ~a third of comparePair's cost (issue 16).
 * Bounded, not tied to the features' lifetime: the feature cache keeps thousands of features,
 * and their indexes (~20 KB each) would outweigh them.
 */
const INDEXED_MAX = 128;
const indexed = new Map<readonly number[], ShingleIndex>();

function indexOf(seq: readonly number[]): ShingleIndex {
  let m = indexed.get(seq);
  if (m === undefined) {
    m = new ShingleIndex(seq);
    if (indexed.size >= INDEXED_MAX) indexed.delete(indexed.keys().next().value!);
  } else indexed.delete(seq);
  indexed.set(seq, m);
  return m;
}

/**
 * How many distinct shingles of `seq` (indexed by `set`) `other` holds. A function of its own
 * (issue 16): as a loop inside `comparePair`, a fresh process compiled it on-stack (OSR) during an
 * early long comparison, before the rarer branches after the loop (the lead path) had run, and
 * Node 20's V8 keeps OSR code that deoptimizes for missing feedback: every later call entering the
 * loop from the interpreter deoptimized there again (~300 deopts in bench/cold-dedupe.mjs's first
 * pass). Nothing here lacks feedback after the loop.
 */
function distinctShared(seq: readonly number[], set: ShingleIndex, other: ShingleIndex): number {
  const firsts = set.firsts;
  let inter = 0;
  for (let i = 0; i < firsts.length; i++) if (other.first(seq[firsts[i]!]!) >= 0) inter++;
  return inter;
}

/** Verifies a candidate pair: `match` is symmetric, `bridge` is about `a` as the article. */
export function comparePair(a: DedupeFeatures, b: DedupeFeatures, t: LinkThresholds = DEFAULT_THRESHOLDS): PairScore {
  const shorter = a.shingles.length <= b.shingles.length ? 'a' : 'b';
  const [s, l] = shorter === 'a' ? [a, b] : [b, a];
  const setS = indexOf(s.shingles);
  const posL = indexOf(l.shingles);
  const inter = distinctShared(s.shingles, setS, posL);
  const union = setS.size + posL.size - inter;
  const resemblance = union === 0 ? 0 : inter / union;
  const containment = setS.size === 0 ? 0 : inter / setS.size;
  const runs: Runs = containment > 0 ? sharedRuns(s.shingles, posL) : { shared: 0, long: [], short: [] };
  // A page's header lines (its headline, a standfirst: the outlet's own words) are not counted in
  // its length, and its text proper starts after them (see `DedupeFeatures.headerTokens`).
  const sHead = headOf(s);
  const lHead = headOf(l);
  const shortCover = s.shingles.length === 0 ? 0 : Math.min(1, runs.shared / (s.shingles.length - sHead));
  const longCover = l.shingles.length === 0 ? 0 : Math.min(1, runs.shared / (l.shingles.length - lHead));
  const exact =
    a.bodyHash !== null && a.bodyHash === b.bodyHash ? 'body_hash' : a.leadHash !== null && a.leadHash === b.leadHash ? 'lead_hash' : null;
  const enough = setS.size >= MIN_TEXT_SHINGLES;
  const resembles = enough && resemblance >= t.minResemblance;
  const ratioOk = s.shingles.length >= t.minLengthRatio * l.shingles.length;
  const first = runs.short[0];
  const lead =
    first !== undefined &&
    first[0] <= 3 + sHead &&
    runs.long[0]![0] <= LEAD_SLACK + lHead &&
    first[1] - first[0] + 1 >= LEAD_RUN &&
    shortCover >= MIN_LEAD_COVER;
  // The length-ratio guard does not apply to the lead path: a teaser of >= LEAD_RUN shingles that
  // is the opening of the longer text is its teaser however long that text is (a 40-word teaser
  // of a 900-word story is 4% of it). Nor to a shorter text wholly at the top of the longer one:
  // a one-sentence urgent ("BEIJING, May 15 (Xinhua) -- ...", 20-30 shingles) is the first
  // paragraph of the full story the agency moves after it, under LEAD_RUN and 5% of it.
  const opening = first !== undefined && first[0] <= 3 + sHead && runs.long[0]![0] <= LEAD_SLACK + lHead && shortCover >= t.minWholeCover;
  const contained =
    enough &&
    !otherAgencies(a, b) &&
    setS.size >= MIN_CONTAIN_SHINGLES &&
    (ratioOk || lead || opening) &&
    ((shortCover >= t.minShortCover &&
      (runs.shared >= t.minShared ||
        shortCover >= t.minWholeCover ||
        lead ||
        (runs.shared >= t.minSameAgencyShared && (sameAgency(a, b) || editedInOrder(runs, t.minEditedRuns))))) ||
      (shortCover >= t.minVersionCover && runs.shared >= t.minShared && sharedEarly(runs, s.shingles.length, l.shingles.length)) ||
      (shortCover >= t.minShortCover && runs.shared >= t.minTopCopyShared && copiedFromTop(runs, sHead, lHead, s.shingles.length)));
  const figuresOk = s.shingles.length >= SHORT_TEXT || carriesNumbers(l, s, runs.short);
  const aCover = shorter === 'a' ? shortCover : longCover;
  const aSpans = shorter === 'a' ? runs.short : runs.long;
  const bCover = shorter === 'a' ? longCover : shortCover;
  const bSpans = shorter === 'a' ? runs.long : runs.short;
  const oneItem = insideOneItem(a, aSpans, aCover, t) || insideOneItem(b, bSpans, bCover, t);
  const match = enough && (exact === 'body_hash' || ((resembles || contained) && figuresOk && !oneItem));
  const bridge = match && (exact === 'body_hash' || resembles || aCover > t.minBridgeLongCover);
  const score = exact === 'body_hash' ? 1 : Math.max(resemblance, contained ? shortCover : 0);
  return {
    resemblance,
    containment,
    shared: runs.shared,
    shortCover,
    longCover,
    longSpans: runs.long,
    aSpans,
    aCover,
    bSpans,
    bCover,
    shorter,
    shorterShingles: setS.size,
    exact,
    match,
    bridge,
    score,
  };
}

/**
 * True when `x` is a page of several (MIN_ITEMS) wire items (`DedupeFeatures.items`: a
 * news-in-brief page, a briefing, each item opening with its agency's dateline), the shared text lies inside ONE of its
 * items, and that is a minority of the page (under `hubCheckShare`): the other text is that item's
 * story (its teaser, its urgent, its full text), not the page's. The page neither joins that story
 * nor bridges it to another; its copies (sharing several items) still link. Decided on the pair
 * alone, so arrival order does not matter: a teaser arriving after a briefing that quotes it had
 * bridged the briefing into its story, and a briefs page opening with an urgent had joined the
 * urgent's story (decide-story's round-up rules need the other items' stories in the store).
 */
/**
 * Items a briefs page has at least. Two datelined parts are as often one story: an outlet's update
 * stacked over the wire story it updates (the story keeping its dateline below), a repost with a
 * related story's lede at its end.
 */
const MIN_ITEMS = 3;
function insideOneItem(x: DedupeFeatures, spans: Spans, cover: number, t: LinkThresholds): boolean {
  const items = x.items;
  if (items.length < MIN_ITEMS || spans.length === 0 || cover >= t.hubCheckShare) return false;
  let from = Infinity;
  let to = -1;
  for (const [f, e] of spans) {
    if (f < from) from = f;
    if (e > to) to = e;
  }
  // Shingle i covers tokens i .. i + SHINGLE_SIZE - 1: a run may reach that far into the next item.
  let k = items.length - 1;
  while (k > 0 && items[k]! > from + SHINGLE_SIZE) k--;
  // A part before the first dateline that is only the page's header lines (a briefing's headline
  // over its first item, the item's own headline) belongs to that item: a copy or teaser of the
  // first item that carries the same headline shares a run starting in the header (the item count
  // is unchanged).
  if (k === 0 && items.length > 1 && items[1]! <= x.headerTokens) k = 1;
  const end = k + 1 < items.length ? items[k + 1]! : Infinity;
  return to < end;
}

/** At least MIN_EDITED_RUNS runs, in the same order in the longer text as in the shorter (see MIN_EDITED_RUNS). */
function editedInOrder(runs: Runs, minRuns: number): boolean {
  const n = runs.short.length;
  if (n < minRuns) return false;
  for (let i = 1; i < n; i++) if (runs.long[i]![0] <= runs.long[i - 1]![0]) return false;
  return runs.shared >= EDITED_DENSITY * (runs.short[n - 1]![1] - runs.short[0]![0] + 1);
}

/**
 * A copy edited all through, or cut short, keeps the other text's top: its shared runs start in the
 * first LEAD_SLACK shingles of BOTH texts (after their header lines) and follow each other in the
 * same order in both (a run may start up to RUN_GAP before the previous one's start in the longer
 * text: a reworded clause moves a few words). Such a copy shares 40-100 shingles in 1-4 runs,
 * 40-80% of itself: an outlet's machine-reworded copy ("The dozen rescuers stood still" for "The
 * dozen or so rescue workers stood motionless"), a copy whose own standfirst and cut end keep it
 * under the whole-cover bar (realdd5 probe: 77-99 shingles, cover 0.40-0.78, every one under the
 * absolute floor; `editedInOrder` wants 3 runs at 60% density, and rewording every sentence leaves
 * 2-4 runs at 40-55%). What keeps other stories out is the anchor: an outlet's own story quoting
 * a wire paragraph (94 shingles, one run) holds it in its middle, two agencies' reports of one
 * event share a quote or a background block below their own leads, and a site's unlearned furniture
 * lies apart from its stories' tops; allowing 2 runs anywhere had made 293 false links on the
 * versions set.
 */
function copiedFromTop(runs: Runs, sHead: number, lHead: number, shortLength: number): boolean {
  const n = runs.short.length;
  if (n === 0 || runs.short[0]![0] - sHead + (shortLength - 1 - runs.short[n - 1]![1]) > LEAD_SLACK) return false;
  let firstLong = Infinity;
  for (const r of runs.long) if (r[0] < firstLong) firstLong = r[0];
  if (firstLong > LEAD_SLACK + lHead) return false;
  let lastLong = -1;
  for (let i = 0; i < n; i++) {
    if (i > 0 && runs.long[i]![0] < runs.long[i - 1]![0] - RUN_GAP) return false;
    if (runs.long[i]![1] > lastLong) lastLong = runs.long[i]![1];
  }
  return runs.shared >= TOP_COPY_DENSITY * (lastLong - firstLong + 1);
}

/** The shared runs start within the first VERSION_EARLY_START of the shorter or of the longer text (see MIN_VERSION_COVER). */
function sharedEarly(runs: Runs, shortLength: number, longLength: number): boolean {
  let s = Infinity;
  for (const r of runs.short) if (r[0] < s) s = r[0];
  let l = Infinity;
  for (const r of runs.long) if (r[0] < l) l = r[0];
  return s < VERSION_EARLY_START * shortLength || l < VERSION_EARLY_START * longLength;
}

/** True when `long` carries every number of `short` that sits between the first and the last shared shingle (see SHORT_TEXT). */
function carriesNumbers(long: DedupeFeatures, short: DedupeFeatures, spans: Spans): boolean {
  let from = Infinity;
  let to = -1;
  for (const [a, b] of spans) {
    if (a < from) from = a;
    if (b > to) to = b;
  }
  // Shingle i covers tokens i .. i + SHINGLE_SIZE - 1.
  to += SHINGLE_SIZE - 1;
  for (let i = 0; i < short.numberAt.length; i++) {
    const at = short.numberAt[i]!;
    if (at >= from && at <= to && !long.numbers.includes(short.numbers[short.numberOf[i]!]!)) return false;
  }
  return true;
}

/** Shingles that start in the text's header lines: fewer than its shingles, so a length stays positive. */
const headOf = (f: DedupeFeatures): number => Math.max(0, Math.min(f.headerTokens, f.shingles.length - 1));

/**
 * Texts credited to two different agencies (each credited in its text, or on its agency's own
 * site) are two agencies' reports, however much of one the other holds: they link only as copies
 * (body hash) or by resemblance. Xinhua's and CNS's reports of one statistics release open with
 * the same official sentence in Chinese, and Xinhua's one-sentence urgent on it was found whole in
 * CNS's report; two agencies quoting one official statement verbatim in Chinese share 170
 * character shingles, over the absolute floor.
 */
const otherAgencies = (a: DedupeFeatures, b: DedupeFeatures): boolean => a.agency !== null && b.agency !== null && a.agency !== b.agency;

const sameAgency = (a: DedupeFeatures, b: DedupeFeatures): boolean => a.agency !== null && a.agency === b.agency;

/** Results by thresholds, then by the two features objects (see `comparePairOnce`). */
const verified = new WeakMap<LinkThresholds, WeakMap<DedupeFeatures, WeakMap<DedupeFeatures, PairScore>>>();

/**
 * `comparePair`, computed once per pair of features objects (and thresholds) while both live. The
 * decision compares the article with each candidate, and the hub and round-up rules compare a
 * story's members with each other; with the feature cache handing out the same objects, more
 * than half of the pairs of a wire's decisions had been compared before (issue 16: 2009 of 3522 in
 * bench/dedupe-cpu.ts). Features are never changed once computed, so the result is the same. The
 * result is shared: callers must not change it (decide-story.ts only reads).
 */
export function comparePairOnce(a: DedupeFeatures, b: DedupeFeatures, t: LinkThresholds = DEFAULT_THRESHOLDS): PairScore {
  let byA = verified.get(t);
  if (byA === undefined) verified.set(t, (byA = new WeakMap()));
  let byB = byA.get(a);
  if (byB === undefined) byA.set(a, (byB = new WeakMap()));
  let p = byB.get(b);
  if (p === undefined) byB.set(b, (p = comparePair(a, b, t)));
  return p;
}

/**
 * Verification of one candidate pair on the texts (their furniture-free shingle sequences), after
 * the index has proposed it. Issue 10 replaced "anchored near the start" by rules on the SHARED
 * BLOCKS, wherever they sit in either text:
 *
 *  - Shared material is counted in runs: maximal stretches of the shorter text whose shingles
 *    occur in the longer one, allowing gaps of up to RUN_GAP missing shingles (one edited word or
 *    number costs 3 shingles), and keeping only runs of >= MIN_RUN hits. Scattered phrase
 *    coincidences ("said on Tuesday", a 10-word quote) never form a run of that size.
 *  - A link is verified when either
 *      RESEMBLANCE   Jaccard >= MIN_RESEMBLANCE (long-vs-long copies: same text, small edits), or
 *      CONTAINMENT   the runs cover >= MIN_SHORT_COVER of the shorter text, the shorter is at least
 *                    MIN_LENGTH_RATIO of the longer (length-ratio guard), and EITHER the shared
 *                    runs hold >= MIN_SHARED shingles (the absolute floor, ~100 words / ~100 CJK
 *                    characters) OR the shorter text is almost wholly inside (cover >= MIN_WHOLE_COVER:
 *                    a teaser, an excerpt, a trimmed copy).
 *  - A link can BRIDGE two stories only if the longer text is not mostly other material: the
 *    shared runs cover >= MIN_BRIDGE_LONG_COVER of the longer one as well, and they hold at least
 *    MIN_SHARED shingles (or resemblance holds). A round-up that contains brief A and brief B
 *    links to each brief but, being mostly other material for each, never merges their stories.
 *
 * Why these numbers: see the README section "Dedupe: stories as connected verified links", which
 * gives the per-class figures and the result when each threshold moves (bench/dedupe-versions.ts).
 */
import type { DedupeFeatures } from './features.js';

export const MIN_RESEMBLANCE = 0.5;
/** Shared runs must cover half of the shorter text ("most of the shorter text is shared"). */
export const MIN_SHORT_COVER = 0.5;
/** ...or nearly all of it, for texts under the absolute floor (teasers, excerpts, briefs). */
export const MIN_WHOLE_COVER = 0.8;
/** Absolute floor of shared shingles for a partial (non-whole) containment link. */
export const MIN_SHARED = 100;
/** Length-ratio guard: a text under 8% of the other's length is not verified by containment. */
export const MIN_LENGTH_RATIO = 0.08;
/** Share of the LONGER text the shared runs must cover for the link to bridge two stories. */
export const MIN_BRIDGE_LONG_COVER = 0.5;
/** Missing shingles tolerated inside a run. */
export const RUN_GAP = 6;
/** Hits a run needs to count (~a clause of reported text). */
export const MIN_RUN = 8;
/**
 * No text test passes below this many shingles (~12 words): "Subscribe to read", paywall stubs and
 * failed extractions are identical across unrelated pages. Such pages can still join by URL.
 */
export const MIN_TEXT_SHINGLES = 10;
/** ~15 words of reported text: shorter texts are too generic to be contained by meaning. */
export const MIN_CONTAIN_SHINGLES = 15;

/** Threshold set, so the sensitivity sweep (bench/dedupe-versions.ts) can move each one. */
export interface LinkThresholds {
  minResemblance: number;
  minShortCover: number;
  minWholeCover: number;
  minShared: number;
  minLengthRatio: number;
  minBridgeLongCover: number;
}

export const DEFAULT_THRESHOLDS: LinkThresholds = {
  minResemblance: MIN_RESEMBLANCE, minShortCover: MIN_SHORT_COVER, minWholeCover: MIN_WHOLE_COVER,
  minShared: MIN_SHARED, minLengthRatio: MIN_LENGTH_RATIO, minBridgeLongCover: MIN_BRIDGE_LONG_COVER,
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
  /** Span [start, end] of the shared runs in the LONGER text's shingle positions (-1 when none). */
  longSpan: [number, number];
  /** Which side is shorter: 'a' or 'b'. */
  shorter: 'a' | 'b';
  shorterShingles: number;
  exact: 'body_hash' | 'lead_hash' | null;
  match: boolean;
  /** A verified link that may also merge two stories (see MIN_BRIDGE_LONG_COVER). */
  bridge: boolean;
  /** 1 for a body-hash match, else the deciding similarity in [0, 1]. */
  score: number;
}

interface Runs {
  shared: number;
  longStart: number;
  longEnd: number;
}

/** Shared runs of `short` inside `long` (see the module comment). */
export function sharedRuns(short: readonly number[], longPos: ReadonlyMap<number, number>): Runs {
  let shared = 0;
  let longStart = -1;
  let longEnd = -1;
  let runHits = 0;
  let runMin = Infinity;
  let runMax = -1;
  let gap = 0;
  const close = (): void => {
    if (runHits >= MIN_RUN) {
      shared += runHits;
      longStart = longStart < 0 ? runMin : Math.min(longStart, runMin);
      longEnd = Math.max(longEnd, runMax);
    }
    runHits = 0;
    runMin = Infinity;
    runMax = -1;
  };
  for (const h of short) {
    const pos = longPos.get(h);
    if (pos === undefined) {
      if (++gap > RUN_GAP) close();
      continue;
    }
    gap = 0;
    runHits++;
    runMin = Math.min(runMin, pos);
    runMax = Math.max(runMax, pos);
  }
  close();
  return { shared, longStart, longEnd };
}

function positions(seq: readonly number[]): Map<number, number> {
  const m = new Map<number, number>();
  seq.forEach((h, i) => {
    if (!m.has(h)) m.set(h, i);
  });
  return m;
}

/** Verifies a candidate pair. Symmetric in its verdict. */
export function comparePair(a: DedupeFeatures, b: DedupeFeatures, t: LinkThresholds = DEFAULT_THRESHOLDS): PairScore {
  const shorter = a.shingles.length <= b.shingles.length ? 'a' : 'b';
  const [s, l] = shorter === 'a' ? [a, b] : [b, a];
  const setS = new Set(s.shingles);
  const posL = positions(l.shingles);
  let inter = 0;
  for (const h of setS) if (posL.has(h)) inter++;
  const union = setS.size + posL.size - inter;
  const resemblance = union === 0 ? 0 : inter / union;
  const containment = setS.size === 0 ? 0 : inter / setS.size;
  const runs = containment > 0 ? sharedRuns(s.shingles, posL) : { shared: 0, longStart: -1, longEnd: -1 };
  const shortCover = s.shingles.length === 0 ? 0 : runs.shared / s.shingles.length;
  const longCover = l.shingles.length === 0 ? 0 : runs.shared / l.shingles.length;
  const exact = a.bodyHash !== null && a.bodyHash === b.bodyHash ? 'body_hash' : a.leadHash !== null && a.leadHash === b.leadHash ? 'lead_hash' : null;
  const enough = setS.size >= MIN_TEXT_SHINGLES;
  const resembles = enough && resemblance >= t.minResemblance;
  const ratioOk = s.shingles.length >= t.minLengthRatio * l.shingles.length;
  const contained =
    enough && setS.size >= MIN_CONTAIN_SHINGLES && ratioOk && shortCover >= t.minShortCover && (runs.shared >= t.minShared || shortCover >= t.minWholeCover);
  const match = enough && (exact === 'body_hash' || resembles || contained);
  const bridge = match && (exact === 'body_hash' || resembles || (runs.shared >= Math.min(t.minShared, 0.9 * s.shingles.length) && longCover >= t.minBridgeLongCover));
  const score = exact === 'body_hash' ? 1 : Math.max(resemblance, contained ? shortCover : 0);
  return {
    resemblance, containment, shared: runs.shared, shortCover, longCover, longSpan: [runs.longStart, runs.longEnd], shorter,
    shorterShingles: setS.size, exact, match, bridge, score,
  };
}

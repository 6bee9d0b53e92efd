/**
 * Verification of one candidate pair on the texts (their shingle sets), after the index has
 * proposed it. Two tests, either suffices:
 *
 *  - RESEMBLANCE  |A∩B| / |A∪B| >= MIN_RESEMBLANCE (0.5): the copies are mostly the same text.
 *    Catches updates (new top paragraph), local paragraphs, resplits and copy-edits.
 *  - ANCHORED CONTAINMENT  |A∩B| / min(|A|,|B|) >= MIN_CONTAINMENT (0.8) — or a leading part of
 *    the shorter text covering >= MIN_PREFIX_COVER (0.5) of it, >= MIN_PREFIX_SHINGLES long, is
 *    contained at that density (a teaser wrapped in site chrome) — the shorter text has at least
 *    MIN_CONTAIN_SHINGLES shingles, and its opening is found near the start of the longer one
 *    (within ANCHOR_SLACK tokens). Catches teasers and trims (which keep the
 *    first paragraphs), including a late-arriving full original. The anchor is what keeps a
 *    round-up ("News in brief") from absorbing every brief it quotes verbatim: only its first
 *    brief starts near the round-up's start.
 *
 * Why these numbers (dev set reposts-dev, 268 articles; `npx tsx bench/dedupe-eval.ts --pairs`):
 * of the 552 gold same-story pairs, those not anchored have resemblance >= 0.75 and the anchored
 * ones containment >= 0.95; of the 83 different-story pairs that share a band (boilerplate top
 * paragraphs, shared datelines, same-site templates) none exceeds resemblance 0.06 or containment
 * 0.14. The thresholds sit well inside that gap rather than at its edge, because syndicated copies
 * in the wild carry more edits than the synthetic ones, and independent reports of one event that
 * share a quote or a background paragraph have containment ~ shared paragraph / shorter text
 * (typically < 0.3).
 */
import type { DedupeFeatures } from './features.js';

export const MIN_RESEMBLANCE = 0.5;
export const MIN_CONTAINMENT = 0.8;
/**
 * No text test passes below this many shingles (~12 words): "Subscribe to read", paywall stubs and
 * failed extractions are identical across unrelated pages. Such pages can still join by URL.
 */
export const MIN_TEXT_SHINGLES = 10;
/** ~15 words of reported text: shorter texts are too generic to be contained by meaning. */
export const MIN_CONTAIN_SHINGLES = 15;
/** How far into the longer text the shorter one may start: a new top paragraph or dateline, not a brief. */
export const ANCHOR_SLACK = 60;
/**
 * A shorter text whose leading part, covering at least this share of it, is contained at density
 * >= MIN_CONTAINMENT also counts as contained: a teaser or trim that the outlet's page wraps in
 * its own chrome (newsletter box, "Related" links, photo credit) at the end.
 */
export const MIN_PREFIX_COVER = 0.5;
/**
 * ...and that leading part must be at least ~a paragraph (30 shingles), so a shared boilerplate
 * top paragraph ("Officials gave new details on the matter on Friday, ...") is not enough.
 */
export const MIN_PREFIX_SHINGLES = 30;
/** Opening shingles of the shorter text checked for the anchor (half must be found). */
const ANCHOR_PROBE = 20;

/** The verification result of one pair. */
export interface PairScore {
  resemblance: number;
  containment: number;
  anchored: boolean;
  /** The shorter text's shingle count. */
  shorterShingles: number;
  /** Exact layer that holds, if any. */
  /** Longest leading share of the shorter text contained at density >= MIN_CONTAINMENT (0 if none). */
  prefixCover: number;
  exact: 'body_hash' | 'lead_hash' | null;
  match: boolean;
  /** 1 for a body-hash match, else the deciding similarity in [0, 1]. */
  score: number;
}

/** True when the first shingles of `shorter` occur within the first ANCHOR_SLACK positions of `longer`. */
export function isAnchored(shorter: readonly number[], longer: readonly number[]): boolean {
  const firstPos = new Map<number, number>();
  longer.forEach((h, i) => {
    if (!firstPos.has(h)) firstPos.set(h, i);
  });
  const probe = shorter.slice(0, ANCHOR_PROBE);
  let near = 0;
  probe.forEach((h, i) => {
    const pos = firstPos.get(h);
    if (pos !== undefined && pos <= ANCHOR_SLACK + i) near++;
  });
  return probe.length > 0 && near * 2 >= probe.length;
}

/**
 * The longest prefix of `shorter` (>= MIN_PREFIX_SHINGLES long) whose shingles occur in `longer`
 * at density >= MIN_CONTAINMENT, as a share of `shorter`.
 */
export function prefixCover(shorter: readonly number[], longer: ReadonlySet<number>): number {
  let hits = 0;
  let best = 0;
  shorter.forEach((h, i) => {
    if (longer.has(h)) hits++;
    const len = i + 1;
    if (len >= MIN_PREFIX_SHINGLES && hits >= MIN_CONTAINMENT * len) best = len;
  });
  return shorter.length === 0 ? 0 : best / shorter.length;
}

/** Verifies a candidate pair. Symmetric. */
export function comparePair(a: DedupeFeatures, b: DedupeFeatures): PairScore {
  const setA = new Set(a.shingles);
  const setB = new Set(b.shingles);
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
  let inter = 0;
  for (const h of small) if (large.has(h)) inter++;
  const union = setA.size + setB.size - inter;
  const resemblance = union === 0 ? 0 : inter / union;
  const containment = small.size === 0 ? 0 : inter / small.size;
  const [shortSeq, longSeq] = setA.size <= setB.size ? [a.shingles, b.shingles] : [b.shingles, a.shingles];
  const cover = containment >= MIN_CONTAINMENT * MIN_PREFIX_COVER ? prefixCover(shortSeq, large) : 0;
  const anchored = (containment >= MIN_CONTAINMENT || cover >= MIN_PREFIX_COVER) && isAnchored(shortSeq, longSeq);
  const exact = a.bodyHash !== null && a.bodyHash === b.bodyHash ? 'body_hash' : a.leadHash !== null && a.leadHash === b.leadHash ? 'lead_hash' : null;
  const contained = anchored && small.size >= MIN_CONTAIN_SHINGLES;
  const match = small.size >= MIN_TEXT_SHINGLES && (exact === 'body_hash' || resemblance >= MIN_RESEMBLANCE || contained);
  const score = exact === 'body_hash' ? 1 : Math.max(resemblance, contained ? containment : 0);
  return { resemblance, containment, anchored, shorterShingles: small.size, prefixCover: cover, exact, match, score };
}

/**
 * Shingles, MinHash and LSH band keys: the near-duplicate candidate lookup a database can index.
 *
 * Two fingerprints per article, both stored as rows `(band int8, article_id, published_at)`:
 *  - FULL: MinHash of all shingles, 20 bands x 3 rows. P(candidate) = 1-(1-J^3)^20:
 *    0.61 at Jaccard 0.36, 0.93 at 0.5, 0.999 at 0.7 — whole-text copies (updates, local
 *    paragraphs, copy-edits, resplits) have J >= 0.5.
 *  - LEAD: MinHash of the shingles of the first LEAD_WINDOW tokens, 12 bands x 2 rows, for windows
 *    starting at token 0 and LEAD_SHIFT. MinHash Jaccard between a teaser (first 35-60 words) or
 *    a trim30 copy and its full text is low, but their leads are near-identical; the shifted
 *    window also finds a lead pushed down by a new top paragraph (write-thru "update").
 *    P = 1-(1-J^2)^12: 0.68 at 0.3, 0.97 at 0.5.
 * Band keys are salted with kind and band number, so a key means the same thing in every row.
 */
import { fmix32, fnv1a32, int64Key } from './hash.js';

/** Tokens per shingle: word 3-grams, or character 3-grams for CJK (one token per character). */
export const SHINGLE_SIZE = 3;
export const FULL_BANDS = 20;
export const FULL_ROWS = 3;
export const LEAD_BANDS = 12;
export const LEAD_ROWS = 2;
/** Tokens in a lead window: a little under the shortest teaser (35 words) plus margin for a dateline. */
export const LEAD_WINDOW = 40;
/** Start of the second lead window, past a typical inserted top paragraph or unstripped dateline. */
export const LEAD_SHIFT = 25;

/** A MinHash signature and the LSH band keys derived from it. */
export interface Fingerprint {
  /** k minimum hash values (k = bands x rows), unsigned 32-bit. */
  minhash: number[];
  /** One key per band: a signed 64-bit integer as a decimal string (pg `int8`). */
  bands: string[];
}

/**
 * Ordered shingle hashes (unsigned 32-bit) of a token stream; a short stream is one shingle. Each
 * is `fnv1a32` of the shingle's tokens joined by U+0001, hashed without building the joined string
 * (issue 16: the concatenations were most of the cost). The tokens' code units are copied once
 * into one array, read three times from there: ~3x faster than `charCodeAt` on each token string
 * for each of the three shingles it is in (the strings are slices of many texts, of several
 * representations, which keeps that call site slow).
 */
export function shingleHashes(tokens: readonly string[], size = SHINGLE_SIZE): number[] {
  if (tokens.length === 0) return [];
  if (tokens.length < size) return [fnv1a32(tokens.join('\u0001'))];
  let length = 0;
  for (let i = 0; i < tokens.length; i++) length += tokens[i]!.length;
  const codes = new Uint16Array(length);
  /** Token i's code units are codes[ends[i], ends[i + 1]). */
  const ends = new Int32Array(tokens.length + 1);
  let o = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    for (let k = 0; k < t.length; k++) codes[o++] = t.charCodeAt(k);
    ends[i + 1] = o;
  }
  const out: number[] = new Array<number>(tokens.length - size + 1);
  for (let i = 0; i + size <= tokens.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < size; j++) {
      if (j > 0) h = Math.imul(h ^ 1, 0x01000193);
      for (let k = ends[i + j]!, end = ends[i + j + 1]!; k < end; k++) h = Math.imul(h ^ codes[k]!, 0x01000193);
    }
    out[i] = fmix32(h);
  }
  return out;
}

const SEEDS = Int32Array.from({ length: 64 }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

/**
 * MinHash signature with k hash functions h_i(x) = fmix32(x ^ seed_i); empty input -> [].
 * One pass over the shingles per four hash functions (`minima4`), fmix32 inlined, the minima kept
 * in locals: a repeated shingle cannot change a minimum, so the shingles are not deduplicated
 * first (issue 16: ~4x faster than a Set and a signature array updated per shingle, same values).
 * The hashes are compared as signed int32 with the sign bit flipped (the same order as unsigned),
 * so they stay small integers instead of becoming heap numbers above 2^31, and four independent
 * hash chains per pass keep the CPU's multipliers busy (~30% faster than one function per pass).
 * A k that is not a multiple of 4 computes up to three minima more and drops them.
 */
export function minhash(shingles: readonly number[], k: number): number[] {
  const n = shingles.length;
  if (n === 0) return [];
  const xs = Int32Array.from(shingles);
  const mins = new Int32Array((k + 3) & ~3);
  for (let i = 0; i < k; i += 4) minima4(xs, i, mins);
  // Sign bits flipped back in int32 and read as unsigned through a second view: `(m ^ 0x80000000)
  // >>> 0` made V8 deoptimize ("lost precision") on the first minimum past 2^31.
  for (let i = 0; i < k; i++) mins[i] = mins[i]! ^ 0x80000000;
  const unsigned = new Uint32Array(mins.buffer, 0, k);
  const sig = new Array<number>(k);
  for (let i = 0; i < k; i++) sig[i] = unsigned[i]!;
  return sig;
}

/**
 * The minima of hash functions i..i+3 over `xs`, into `mins[i..i+3]` (as `signedMix` orders them).
 * The loop is a function of its own, called once per four hash functions, not a loop inside
 * `minhash` (issue 16): a fresh process's first `minhash` call ran its 15 passes long enough for
 * V8 to compile it on-stack (OSR) before the code after the passes had run, and Node 20's V8 keeps
 * OSR code that deoptimizes for missing feedback, so every later call entering the loop from the
 * interpreter deoptimized there again (~500 deopts in bench/cold-dedupe.mjs's first pass).
 */
function minima4(xs: Int32Array, i: number, mins: Int32Array): void {
  const s0 = seedOf(i);
  const s1 = seedOf(i + 1);
  const s2 = seedOf(i + 2);
  const s3 = seedOf(i + 3);
  let m0 = 0x7fffffff;
  let m1 = 0x7fffffff;
  let m2 = 0x7fffffff;
  let m3 = 0x7fffffff;
  for (let j = 0; j < xs.length; j++) {
    const x = xs[j]!;
    const h0 = signedMix(x ^ s0);
    const h1 = signedMix(x ^ s1);
    const h2 = signedMix(x ^ s2);
    const h3 = signedMix(x ^ s3);
    if (h0 < m0) m0 = h0;
    if (h1 < m1) m1 = h1;
    if (h2 < m2) m2 = h2;
    if (h3 < m3) m3 = h3;
  }
  mins[i] = m0;
  mins[i + 1] = m1;
  mins[i + 2] = m2;
  mins[i + 3] = m3;
}

const seedOf = (i: number): number => (i < SEEDS.length ? SEEDS[i]! : i);

/** fmix32(h) with its sign bit flipped, as a signed int32: ordered as fmix32(h) is unsigned. */
function signedMix(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16) ^ 0x80000000;
}

/**
 * Band keys of a signature: band b hashes rows [b*rows, (b+1)*rows) with the kind and b as salt.
 * The key is `int64Key(fnv1a32(part, 0x811c9dc5), fnv1a32(part, 0x01000193))` of the string
 * part = `${kind}:${b}:${rows joined by ','}`, both hashes fed the characters of `part` as they
 * are made, without building it (issue 16: the number-to-string conversions and the string were
 * ~3/4 of the cost).
 */
export function bandKeys(sig: readonly number[], bands: number, rows: number, kind: string): string[] {
  if (sig.length < bands * rows) return [];
  const keys: string[] = [];
  const two = { x: 0, y: 0 };
  for (let b = 0; b < bands; b++) {
    two.x = 0x811c9dc5;
    two.y = 0x01000193;
    for (let k = 0; k < kind.length; k++) feed(two, kind.charCodeAt(k));
    feed(two, 0x3a); // ':'
    feedDecimal(two, b);
    feed(two, 0x3a);
    for (let r = 0; r < rows; r++) {
      if (r > 0) feed(two, 0x2c); // ','
      feedDecimal(two, sig[b * rows + r]!);
    }
    keys.push(int64Key(fmix32(two.x), fmix32(two.y)));
  }
  return keys;
}

/** One FNV-1a step of both band-key hashes. */
function feed(two: { x: number; y: number }, c: number): void {
  two.x = Math.imul(two.x ^ c, 0x01000193);
  two.y = Math.imul(two.y ^ c, 0x01000193);
}

/** The decimal digits of `n` (a non-negative integer under 2^53, as `String(n)` writes it), fed to both hashes. */
function feedDecimal(two: { x: number; y: number }, n: number): void {
  let div = 1;
  while (div * 10 <= n) div *= 10;
  for (; div >= 1; div /= 10) {
    const digit = Math.floor(n / div) % 10;
    feed(two, 0x30 + digit);
  }
}

/** Fingerprint of the whole comparison text (kind "f"). */
export function fullFingerprint(shingles: readonly number[]): Fingerprint {
  const sig = minhash(shingles, FULL_BANDS * FULL_ROWS);
  return { minhash: sig, bands: bandKeys(sig, FULL_BANDS, FULL_ROWS, 'f') };
}

/**
 * Lead band keys (kind "l"): windows at token 0 and LEAD_SHIFT share one key space, so the shifted
 * window of an updated copy meets the first window of a teaser. Deduplicated.
 */
export function leadBands(tokens: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const start of [0, LEAD_SHIFT]) {
    if (start > 0 && tokens.length < start + LEAD_WINDOW / 2) break;
    const sig = minhash(shingleHashes(tokens.slice(start, start + LEAD_WINDOW)), LEAD_BANDS * LEAD_ROWS);
    for (const k of bandKeys(sig, LEAD_BANDS, LEAD_ROWS, 'l')) keys.add(k);
  }
  return [...keys];
}

/** Convenience for callers with plain text: tokens -> full fingerprint. */
export function fingerprint(tokens: readonly string[]): Fingerprint {
  return fullFingerprint(shingleHashes(tokens));
}

// Run once at import, in the interpreter, so that every site of `minima4`, `minhash`, `bandKeys`
// and `feedDecimal` has type feedback before TurboFan first compiles them (issue 16). `minima4`'s
// loop is long enough in a fresh process's first call for V8 to compile it on-stack (OSR) before
// the stores after it have run; Node 20's V8 keeps OSR code that deoptimizes for missing feedback,
// so each later call entering the loop from the interpreter deoptimized there again (22 to 1600
// deopts in bench/cold-dedupe.mjs's first pass, by the timing of the compile). Pure.
fingerprint(['a', 'fresh', 'process', 'warms', 'up']);

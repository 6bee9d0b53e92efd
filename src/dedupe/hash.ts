/**
 * Small, fast, deterministic hashes for shingles and LSH band keys. Not cryptographic: they only
 * need to spread tokens evenly and be identical in every process (the band keys are stored in
 * Postgres, so a change here is a re-index).
 */
import { createHash } from 'node:crypto';

/** FNV-1a over the UTF-16 code units of `s`, 32-bit unsigned, with an optional seed. */
export function fnv1a32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/**
 * MurmurHash3's finalizer: an invertible 32-bit mix with full avalanche. MinHash uses it as the
 * family of "permutations" h_i(x) = fmix32(x ^ seed_i), which is cheap and independent enough.
 */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A signed 64-bit key as a decimal string (what a pg `int8` column takes and returns). */
export function int64Key(hi: number, lo: number): string {
  return BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0)).toString();
}

/** Hex SHA-256 of a string (the exact-duplicate keys, matching the `articles.*_hash` columns). */
export function sha256Hex(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

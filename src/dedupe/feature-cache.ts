/**
 * A per-process cache of candidates' comparison features (issue 16, "stop paying twice"): the
 * same stored articles (a story's original and reference, the members of a busy story) are
 * candidates of many lookups, and their features were recomputed from their text every time.
 *
 * Features are a pure function of the article's url, site, agency, body and its site's learned
 * furniture, so the key is the article id plus a hash of exactly those: a replayed body, a changed
 * agency or newly learned furniture is a miss, never a stale hit. Bounded (least recently used
 * first out): ~5 KB per entry, so the default holds a busy week's hot stories in ~25 MB.
 */
import type { DedupeFeatures } from './features.js';
import { fnv1a32 } from './hash.js';
import type { StoryArticle } from './story-store.js';

export const FEATURE_CACHE_ENTRIES = 5000;

/** LRU map of features by `featureKey`. */
export class FeatureCache {
  private readonly map = new Map<string, DedupeFeatures>();
  hits = 0;
  misses = 0;
  constructor(readonly capacity: number = FEATURE_CACHE_ENTRIES) {}

  get(key: string): DedupeFeatures | undefined {
    const f = this.map.get(key);
    if (f === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, f);
    return f;
  }

  set(key: string, f: DedupeFeatures): void {
    this.map.delete(key);
    this.map.set(key, f);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }

  get size(): number {
    return this.map.size;
  }
}

const signatures = new WeakMap<ReadonlySet<string>, string>();

/** A short signature of a furniture set (order-free), computed once per set object. */
export function furnitureSignature(furniture: ReadonlySet<string> | undefined): string {
  if (!furniture || furniture.size === 0) return '0';
  let sig = signatures.get(furniture);
  if (sig === undefined) {
    let x = 0;
    let y = 0;
    for (const k of furniture) {
      const h = fnv1a32(k);
      x ^= h;
      y = (y + h) >>> 0;
    }
    sig = `${furniture.size}.${(x >>> 0).toString(36)}.${y.toString(36)}`;
    signatures.set(furniture, sig);
  }
  return sig;
}

/** The cache key of an article's comparison features: its id and a hash of every input of them. */
export function featureKey(a: StoryArticle, furniture: ReadonlySet<string> | undefined): string {
  const fields = `${a.url}\u0001${a.site ?? ''}\u0001${a.agency ?? ''}`;
  return `${a.id}|${a.body.length}.${fnv1a32(a.body).toString(36)}.${fnv1a32(a.body, 0x01000193).toString(36)}|${fnv1a32(fields).toString(36)}|${furnitureSignature(furniture)}`;
}

/** The process-wide cache `assignStory` uses unless its options give another. */
export const processFeatureCache = new FeatureCache();

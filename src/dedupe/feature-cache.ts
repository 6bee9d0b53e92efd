/**
 * A per-process cache of articles' comparison features (issue 16, "stop paying twice"): the same
 * stored articles (a story's original and reference, the members of a busy story) are candidates
 * of many lookups, and their features were recomputed from their text every time. The incoming
 * article's own features (computed with lookup keys, a superset of what a candidate needs) go in
 * too, so an article's text is read once when it arrives and not again when it becomes a candidate.
 *
 * Features are a pure function of the article's url, site, agency, body and its site's learned
 * furniture. An entry is found by article id and furniture signature, and holds the fields it was
 * computed from: a hit needs them equal (string equality, which V8 does natively and which is
 * cheaper than hashing the body on every lookup), so a replayed body or a changed agency is a
 * miss, never a stale hit, and so is newly learned furniture. Bounded (least recently used first
 * out). An entry held ~22 kB in the end-to-end bench's heap snapshot (the body ~7 kB, shingles
 * ~4.5 kB, the bands, keys and figures ~3 kB, and ~4 kB of the whole comparison text that
 * `leadParagraph` kept until it became a copy), so ~90 MB for the default (`FEATURE_CACHE_ENTRIES`
 * sets it per process).
 */
import type { DedupeFeatures } from './features.js';
import { fnv1a32 } from './hash.js';
import type { StoryArticle } from './story-store.js';

export const FEATURE_CACHE_ENTRIES = 5000;

/** The fields features are computed from. */
type FeatureInput = Pick<StoryArticle, 'url' | 'site' | 'agency' | 'body'>;

interface Entry {
  input: FeatureInput;
  features: DedupeFeatures;
  /** Computed with lookup keys (see `dedupeFeatures`). */
  keys: boolean;
}

const sameInput = (x: FeatureInput, y: FeatureInput): boolean =>
  x.body === y.body && x.url === y.url && x.site === y.site && x.agency === y.agency;

/** LRU map of features by `featureKey`, each checked against the fields it was computed from. */
export class FeatureCache {
  private readonly map = new Map<string, Entry>();
  hits = 0;
  misses = 0;
  constructor(private capacity: number = FEATURE_CACHE_ENTRIES) {}

  /** Keeps at most `capacity` entries from now on (the least recently used go first); 0 keeps none. */
  resize(capacity: number): void {
    this.capacity = capacity;
    while (this.map.size > Math.max(0, capacity)) this.map.delete(this.map.keys().next().value!);
  }

  /** The features of `a` with `furniture` (and lookup keys when `keys`), if cached and computed from the same fields. */
  get(a: StoryArticle, furniture: ReadonlySet<string> | undefined, keys = false): DedupeFeatures | undefined {
    const key = featureKey(a, furniture);
    const e = this.map.get(key);
    if (e === undefined || (keys && !e.keys) || !sameInput(e.input, a)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, e);
    return e.features;
  }

  /** Keeps the features of `a` with `furniture`; `keys`: they were computed with lookup keys. */
  set(a: StoryArticle, furniture: ReadonlySet<string> | undefined, features: DedupeFeatures, keys = false): void {
    if (this.capacity <= 0) return;
    const key = featureKey(a, furniture);
    this.map.delete(key);
    this.map.set(key, { input: { url: a.url, site: a.site, agency: a.agency, body: a.body }, features, keys });
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

/** The cache key of an article's comparison features: its id and its site's furniture. */
export function featureKey(a: Pick<StoryArticle, 'id'>, furniture: ReadonlySet<string> | undefined): string {
  return `${a.id}|${furnitureSignature(furniture)}`;
}

/** The process-wide cache `assignStory` uses unless its options give another. */
export const processFeatureCache = new FeatureCache();

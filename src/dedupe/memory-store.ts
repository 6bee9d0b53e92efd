/**
 * An in-memory `StoryStore` that mirrors the Postgres one (src/db/stories.repo.ts) lookup for
 * lookup, for unit tests, the dev-set evaluations and benchmarks:
 *
 *   candidates = same url_key ∪ same body hash / lead hash (no window)
 *              ∪ top `limit` articles by shared band / lead / sentence keys within ±window
 *              ∪ the original and the reference member of every story those belong to
 *
 * Transactions run one at a time (a promise chain), so concurrent `assignStory` calls behave as
 * they do under the Postgres locks. A failing transaction's writes are not rolled back: the
 * algorithm only throws on bugs, and tests fail on those anyway.
 */
import type { StoryRole } from '../domain.js';
import type {
  CandidateQuery,
  MemberRef,
  Membership,
  StoryArticle,
  StorySnapshot,
  StoryStore,
  StoryTx,
  StoryUpdate,
} from './story-store.js';

interface Story {
  members: Set<string>;
  originalId: string;
  referenceId: string;
  /** Bumped by every write to the story (the Postgres row's xmin; see `tryJoin`). */
  version: number;
}

function push<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/** Memory-backed store of articles, keys, stories and per-site paragraph counts. */
export class MemoryStoryStore implements StoryStore {
  readonly articles = new Map<string, StoryArticle>();
  readonly memberships = new Map<string, Membership>();
  readonly stories = new Map<string, Story>();
  /** Merged story id -> the story it went into. */
  readonly merges = new Map<string, { into: string; bridge: string }>();
  private readonly bands = new Map<string, Set<string>>();
  private readonly urlKeys = new Map<string, Set<string>>();
  private readonly hashes = new Map<string, Set<string>>();
  private readonly keyed = new Map<string, { at: number | null }>();
  /**
   * Per-site paragraph counts (`site_paragraphs`) and, per paragraph key, the number of sites that
   * carry it: kept as they are counted, so a furniture lookup reads only its sites' counts instead
   * of scanning every count of the store (issue 16: that scan grew with the store and was most of
   * the store's time in bench/cold-dedupe.mjs).
   */
  private readonly paragraphs = new Map<string, Map<string, number>>();
  private readonly sitesOfKey = new Map<string, number>();
  private readonly counted = new Set<string>();
  private nextStory = 1;
  private queue: Promise<unknown> = Promise.resolve();

  /** Adds (or replaces) an article's stored fields. */
  putArticle(a: StoryArticle): void {
    this.articles.set(a.id, a);
  }

  transaction<T>(fn: (tx: StoryTx) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => fn(this.tx()));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private countParagraphs(site: string, articleId: string, keys: readonly string[]): void {
    if (this.counted.has(articleId)) return;
    this.counted.add(articleId);
    let counts = this.paragraphs.get(site);
    if (!counts) this.paragraphs.set(site, (counts = new Map()));
    for (const k of new Set(keys)) {
      const n = counts.get(k) ?? 0;
      if (n === 0) this.sitesOfKey.set(k, (this.sitesOfKey.get(k) ?? 0) + 1);
      counts.set(k, n + 1);
    }
  }

  private ref(id: string): MemberRef {
    return { article: this.articles.get(id)!, ...this.memberships.get(id)! };
  }

  private tx(): StoryTx {
    return {
      article: async (id) => this.articles.get(id) ?? null,
      lockKeys: async (_keys, a, bands, at) => {
        this.keyed.set(a.id, { at });
        for (const b of bands) push(this.bands, b, a.id);
      },
      lockStories: async () => {},
      liveStories: async (ids) => new Set(ids.filter((id) => this.stories.has(id))),
      furniture: async (sites, minPages) => {
        const out = new Map<string, Set<string>>(sites.map((s) => [s, new Set<string>()]));
        for (const [site, set] of out) {
          for (const [k, n] of this.paragraphs.get(site) ?? []) if (n >= minPages && this.sitesOfKey.get(k) === 1) set.add(k);
        }
        return out;
      },
      candidates: async (q) => {
        const members = this.candidates(q);
        const stories = new Map<string, StorySnapshot>();
        for (const id of new Set(members.map((m) => m.storyId))) {
          const s = this.stories.get(id);
          if (s && s.members.size <= (q.whole ?? 0))
            stories.set(id, { version: String(s.version), members: [...s.members].map((x) => this.ref(x)) });
        }
        return { self: this.memberships.get(q.article.id) ?? null, members, stories };
      },
      createStory: async (a, _agency, count, roundup) => {
        if (count) this.countParagraphs(count.site, count.articleId, count.keys);
        const id = String(this.nextStory++);
        this.stories.set(id, { members: new Set([a.id]), originalId: a.id, referenceId: a.id, version: 0 });
        this.memberships.set(a.id, {
          storyId: id,
          role: 'original',
          method: 'new',
          score: 1,
          comparedArticleId: null,
          ...(roundup ? { roundup } : {}),
        });
        return id;
      },
      addMember: async (articleId, m) => {
        const story = this.stories.get(m.storyId);
        if (!story) return null;
        this.memberships.set(articleId, m);
        story.members.add(articleId);
        story.version++;
        return [...story.members].map((id) => this.ref(id));
      },
      detachMember: async (a, storyId) => {
        const story = this.stories.get(storyId);
        if (!story?.members.has(a.id)) return null;
        if (story.members.size === 1) {
          story.version++;
          this.memberships.set(a.id, { ...this.memberships.get(a.id)!, roundup: true });
          return storyId;
        }
        story.members.delete(a.id);
        story.version++;
        const id = String(this.nextStory++);
        this.stories.set(id, { members: new Set([a.id]), originalId: a.id, referenceId: a.id, version: 0 });
        this.memberships.set(a.id, { storyId: id, role: 'original', method: 'new', score: 1, comparedArticleId: null, roundup: true });
        return id;
      },
      mergeStories: async (into, from, bridge) => {
        const target = this.stories.get(into)!;
        target.version++;
        for (const s of from) {
          for (const id of this.stories.get(s)?.members ?? []) {
            target.members.add(id);
            this.memberships.set(id, { ...this.memberships.get(id)!, storyId: into });
          }
          this.stories.delete(s);
          this.merges.set(s, { into, bridge });
        }
      },
      explainDisplaced: async (storyId, originalId, via) => {
        const story = this.stories.get(storyId);
        if (story) story.version++;
        for (const id of this.stories.get(storyId)?.members ?? []) {
          const m = this.memberships.get(id)!;
          if (id !== originalId && id !== via.comparedArticleId && m.method === 'new') this.memberships.set(id, { ...m, ...via });
        }
      },
      members: async (storyId, limit) => {
        const ids = [...(this.stories.get(storyId)?.members ?? [])].sort((x, y) => Number(y) - Number(x) || (x < y ? 1 : -1));
        return (limit === undefined ? ids : ids.slice(0, limit)).map((id) => this.ref(id));
      },
      updateStory: async (storyId, u: StoryUpdate, count) => {
        if (count) this.countParagraphs(count.site, count.articleId, count.keys);
        const s = this.stories.get(storyId)!;
        s.originalId = u.originalId;
        s.referenceId = u.referenceId;
        s.version++;
        for (const [id, role] of u.roles) this.memberships.set(id, { ...this.memberships.get(id)!, role: role as StoryRole });
      },
      tryJoin: async (w, count) => {
        const story = this.stories.get(w.storyId);
        if (!story || String(story.version) !== w.version) return false;
        this.memberships.set(w.articleId, w.member);
        story.members.add(w.articleId);
        for (const [id, role] of w.update.roles) this.memberships.set(id, { ...this.memberships.get(id)!, role });
        for (const id of w.explained) this.memberships.set(id, { ...this.memberships.get(id)!, ...w.via });
        story.originalId = w.update.originalId;
        story.referenceId = w.update.referenceId;
        story.version++;
        if (count) this.countParagraphs(count.site, count.articleId, count.keys);
        return true;
      },
    };
  }

  /** Indexes the exact keys Postgres keeps as `articles` columns when an article is saved. */
  indexExact(articleId: string, urlKey: string, bodyHash: string | null, leadHash: string | null): void {
    push(this.urlKeys, urlKey, articleId);
    if (bodyHash) push(this.hashes, 'b' + bodyHash, articleId);
    if (leadHash) push(this.hashes, 'l' + leadHash, articleId);
  }

  private candidates(q: CandidateQuery): MemberRef[] {
    const at = q.at;
    const ids = new Set<string>(this.urlKeys.get(q.urlKey) ?? []);
    // Exact keys: plain index lookups without a window (an identical text weeks later is the same story).
    if (q.bodyHash) for (const id of this.hashes.get('b' + q.bodyHash) ?? []) ids.add(id);
    if (q.leadHash) for (const id of this.hashes.get('l' + q.leadHash) ?? []) ids.add(id);
    const hits = new Map<string, number>();
    for (const b of new Set(q.bands)) {
      for (const id of this.bands.get(b) ?? []) {
        const t = this.keyed.get(id)?.at ?? null;
        if (at !== null && t !== null && Math.abs(t - at) > q.windowMs) continue;
        hits.set(id, (hits.get(id) ?? 0) + 1);
      }
    }
    const ranked = [...hits].sort((x, y) => y[1] - x[1] || Number(x[0]) - Number(y[0]) || (x[0] < y[0] ? -1 : 1));
    for (const [id] of ranked.slice(0, q.limit)) ids.add(id);
    const withStories = [...ids].filter((id) => id !== q.article.id && this.memberships.has(id));
    for (const id of [...withStories]) {
      const s = this.stories.get(this.memberships.get(id)!.storyId);
      if (s) withStories.push(s.originalId, s.referenceId);
    }
    return [...new Set(withStories)].filter((id) => id !== q.article.id).map((id) => this.ref(id));
  }
}

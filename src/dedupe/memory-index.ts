/**
 * An in-memory story index that runs exactly the decision procedure the db layer runs, for the
 * dev-set evaluation, unit tests and benchmarks. It mirrors the SQL lookups one for one:
 *
 *   candidates = articles with the same url_key                                   (url)
 *              ∪ articles with the same body_hash / lead_hash (no window)        (exact keys)
 *              ∪ top MAX_BAND_CANDIDATES articles by number of shared bands
 *                within ±window                                                  (LSH)
 *              ∪ the original of every story those candidates belong to
 *   decision   = decideStory(features, candidates)
 *   then the story's original and roles are recomputed with assignRoles.
 */
import type { MergeMethod, StoryRole } from '../domain.js';
import { assignRoles, type StoryMember } from './choose-original.js';
import { decideStory, type StoryCandidate, type StoryDecision } from './decide-story.js';
import { dedupeFeatures, indexBands, type DedupeFeatures } from './features.js';

/** ±7 days: reposts come minutes to days after the original; a week bounds the lookup. */
export const DEFAULT_WINDOW_MS = 7 * 24 * 3600 * 1000;
/** Band hits kept per lookup, most shared bands first (bounds verification cost on boilerplate). */
export const MAX_BAND_CANDIDATES = 50;

/** An article as the index receives it. */
export interface IndexedArticleInput {
  id: string;
  url: string;
  body: string;
  site?: string | null;
  agency?: string | null;
  publishedAt: Date | null;
}

interface Stored {
  id: string;
  features: DedupeFeatures;
  member: StoryMember;
  storyId: string;
  role: StoryRole;
  method: MergeMethod;
}

function push<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** The membership an `add` produced. */
export interface Membership {
  storyId: string;
  decision: StoryDecision;
}

/** In-memory stand-in for the articles / article_bands / stories / story_members tables. */
export class MemoryStoryIndex {
  private readonly articles = new Map<string, Stored>();
  private readonly byBand = new Map<string, string[]>();
  private readonly byUrl = new Map<string, string[]>();
  private readonly byHash = new Map<string, string[]>();
  private readonly stories = new Map<string, { members: string[]; originalId: string }>();
  private nextStory = 1;
  private clock = 0;

  /**
   * @param windowMs band lookup window (± around the article's time)
   * @param withOriginals add each candidate story's original to the candidates (what the db layer
   *   must do; `false` only exists to measure what happens when it does not)
   */
  constructor(
    private readonly windowMs = DEFAULT_WINDOW_MS,
    private readonly withOriginals = true,
  ) {}

  /** Adds an article (idempotent by id) and returns the story it went to. */
  add(input: IndexedArticleInput): Membership {
    const existing = this.articles.get(input.id);
    if (existing) return { storyId: existing.storyId, decision: { action: 'new', method: 'new' } };
    const features = dedupeFeatures(input);
    const decision = decideStory(features, this.candidates(features, input.publishedAt));
    const storyId = decision.action === 'join' ? decision.storyId : `s${this.nextStory++}`;
    const member: StoryMember = {
      articleId: input.id, urlKey: features.urlKey, host: features.host, agency: input.agency ?? null,
      publishedAt: input.publishedAt, firstSeenAt: new Date(this.clock++), tokenCount: features.tokenCount,
    };
    this.articles.set(input.id, { id: input.id, features, member, storyId, role: 'original', method: decision.method });
    for (const b of indexBands(features)) push(this.byBand, b, input.id);
    push(this.byUrl, features.urlKey, input.id);
    if (features.bodyHash) push(this.byHash, 'b' + features.bodyHash, input.id);
    if (features.leadHash) push(this.byHash, 'l' + features.leadHash, input.id);
    const story = this.stories.get(storyId) ?? { members: [], originalId: input.id };
    story.members.push(input.id);
    this.stories.set(storyId, story);
    this.reassign(storyId);
    return { storyId, decision };
  }

  /** The story id of an article, if added. */
  storyOf(id: string): string | undefined {
    return this.articles.get(id)?.storyId;
  }

  /** Role of an article in its story, if added. */
  roleOf(id: string): StoryRole | undefined {
    return this.articles.get(id)?.role;
  }

  /** The current original of a story. */
  originalOf(storyId: string): string | undefined {
    return this.stories.get(storyId)?.originalId;
  }

  get size(): number {
    return this.articles.size;
  }

  private inWindow(a: Stored, at: Date | null): boolean {
    const t = a.member.publishedAt;
    return at === null || t === null || Math.abs(t.getTime() - at.getTime()) <= this.windowMs;
  }

  private candidates(f: DedupeFeatures, at: Date | null): StoryCandidate[] {
    const ids = new Set<string>(this.byUrl.get(f.urlKey) ?? []);
    const exactKeys = [f.bodyHash && 'b' + f.bodyHash, f.leadHash && 'l' + f.leadHash].filter((k): k is string => !!k);
    // Exact keys are plain index lookups, so no time window: an identical text is the same story
    // even when republished weeks later (the dev set has such copies 8-10 days apart).
    for (const k of exactKeys) for (const id of this.byHash.get(k) ?? []) ids.add(id);
    const hits = new Map<string, number>();
    for (const b of indexBands(f)) for (const id of this.byBand.get(b) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    const ranked = [...hits].filter(([id]) => this.inWindow(this.articles.get(id)!, at)).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [id] of ranked.slice(0, MAX_BAND_CANDIDATES)) ids.add(id);
    for (const id of this.withOriginals ? [...ids] : []) {
      const original = this.stories.get(this.articles.get(id)!.storyId)?.originalId;
      if (original) ids.add(original);
    }
    return [...ids].map((id) => {
      const a = this.articles.get(id)!;
      return { articleId: id, storyId: a.storyId, isOriginal: this.stories.get(a.storyId)?.originalId === id, features: a.features };
    });
  }

  private reassign(storyId: string): void {
    const story = this.stories.get(storyId);
    if (!story) return;
    const { originalId, roles } = assignRoles(story.members.map((id) => this.articles.get(id)!.member));
    story.originalId = originalId;
    for (const [id, role] of roles) this.articles.get(id)!.role = role;
  }
}

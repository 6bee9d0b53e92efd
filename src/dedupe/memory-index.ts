/**
 * The story index in memory: `assignStory` over a `MemoryStoryStore`, with the article fields the
 * Postgres store keeps at save time (url key, exact hashes). Used by the dev-set evaluations, unit
 * tests and benchmarks; it runs exactly the algorithm the service runs.
 */
import type { StoryRole } from '../domain.js';
import { assignStory, DEFAULT_ASSIGN_OPTIONS, type AssignOptions, type Assignment } from './assign-story.js';
import { dedupeKeys } from './dedupe-keys.js';
import { MemoryStoryStore } from './memory-store.js';
import { urlKey } from './url-key.js';

/** An article as the index receives it. */
export interface IndexedArticleInput {
  id: string;
  url: string;
  body: string;
  title?: string;
  site?: string | null;
  agency?: string | null;
  publishedAt: Date | null;
  /** 'day' for a date without a time (see `StoryArticle.publishedPrecision`). */
  publishedPrecision?: 'day' | 'minute' | 'second' | null;
}

/** In-memory stand-in for the articles / article_bands / stories / story_members tables. */
export class MemoryStoryIndex {
  readonly store = new MemoryStoryStore();
  private clock = 0;

  constructor(private readonly opts: AssignOptions = DEFAULT_ASSIGN_OPTIONS) {}

  /** Stores an article and assigns it to a story (idempotent by id). */
  async add(input: IndexedArticleInput): Promise<Assignment> {
    if (!this.store.articles.has(input.id)) {
      this.store.putArticle({
        id: input.id,
        url: input.url,
        site: input.site ?? null,
        agency: input.agency ?? null,
        title: input.title ?? '',
        body: input.body,
        publishedAt: input.publishedAt,
        ...(input.publishedPrecision ? { publishedPrecision: input.publishedPrecision } : {}),
        // Only the order records were added in: an undated record has no time.
        firstSeenAt: new Date(Date.UTC(2000, 0, 1) + this.clock++),
        firstSeenIsFetchTime: false,
      });
      const keys = dedupeKeys({ body: input.body });
      this.store.indexExact(input.id, urlKey(input.url), keys.tokenCount >= 20 ? keys.contentHash : null, keys.leadHash);
    }
    const a = await assignStory(this.store, input.id, this.opts);
    if (!a) throw new Error(`dedupe: article ${input.id} vanished`);
    return a;
  }

  /** The story id of an article, if added. */
  storyOf(id: string): string | undefined {
    return this.store.memberships.get(id)?.storyId;
  }

  /** Role of an article in its story, if added. */
  roleOf(id: string): StoryRole | undefined {
    return this.store.memberships.get(id)?.role;
  }

  /** The current original of a story. */
  originalOf(storyId: string): string | undefined {
    return this.store.stories.get(storyId)?.originalId;
  }

  get size(): number {
    return this.store.memberships.size;
  }
}

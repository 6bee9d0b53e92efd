/**
 * The storage the story algorithm (assign-story.ts) needs, as a small interface: `src/db`
 * implements it on Postgres (stories.repo.ts) and memory-store.ts in memory for tests and
 * benchmarks. The algorithm calls the store; the store never calls back into the algorithm.
 * Ids are strings here (Postgres ids are passed as their decimal form).
 */
import type { MergeMethod, StoryRole } from '../domain.js';

/** An article as the story algorithm reads it. */
export interface StoryArticle {
  id: string;
  url: string;
  /** Publishing site's name or host; furniture is learned per site. */
  site: string | null;
  agency: string | null;
  title: string;
  body: string;
  publishedAt: Date | null;
  /** 'day' when the page gave a date without a time (`publishedAt` is that day 00:00 UTC). */
  publishedPrecision?: 'day' | 'minute' | 'second' | null;
  firstSeenAt: Date;
  /**
   * False when `firstSeenAt` is not when the page was fetched but when a record was imported or
   * added to the in-memory index: an undated article then has no time (`articleTime`). A crawled
   * page is fetched minutes to hours after it is out, so its fetch time stands in for a missing date.
   */
  firstSeenIsFetchTime?: boolean;
}

/** A stored membership. */
export interface Membership {
  storyId: string;
  role: StoryRole;
  method: MergeMethod;
  score: number;
  comparedArticleId: string | null;
  /** The member is a round-up of several stories, in a story of its own (see decide-story.ts rule 3d). */
  roundup?: boolean;
}

/** A story member with its article, as candidates and story listings return it. */
export interface MemberRef extends Membership {
  article: StoryArticle;
}

/** What the candidate lookup receives. */
export interface CandidateQuery {
  article: StoryArticle;
  urlKey: string;
  bodyHash: string | null;
  leadHash: string | null;
  /** Band, lead-window and sentence keys (int8 as decimal strings). */
  bands: string[];
  /** The article's time (`articleTime`): band rows within `windowMs` of it, and those with none; every row when null. */
  at: number | null;
  windowMs: number;
  /** Band hits kept, most shared keys first. */
  limit: number;
  /** Stories of at most this many members come whole (`Candidates.stories`); none when absent. */
  whole?: number;
}

/** The new state of a story after a join or merge. */
export interface StoryUpdate {
  originalId: string;
  referenceId: string;
  /** The original's title, the earliest publication time, the number of members. */
  title: string;
  firstPublishedAt: Date | null;
  memberCount: number;
  /** The story's agency: the original's (credited or detected), else any member's. */
  agency: string | null;
  /** Roles that changed (only these are written). */
  roles: ReadonlyMap<string, StoryRole>;
}

/** A page's distinct paragraph keys, counted for its site once per article (see furniture.ts). */
export interface ParagraphCount {
  site: string;
  articleId: string;
  keys: readonly string[];
}

/** A story's every member and its row's version, read in one snapshot (see `StoryTx.tryJoin`). */
export interface StorySnapshot {
  /** Changes whenever the story's membership or state is written (Postgres: the row's xmin). */
  version: string;
  /** In the order the store's own member reads return them (the story's agency falls back on the first with one). */
  members: MemberRef[];
}

/** What the candidate lookup returns. */
export interface Candidates {
  /** The article's own membership, when it is already placed (a re-run). */
  self: Membership | null;
  members: MemberRef[];
  /**
   * Small stories of the candidates in full, for a join without locks (`tryJoin`) and as the hub
   * rule's members (instead of `members(storyId, limit)`, in its order); kept apart from `members`,
   * which the decision reads, so the decision is the same with or without them.
   */
  stories?: ReadonlyMap<string, StorySnapshot>;
}

/** A plain join worked out from a `StorySnapshot`, to be written only if the story is unchanged. */
export interface JoinWrite {
  storyId: string;
  /** The snapshot's version. */
  version: string;
  articleId: string;
  /** The new membership, with the role the recomputation gave it. */
  member: Membership;
  /** The story's new state; `roles` holds the other members' changed roles. */
  update: StoryUpdate;
  /** Other members still marked 'new' that the join explains by `via` (what `explainDisplaced` updates). */
  explained: readonly string[];
  via: Pick<Membership, 'method' | 'score' | 'comparedArticleId'>;
}

/**
 * One transaction's view of the store. Round trips are what an assignment costs on Postgres, so
 * the calls are shaped to need one statement each: keys are locked and stored together, the
 * candidates come with the article's own membership, a join returns the story's members, and a
 * store may serve `furniture` from the rows it has already read in the transaction.
 */
export interface StoryTx {
  article(id: string): Promise<StoryArticle | null>;
  /**
   * Serializes on the keys (held to the end of the transaction; taken in one sorted order) and
   * stores the article's band keys (idempotent) at its time `at` (`articleTime`: null when it has
   * none), in one round trip.
   */
  lockKeys(keys: readonly string[], article: StoryArticle, bands: readonly string[], at: number | null): Promise<void>;
  /** Serializes on story ids (held to the end of the transaction; taken in one sorted order). */
  lockStories(ids: readonly string[]): Promise<void>;
  /** Which of the stories exist (read after `lockStories`: a merge removes the merged one). */
  liveStories(ids: readonly string[]): Promise<Set<string>>;
  /** Each site's furniture: paragraph keys seen on >= minPages of its pages and on no other site (site -> keys). */
  furniture(sites: readonly string[], minPages: number): Promise<Map<string, Set<string>>>;
  /**
   * Members proposed by the keys, plus the original and the reference member of each of their
   * stories; and the article's own membership, read after `lockKeys`.
   */
  candidates(q: CandidateQuery): Promise<Candidates>;
  /**
   * A new story with the article as its original, reference and only member (role original,
   * method new); counts the page's paragraphs (`count`, see `updateStory`).
   */
  createStory(article: StoryArticle, agency: string | null, count: ParagraphCount | null, roundup?: boolean): Promise<string>;
  /**
   * Adds the membership and returns every member of the story, the new one included; null (and
   * nothing added) when the story no longer exists (merged away since the decision).
   */
  addMember(articleId: string, m: Membership): Promise<MemberRef[] | null>;
  /**
   * Takes the article out of `storyId` into a new story of its own (original, method new, marked
   * a round-up); when it is the story's only member, marks it a round-up where it is and returns
   * `storyId` (decide-story rule 3f: a briefing alone in its story). Null (and nothing changed)
   * when it is no longer a member of that story.
   */
  detachMember(article: StoryArticle, storyId: string, agency: string | null): Promise<string | null>;
  /** Moves every membership of `fromIds` into `intoId`, records the merges, removes the merged stories. */
  mergeStories(intoId: string, fromIds: readonly string[], bridgeArticleId: string): Promise<void>;
  /** Members of a story (at most `limit`, the most recent first, when given). */
  members(storyId: string, limit?: number): Promise<MemberRef[]>;
  /**
   * Members of the story still marked method 'new' other than `originalId` (a displaced original,
   * or the original of a merged story) are explained by `via`: the comparison that joined them.
   */
  explainDisplaced(storyId: string, originalId: string, via: Pick<Membership, 'method' | 'score' | 'comparedArticleId'>): Promise<void>;
  /**
   * Writes the story's new state. `count`: the placed page's paragraphs, counted for its site once
   * per article (a re-run counts nothing); the last write of an assignment, because the per-site
   * rows are shared by all of a site's pages and stay locked to the commit.
   */
  updateStory(storyId: string, update: StoryUpdate, count?: ParagraphCount | null): Promise<void>;
  /**
   * Optional: the whole join (membership, roles, `explained`, story row, `count`) in one round trip,
   * written only when the story is still at `version` and no other transaction is writing it (never
   * waits for a lock); false, with nothing written, otherwise (the caller takes the locked path).
   */
  tryJoin?(w: JoinWrite, count: ParagraphCount | null): Promise<boolean>;
}

/** A store: runs a function in one transaction. */
export interface StoryStore {
  transaction<T>(fn: (tx: StoryTx) => Promise<T>): Promise<T>;
}

/**
 * When an article was out, for the candidate window and the time rules (ms): published, else
 * fetched, else unknown (null): then no window or time rule applies to it. Scrapers, listings and
 * aggregators are the pages that show no date; an imported one placed at its import time, years
 * from its story, lost every link.
 */
export function articleTime(a: StoryArticle): number | null {
  return (a.publishedAt ?? (a.firstSeenIsFetchTime === false ? null : a.firstSeenAt))?.getTime() ?? null;
}

/** True when `articleTime` is a calendar day, not a time: the page gave a date only. */
export const dayOnly = (a: StoryArticle): boolean => a.publishedAt !== null && a.publishedPrecision === 'day';

/**
 * Story membership. `assignStory` runs the pure dedupe decision inside one transaction that holds
 * advisory locks on every lookup key of the article (content hash, lead hash, LSH bands). Two
 * copies of one story share at least one key, so they serialize and the second sees the first:
 * they end in one story, never two. Keys are locked in sorted order, so no deadlock.
 */
import { sql } from 'kysely';
import type { MergeMethod, StoryRole } from '../domain.js';
import type { Db } from './db.js';
import type { StoryOverviewView } from './stories.table.js';

/** An article as dedupe sees it: its text, keys and provenance. */
export interface DedupeArticle {
  id: number;
  canonicalUrl: string;
  host: string;
  site: string | null;
  agency: string | null;
  title: string;
  body: string;
  language: string | null;
  publishedAt: Date | null;
  firstSeenAt: Date;
  contentHash: string;
  leadHash: string | null;
  fingerprint: unknown;
  wordCount: number;
}

/** A stored article that already belongs to a story. */
export interface DedupeCandidate extends DedupeArticle {
  storyId: number;
  role: StoryRole;
  isOriginal: boolean;
}

export type StoryDecision =
  | { kind: 'new' }
  | { kind: 'join'; storyId: number; method: MergeMethod; score: number; comparedArticleId: number; role: StoryRole };

export interface DedupeStrategy {
  /** Keys to lock and to look candidates up by: 'ch:<hash>', 'lh:<hash>', 'b:<band>' ... */
  lockKeys(self: DedupeArticle): string[];
  /** Band keys for the near-duplicate index (stored for this article). */
  bandKeys(self: DedupeArticle): string[];
  /** Pure decision on the candidates found. */
  decide(self: DedupeArticle, candidates: DedupeCandidate[]): StoryDecision;
  /** Whether `challenger` should replace `current` as the story's original. */
  betterOriginal(challenger: DedupeArticle, current: DedupeArticle): boolean;
  /** Candidate window around the article's time, in days. */
  windowDays: number;
}

export interface Assignment {
  storyId: number;
  role: StoryRole;
  method: MergeMethod;
  score: number;
  comparedArticleId: number | null;
  created: boolean;
}

const articleColumns = [
  'a.id',
  'a.canonical_url',
  'a.host',
  'a.site',
  'a.agency',
  'a.title',
  'a.body',
  'a.language',
  'a.published_at',
  'a.first_seen_at',
  'a.content_hash',
  'a.lead_hash',
  'a.fingerprint',
  'a.word_count',
] as const;

type ArticleSel = {
  id: number;
  canonical_url: string;
  host: string;
  site: string | null;
  agency: string | null;
  title: string;
  body: string;
  language: string | null;
  published_at: Date | null;
  first_seen_at: Date;
  content_hash: string;
  lead_hash: string | null;
  fingerprint: unknown;
  word_count: number;
};

function toDedupeArticle(r: ArticleSel): DedupeArticle {
  return {
    id: r.id,
    canonicalUrl: r.canonical_url,
    host: r.host,
    site: r.site,
    agency: r.agency,
    title: r.title,
    body: r.body,
    language: r.language,
    publishedAt: r.published_at,
    firstSeenAt: r.first_seen_at,
    contentHash: r.content_hash,
    leadHash: r.lead_hash,
    fingerprint: r.fingerprint,
    wordCount: r.word_count,
  };
}

/**
 * Puts the article in a story (a new one or an existing one) and returns the membership.
 * Idempotent: an article already in a story keeps its membership (a changed text of the same
 * URL stays in its story as a new version).
 */
export async function assignStory(db: Db, articleId: number, strategy: DedupeStrategy): Promise<Assignment | null> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('articles as a').select(articleColumns).where('a.id', '=', articleId).executeTakeFirst();
    if (!row) return null; // deleted since the job was queued
    const self = toDedupeArticle(row);
    const keys = [...new Set(strategy.lockKeys(self))].sort();
    for (const key of keys) {
      await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
    }
    const existing = await trx.selectFrom('story_members').selectAll().where('article_id', '=', articleId).executeTakeFirst();
    if (existing) {
      return { storyId: existing.story_id, role: existing.role, method: existing.method, score: existing.score, comparedArticleId: existing.compared_article_id, created: false };
    }
    const bands = [...new Set(strategy.bandKeys(self))];
    await storeBands(trx, self, bands);
    const candidates = await findCandidates(trx, self, bands, strategy.windowDays);
    const decision = strategy.decide(self, candidates);
    if (decision.kind === 'new') {
      const story = await trx
        .insertInto('stories')
        .values({ original_article_id: self.id, title: self.title, agency: self.agency, first_published_at: self.publishedAt ?? self.firstSeenAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('story_members').values({ article_id: self.id, story_id: story.id, role: 'original', method: 'new', score: 1, compared_article_id: null }).execute();
      return { storyId: story.id, role: 'original', method: 'new', score: 1, comparedArticleId: null, created: true };
    }
    await trx
      .insertInto('story_members')
      .values({ article_id: self.id, story_id: decision.storyId, role: decision.role, method: decision.method, score: decision.score, compared_article_id: decision.comparedArticleId })
      .execute();
    const original = candidates.find((c) => c.storyId === decision.storyId && c.isOriginal);
    let role = decision.role;
    if (original && role === 'repost' && strategy.betterOriginal(self, original)) {
      // A better original arrived late (e.g. the agency's own page): it takes the original's place.
      await trx.updateTable('story_members').set({ role: 'repost' }).where('article_id', '=', original.id).execute();
      await trx.updateTable('story_members').set({ role: 'original' }).where('article_id', '=', self.id).execute();
      await trx.updateTable('stories').set({ original_article_id: self.id, title: self.title, agency: self.agency ?? original.agency }).where('id', '=', decision.storyId).execute();
      role = 'original';
    }
    await trx
      .updateTable('stories')
      .set((eb) => ({
        member_count: eb('member_count', '+', 1),
        updated_at: new Date(),
        first_published_at: sql<Date>`least(first_published_at, ${self.publishedAt ?? self.firstSeenAt}::timestamptz)`,
        agency: eb.fn.coalesce(eb.ref('agency'), eb.val(self.agency)),
      }))
      .where('id', '=', decision.storyId)
      .execute();
    return { storyId: decision.storyId, role, method: decision.method, score: decision.score, comparedArticleId: decision.comparedArticleId, created: false };
  });
}

async function storeBands(trx: Db, self: DedupeArticle, bands: string[]): Promise<void> {
  if (bands.length === 0) return;
  await trx
    .insertInto('article_bands')
    .values(bands.map((band) => ({ band, article_id: self.id, at: self.publishedAt ?? self.firstSeenAt })))
    .onConflict((oc) => oc.columns(['band', 'article_id']).doNothing())
    .execute();
}

/** Members of stories that share an exact key or an LSH band with the article, within the window. */
async function findCandidates(trx: Db, self: DedupeArticle, bands: string[], windowDays: number): Promise<DedupeCandidate[]> {
  const at = self.publishedAt ?? self.firstSeenAt;
  const from = new Date(at.getTime() - windowDays * 86400_000);
  const to = new Date(at.getTime() + windowDays * 86400_000);
  const ids = await sql<{ id: number }>`
    select id from articles where content_hash = ${self.contentHash} and id <> ${self.id}
    union
    select id from articles where ${self.leadHash}::text is not null and lead_hash = ${self.leadHash} and id <> ${self.id}
    union
    select id from articles where canonical_url = ${self.canonicalUrl} and id <> ${self.id}
    union
    select article_id from article_bands
    where band = any(${bands}::text[]) and at between ${from} and ${to} and article_id <> ${self.id}
    limit 500`.execute(trx);
  if (ids.rows.length === 0) return [];
  const rows = await trx
    .selectFrom('articles as a')
    .innerJoin('story_members as m', 'm.article_id', 'a.id')
    .innerJoin('stories as s', 's.id', 'm.story_id')
    .select([...articleColumns, 'm.story_id', 'm.role', 's.original_article_id'])
    .where(
      'a.id',
      'in',
      ids.rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({ ...toDedupeArticle(r), storyId: r.story_id, role: r.role, isOriginal: r.original_article_id === r.id }));
}

/** Stories with their members, newest first (for `wirehouse stories`). */
export async function listStories(db: Db, limit = 100): Promise<StoryOverviewView[]> {
  return db.selectFrom('story_overview').selectAll().orderBy('story_id', 'desc').limit(limit).execute();
}

export interface MemberLine {
  articleId: number;
  externalId: string | null;
  url: string;
  storyId: number;
  role: StoryRole;
  method: MergeMethod;
  score: number;
}

/** Every membership, for `wirehouse stories --jsonl`. */
export async function* streamMembers(db: Db, batch = 1000): AsyncGenerator<MemberLine> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('story_members as m')
      .innerJoin('articles as a', 'a.id', 'm.article_id')
      .select(['m.article_id', 'a.external_id', 'a.canonical_url', 'm.story_id', 'm.role', 'm.method', 'm.score'])
      .where('m.article_id', '>', after)
      .orderBy('m.article_id')
      .limit(batch)
      .execute();
    for (const r of rows) {
      yield { articleId: r.article_id, externalId: r.external_id, url: r.canonical_url, storyId: r.story_id, role: r.role, method: r.method, score: r.score };
    }
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.article_id;
  }
}

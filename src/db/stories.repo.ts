/**
 * Story membership. `assignStory` runs the pure dedupe decision inside one transaction holding
 * advisory locks on every lookup key of the article (URL key, body hash, lead hash, LSH bands).
 * Two copies of one story share at least one key, so they serialize and the second sees the
 * first: they end in one story, never two. Keys are locked in one sorted order, so no deadlock.
 *
 * The candidate lookup mirrors src/dedupe/memory-index.ts one for one:
 *   same url_key ∪ same body hash / lead hash (no window) ∪ top-N articles by shared bands within
 *   ±window ∪ the original of every story those belong to.
 */
import { sql } from 'kysely';
import type { MergeMethod, StoryRole } from '../domain.js';
import type { Db } from './db.js';
import type { StoryOverviewView } from './stories.table.js';

/** A stored article as dedupe reads it. */
export interface StoredArticle {
  id: number;
  canonicalUrl: string;
  urlKey: string;
  host: string;
  site: string | null;
  agency: string | null;
  title: string;
  body: string;
  publishedAt: Date | null;
  firstSeenAt: Date;
  contentHash: string;
  leadHash: string | null;
}

/** A stored article that belongs to a story. */
export interface StoredCandidate extends StoredArticle {
  storyId: number;
  role: StoryRole;
  isOriginal: boolean;
}

/** The lookup keys of one article (computed by the dedupe stage). */
export interface LookupKeys {
  /** Body hash, when the text is long enough for an exact match; null otherwise. */
  bodyHash: string | null;
  leadHash: string | null;
  bands: string[];
}

export type Decision =
  | { kind: 'new' }
  | { kind: 'join'; storyId: number; method: Exclude<MergeMethod, 'new'>; score: number; comparedArticleId: number; role: StoryRole };

/** The pure parts, passed in by the dedupe worker. */
export interface DedupeStrategy {
  keys(self: StoredArticle): LookupKeys;
  decide(self: StoredArticle, candidates: StoredCandidate[]): Decision;
  /** The story's original and every member's role, from all members. */
  roles(members: StoredArticle[]): { originalId: number; roles: Map<number, StoryRole> };
  windowDays: number;
  /** Band hits kept per lookup, most shared bands first. */
  maxBandCandidates: number;
}

export interface Assignment {
  storyId: number;
  role: StoryRole;
  method: MergeMethod;
  score: number;
  comparedArticleId: number | null;
  /** True when this call created the story. */
  created: boolean;
  /** True when the article was already a member (a re-run or a new version). */
  existing: boolean;
}

/**
 * What dedupe reads of each article (itself, every candidate, every member of a joined story).
 * Not `fingerprint`: the strategy computes its features from the text, and the stored jsonb (about
 * 1.4 kB, kept out of line in TOAST) cost a TOAST index probe and heap read per row for nothing.
 */
const columns = [
  'a.id', 'a.canonical_url', 'a.url_key', 'a.host', 'a.site', 'a.agency', 'a.title', 'a.body',
  'a.published_at', 'a.first_seen_at', 'a.content_hash', 'a.lead_hash',
] as const;

interface Row {
  id: number; canonical_url: string; url_key: string; host: string; site: string | null; agency: string | null;
  title: string; body: string; published_at: Date | null; first_seen_at: Date; content_hash: string;
  lead_hash: string | null;
}

function toStored(r: Row): StoredArticle {
  return {
    id: r.id, canonicalUrl: r.canonical_url, urlKey: r.url_key, host: r.host, site: r.site, agency: r.agency,
    title: r.title, body: r.body, publishedAt: r.published_at, firstSeenAt: r.first_seen_at,
    contentHash: r.content_hash, leadHash: r.lead_hash,
  };
}

/**
 * Puts the article in a story and returns the membership. Idempotent: an article already in a
 * story keeps it (a re-run, or a changed text of the same URL, which is a new version).
 */
export async function assignStory(db: Db, articleId: number, strategy: DedupeStrategy): Promise<Assignment | null> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('articles as a').select(columns).where('a.id', '=', articleId).executeTakeFirst();
    if (!row) return null; // deleted since the job was queued
    const self = toStored(row);
    const keys = strategy.keys(self);
    const lockKeys = ['u:' + self.urlKey, ...(keys.bodyHash ? ['h:' + keys.bodyHash] : []), ...(keys.leadHash ? ['l:' + keys.leadHash] : []), ...keys.bands.map((b) => 'b:' + b)];
    // One statement; OFFSET 0 keeps the sorted subquery from being flattened, so locks are taken in order.
    await sql`select pg_advisory_xact_lock(h) from (select distinct hashtextextended(k, 0) as h from unnest(${lockKeys}::text[]) as k order by h offset 0) s`.execute(trx);

    const existing = await trx.selectFrom('story_members').selectAll().where('article_id', '=', articleId).executeTakeFirst();
    if (existing) {
      await storeBands(trx, self, keys.bands);
      return { storyId: existing.story_id, role: existing.role, method: existing.method, score: existing.score, comparedArticleId: existing.compared_article_id, created: false, existing: true };
    }
    const candidates = await findCandidates(trx, self, keys, strategy);
    await storeBands(trx, self, keys.bands);
    const decision = strategy.decide(self, candidates);
    if (decision.kind === 'new') {
      const story = await trx
        .insertInto('stories')
        .values({ original_article_id: self.id, title: self.title, agency: self.agency, first_published_at: self.publishedAt ?? self.firstSeenAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('story_members').values({ article_id: self.id, story_id: story.id, role: 'original', method: 'new', score: 1, compared_article_id: null }).execute();
      return { storyId: story.id, role: 'original', method: 'new', score: 1, comparedArticleId: null, created: true, existing: false };
    }
    await trx
      .insertInto('story_members')
      .values({ article_id: self.id, story_id: decision.storyId, role: decision.role, method: decision.method, score: decision.score, compared_article_id: decision.comparedArticleId })
      .execute();
    const role = await refreshStory(trx, decision.storyId, self.id, strategy);
    if (role === 'original') {
      // The newcomer displaced the story's first article as original: that article's membership
      // now explains itself by the same comparison, seen from its side.
      await trx
        .updateTable('story_members')
        .set({ method: decision.method, score: decision.score, compared_article_id: self.id })
        .where('story_id', '=', decision.storyId)
        .where('method', '=', 'new')
        .where('article_id', '<>', self.id)
        .execute();
    }
    return { storyId: decision.storyId, role, method: decision.method, score: decision.score, comparedArticleId: decision.comparedArticleId, created: false, existing: false };
  });
}

/** Recomputes the story's original and roles after a join (a better original may have arrived). */
async function refreshStory(trx: Db, storyId: number, joinedId: number, strategy: DedupeStrategy): Promise<StoryRole> {
  const rows = await trx
    .selectFrom('story_members as m')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .select([...columns, 'm.role'])
    .where('m.story_id', '=', storyId)
    .execute();
  const members = rows.map(toStored);
  const { originalId, roles } = strategy.roles(members);
  for (const r of rows) {
    const role = roles.get(r.id);
    if (role && role !== r.role) await trx.updateTable('story_members').set({ role }).where('article_id', '=', r.id).execute();
  }
  const original = members.find((m) => m.id === originalId)!;
  const first = members.reduce<Date | null>((min, m) => {
    const t = m.publishedAt ?? m.firstSeenAt;
    return min === null || t < min ? t : min;
  }, null);
  await trx
    .updateTable('stories')
    .set({
      original_article_id: originalId,
      title: original.title,
      agency: original.agency ?? members.find((m) => m.agency)?.agency ?? null,
      member_count: members.length,
      first_published_at: first,
      updated_at: new Date(),
    })
    .where('id', '=', storyId)
    .execute();
  return roles.get(joinedId) ?? 'repost';
}

async function storeBands(trx: Db, self: StoredArticle, bands: string[]): Promise<void> {
  if (bands.length === 0) return;
  await trx
    .insertInto('article_bands')
    .values([...new Set(bands)].map((band) => ({ band, article_id: self.id, at: self.publishedAt ?? self.firstSeenAt })))
    .onConflict((oc) => oc.columns(['band', 'article_id']).doNothing())
    .execute();
}

async function findCandidates(trx: Db, self: StoredArticle, keys: LookupKeys, strategy: DedupeStrategy): Promise<StoredCandidate[]> {
  const at = self.publishedAt ?? self.firstSeenAt;
  const windowMs = strategy.windowDays * 86_400_000;
  const ids = await sql<{ id: number }>`
    with hits as (
      select id from articles where url_key = ${self.urlKey} and id <> ${self.id}
      union
      select id from articles where ${keys.bodyHash}::text is not null and content_hash = ${keys.bodyHash} and id <> ${self.id}
      union
      select id from articles where ${keys.leadHash}::text is not null and lead_hash = ${keys.leadHash} and id <> ${self.id}
      union
      (select article_id from article_bands
       where band = any(${keys.bands}::int8[]) and article_id <> ${self.id}
         and at between ${new Date(at.getTime() - windowMs)} and ${new Date(at.getTime() + windowMs)}
       group by article_id
       order by count(*) desc, article_id
       limit ${strategy.maxBandCandidates})
    )
    select h.id from hits h join story_members m on m.article_id = h.id
    union
    select s.original_article_id from hits h
      join story_members m on m.article_id = h.id
      join stories s on s.id = m.story_id`.execute(trx);
  if (ids.rows.length === 0) return [];
  const rows = await trx
    .selectFrom('articles as a')
    .innerJoin('story_members as m', 'm.article_id', 'a.id')
    .innerJoin('stories as s', 's.id', 'm.story_id')
    .select([...columns, 'm.story_id', 'm.role', 's.original_article_id'])
    .where('a.id', 'in', ids.rows.map((r) => r.id))
    .execute();
  return rows.map((r) => ({ ...toStored(r), storyId: r.story_id, role: r.role, isOriginal: r.original_article_id === r.id }));
}

/** Stories with their members, newest first (for `wirehouse stories`). */
export interface StoryFilter {
  limit?: number | undefined;
  /** Stories first published at or after this time. */
  since?: Date | undefined;
  /** The story's agency (case-insensitive). */
  agency?: string | undefined;
  /** Stories with a copy on this site (site name or host, case-insensitive). */
  site?: string | undefined;
}

/** The newest stories (by first publication, then id) matching the filter, with their members. */
export async function listStories(db: Db, filter: StoryFilter = {}): Promise<StoryOverviewView[]> {
  let q = db.selectFrom('story_overview as o').selectAll();
  if (filter.since) q = q.where('o.first_published_at', '>=', filter.since);
  if (filter.agency) q = q.where(sql<boolean>`lower(o.agency) = lower(${filter.agency})`);
  if (filter.site) {
    const site = filter.site;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('story_members as m')
          .innerJoin('articles as a', 'a.id', 'm.article_id')
          .select('m.article_id')
          .whereRef('m.story_id', '=', 'o.story_id')
          .where(sql<boolean>`(lower(a.site) = lower(${site}) or a.host = lower(${site}))`),
      ),
    );
  }
  return q.orderBy('o.first_published_at', (ob) => ob.desc().nullsLast()).orderBy('o.story_id', 'desc').limit(filter.limit ?? 100).execute();
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

export interface DeletedArticle {
  articleId: number;
  storyId: number | null;
  /** The story's original after the delete (re-elected when the deleted article was it). */
  originalId: number | null;
  /** True when the article was the story's only member, so the story went too. */
  storyDeleted: boolean;
}

/**
 * Removes an article (a takedown) with its raw-page links, bands and membership; its story keeps
 * the other members and re-elects its original by the same rule dedupe uses, or goes when empty.
 */
export async function deleteArticle(db: Db, articleId: number, strategy: DedupeStrategy): Promise<DeletedArticle | null> {
  return db.transaction().execute(async (trx) => {
    const member = await trx.selectFrom('story_members').select('story_id').where('article_id', '=', articleId).executeTakeFirst();
    // Lock the story first, as dedupe's refresh does, so a concurrent join sees the result.
    if (member) await trx.selectFrom('stories').select('id').where('id', '=', member.story_id).forUpdate().execute();
    const exists = await trx.selectFrom('articles').select('id').where('id', '=', articleId).forUpdate().executeTakeFirst();
    if (!exists) return null;
    if (!member) {
      await trx.deleteFrom('articles').where('id', '=', articleId).execute();
      return { articleId, storyId: null, originalId: null, storyDeleted: false };
    }
    await trx.deleteFrom('story_members').where('article_id', '=', articleId).execute();
    const left = await trx.selectFrom('story_members').select('article_id').where('story_id', '=', member.story_id).execute();
    if (left.length === 0) {
      await trx.deleteFrom('stories').where('id', '=', member.story_id).execute();
      await trx.deleteFrom('articles').where('id', '=', articleId).execute();
      return { articleId, storyId: member.story_id, originalId: null, storyDeleted: true };
    }
    // stories.original_article_id has no ON DELETE: re-elect before the article row goes.
    await refreshStory(trx, member.story_id, left[0]!.article_id, strategy);
    await trx.deleteFrom('articles').where('id', '=', articleId).execute();
    const story = await trx.selectFrom('stories').select('original_article_id').where('id', '=', member.story_id).executeTakeFirstOrThrow();
    return { articleId, storyId: member.story_id, originalId: story.original_article_id, storyDeleted: false };
  });
}

/**
 * Story storage on Postgres: the `StoryStore` that the story algorithm (src/dedupe/assign-story.ts)
 * runs on. This module only reads and writes rows; every decision is the algorithm's, and the
 * algorithm is handed this store rather than this module calling back into it. (The interface
 * types are imported with `import type`, erased at runtime: db depends on no stage code.)
 *
 * Locks: `lockKeys` and `lockStories` take transaction-scoped advisory locks in one sorted order
 * (one statement each; OFFSET 0 keeps the sorted subquery from being flattened).
 *
 * The candidate lookup mirrors src/dedupe/memory-store.ts one for one:
 *   same url_key ∪ same body hash / lead hash (no window) ∪ top-N articles by shared band / lead /
 *   sentence keys within ±window (each key read at most KEY_ROWS rows, so a boilerplate sentence
 *   shared by thousands of pages costs a bounded scan) ∪ the original and the reference member of
 *   every story those belong to.
 */
import { sql } from 'kysely';
import type { MergeMethod, StoryRole } from '../domain.js';
import type { CandidateQuery, MemberRef, Membership, StoryArticle, StoryStore, StoryTx, StoryUpdate } from '../dedupe/story-store.js';
import type { Db } from './db.js';
import type { StoryOverviewView } from './stories.table.js';

/** Rows read per lookup key (see the module comment). */
const KEY_ROWS = 200;

const columns = ['a.id', 'a.canonical_url', 'a.site', 'a.host', 'a.agency', 'a.title', 'a.body', 'a.published_at', 'a.first_seen_at'] as const;

interface Row {
  id: number; canonical_url: string; site: string | null; host: string; agency: string | null; title: string; body: string;
  published_at: Date | null; first_seen_at: Date;
}
interface MemberRow extends Row {
  story_id: number; role: StoryRole; method: MergeMethod; score: number; compared_article_id: number | null;
}

function toArticle(r: Row): StoryArticle {
  return {
    id: String(r.id), url: r.canonical_url, site: r.site ?? r.host, agency: r.agency, title: r.title, body: r.body,
    publishedAt: r.published_at, firstSeenAt: r.first_seen_at,
  };
}

function toMember(r: MemberRow): MemberRef {
  return {
    article: toArticle(r), storyId: String(r.story_id), role: r.role, method: r.method, score: r.score,
    comparedArticleId: r.compared_article_id === null ? null : String(r.compared_article_id),
  };
}

const ids = (xs: readonly string[]): number[] => xs.map(Number);

async function advisoryLocks(trx: Db, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await sql`select pg_advisory_xact_lock(h) from (select distinct hashtextextended(k, 0) as h from unnest(${[...keys]}::text[]) as k order by h offset 0) s`.execute(trx);
}

function memberQuery(trx: Db) {
  return trx
    .selectFrom('story_members as m')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .select([...columns, 'm.story_id', 'm.role', 'm.method', 'm.score', 'm.compared_article_id']);
}

async function candidates(trx: Db, q: CandidateQuery): Promise<MemberRef[]> {
  const self = Number(q.article.id);
  const at = q.article.publishedAt ?? q.article.firstSeenAt;
  const from = new Date(at.getTime() - q.windowMs);
  const to = new Date(at.getTime() + q.windowMs);
  const found = await sql<{ id: number }>`
    with hits as (
      select id from articles where url_key = ${q.urlKey} and id <> ${self}
      union
      select id from articles where ${q.bodyHash}::text is not null and content_hash = ${q.bodyHash} and id <> ${self}
      union
      select id from articles where ${q.leadHash}::text is not null and lead_hash = ${q.leadHash} and id <> ${self}
      union
      (select x.article_id from unnest(${q.bands}::int8[]) as k
         cross join lateral (
           select b.article_id from article_bands b
           where b.band = k and b.at between ${from} and ${to} and b.article_id <> ${self}
           limit ${KEY_ROWS}) x
       group by x.article_id
       order by count(*) desc, x.article_id
       limit ${q.limit})
    ), linked as (
      select m.article_id, m.story_id from hits h join story_members m on m.article_id = h.id
    )
    select article_id as id from linked
    union
    select s.original_article_id from linked l join stories s on s.id = l.story_id
    union
    select s.reference_article_id from linked l join stories s on s.id = l.story_id where s.reference_article_id is not null`.execute(trx);
  const list = found.rows.map((r) => r.id).filter((id) => id !== self);
  if (list.length === 0) return [];
  const rows = await memberQuery(trx).where('a.id', 'in', list).execute();
  return rows.map(toMember);
}

function storyTx(trx: Db): StoryTx {
  return {
    async article(id) {
      const r = await trx.selectFrom('articles as a').select(columns).where('a.id', '=', Number(id)).executeTakeFirst();
      return r ? toArticle(r) : null;
    },
    lockKeys: (keys) => advisoryLocks(trx, keys),
    async lockStories(storyIds) {
      if (storyIds.length === 0) return new Set();
      await advisoryLocks(trx, storyIds.map((s) => 'story:' + s));
      // A second statement: its snapshot is taken after the locks, so a merge committed while we
      // waited is seen.
      const rows = await trx.selectFrom('stories').select('id').where('id', 'in', ids(storyIds)).execute();
      return new Set(rows.map((r) => String(r.id)));
    },
    async membership(articleId) {
      const r = await trx.selectFrom('story_members').selectAll().where('article_id', '=', Number(articleId)).executeTakeFirst();
      if (!r) return null;
      return { storyId: String(r.story_id), role: r.role, method: r.method, score: r.score, comparedArticleId: r.compared_article_id === null ? null : String(r.compared_article_id) };
    },
    async furniture(sites, minPages) {
      const out = new Map<string, Set<string>>(sites.map((s) => [s, new Set<string>()]));
      if (sites.length === 0) return out;
      const rows = await sql<{ site: string; hash: string }>`
        select sp.site, sp.hash::text as hash from site_paragraphs sp
        where sp.site = any(${[...sites]}::text[]) and sp.pages >= ${minPages}
          and not exists (select 1 from site_paragraphs o where o.hash = sp.hash and o.site <> sp.site)`.execute(trx);
      for (const r of rows.rows) out.get(r.site)?.add(r.hash);
      return out;
    },
    async storeBands(a, bands) {
      if (bands.length === 0) return;
      await trx
        .insertInto('article_bands')
        .values([...new Set(bands)].map((band) => ({ band, article_id: Number(a.id), at: a.publishedAt ?? a.firstSeenAt })))
        .onConflict((oc) => oc.columns(['article_id', 'band']).doNothing())
        .execute();
    },
    candidates: (q) => candidates(trx, q),
    async countParagraphs(site, articleId, keys) {
      if (keys.length === 0) return;
      // The marker row makes it count once per article; rows are upserted in key order so two
      // pages of one site never lock the shared rows in opposite orders.
      await sql`
        with ins as (insert into paragraph_counted (article_id) values (${Number(articleId)}) on conflict do nothing returning article_id)
        insert into site_paragraphs (site, hash, pages)
        select ${site}, k, 1 from (select distinct unnest(${[...keys]}::int8[]) as k) u where exists (select 1 from ins) order by k
        on conflict (site, hash) do update set pages = site_paragraphs.pages + 1`.execute(trx);
    },
    async createStory(a, agency) {
      const r = await trx
        .insertInto('stories')
        .values({ original_article_id: Number(a.id), reference_article_id: Number(a.id), title: a.title, agency, first_published_at: a.publishedAt ?? a.firstSeenAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      return String(r.id);
    },
    async addMember(articleId, m: Membership) {
      await trx
        .insertInto('story_members')
        .values({
          article_id: Number(articleId), story_id: Number(m.storyId), role: m.role, method: m.method, score: m.score,
          compared_article_id: m.comparedArticleId === null ? null : Number(m.comparedArticleId),
        })
        .execute();
    },
    async mergeStories(intoId, fromIds, bridgeArticleId) {
      const into = Number(intoId);
      const from = ids(fromIds);
      await trx.updateTable('story_members').set({ story_id: into }).where('story_id', 'in', from).execute();
      // Earlier merges into a story now merged away point at the survivor (one hop to resolve).
      await trx.updateTable('story_merges').set({ into_story_id: into }).where('into_story_id', 'in', from).execute();
      await trx.insertInto('story_merges').values(from.map((f) => ({ merged_story_id: f, into_story_id: into, bridge_article_id: Number(bridgeArticleId) }))).execute();
      await trx.deleteFrom('stories').where('id', 'in', from).execute();
    },
    async explainDisplaced(storyId, originalId, via) {
      await trx
        .updateTable('story_members')
        .set({ method: via.method, score: via.score, compared_article_id: via.comparedArticleId === null ? null : Number(via.comparedArticleId) })
        .where('story_id', '=', Number(storyId))
        .where('method', '=', 'new')
        .where('article_id', 'not in', [Number(originalId), Number(via.comparedArticleId ?? -1)])
        .execute();
    },
    async members(storyId, limit) {
      let q = memberQuery(trx).where('m.story_id', '=', Number(storyId)).orderBy('m.article_id', 'desc');
      if (limit !== undefined) q = q.limit(limit);
      return (await q.execute()).map(toMember);
    },
    async updateStory(storyId, u: StoryUpdate) {
      const id = Number(storyId);
      for (const [articleId, role] of u.roles) await trx.updateTable('story_members').set({ role }).where('article_id', '=', Number(articleId)).execute();
      await trx
        .updateTable('stories')
        .set({
          original_article_id: Number(u.originalId),
          reference_article_id: Number(u.referenceId),
          title: u.title,
          agency: u.agency,
          member_count: u.memberCount,
          first_published_at: u.firstPublishedAt,
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .execute();
    },
  };
}

/** The Postgres story store (see the module comment). */
export function pgStoryStore(db: Db): StoryStore {
  return {
    transaction: (fn) => db.transaction().execute((trx) => fn(storyTx(trx))),
  };
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
export async function deleteArticle(db: Db, articleId: number, reelect: (tx: StoryTx, storyId: string) => Promise<void>): Promise<DeletedArticle | null> {
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
    await reelect(storyTx(trx), String(member.story_id));
    await trx.deleteFrom('articles').where('id', '=', articleId).execute();
    const story = await trx.selectFrom('stories').select('original_article_id').where('id', '=', member.story_id).executeTakeFirstOrThrow();
    return { articleId, storyId: member.story_id, originalId: story.original_article_id, storyDeleted: false };
  });
}

/**
 * The reconciler's view of Postgres: feed items without an article and articles without a story
 * are work still to do, whatever Redis remembers. Each carries its own re-drive clock (count and
 * next time) so a lost or failed job is re-queued with a slow back-off, and a permanent failure
 * is recorded as a state (failed_for_good_at + code + reason) rather than as a missing job.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from './db.js';
import { jsonParam } from './store-text.js';

/** How the re-drive clock backs off: base * factor^count, capped. */
export interface RedrivePolicy {
  baseMs: number;
  maxMs: number;
  /** After this many re-drives an item is failed for good. */
  maxRedrives: number;
  /** Items younger than this are left to their first job (it may simply not have run yet). */
  graceMs: number;
}

const FACTOR = 3;

/** `now + least(base * 3^count, max)` as SQL, for the row's own `redrive_count`. */
const nextAt = (now: Date, p: RedrivePolicy) =>
  sql<Date>`${now}::timestamptz + make_interval(secs => least(${p.baseMs / 1000}::float8 * power(${FACTOR}, redrive_count), ${p.maxMs / 1000}::float8))`;

/** A feed item to fetch again (one per URL). */
export interface RedriveItem {
  feedId: number;
  guid: string;
  url: string;
  title: string | null;
  publishedAt: Date | null;
}

/**
 * Marks items that were re-driven `maxRedrives` times and are due again as failed for good, then
 * returns up to `limit` due items (one per URL, oldest first).
 */
export async function itemsDueForRedrive(db: Db, now: Date, p: RedrivePolicy, limit: number): Promise<RedriveItem[]> {
  await db
    .updateTable('feed_items')
    .set({
      failed_for_good_at: now,
      failure_code: sql`coalesce(failure_code, 'gave_up')`,
      failure_reason: sql`'reconciler: gave up after ' || redrive_count || ' re-drives' || coalesce(': ' || failure_reason, '')`,
    })
    .where('article_id', 'is', null)
    .where('failed_for_good_at', 'is', null)
    .where('url', 'is not', null)
    .where('redrive_count', '>=', p.maxRedrives)
    .where('redrive_at', '<=', now)
    .execute();
  const { rows } = await sql<{ feed_id: number; guid: string; url: string; title: string | null; published_at: Date | null }>`
    select * from (
      select distinct on (url) feed_id, guid, url, title, published_at, first_seen_at
      from feed_items
      where article_id is null and failed_for_good_at is null and url is not null
        and (redrive_at is null or redrive_at <= ${now})
        and first_seen_at <= ${now}::timestamptz - make_interval(secs => ${p.graceMs / 1000}::float8)
      order by url, first_seen_at
    ) d
    order by first_seen_at, url
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ feedId: r.feed_id, guid: r.guid, url: r.url, title: r.title, publishedAt: r.published_at }));
}

/** Advances the re-drive clock of every item with these URLs (they were just re-queued). */
export async function markItemsRedriven(db: Db, urls: string[], now: Date, p: RedrivePolicy): Promise<void> {
  if (urls.length === 0) return;
  await db
    .updateTable('feed_items')
    .set({ redrive_at: nextAt(now, p), redrive_count: sql`redrive_count + 1` })
    .where('url', 'in', urls)
    .where('article_id', 'is', null)
    .execute();
}

/**
 * Records the last failure of the fetch of `url` on its feed items. A permanent one is a final
 * state; a retryable one that ran out of job attempts waits for the reconciler's next re-drive.
 */
export async function recordItemFailure(
  db: Db,
  url: string,
  f: { code: string; reason: string; permanent: boolean; now: Date },
  p: RedrivePolicy,
): Promise<void> {
  await db
    .updateTable('feed_items')
    .set({
      failure_code: f.code,
      failure_reason: f.reason.slice(0, 2000),
      ...(f.permanent ? { failed_for_good_at: f.now } : { redrive_at: nextAt(f.now, p) }),
    })
    .where('url', '=', url)
    .where('article_id', 'is', null)
    .execute();
}

/** Articles without a story whose dedupe is due for a re-drive. */
export async function articlesDueForDedupe(
  db: Db,
  now: Date,
  p: RedrivePolicy,
  limit: number,
): Promise<{ articleId: number; version: number }[]> {
  const rows = await db
    .selectFrom('articles as a')
    .select(['a.id', 'a.version'])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('story_members as m').select('m.article_id').whereRef('m.article_id', '=', 'a.id'))),
    )
    .where((eb) => eb.or([eb('a.redrive_at', 'is', null), eb('a.redrive_at', '<=', now)]))
    .where('a.fetched_at', '<=', sql<Date>`${now}::timestamptz - make_interval(secs => ${p.graceMs / 1000}::float8)`)
    .orderBy('a.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ articleId: r.id, version: r.version }));
}

/** Advances the dedupe re-drive clock of these articles. */
export async function markArticlesRedriven(db: Db, ids: number[], now: Date, p: RedrivePolicy): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('articles')
    .set({ redrive_at: nextAt(now, p), redrive_count: sql`redrive_count + 1` })
    .where('id', 'in', ids)
    .execute();
}

/** Work Postgres says is still to do: distinct item URLs without an article (not failed for good), articles without a story. */
export async function waitingForRedrive(db: Db): Promise<{ items: number; articles: number; failedForGood: number }> {
  const { rows } = await sql<{ items: number; articles: number; failed: number }>`
    select
      (select count(distinct url) from feed_items where article_id is null and failed_for_good_at is null and url is not null)::int as items,
      (select count(*) from articles a where not exists (select 1 from story_members m where m.article_id = a.id))::int as articles,
      (select count(distinct url) from feed_items where article_id is null and failed_for_good_at is not null)::int as failed`.execute(db);
  const r = rows[0]!;
  return { items: r.items, articles: r.articles, failedForGood: r.failed };
}

/**
 * The heartbeat upsert of `name` with `detail` (a jsonb expression), as a statement or as a CTE
 * of another (the scheduler tick records its beat in its claim statement).
 */
export function beatSql(name: string, detail: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`insert into heartbeats (name, at, detail) values (${name}, now(), ${detail})
    on conflict (name) do update set at = excluded.at, detail = excluded.detail`;
}

/** Records that a periodic component ran (database clock). */
export async function beat(db: Db, name: string, detail: Record<string, unknown> = {}): Promise<void> {
  await beatSql(name, sql`${jsonParam(detail)}::jsonb`).execute(db);
}

/** Age in seconds of each component's last run (database clock) and its detail. */
export async function heartbeatAges(db: Db): Promise<Record<string, { ageSeconds: number; detail: Record<string, unknown> }>> {
  const { rows } = await sql<{ name: string; age: number; detail: Record<string, unknown> }>`
    select name, extract(epoch from now() - at)::float8 as age, detail from heartbeats`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.name, { ageSeconds: r.age, detail: r.detail }]));
}

/** Pushes the re-drive check of items whose job is still live in the queue to `until` (no re-drive counted). */
export async function deferItems(db: Db, urls: string[], until: Date): Promise<void> {
  if (urls.length === 0) return;
  await db.updateTable('feed_items').set({ redrive_at: until }).where('url', 'in', urls).where('article_id', 'is', null).execute();
}

/** The same for articles whose dedupe job is still live. */
export async function deferArticles(db: Db, ids: number[], until: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('articles').set({ redrive_at: until }).where('id', 'in', ids).execute();
}

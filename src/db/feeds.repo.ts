/**
 * Feed persistence: the feed list, claiming due feeds for the scheduler, recording each poll and
 * the items it saw. Every write a retried job could repeat is an upsert on a natural key.
 */
import { sql } from 'kysely';
import { prepared, type Db } from './db.js';
import { beatSql } from './redrive.repo.js';
import type { FeedRow } from './feeds.table.js';
import { toFeedHealth, type FeedHealth } from './feed-health.js';

/** A polled feed as the rest of the program sees it (the `feeds` row, in camelCase). */
export interface StoredFeed {
  id: number;
  url: string;
  title: string | null;
  site: string | null;
  language: string | null;
  /** The interval the user set; the adaptive one starts from it. */
  pollIntervalSeconds: number;
  /** The adaptive interval in use now (back-off, feed TTL, cache hints). */
  currentIntervalSeconds: number;
  /** The feed's own lower bound (RSS <ttl>, sy:updatePeriod), if it gave one. */
  minPollSeconds: number | null;
  nextPollAt: Date;
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  errorStreak: number;
  lastErrorCode: string | null;
  lastError: string | null;
  /** IANA zone for the feed's dates without an offset (null: the site's known zone or UTC). */
  timeZone: string | null;
  createdAt: Date;
  paused: boolean;
}

function toStoredFeed(r: FeedRow): StoredFeed {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    site: r.site,
    language: r.language,
    pollIntervalSeconds: r.poll_interval_seconds,
    currentIntervalSeconds: r.current_interval_seconds,
    minPollSeconds: r.min_poll_seconds,
    nextPollAt: r.next_poll_at,
    lastPolledAt: r.last_polled_at,
    lastSuccessAt: r.last_success_at,
    etag: r.etag,
    lastModified: r.last_modified,
    bodyHash: r.body_hash,
    errorStreak: r.error_streak,
    lastErrorCode: r.last_error_code,
    lastError: r.last_error,
    timeZone: r.time_zone,
    createdAt: r.created_at,
    paused: r.paused,
  };
}

const storedOrUndefined = (r: FeedRow | undefined): StoredFeed | undefined => (r ? toStoredFeed(r) : undefined);

export interface AddFeedInput {
  url: string;
  intervalSeconds?: number | undefined;
  title?: string | null | undefined;
  site?: string | null | undefined;
  timeZone?: string | null | undefined;
}

/**
 * Adds a feed, or updates the interval/site of an existing one with the same URL; `inserted`
 * says which (`feeds add` reports a known feed as already present).
 */
export async function addFeed(db: Db, input: AddFeedInput): Promise<StoredFeed & { inserted: boolean }> {
  const interval = input.intervalSeconds ?? 900;
  const title = input.title ?? null;
  const row = await db
    .insertInto('feeds')
    .values({
      url: input.url,
      title,
      site: input.site ?? null,
      time_zone: input.timeZone ?? null,
      poll_interval_seconds: interval,
      current_interval_seconds: interval,
      min_poll_seconds: null,
      last_polled_at: null,
      last_success_at: null,
      etag: null,
      last_modified: null,
      body_hash: null,
      last_error_code: null,
      last_error: null,
      language: null,
    })
    .onConflict((oc) =>
      oc.column('url').doUpdateSet((eb) => ({
        poll_interval_seconds: interval,
        site: eb.fn.coalesce(eb.val(input.site ?? null), eb.ref('feeds.site')),
        title: eb.fn.coalesce(eb.ref('feeds.title'), eb.val(title)),
      })),
    )
    .returningAll()
    // xmax is 0 on a freshly inserted row version and set on one the conflict branch updated.
    .returning(sql<boolean>`xmax = 0`.as('inserted'))
    .executeTakeFirstOrThrow();
  return { ...toStoredFeed(row), inserted: row.inserted };
}

export async function getFeedByUrl(db: Db, url: string): Promise<StoredFeed | undefined> {
  return storedOrUndefined(await db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst());
}

/**
 * Takes a feed out of the schedule or puts it back (due now). Its history stays. Returns false
 * when there is no such feed.
 */
export async function setFeedPaused(db: Db, id: number, paused: boolean, now: Date): Promise<boolean> {
  const res = await db
    .updateTable('feeds')
    .set(paused ? { paused: true } : { paused: false, next_poll_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Changes a feed's normal interval (the adaptive one restarts from it) and/or its site. */
export async function editFeed(
  db: Db,
  id: number,
  change: { intervalSeconds?: number | undefined; site?: string | undefined },
): Promise<StoredFeed | undefined> {
  const row = await db
    .updateTable('feeds')
    .set({
      ...(change.intervalSeconds !== undefined
        ? { poll_interval_seconds: change.intervalSeconds, current_interval_seconds: change.intervalSeconds }
        : {}),
      ...(change.site !== undefined ? { site: change.site === '' ? null : change.site } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return storedOrUndefined(row);
}

/** Removes a feed by id or URL (its polls and items go with it; articles stay). */
export async function removeFeed(db: Db, idOrUrl: number | string): Promise<number> {
  const res = await db
    .deleteFrom('feeds')
    .where(typeof idOrUrl === 'number' ? 'id' : 'url', '=', idOrUrl)
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function getFeed(db: Db, id: number): Promise<StoredFeed | undefined> {
  return storedOrUndefined(await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst());
}

/**
 * The feed a poll job is for, and whether this poll slot already has its feed_fetches row (the
 * job is running again), in one statement; undefined when the feed is gone.
 */
export async function feedToPoll(db: Db, id: number, slot: Date): Promise<{ feed: StoredFeed; rerun: boolean } | undefined> {
  const row = await db
    .selectFrom('feeds')
    .selectAll('feeds')
    .select((eb) =>
      eb
        .exists(
          eb.selectFrom('feed_fetches as ff').select('ff.id').whereRef('ff.feed_id', '=', 'feeds.id').where('ff.poll_slot', '=', slot),
        )
        .$castTo<boolean>()
        .as('rerun'),
    )
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { feed: toStoredFeed(row), rerun: row.rerun };
}

/** All feeds, oldest first. */
export async function listFeeds(db: Db): Promise<StoredFeed[]> {
  return (await db.selectFrom('feeds').selectAll().orderBy('id').execute()).map(toStoredFeed);
}

/** All feeds with their health, for `feeds list` and the status page. */
export async function listFeedHealth(db: Db): Promise<FeedHealth[]> {
  return (await db.selectFrom('feed_health').selectAll().orderBy('feed_id').execute()).map(toFeedHealth);
}

export interface DueFeed {
  id: number;
  /** The slot (planned poll time) this claim is for; part of the poll job's id. */
  slot: Date;
}

/**
 * Claims feeds whose next poll is due: pushes their next_poll_at forward by a lease so the next
 * scheduler tick (in this or another process) does not claim them again. If the poll job is
 * lost, the lease expires and the feed is claimed again. SKIP LOCKED lets several schedulers run.
 * `heartbeat`: the name to record a heartbeat under in the same statement (detail: the number
 * claimed), so a tick is one statement (issue 16: the bench ticks every 200 ms).
 */
export async function claimDueFeeds(
  db: Db,
  now: Date,
  leaseSeconds: number,
  opts: { limit?: number; heartbeat?: string } = {},
): Promise<DueFeed[]> {
  const beat = opts.heartbeat
    ? sql`, beat as (${beatSql(opts.heartbeat, sql`jsonb_build_object('claimed', (select count(*) from claimed))`)})`
    : sql``;
  const rows = await prepared(
    db,
    sql<{ id: number; slot: Date }>`
    with due as (
      select id, next_poll_at as slot from feeds
      where next_poll_at <= ${now} and not paused
      order by next_poll_at
      limit ${opts.limit ?? 100}
      for update skip locked
    ), claimed as (
      update feeds f set next_poll_at = ${now}::timestamptz + make_interval(secs => ${leaseSeconds})
      from due where f.id = due.id
      returning f.id, due.slot
    )${beat}
    select id, slot from claimed`,
  );
  return rows.rows;
}

export interface SeenItem {
  guid: string;
  url: string | null;
  title: string | null;
  publishedAt: Date | null;
  /** The item's latest time (updated, else published): a later one than stored re-fetches the page. */
  updatedAt?: Date | null;
}

/** An item to fetch: new to the feed, or (`revision`, its new time) updated since its page was stored. */
export interface ItemToFetch extends SeenItem {
  revision: Date | null;
}

/** How far the feed may move an item's time before the page is fetched again, and for how long. */
export const REVISION_RULES = {
  /** A later time by less than this is the feed's clock jitter, not an update. */
  minStepMs: 60_000,
  /** Items first seen longer ago than this are not followed any more (a wire story's day). */
  windowMs: 2 * 86_400_000,
  /** Re-fetches per item at most (a feed that bumps every item's time on every build). */
  maxRevisions: 5,
};

/**
 * Records the items of one poll and returns those to fetch: the items first seen by this poll slot
 * that have no article yet, and the items whose time moved on since their page was stored
 * (`revision`; see REVISION_RULES and migration 2026_12_03_1910). At most `maxNew` items new to
 * this feed are recorded (in feed order, newest first in most feeds); the rest are still in the
 * feed at the next poll and recorded then, so one huge feed cannot flood the queue. A re-run of
 * the same poll returns the same items, so a crash between storing the items and enqueueing their
 * fetch jobs loses nothing.
 */
export async function recordFeedItems(db: Db, feedId: number, slot: Date, items: SeenItem[], maxNew = Infinity): Promise<ItemToFetch[]> {
  if (items.length === 0) return [];
  // One statement (issue 16; it was three and more per poll): the feed's items as arrays, those
  // not yet known (first occurrence of a guid, feed order), capped, inserted; the known ones whose
  // time moved on, updated (and marked with this slot when that re-fetches them); returned with
  // the items an earlier run of this slot recorded or marked and that still need their fetch.
  const r = REVISION_RULES;
  const { rows } = await sql<{ guid: string; url: string | null; title: string | null; published_at: Date | null; revision: Date | null }>`
    with input as (
      select guid, url, title, published_at, updated_at, ord
      from unnest(${items.map((it) => it.guid)}::text[], ${items.map((it) => it.url)}::text[],
                  ${items.map((it) => it.title)}::text[], ${items.map((it) => it.publishedAt)}::timestamptz[],
                  ${items.map((it) => it.updatedAt ?? null)}::timestamptz[])
           with ordinality as t(guid, url, title, published_at, updated_at, ord)
    ), fresh as (
      select distinct on (guid) guid, url, title, published_at, updated_at, ord from input i
      where not exists (select 1 from feed_items f where f.feed_id = ${feedId} and f.guid = i.guid)
      order by guid, ord
    ), capped as (
      select * from fresh order by ord limit ${Number.isFinite(maxNew) ? maxNew : null}
    ), ins as (
      insert into feed_items (feed_id, guid, url, title, published_at, first_poll_slot, article_id, updated_at)
      select ${feedId}, guid, url, title, published_at, ${slot}::timestamptz, null, updated_at from capped order by ord
      on conflict (feed_id, guid) do nothing
      returning guid, url, title, published_at
    ), moved as (
      select f.guid, i.updated_at,
             (f.article_id is not null and f.url is not null and f.updated_at is not null
              and i.updated_at > f.updated_at + make_interval(secs => ${r.minStepMs / 1000})
              and f.first_poll_slot > ${slot}::timestamptz - make_interval(secs => ${r.windowMs / 1000})
              and f.revisions < ${r.maxRevisions}) as refetch
      from (select distinct on (guid) guid, updated_at from input where updated_at is not null order by guid, ord) i
      join feed_items f on f.feed_id = ${feedId} and f.guid = i.guid
      where f.updated_at is null or i.updated_at > f.updated_at
    ), upd as (
      update feed_items f set updated_at = m.updated_at,
             revisions = f.revisions + (case when m.refetch then 1 else 0 end),
             revised_poll_slot = case when m.refetch then ${slot}::timestamptz else f.revised_poll_slot end
      from moved m where f.feed_id = ${feedId} and f.guid = m.guid
      returning f.guid, f.url, f.title, f.published_at, case when m.refetch then m.updated_at end as revision
    )
    select guid, url, title, published_at, null::timestamptz as revision from ins
    union
    select guid, url, title, published_at, revision from upd where revision is not null
    union
    select guid, url, title, published_at, null from feed_items
    where feed_id = ${feedId} and first_poll_slot = ${slot}::timestamptz and article_id is null
    union
    select guid, url, title, published_at, updated_at from feed_items
    where feed_id = ${feedId} and revised_poll_slot = ${slot}::timestamptz and url is not null`.execute(db);
  // Feed order, so the fair-share priority goes to the feed's first (usually newest) items. A
  // re-run finds a revision twice (marked by the first run, and as the marked one): keep one.
  const order = new Map<string, number>();
  items.forEach((it, i) => order.has(it.guid) || order.set(it.guid, i));
  const seen = new Set<string>();
  const out = rows.filter((r) => !seen.has(r.guid) && seen.add(r.guid));
  out.sort((a, b) => (order.get(a.guid) ?? 0) - (order.get(b.guid) ?? 0));
  return out.map((r) => ({ guid: r.guid, url: r.url, title: r.title, publishedAt: r.published_at, revision: r.revision }));
}

export interface PollRecord {
  feedId: number;
  slot: Date;
  startedAt: Date;
  durationMs: number;
  status: 'ok' | 'not_modified' | 'error';
  httpStatus: number | null;
  reason: string | null;
  error: string | null;
  bytes: number | null;
  itemsSeen: number;
  /**
   * The poll job is running again for a slot already recorded: its row is rewritten, but the
   * feed's schedule and error state stay as the first run set them (adapting twice would drift).
   */
  rerun?: boolean;
}

export interface FeedStateUpdate {
  nextPollAt: Date;
  currentIntervalSeconds: number;
  errorStreak: number;
  minPollSeconds?: number | null | undefined;
  title?: string | null | undefined;
  language?: string | null | undefined;
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
  bodyHash?: string | null | undefined;
  lastErrorCode: string | null;
  lastError: string | null;
  success: boolean;
}

/**
 * Writes the poll's feed_fetches row (upsert on feed + slot) and the feed's new schedule and
 * state in one transaction. items_new counts the items first seen by this slot, so a re-run
 * writes the same figure.
 */
export async function recordPoll(db: Db, poll: PollRecord, state: FeedStateUpdate): Promise<void> {
  // One statement, so atomic without BEGIN/COMMIT (issue 16: it was five).
  const row = {
    feed_id: poll.feedId,
    poll_slot: poll.slot,
    started_at: poll.startedAt,
    duration_ms: Math.round(poll.durationMs),
    status: poll.status,
    http_status: poll.httpStatus,
    reason: poll.reason,
    error: poll.error,
    bytes: poll.bytes,
    items_seen: poll.itemsSeen,
  };
  await db
    .with('ff', (qb) =>
      qb
        .insertInto('feed_fetches')
        .values((eb) => ({
          ...row,
          items_new: eb
            .selectFrom('feed_items')
            .select(eb.fn.countAll<number>().as('n'))
            .where('feed_id', '=', poll.feedId)
            .where('first_poll_slot', '=', poll.slot),
        }))
        .onConflict((oc) =>
          oc.columns(['feed_id', 'poll_slot']).doUpdateSet((eb) => ({
            ...Object.fromEntries(Object.keys(row).map((c) => [c, eb.ref(`excluded.${c as keyof typeof row}`)])),
            items_new: eb.ref('excluded.items_new'),
          })),
        )
        .returning('feed_fetches.id'),
    )
    .updateTable('feeds')
    .set((eb) => ({
      ...(poll.rerun
        ? {}
        : {
            next_poll_at: state.nextPollAt,
            current_interval_seconds: state.currentIntervalSeconds,
            error_streak: state.errorStreak,
            last_polled_at: poll.startedAt,
            last_error_code: state.lastErrorCode,
            last_error: state.lastError,
            ...(state.success ? { last_success_at: poll.startedAt } : {}),
          }),
      ...(state.minPollSeconds !== undefined ? { min_poll_seconds: state.minPollSeconds } : {}),
      ...(state.title ? { title: eb.fn.coalesce(eb.ref('title'), eb.val(state.title)) } : {}),
      ...(state.language ? { language: state.language } : {}),
      ...(state.etag !== undefined ? { etag: state.etag } : {}),
      ...(state.lastModified !== undefined ? { last_modified: state.lastModified } : {}),
      ...(state.bodyHash !== undefined ? { body_hash: state.bodyHash } : {}),
      // Always one column, so the update is valid when a re-run changes nothing else.
      id: eb.ref('feeds.id'),
    }))
    .where('id', '=', poll.feedId)
    .execute();
}

/** The latest polls of other feeds (newest first), to tell our network outage from one bad feed. */
export async function recentPolls(
  db: Db,
  exceptFeedId: number,
  since: Date,
  limit = 20,
): Promise<{ feedId: number; ok: boolean; reason: string | null }[]> {
  const rows = await db
    .selectFrom('feed_fetches')
    .select(['feed_id', 'status', 'reason'])
    .where('feed_id', '<>', exceptFeedId)
    .where('started_at', '>=', since)
    .orderBy('started_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ feedId: r.feed_id, ok: r.status !== 'error', reason: r.reason }));
}

/** Which feed items `itemsWithoutArticle` returns. */
export interface BackfillFilter {
  feedId?: number | undefined;
  /** Only items first seen at or after this time. */
  since?: Date | undefined;
  limit?: number | undefined;
}

/** A feed item that has no stored article yet (one per URL, the earliest seen). */
export interface PendingItem {
  feedId: number;
  guid: string;
  url: string;
  title: string | null;
  publishedAt: Date | null;
}

/** Feed items with a link and no article, oldest first (one row per URL). */
export async function itemsWithoutArticle(db: Db, filter: BackfillFilter = {}): Promise<PendingItem[]> {
  let q = db
    .selectFrom('feed_items')
    .distinctOn('url')
    .select(['feed_id', 'guid', 'url', 'title', 'published_at', 'first_seen_at'])
    .where('article_id', 'is', null)
    .where('url', 'is not', null)
    .orderBy('url')
    .orderBy('first_seen_at');
  if (filter.feedId !== undefined) q = q.where('feed_id', '=', filter.feedId);
  if (filter.since) q = q.where('first_seen_at', '>=', filter.since);
  const rows = await db
    .selectFrom(q.as('p'))
    .selectAll()
    .orderBy('first_seen_at')
    .orderBy('url')
    .$if(filter.limit !== undefined, (qb) => qb.limit(filter.limit!))
    .execute();
  return rows.map((r) => ({ feedId: r.feed_id, guid: r.guid, url: r.url!, title: r.title, publishedAt: r.published_at }));
}

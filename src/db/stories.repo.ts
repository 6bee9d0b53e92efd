/**
 * Story storage on Postgres: the `StoryStore` that the story algorithm (src/dedupe/assign-story.ts)
 * runs on. This module only reads and writes rows; every decision is the algorithm's, and the
 * algorithm is handed this store rather than this module calling back into it. (The interface
 * types are imported with `import type`, erased at runtime: db depends on no stage code.)
 *
 * Locks: `lockKeys` and `lockStories` take transaction-scoped advisory locks in one sorted order
 * (one statement each; OFFSET 0 keeps the sorted subquery from being flattened).
 * `tryJoin` only tries the story's lock (see there), so it never waits and adds no lock order.
 *
 * The candidate lookup mirrors src/dedupe/memory-store.ts one for one:
 *   same url_key ∪ same body hash / lead hash (no window) ∪ top-N articles by shared band / lead /
 *   sentence keys within ±window (each key read at most KEY_ROWS rows, so a boilerplate sentence
 *   shared by thousands of pages costs a bounded scan) ∪ the original and the reference member of
 *   every story those belong to.
 */
import { sql } from 'kysely';
import type { MergeMethod, StoryRole } from '../domain.js';
import type {
  CandidateQuery,
  JoinWrite,
  MemberRef,
  Membership,
  ParagraphCount,
  StoryArticle,
  StorySnapshot,
  StoryStore,
  StoryTx,
  StoryUpdate,
} from '../dedupe/story-store.js';
import { prepared, type Db } from './db.js';
import { int8ArrayLiteral, textArrayLiteral } from './pg-array.js';
import { toStoryOverview, type StoryOverview } from './story-overview.js';

/** Rows read per lookup key (see the module comment). */
const KEY_ROWS = 200;
/**
 * Pages of a site a paragraph needs before it is furniture, for the furniture read along with the
 * rows (src/dedupe/furniture.ts FURNITURE_MIN_PAGES; a caller asking another value is served by a
 * query of its own).
 */
const FURNITURE_MIN_PAGES = 4;

interface Row {
  id: number;
  canonical_url: string;
  site: string | null;
  host: string;
  agency: string | null;
  title: string;
  body: string;
  published_at: Date | string | null;
  published_precision: 'day' | 'minute' | 'second' | null;
  first_seen_at: Date | string;
  /** Imported (`external_id` set): first seen is the import time, not a fetch time. */
  imported: boolean;
}
interface MemberRow extends Row {
  story_id: number;
  role: StoryRole;
  method: MergeMethod;
  score: number;
  compared_article_id: number | null;
  roundup: boolean;
}
/** A row read with its site's learned furniture (`site_key` is the site as dedupe counts it). */
interface FurnishedRow extends MemberRow {
  site_key: string;
  furniture: string[] | null;
}

const date = (d: Date | string): Date => (d instanceof Date ? d : new Date(d));

function toArticle(r: Row): StoryArticle {
  return {
    id: String(r.id),
    url: r.canonical_url,
    site: r.site ?? r.host,
    agency: r.agency,
    title: r.title,
    body: r.body,
    publishedAt: r.published_at === null ? null : date(r.published_at),
    ...(r.published_precision ? { publishedPrecision: r.published_precision } : {}),
    firstSeenAt: date(r.first_seen_at),
    ...(r.imported ? { firstSeenIsFetchTime: false } : {}),
  };
}

function toMember(r: MemberRow): MemberRef {
  return {
    article: toArticle(r),
    storyId: String(r.story_id),
    role: r.role,
    method: r.method,
    score: r.score,
    comparedArticleId: r.compared_article_id === null ? null : String(r.compared_article_id),
    ...(r.roundup ? { roundup: true } : {}),
  };
}

const ids = (xs: readonly string[]): number[] => xs.map(Number);

/** Advisory locks on `keys` in one sorted order (the SELECT list of a statement, or a whole one). */
function lockSql(keys: readonly string[]) {
  return sql`select pg_advisory_xact_lock(h) from (select distinct hashtextextended(k, 0) as h from unnest(${textArrayLiteral(keys)}::text[]) as k order by h offset 0) s`;
}

async function advisoryLocks(trx: Db, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await prepared(trx, lockSql(keys));
}

/** The site as dedupe counts its paragraphs (src/dedupe/assign-story.ts siteOf on a stored row). */
const SITE_KEY = sql`lower(coalesce(a.site, a.host))`;
const MEMBER_COLUMNS = sql`a.id, a.canonical_url, a.site, a.host, a.agency, a.title, a.body, a.published_at, a.published_precision, a.first_seen_at, a.external_id is not null as imported,
  m.story_id, m.role, m.method, m.score, m.compared_article_id, m.roundup, ${SITE_KEY} as site_key`;

/**
 * A site's furniture as an array of hashes (null when it has none), for a correlated subquery.
 * The page count is a literal, not a parameter, so a prepared (generic) plan can still use a
 * partial index on it.
 */
function furnitureOf(site: ReturnType<typeof sql>) {
  return sql`(select array_agg(sp.hash::text) from site_paragraphs sp
    where sp.site = ${site} and sp.pages >= ${sql.lit(FURNITURE_MIN_PAGES)}
      and not exists (select 1 from site_paragraphs o where o.hash = sp.hash and o.site <> sp.site))`;
}

/**
 * An article as the story algorithm reads it (every column of a `StoryArticle` but the body), with
 * its site's furniture, from `articles` (or rows returned by an article upsert) as `a`: the first
 * read of an assignment (`article(id)`), and what the fetch stage's store statement returns
 * (articles.repo.ts storeArticlePage), so the assignment that follows need not read it again.
 */
export const STORY_ARTICLE_COLUMNS = sql`a.id, a.canonical_url, a.site, a.host, a.agency, a.title, a.published_at, a.published_precision, a.first_seen_at, a.external_id is not null as imported,
  ${SITE_KEY} as site_key, ${furnitureOf(SITE_KEY)} as furniture`;

/** A row of `STORY_ARTICLE_COLUMNS`. */
export type StoryArticleRow = Omit<Row, 'body'> & { site_key: string; furniture: string[] | null };

/**
 * A stored article as an assignment starts from: the article and its site's furniture, read by one
 * statement (`article(id)`, or the store statement of the fetch stage; `pgStoryStore` takes it).
 */
export interface LoadedStoryArticle {
  article: StoryArticle;
  /** The site as its furniture is keyed (`SITE_KEY`). */
  siteKey: string;
  furniture: readonly string[];
}

/** The loaded article of a `STORY_ARTICLE_COLUMNS` row and the article's body. */
export function loadedStoryArticle(r: StoryArticleRow, body: string): LoadedStoryArticle {
  return { article: toArticle({ ...r, body }), siteKey: r.site_key, furniture: r.furniture ?? [] };
}

/**
 * `rows` (a CTE of member rows with `site_key`) with each row's site furniture, as one JSON array:
 * the furniture is read once per distinct site in the same statement, so reading candidates or
 * members costs no second round trip for it. Sites the transaction already knows (`known`) are
 * not read again: their rows would be ignored (`remember`).
 */
function furnished(
  rows: ReturnType<typeof sql>,
  known: FurnitureSeen,
  opts: { extra?: ReturnType<typeof sql>; ctes?: ReturnType<typeof sql>; cand?: boolean } = {},
) {
  return sql`
    with ${opts.ctes ? sql`${opts.ctes}, ` : sql``}rows as (${rows}),
    furn as (
      select s.site_key as site, ${furnitureOf(sql`s.site_key`)} as hashes
      from (select distinct site_key from rows where site_key <> all(${textArrayLiteral(known.keys())}::text[])) s)
    select coalesce((select json_agg(json_build_object(
        'id', r.id, 'canonical_url', r.canonical_url, 'site', r.site, 'host', r.host, 'agency', r.agency, 'title', r.title,
        'body', r.body, 'published_at', r.published_at, 'published_precision', r.published_precision, 'first_seen_at', r.first_seen_at, 'imported', r.imported, 'story_id', r.story_id, 'role', r.role,
        'method', r.method, 'score', r.score, 'compared_article_id', r.compared_article_id, 'roundup', r.roundup, 'site_key', r.site_key, 'furniture', f.hashes${opts.cand ? sql`, 'cand', r.cand` : sql``}))
      from rows r left join furn f on f.site = r.site_key), '[]'::json) as rows ${opts.extra ?? sql``}`;
}

/**
 * CTEs that count a page's paragraphs for its site once per article (the marker row in
 * paragraph_counted), to open the WITH of an assignment's last statement. Rows are upserted in key
 * order so two pages of one site never lock the shared rows in opposite orders.
 */
function counted(c: ParagraphCount | null, when?: ReturnType<typeof sql>) {
  if (!c || c.keys.length === 0) return sql``;
  return sql`
    counted as (insert into paragraph_counted (article_id) select ${Number(c.articleId)}::int8 where ${when ?? sql`true`} on conflict do nothing returning article_id),
    paragraphs as (
      insert into site_paragraphs (site, hash, pages)
      select ${c.site}, k, 1 from (select distinct unnest(${int8ArrayLiteral(c.keys)}::int8[]) as k) u where exists (select 1 from counted) order by k
      on conflict (site, hash) do update set pages = site_paragraphs.pages + 1),
  `;
}

/** A transaction's furniture, learned from the rows it read (site -> keys). */
type FurnitureSeen = Map<string, Set<string>>;

function remember(seen: FurnitureSeen, rows: readonly FurnishedRow[]): MemberRef[] {
  for (const r of rows) if (!seen.has(r.site_key)) seen.set(r.site_key, new Set(r.furniture ?? []));
  return rows.map(toMember);
}

/**
 * The candidate lookup as CTEs (`found`: the candidates' ids) and the rows: the candidates
 * (`cand`), then the other members of the small stories among theirs (`whole`, read in full with
 * the story row's version in the same snapshot, for `tryJoin` and the hub rule).
 */
function candidateLookup(q: CandidateQuery) {
  const self = Number(q.article.id);
  const at = q.at;
  // Band rows within the window, and those with no time (undated imported records) whatever the
  // window; an article with no time of its own reads every row of its keys.
  const keyRows =
    at === null
      ? sql`select b.article_id from article_bands b where b.band = k and b.article_id <> ${self} limit ${KEY_ROWS}`
      : sql`(select b.article_id from article_bands b
             where b.band = k and b.at between ${new Date(at - q.windowMs)} and ${new Date(at + q.windowMs)} and b.article_id <> ${self}
             limit ${KEY_ROWS})
           union all
           (select b.article_id from article_bands b where b.band = k and b.at is null and b.article_id <> ${self} limit ${KEY_ROWS})`;
  // A literal, like the furniture's page count, so a generic plan can still use the bound.
  const bound = sql.lit(Math.max(0, Math.trunc(q.whole ?? 0)));
  const ctes = sql`
    hits as (
      select id from articles where url_key = ${q.urlKey} and id <> ${self}
      union
      select id from articles where ${q.bodyHash}::text is not null and content_hash = ${q.bodyHash} and id <> ${self}
      union
      select id from articles where ${q.leadHash}::text is not null and lead_hash = ${q.leadHash} and id <> ${self}
      union
      (select x.article_id from unnest(${int8ArrayLiteral(q.bands)}::int8[]) as k
         cross join lateral (${keyRows}) x
       group by x.article_id
       order by count(*) desc, x.article_id
       limit ${q.limit})
    ), linked as (
      select m.article_id, m.story_id from hits h join story_members m on m.article_id = h.id
    ), found as not materialized (
      select article_id as id from linked
      union
      select s.original_article_id from linked l join stories s on s.id = l.story_id
      union
      select s.reference_article_id from linked l join stories s on s.id = l.story_id where s.reference_article_id is not null
    ), whole as (
      select s.id, s.xmin::text as version from stories s
      where s.id in (select story_id from linked) and s.member_count <= ${bound}
    )`;
  const rows = sql`
    select ${MEMBER_COLUMNS}, true as cand from found join articles a on a.id = found.id join story_members m on m.article_id = a.id
    where a.id <> ${self}
    union all
    select ${MEMBER_COLUMNS}, false as cand from story_members m join articles a on a.id = m.article_id
    where m.story_id in (select id from whole) and m.article_id not in (select id from found) and m.article_id <> ${self}`;
  // Each whole story's member ids in the order addMember's read returns them (ctid order, as its
  // plan for a small story, an index scan on story_id, does), so the agency fall-back is the same.
  const whole = sql`, (select json_agg(json_build_object('id', w.id, 'version', w.version,
      'order', (select array_agg(m.article_id::text order by m.ctid) from story_members m where m.story_id = w.id))) from whole w) as whole`;
  return { ctes, rows, whole };
}

/** The small stories read whole by the candidate lookup (one missing a row is left out: locked path). */
function wholeStories(
  whole: { id: number; version: string; order: string[] | null }[] | null,
  rows: readonly MemberRef[],
): Map<string, StorySnapshot> {
  const byId = new Map(rows.map((r) => [r.article.id, r]));
  const out = new Map<string, StorySnapshot>();
  for (const w of whole ?? []) {
    const members = (w.order ?? []).map((id) => byId.get(id));
    if (members.length && members.every((m) => m !== undefined))
      out.set(String(w.id), { version: w.version, members: members as MemberRef[] });
  }
  return out;
}

function storyTx(trx: Db, loaded?: LoadedStoryArticle): StoryTx {
  const seen: FurnitureSeen = new Map([['', new Set()]]);
  const learn = (l: LoadedStoryArticle): StoryArticle => {
    if (!seen.has(l.siteKey)) seen.set(l.siteKey, new Set(l.furniture));
    return l.article;
  };
  return {
    async article(id) {
      // The fetch job's store statement returned the article and its site's furniture: no read
      // here. The furniture read thus moves before the transaction; it was already before the key
      // locks (this statement was the first), so what the locks order is read as before. An
      // article deleted in between fails the first write (foreign key); the fetch job then leaves
      // it to a dedupe job, which finds it gone.
      if (loaded?.article.id === id) return learn(loaded);
      const r = await prepared(
        trx,
        sql<StoryArticleRow & { body: string }>`select ${STORY_ARTICLE_COLUMNS}, a.body from articles a where a.id = ${Number(id)}`,
      );
      const row = r.rows[0];
      return row ? learn(loadedStoryArticle(row, row.body)) : null;
    },
    async lockKeys(keys, a, bands, at) {
      const distinct = [...new Set(bands)];
      if (distinct.length === 0) return advisoryLocks(trx, keys);
      // One statement: the locks (the subquery runs first, its rows are needed to insert) and the
      // band rows. Nothing here reads what the locks protect; the reads come in later statements.
      await prepared(
        trx,
        sql`
        insert into article_bands (band, article_id, at)
        select b, ${Number(a.id)}, ${at === null ? null : new Date(at)}::timestamptz
        from unnest(${int8ArrayLiteral(distinct)}::int8[]) as b where (select count(*) from (${lockSql(keys.length ? keys : ['-'])}) l) >= 0
        on conflict (article_id, band) do nothing`,
      );
    },
    lockStories: (storyIds) =>
      advisoryLocks(
        trx,
        storyIds.map((s) => 'story:' + s),
      ),
    async liveStories(storyIds) {
      if (storyIds.length === 0) return new Set();
      // A statement after the locks: its snapshot sees a merge committed while we waited.
      const rows = await trx.selectFrom('stories').select('id').where('id', 'in', ids(storyIds)).execute();
      return new Set(rows.map((r) => String(r.id)));
    },
    async furniture(sites, minPages) {
      if (minPages === FURNITURE_MIN_PAGES && sites.every((s) => seen.has(s))) return new Map(sites.map((s) => [s, seen.get(s)!]));
      const out = new Map<string, Set<string>>(sites.map((s) => [s, new Set<string>()]));
      if (sites.length === 0) return out;
      const rows = await sql<{ site: string; hash: string }>`
        select sp.site, sp.hash::text as hash from site_paragraphs sp
        where sp.site = any(${textArrayLiteral(sites)}::text[]) and sp.pages >= ${minPages}
          and not exists (select 1 from site_paragraphs o where o.hash = sp.hash and o.site <> sp.site)`.execute(trx);
      for (const r of rows.rows) out.get(r.site)?.add(r.hash);
      return out;
    },
    async candidates(q) {
      const self = sql`, (select json_build_object('story_id', m.story_id, 'role', m.role, 'method', m.method, 'score', m.score,
        'compared_article_id', m.compared_article_id, 'roundup', m.roundup) from story_members m where m.article_id = ${Number(q.article.id)}) as self`;
      const lookup = candidateLookup(q);
      const r = await prepared(trx, furnished(lookup.rows, seen, { ctes: lookup.ctes, extra: sql`${self}${lookup.whole}`, cand: true }));
      const row = r.rows[0] as {
        rows: (FurnishedRow & { cand: boolean })[];
        self: Omit<MemberRow, keyof Row> | null;
        whole: { id: number; version: string; order: string[] | null }[] | null;
      };
      const own = row.self;
      const refs = remember(seen, row.rows);
      return {
        self: own && {
          storyId: String(own.story_id),
          role: own.role,
          method: own.method,
          score: own.score,
          comparedArticleId: own.compared_article_id === null ? null : String(own.compared_article_id),
          ...(own.roundup ? { roundup: true } : {}),
        },
        members: refs.filter((_, i) => row.rows[i]!.cand),
        stories: wholeStories(row.whole, refs),
      };
    },
    async createStory(a, agency, count, roundup = false) {
      const r = await prepared(
        trx,
        sql<{ id: number }>`
        with ${counted(count)}s as (
          insert into stories (original_article_id, reference_article_id, title, agency, first_published_at)
          values (${Number(a.id)}, ${Number(a.id)}, ${a.title}, ${agency}, ${a.publishedAt ?? a.firstSeenAt}) returning id
        ), m as (
          insert into story_members (article_id, story_id, role, method, score, compared_article_id, roundup)
          select ${Number(a.id)}, s.id, 'original', 'new', 1, null, ${roundup} from s
        )
        select id from s`,
      );
      return String(r.rows[0]!.id);
    },
    async addMember(articleId, m: Membership) {
      // The insert and the story's members in one statement; the select's snapshot predates the
      // insert, so the new row comes from RETURNING.
      const ins = sql`
        ins as (
          insert into story_members (article_id, story_id, role, method, score, compared_article_id)
          select ${Number(articleId)}, ${Number(m.storyId)}, ${m.role}, ${m.method}, ${m.score}, ${m.comparedArticleId === null ? null : Number(m.comparedArticleId)}::int8
          where exists (select 1 from stories where id = ${Number(m.storyId)})
          returning article_id, story_id, role, method, score, compared_article_id, roundup)`;
      const rows = sql`
        select ${MEMBER_COLUMNS} from story_members m join articles a on a.id = m.article_id where m.story_id = ${Number(m.storyId)}
        union all
        select ${MEMBER_COLUMNS} from ins m join articles a on a.id = m.article_id`;
      const r = await prepared(trx, furnished(rows, seen, { ctes: ins, extra: sql`, exists (select 1 from ins) as added` }));
      const row = r.rows[0] as { rows: FurnishedRow[]; added: boolean };
      // The story was merged away after the locks were taken elsewhere: nothing was inserted.
      return row.added ? remember(seen, row.rows) : null;
    },
    async detachMember(a, storyId, agency) {
      // The story's only member is marked where it is (the story would be left empty).
      const alone = await sql<{ id: number }>`
        update story_members m set roundup = true
        where m.article_id = ${Number(a.id)} and m.story_id = ${Number(storyId)}
          and not exists (select 1 from story_members o where o.story_id = m.story_id and o.article_id <> m.article_id)
        returning m.story_id as id`.execute(trx);
      if (alone.rows[0]) return String(alone.rows[0].id);
      const r = await sql<{ id: number }>`
        with d as (delete from story_members where article_id = ${Number(a.id)} and story_id = ${Number(storyId)} returning article_id),
        s as (
          insert into stories (original_article_id, reference_article_id, title, agency, first_published_at)
          select ${Number(a.id)}, ${Number(a.id)}, ${a.title}, ${agency}, ${a.publishedAt ?? a.firstSeenAt}::timestamptz from d returning id
        ), m as (
          insert into story_members (article_id, story_id, role, method, score, compared_article_id, roundup)
          select ${Number(a.id)}, s.id, 'original', 'new', 1, null, true from s
        )
        select id from s`.execute(trx);
      return r.rows[0] ? String(r.rows[0].id) : null;
    },
    async mergeStories(intoId, fromIds, bridgeArticleId) {
      const into = Number(intoId);
      const from = ids(fromIds);
      await trx.updateTable('story_members').set({ story_id: into }).where('story_id', 'in', from).execute();
      // Earlier merges into a story now merged away point at the survivor (one hop to resolve).
      await trx.updateTable('story_merges').set({ into_story_id: into }).where('into_story_id', 'in', from).execute();
      await trx
        .insertInto('story_merges')
        .values(from.map((f) => ({ merged_story_id: f, into_story_id: into, bridge_article_id: Number(bridgeArticleId) })))
        .execute();
      await trx.deleteFrom('stories').where('id', 'in', from).execute();
    },
    async explainDisplaced(storyId, originalId, via) {
      await trx
        .updateTable('story_members')
        .set({
          method: via.method,
          score: via.score,
          compared_article_id: via.comparedArticleId === null ? null : Number(via.comparedArticleId),
        })
        .where('story_id', '=', Number(storyId))
        .where('method', '=', 'new')
        .where('article_id', 'not in', [Number(originalId), Number(via.comparedArticleId ?? -1)])
        .execute();
    },
    async members(storyId, limit) {
      const rows = sql`
        select ${MEMBER_COLUMNS} from story_members m join articles a on a.id = m.article_id
        where m.story_id = ${Number(storyId)} order by m.article_id desc ${limit === undefined ? sql`` : sql`limit ${limit}`}`;
      const r = await prepared(trx, furnished(rows, seen));
      return remember(seen, (r.rows[0] as { rows: FurnishedRow[] }).rows);
    },
    async tryJoin(w: JoinWrite, count) {
      // Why one statement is enough. Every writer of a story's members or roles (addMember and
      // refresh, merges, detaches, deleteArticle's re-election) holds the story's advisory lock
      // to its commit and writes the story row in the same transaction. So if the lock is free now
      // (a try: this never waits, so it cannot deadlock) and the row is still the version the
      // candidates read (the UPDATE re-checks xmin on the newest committed version, READ
      // COMMITTED), nobody changed the story since that snapshot, and nobody can until we commit:
      // the members the join was computed from are the story's members. Otherwise nothing is
      // written and the caller takes the locked path. (The lock is tried only for an unchanged
      // version; a stale try that succeeds just takes early the lock the locked path takes next.)
      const u = w.update;
      const m = w.member;
      const story = Number(w.storyId);
      const touched = [...new Set([...u.roles.keys(), ...w.explained])];
      const explained = new Set(w.explained);
      const when = sql`exists (select 1 from up)`;
      const r = await prepared(
        trx,
        sql<{ applied: boolean }>`
        with up as (
          update stories set original_article_id = ${Number(u.originalId)}, reference_article_id = ${Number(u.referenceId)}, title = ${u.title},
            agency = ${u.agency}, member_count = ${u.memberCount}, first_published_at = ${u.firstPublishedAt}, updated_at = now()
          where id = ${story}
            and case when xmin::text = ${w.version} then pg_try_advisory_xact_lock(hashtextextended(${'story:' + w.storyId}, 0)) else false end
          returning id
        ), ${counted(count, when)}ins as (
          insert into story_members (article_id, story_id, role, method, score, compared_article_id)
          select ${Number(w.articleId)}, up.id, ${m.role}, ${m.method}, ${m.score}, ${m.comparedArticleId === null ? null : Number(m.comparedArticleId)}::int8 from up
        ), r as (
          update story_members sm set role = coalesce(v.role, sm.role),
            method = case when v.explained then ${w.via.method} else sm.method end,
            score = case when v.explained then ${w.via.score}::real else sm.score end,
            compared_article_id = case when v.explained then ${w.via.comparedArticleId === null ? null : Number(w.via.comparedArticleId)}::int8 else sm.compared_article_id end
          from unnest(${int8ArrayLiteral(touched.map(Number))}::int8[], ${touched.map((id) => u.roles.get(id) ?? null)}::text[], ${touched.map((id) => explained.has(id))}::bool[])
            as v(article_id, role, explained)
          where sm.article_id = v.article_id and sm.story_id = ${story} and ${when}
        )
        select ${when} as applied`,
      );
      return r.rows[0]?.applied === true;
    },
    async updateStory(storyId, u: StoryUpdate, count) {
      // The changed roles, the story row and the paragraph counts in one statement.
      const roles = [...u.roles];
      await prepared(
        trx,
        sql`
        with ${counted(count ?? null)}r as (
          update story_members sm set role = v.role
          from unnest(${int8ArrayLiteral(roles.map(([id]) => Number(id)))}::int8[], ${textArrayLiteral(roles.map(([, role]) => role))}::text[]) as v(article_id, role)
          where sm.article_id = v.article_id)
        update stories set original_article_id = ${Number(u.originalId)}, reference_article_id = ${Number(u.referenceId)}, title = ${u.title},
          agency = ${u.agency}, member_count = ${u.memberCount}, first_published_at = ${u.firstPublishedAt}, updated_at = now()
        where id = ${Number(storyId)}`,
      );
    },
  };
}

/**
 * The Postgres story store (see the module comment). `loaded`: the article an assignment is for,
 * as the statement that stored it returned it (storeArticlePage); its `article(id)` then costs no
 * statement.
 */
export function pgStoryStore(db: Db, loaded?: LoadedStoryArticle): StoryStore {
  return {
    transaction: (fn) => db.transaction().execute((trx) => fn(storyTx(trx, loaded))),
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
export async function listStories(db: Db, filter: StoryFilter = {}): Promise<StoryOverview[]> {
  let q = db
    .selectFrom('story_overview as o')
    .leftJoin('articles as oa', 'oa.id', 'o.original_article_id')
    .selectAll('o')
    .select('oa.published_at as original_published_at');
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
  const rows = await q
    .orderBy('o.first_published_at', (ob) => ob.desc().nullsLast())
    .orderBy('o.story_id', 'desc')
    .limit(filter.limit ?? 100)
    .execute();
  return rows.map(toStoryOverview);
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
      yield {
        articleId: r.article_id,
        externalId: r.external_id,
        url: r.canonical_url,
        storyId: r.story_id,
        role: r.role,
        method: r.method,
        score: r.score,
      };
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
export async function deleteArticle(
  db: Db,
  articleId: number,
  reelect: (tx: StoryTx, storyId: string) => Promise<void>,
): Promise<DeletedArticle | null> {
  return db.transaction().execute(async (trx) => {
    const member = await trx.selectFrom('story_members').select('story_id').where('article_id', '=', articleId).executeTakeFirst();
    // Lock the story first, as every writer of a story does (its advisory lock, which dedupe's
    // joins take or try, and the row), so a concurrent join waits for the result or re-reads it.
    if (member) {
      await advisoryLocks(trx, ['story:' + member.story_id]);
      await trx.selectFrom('stories').select('id').where('id', '=', member.story_id).forUpdate().execute();
    }
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

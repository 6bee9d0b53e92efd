/**
 * The database handle. src/db is the only module that imports kysely or pg; everything else
 * receives a `Db` and calls repository functions.
 */
import { Kysely, PostgresDialect, sql, type Compilable, type QueryResult, type RawBuilder } from 'kysely';
import pg from 'pg';
import { StoreTextPlugin } from './store-text.js';
import type { ArticleBandsTable, ArticlesTable, RawPagesTable } from './articles.table.js';
import type { FeedFetchesTable, FeedHealthView, FeedItemsTable, FeedsTable, HeartbeatsTable } from './feeds.table.js';
import type {
  ParagraphCountedTable,
  SiteParagraphsTable,
  StoriesTable,
  StoryMembersTable,
  StoryMergesTable,
  StoryOverviewView,
} from './stories.table.js';

export interface DB {
  feeds: FeedsTable;
  feed_fetches: FeedFetchesTable;
  feed_items: FeedItemsTable;
  articles: ArticlesTable;
  raw_pages: RawPagesTable;
  article_bands: ArticleBandsTable;
  stories: StoriesTable;
  story_members: StoryMembersTable;
  story_merges: StoryMergesTable;
  site_paragraphs: SiteParagraphsTable;
  paragraph_counted: ParagraphCountedTable;
  story_overview: StoryOverviewView;
  feed_health: FeedHealthView;
  heartbeats: HeartbeatsTable;
}

export type Db = Kysely<DB>;

// int8 (bigserial ids, count(*)) as JS numbers: our ids and counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));
// numeric (e.g. avg()) likewise.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v: string) => Number(v));
// `date` stays a 'YYYY-MM-DD' string: it has no time zone, and a Date would invent one.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

/**
 * Hot statements run as named prepared statements (issue 16). Kysely sends every statement
 * unnamed, so Postgres parsed, analysed and planned each one afresh: the dedupe statements (CTEs,
 * unions, laterals) spent more backend CPU planning than executing (bench/pg-cost.ts: 20.4 ->
 * 14.4 ms of backend CPU per article with the same stories; forcing custom plans gave it all
 * back, so the gain is the cached generic plan). Opt-in per statement (`prepared`), so only
 * statements of a fixed shape are kept, each once per connection; the map is capped so a shape
 * that varies (an IN list) can never grow it without bound. Prepared statements list their
 * columns (no `*`): a later migration adding a column then cannot change a cached plan's result.
 */
const preparedNames = new Map<string, string>();
const MAX_PREPARED = 200;

/** Runs `query` as a named prepared statement on the connection (see `preparedNames`). */
export async function prepared<R>(db: Db, query: RawBuilder<R> | Compilable<R>): Promise<QueryResult<R>> {
  const compiled = 'isRawBuilder' in query ? query.compile(db) : query.compile();
  if (!preparedNames.has(compiled.sql) && preparedNames.size < MAX_PREPARED) preparedNames.set(compiled.sql, `wh${preparedNames.size}`);
  return db.executeQuery(compiled);
}

/** A pg client that sends the statements registered by `prepared` under their name. */
class PreparingClient extends pg.Client {}
// Kysely calls query(text, values); the same text under its name is parsed and planned once per
// connection. (pg.Client's query is looked up at call time: a wrapper installed on it still runs.)
PreparingClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [text, values] = args;
  const name = args.length === 2 && typeof text === 'string' && Array.isArray(values) ? preparedNames.get(text) : undefined;
  const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  return name === undefined ? query.apply(this, args) : query.call(this, { name, text, values });
} as typeof pg.Client.prototype.query;

export interface DbOptions {
  /** Pool size; workers need about their total concurrency. */
  max?: number;
}

/** Opens a pooled Kysely handle on `databaseUrl`. Close it with `db.destroy()`. */
export function createDb(databaseUrl: string, opts: DbOptions = {}): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: opts.max ?? 10, Client: PreparingClient });
  // An idle client that loses its connection emits 'error' on the pool; without a listener that
  // would crash the process. The next query reconnects.
  pool.on('error', () => {});
  // A client checked out when its connection drops (Postgres restarted mid-query or mid-transaction)
  // emits 'error' with nobody listening (the pool listens only to idle clients), which would crash
  // the process. Its query already rejects with the error; this listener only keeps the process up.
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new StoreTextPlugin()] });
}

/**
 * Creates the database named in `databaseUrl` if it does not exist, connecting to the
 * server's `postgres` database to do so. Safe to race: a concurrent creator wins quietly.
 */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!name) return false;
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`create database ${pg.escapeIdentifier(name)}`);
      return true;
    } catch (err) {
      if ((err as { code?: string }).code === '42P04') return false; // duplicate_database
      throw err;
    }
  } finally {
    await client.end();
  }
}

/** Drops a database (tests). */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
  } finally {
    await client.end();
  }
}

/** True when Postgres answers a trivial query. */
export async function pingDb(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

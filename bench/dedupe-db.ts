/**
 * Dedupe against Postgres as the store grows: lookup latency (p50/p95/p99 of `assignStory` with the
 * real story algorithm on the Postgres store) and import throughput (articles/s through `importArticles`, concurrency 4)
 * with 10k, 100k and 1M articles already stored. Issue 5's bar: p95 < 20 ms at 1M, flat per-article cost.
 *
 *   npx tsx bench/dedupe-db.ts [--sizes 10000,100000,1000000] [--probes 300] [--imports 1000] [--keep] [--reuse]
 *
 * Database: BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/wirehouse_bench, created fresh
 * and dropped at the end (unless --keep). `--reuse` keeps a database left by `--keep` instead: pending
 * migrations are applied, the rows of earlier probes and imports are removed (the fillers are as
 * filled), and only the sizes above what is stored are filled, so one size can be measured again
 * without its fill (`BENCH_DATABASE_URL=.../wirehouse_bench_1m ... --sizes 1000000 --keep --reuse`).
 * Each size is measured after VACUUM (ANALYZE) and a CHECKPOINT, so every run starts from one state.
 * Besides latency and throughput, each size reports the import's I/O per article (shared-buffer
 * misses, WAL full-page images, WAL bytes) and the shared_buffers it ran with: at 1M the band index
 * alone is about 1.7 GB, and what the buffer pool and the OS page cache hold of it decides the cost.
 *
 * The store is filled WITHOUT assignStory: rows, dedupe keys and band rows are computed in worker
 * threads (the same `articleFromRecord` + `articleInput` the import path uses) and inserted in
 * batches with `insert ... select from unnest(...)`; each filler article is its own story. Sizes are filled incrementally in one database (10k, top up to 100k,
 * then to 1M). Filler bodies are the first 3 paragraphs of `syntheticArticle` (real synthetic text,
 * all band and sentence keys, ~150 words: the fill costs what the key computation costs), published over 60
 * days so the ±7-day window holds about a quarter of the store.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { sql } from 'kysely';
import { upsertArticle } from '../src/db/articles.repo.js';
import { createDb, dropDatabase, ensureDatabase, type Db } from '../src/db/db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { dedupeFeatures, indexBands } from '../src/dedupe/features.js';
import { articleFromRecord } from '../src/normalize/article-from-record.js';
import { articleInput } from '../src/app/article-input.js';
import { placeInStory } from '../src/app/place-in-story.js';
import { importArticles } from '../src/app/import-articles.js';
import { syntheticArticle, syntheticRepost, type SyntheticArticle } from './dedupe-synthetic.js';
import { mulberry32 } from './mulberry32.js';
import { printedHelp } from './usage.js';

const START = new Date('2024-01-01T00:00:00Z');
const SPAN_DAYS = 60;
const BATCH = 2000;
/** Ids of probe and import articles (and their stories) start here, far above any filler id (= index + 1). */
const NON_FILLER_ID = 100_000_000;
const WORKER_ROLE = 'wirehouse-dedupe-db-fill';

/** The i-th filler article: its own story, short real synthetic text. */
function filler(i: number): SyntheticArticle {
  const a = syntheticArticle(i, { start: START, spanDays: SPAN_DAYS });
  return { ...a, body: a.body.split('\n\n').slice(0, 3).join('\n\n') };
}

/** Column arrays of one batch of filler rows, ready for `unnest`. */
interface FillBatch {
  id: number[];
  canonicalUrl: string[];
  urlKey: string[];
  host: string[];
  site: (string | null)[];
  title: string[];
  body: string[];
  language: (string | null)[];
  publishedAt: string[];
  contentHash: string[];
  leadHash: (string | null)[];
  wordCount: number[];
  extractor: string[];
  externalId: string[];
  bandArticle: number[];
  band: string[];
  bandAt: string[];
}

function fillBatch(from: number, to: number): FillBatch {
  const b: FillBatch = {
    id: [],
    canonicalUrl: [],
    urlKey: [],
    host: [],
    site: [],
    title: [],
    body: [],
    language: [],
    publishedAt: [],
    contentHash: [],
    leadHash: [],
    wordCount: [],
    extractor: [],
    externalId: [],
    bandArticle: [],
    band: [],
    bandAt: [],
  };
  for (let i = from; i < to; i++) {
    const rec = filler(i);
    const art = articleFromRecord(rec);
    const input = articleInput(art, { url: art.canonicalUrl, fetchedAt: START, externalId: rec.id });
    const row = input.article;
    const at = (row.publishedAt ?? START).toISOString();
    b.id.push(i + 1);
    b.canonicalUrl.push(row.canonicalUrl);
    b.urlKey.push(input.urlKey);
    b.host.push(new URL(row.canonicalUrl).hostname);
    b.site.push(row.site);
    b.title.push(row.title);
    b.body.push(row.body);
    b.language.push(row.language);
    b.publishedAt.push(at);
    b.contentHash.push(input.contentHash);
    b.leadHash.push(input.leadHash);
    b.wordCount.push(row.wordCount);
    b.extractor.push(row.extractor);
    b.externalId.push(rec.id);
    // The same key set the story algorithm stores (full + lead bands and sentence keys).
    for (const band of indexBands(dedupeFeatures({ url: row.canonicalUrl, body: row.body, site: row.site }))) {
      b.bandArticle.push(i + 1);
      b.band.push(band);
      b.bandAt.push(at);
    }
  }
  return b;
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  parentPort!.on('message', ({ from, to }: { from: number; to: number }) => parentPort!.postMessage(fillBatch(from, to)));
}

async function insertBatch(db: Db, b: FillBatch): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Bulk fill only: rows are consistent by construction, so skip FK triggers and the WAL flush.
    await sql`set local session_replication_role = replica`.execute(trx);
    await sql`set local synchronous_commit = off`.execute(trx);
    await sql`
      insert into articles (id, canonical_url, url, url_key, host, site, title, body, language, published_at, first_seen_at, fetched_at,
                            content_hash, lead_hash, word_count, extractor, external_id)
      select id, cu, cu, uk, host, site, title, body, lang, pub, pub, pub, ch, lh, wc, ex, ext
      from unnest(${b.id}::int8[], ${b.canonicalUrl}::text[], ${b.urlKey}::text[], ${b.host}::text[], ${b.site}::text[], ${b.title}::text[],
                  ${b.body}::text[], ${b.language}::text[], ${b.publishedAt}::timestamptz[], ${b.contentHash}::text[], ${b.leadHash}::text[],
                  ${b.wordCount}::int4[], ${b.extractor}::text[], ${b.externalId}::text[])
             as t(id, cu, uk, host, site, title, body, lang, pub, ch, lh, wc, ex, ext)`.execute(trx);
    await sql`
      insert into stories (id, original_article_id, reference_article_id, title, first_published_at, created_at, updated_at)
      select id, id, id, title, pub, pub, pub from unnest(${b.id}::int8[], ${b.title}::text[], ${b.publishedAt}::timestamptz[]) as t(id, title, pub)`.execute(
      trx,
    );
    await sql`
      insert into story_members (article_id, story_id, role, method, score, decided_at)
      select id, id, 'original', 'new', 1, pub from unnest(${b.id}::int8[], ${b.publishedAt}::timestamptz[]) as t(id, pub)`.execute(trx);
    await sql`
      insert into article_bands (band, article_id, at)
      select band, id, at from unnest(${b.band}::int8[], ${b.bandArticle}::int8[], ${b.bandAt}::timestamptz[]) as t(band, id, at)`.execute(
      trx,
    );
  });
}

const FILL_TABLES = ['articles', 'article_bands', 'stories', 'story_members'];

/**
 * Back to the filled state for `--reuse`: drops probe and import rows (ids above NON_FILLER_ID) and
 * undoes what their joins did to filler stories. FK triggers are off (cascades done by hand): several
 * FKs into articles have no index on the referencing side, so per-row checks would scan 1M rows.
 * Returns the number of stored fillers.
 */
async function resetToFill(db: Db): Promise<number> {
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await sql`
      update stories s set original_article_id = s.id, title = a.title, agency = a.agency, member_count = 1,
             first_published_at = coalesce(a.published_at, a.first_seen_at)
      from articles a where a.id = s.id and s.id <= ${NON_FILLER_ID} and (s.original_article_id <> s.id or s.member_count <> 1)`.execute(
      trx,
    );
    await sql`delete from article_bands where article_id > ${NON_FILLER_ID}`.execute(trx);
    await sql`delete from story_merges`.execute(trx);
    await sql`delete from paragraph_counted where article_id > ${NON_FILLER_ID}`.execute(trx);
    await sql`delete from site_paragraphs`.execute(trx);
    await sql`update stories set reference_article_id = id where id <= ${NON_FILLER_ID} and reference_article_id is distinct from id`.execute(
      trx,
    );
    await sql`delete from story_members where article_id > ${NON_FILLER_ID} or story_id > ${NON_FILLER_ID}`.execute(trx);
    await sql`
      update story_members set role = 'original', method = 'new', score = 1, compared_article_id = null
      where role <> 'original' or method <> 'new' or compared_article_id is not null`.execute(trx);
    await sql`delete from stories where id > ${NON_FILLER_ID}`.execute(trx);
    await sql`delete from articles where id > ${NON_FILLER_ID}`.execute(trx);
    await sql`select setval('articles_id_seq', ${NON_FILLER_ID}), setval('stories_id_seq', ${NON_FILLER_ID})`.execute(trx);
  });
  const { rows } = await sql<{ n: number }>`select count(*)::int8 as n from articles`.execute(db);
  return rows[0]!.n;
}

/**
 * Runs `fn` with the fill tables' secondary indexes and unique constraints dropped, then builds them
 * again (a sorted build is many times faster than 40M random B-tree inserts on a 128 MB buffer
 * pool). Primary keys that foreign keys point at stay (their ids are appended in order).
 */
async function withoutIndexes(db: Db, fn: () => Promise<void>): Promise<void> {
  const { rows } = await sql<{ tbl: string; idx: string; con: string | null; def: string }>`
    select c.relname as tbl, i.relname as idx, k.conname as con,
           coalesce(pg_get_constraintdef(k.oid), pg_get_indexdef(i.oid)) as def
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class c on c.oid = x.indrelid
    left join pg_constraint k on k.conindid = x.indexrelid and k.contype in ('p', 'u')
    where c.relname = any(${FILL_TABLES}::text[]) and c.relnamespace = 'public'::regnamespace
      and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = x.indexrelid)`.execute(db);
  for (const r of rows) {
    if (r.con) await sql`alter table ${sql.table(r.tbl)} drop constraint ${sql.ref(r.con)}`.execute(db);
    else await sql`drop index ${sql.ref(r.idx)}`.execute(db);
  }
  try {
    await fn();
  } finally {
    await db.connection().execute(async (conn) => {
      await sql`set maintenance_work_mem = '1GB'`.execute(conn);
      await sql`set max_parallel_maintenance_workers = 1`.execute(conn);
      for (const r of rows) {
        if (r.con) await sql`alter table ${sql.table(r.tbl)} add constraint ${sql.ref(r.con)} ${sql.raw(r.def)}`.execute(conn);
        else await sql.raw(r.def).execute(conn);
      }
    });
  }
}

/** Fills filler indexes [from, to): two worker threads compute, the main thread inserts (one batch in flight). */
async function fill(db: Db, from: number, to: number): Promise<void> {
  const nWorkers = 2;
  const self = fileURLToPath(import.meta.url);
  // Under tsx (bench/*.ts) a worker does not inherit the TypeScript loader: register it first.
  // From dist/ the module is plain JS and loads directly.
  const workers = Array.from({ length: nWorkers }, () =>
    self.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`,
          { eval: true, workerData: { role: WORKER_ROLE } },
        )
      : new Worker(self, { workerData: { role: WORKER_ROLE } }),
  );
  let waitMs = 0,
    insertMs = 0;
  try {
    const compute = (w: Worker, f: number, t: number): Promise<FillBatch> =>
      new Promise((resolve, reject) => {
        const onError = (err: Error): void => reject(err);
        w.once('error', onError);
        w.once('message', (b: FillBatch) => {
          w.off('error', onError);
          resolve(b);
        });
        w.postMessage({ from: f, to: t });
      });
    const ranges: Array<[number, number]> = [];
    for (let f = from; f < to; f += BATCH) ranges.push([f, Math.min(to, f + BATCH)]);
    // Each worker keeps one batch ahead of the inserter.
    const pending: Array<Promise<FillBatch>> = [];
    let next = 0;
    const launch = (slot: number): void => {
      if (next < ranges.length) {
        const [f, t] = ranges[next++]!;
        pending[slot] = compute(workers[slot]!, f, t);
      }
    };
    const inserting: Array<Promise<void>> = [];
    for (let s = 0; s < nWorkers; s++) launch(s);
    for (let k = 0; k < ranges.length; k++) {
      const slot = k % nWorkers;
      let t = performance.now();
      const batch = await pending[slot]!;
      waitMs += performance.now() - t;
      launch(slot);
      // Two inserts in flight: Postgres gets both cores while the workers are ahead.
      if (inserting.length >= 2) {
        t = performance.now();
        await inserting.shift();
        insertMs += performance.now() - t;
      }
      inserting.push(insertBatch(db, batch));
    }
    await Promise.all(inserting);
  } finally {
    if (process.env['BENCH_DEBUG'])
      console.log(`fill: waited ${(waitMs / 1000).toFixed(1)} s for rows, ${(insertMs / 1000).toFixed(1)} s waiting on inserts`);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

/** Probe n at this size: even n a repost of a stored filler (expected story = its id), odd n a new article. */
function probe(size: number, n: number, r: () => number): { rec: SyntheticArticle; expectStory: number | null } {
  if (n % 2 === 0) {
    const j = Math.floor(r() * size);
    const rep = syntheticRepost(filler(j), n >> 1);
    return { rec: { ...rep, id: `probe-${size}-${n}`, url: `https://${new URL(rep.url).host}/${size}/a/${j}-${n}` }, expectStory: j + 1 };
  }
  const a = syntheticArticle(n, { seed: 7000 + (size % 9973), start: START, spanDays: SPAN_DAYS });
  return {
    rec: { ...a, body: a.body.split('\n\n').slice(0, 3).join('\n\n'), id: `new-${size}-${n}`, url: `https://fresh.example/${size}/${n}` },
    expectStory: null,
  };
}

/** Per imported article: shared-buffer misses in this database, WAL full-page images and WAL bytes (both cluster-wide). */
interface ImportIo {
  blocksRead: number;
  fpi: number;
  walKb: number;
}

interface SizeResult {
  size: number;
  fillS: number;
  p50: number;
  p95: number;
  p99: number;
  joined: number;
  reposts: number;
  fresh: number;
  news: number;
  perSec: number;
  merged: number;
  imports: number;
  io: ImportIo;
}

interface IoCounters {
  blksRead: number;
  fpi: number;
  lsn: string;
}

async function ioCounters(db: Db): Promise<IoCounters> {
  const { rows } = await sql<IoCounters>`
    select (select blks_read from pg_stat_database where datname = current_database())::int8 as "blksRead",
           (select wal_fpi from pg_stat_wal)::int8 as fpi, pg_current_wal_lsn()::text as lsn`.execute(db);
  return rows[0]!;
}

/**
 * The I/O the import did, per article. Backends report their counters when they exit, so the import
 * runs on its own pool, closed before the second reading. WAL figures include whatever else the
 * server wrote meanwhile (other databases' tests on a shared machine).
 */
async function importIo(db: Db, before: IoCounters, n: number): Promise<ImportIo> {
  await new Promise((r) => setTimeout(r, 300));
  const after = await ioCounters(db);
  const { rows } = await sql<{ b: number }>`select pg_wal_lsn_diff(${after.lsn}::pg_lsn, ${before.lsn}::pg_lsn)::int8 as b`.execute(db);
  return { blocksRead: (after.blksRead - before.blksRead) / n, fpi: (after.fpi - before.fpi) / n, walKb: rows[0]!.b / n / 1024 };
}

async function measure(db: Db, url: string, size: number, probes: number, imports: number): Promise<Omit<SizeResult, 'fillS'>> {
  const r = mulberry32(size);
  const lat: number[] = [];
  let joined = 0,
    reposts = 0,
    fresh = 0,
    news = 0;
  // The first probes (JIT, cold caches after the index builds) are run but not counted.
  const warmup = 20;
  for (let n = -warmup; n < probes; n++) {
    const { rec, expectStory } = n < 0 ? probe(size, probes + 100_000 + n, r) : probe(size, n, r);
    const art = articleFromRecord(rec);
    const saved = await upsertArticle(db, articleInput(art, { url: art.canonicalUrl, fetchedAt: new Date(), externalId: rec.id }));
    const t0 = performance.now();
    const a = await placeInStory(db, saved.id);
    if (n < 0) continue;
    lat.push(performance.now() - t0);
    if (expectStory !== null) {
      reposts++;
      if (a?.storyId === expectStory) joined++;
    } else {
      news++;
      if (a?.created) fresh++;
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'wirehouse-bench-'));
  try {
    const file = join(dir, 'import.jsonl');
    const lines: string[] = [];
    for (let n = 0; n < imports; n++) lines.push(JSON.stringify(probe(size, probes + n, r).rec));
    writeFileSync(file, lines.join('\n') + '\n');
    const before = await ioCounters(db);
    const idb = createDb(url, { max: 6 });
    let rep: Awaited<ReturnType<typeof importArticles>>;
    let s: number;
    try {
      const t0 = performance.now();
      rep = await importArticles({ db: idb, now: () => new Date() }, file, { concurrency: 4 });
      s = (performance.now() - t0) / 1000;
    } finally {
      await idb.destroy();
    }
    const io = await importIo(db, before, rep.imported);
    return {
      size,
      p50: pct(lat, 0.5),
      p95: pct(lat, 0.95),
      p99: pct(lat, 0.99),
      joined,
      reposts,
      fresh,
      news,
      perSec: rep.imported / s,
      merged: rep.merged,
      imports,
      io,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bench entry; returns lookup p95 and import rate keyed by store size. */
export async function run(
  argv: readonly string[] = [],
): Promise<{ lookupP95Ms: Record<number, number>; importArticlesPerSecond: Record<number, number> }> {
  const arg = (name: string, d: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : d;
  };
  const sizes = arg('--sizes', '10000,100000,1000000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const probes = Number(arg('--probes', '300'));
  const imports = Number(arg('--imports', '1000'));
  const reuse = argv.includes('--reuse');
  const url = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/wirehouse_bench';
  if (!reuse) await dropDatabase(url);
  await ensureDatabase(url);
  const db = createDb(url, { max: 6 });
  const results: SizeResult[] = [];
  try {
    await migrateToLatest(db);
    let filled = reuse ? await resetToFill(db) : 0;
    if (filled === 0) await sql`select setval('articles_id_seq', ${NON_FILLER_ID}), setval('stories_id_seq', ${NON_FILLER_ID})`.execute(db);
    for (const size of sizes) {
      if (size < filled) {
        console.log(`dedupe-db ${String(size).padStart(8)} stored: skipped (the database already holds ${filled})`);
        continue;
      }
      const t0 = performance.now();
      if (size > filled) await withoutIndexes(db, () => fill(db, filled, size));
      // What autovacuum would have done by now: statistics, and the visibility map for index-only scans.
      // INDEX_CLEANUP ON: after a --reuse reset the dead probe rows are under VACUUM's 2% bypass
      // threshold at 1M, and their index entries would stay; the next run's identical probes would
      // then visit (and dirty) them.
      await sql`vacuum (analyze, index_cleanup on)`.execute(db);
      // Every size starts from the same state: no dirty buffers left by the fill, and a fresh
      // checkpoint (pages written after it log a full-page image first, as after any checkpoint).
      await sql`checkpoint`.execute(db).catch((err: unknown) => console.log(`dedupe-db: no checkpoint before measuring (${String(err)})`));
      filled = size;
      const fillS = (performance.now() - t0) / 1000;
      const m = await measure(db, url, size, probes, imports);
      results.push({ ...m, fillS });
      // The figures depend on how much of the hot indexes the buffer pool holds: say what it was.
      const { rows: ctx } = await sql<{ sb: string; dbSize: string; bandIdx: string }>`
        select current_setting('shared_buffers') as sb, pg_size_pretty(pg_database_size(current_database())) as "dbSize",
               pg_size_pretty(pg_relation_size('article_bands_band_at_idx')) as "bandIdx"`.execute(db);
      console.log(
        `dedupe-db ${String(size).padStart(8)} stored: database ${ctx[0]!.dbSize} (band index ${ctx[0]!.bandIdx}), shared_buffers ${ctx[0]!.sb}`,
      );
      console.log(
        `dedupe-db ${String(size).padStart(8)} stored: fill +${fillS.toFixed(0)} s; lookup p50 ${m.p50.toFixed(1)} p95 ${m.p95.toFixed(1)} p99 ${m.p99.toFixed(1)} ms; ` +
          `reposts joined ${m.joined}/${m.reposts}, new started ${m.fresh}/${m.news}; import ${m.perSec.toFixed(0)} articles/s (${m.merged}/${m.imports} merged); ` +
          `per import: ${m.io.blocksRead.toFixed(0)} blocks read, ${m.io.fpi.toFixed(0)} WAL full-page images, ${m.io.walKb.toFixed(0)} kB WAL`,
      );
    }
  } finally {
    await db.destroy();
    if (!argv.includes('--keep')) await dropDatabase(url);
  }
  console.log(
    '\n| stored | fill (s, incremental) | lookup p50 (ms) | p95 (ms) | p99 (ms) | reposts joined | new started | import articles/s | import merged | blocks read / import | WAL FPI / import | WAL kB / import |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.size} | ${r.fillS.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.joined}/${r.reposts} | ${r.fresh}/${r.news} | ${r.perSec.toFixed(0)} | ${r.merged}/${r.imports} | ${r.io.blocksRead.toFixed(0)} | ${r.io.fpi.toFixed(0)} | ${r.io.walKb.toFixed(0)} |`,
    );
  }
  return {
    lookupP95Ms: Object.fromEntries(results.map((r) => [r.size, Number(r.p95.toFixed(2))])),
    importArticlesPerSecond: Object.fromEntries(results.map((r) => [r.size, Number(r.perSec.toFixed(1))])),
  };
}

if (isMainThread && import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url)) {
  await run(process.argv.slice(2));
}

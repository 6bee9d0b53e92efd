/**
 * What each stored article costs in Postgres, statement by statement (issue 16): the end-to-end
 * bench's wire pages (e2e/corpus.ts, four versions of each dev page) extracted up front, then
 * stored and placed in their stories one at a time on ONE connection, as the fetch and dedupe
 * jobs do (`storeArticlePage`, then `placeInStory`). Around every statement the backend's CPU
 * time is read from /proc/<pid>/schedstat (nanoseconds; Postgres runs on this machine), so the
 * table shows where the backend's time goes, not just the total. Node CPU of the store and
 * dedupe phases (pg client, Kysely and the dedupe decision) is measured with process.cpuUsage.
 * A digest of the resulting stories proves a change result-identical.
 *
 *   npx tsx bench/pg-cost.ts [--pages 60] [--rounds 3] [--seed 1] [--keep] [--explain I]
 *
 * Env: PG_COST_DETAIL=1 prints each article's backend ms (store, dedupe); PG_COST_PLAN_MODE sets
 * plan_cache_mode on the fresh database (force_custom_plan shows what the prepared plans save).
 * `--keep` leaves the last round's database (its name is printed) for EXPLAIN; otherwise every
 * round's fresh database is dropped. `--explain I` prints the plans (EXPLAIN ANALYZE, BUFFERS, via
 * auto_explain on the fresh database only) of the I-th article's statements. Not part of `npm run bench` (a diagnostic).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import pg from 'pg';
import { articleInput } from '../src/app/article-input.js';
import { placeInStory } from '../src/app/place-in-story.js';
import { storeArticlePage, type ArticleInput, type RawPageInput } from '../src/db/articles.repo.js';
import { createDb, dropDatabase, ensureDatabase } from '../src/db/db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { decodeBytes } from '../src/normalize/decode-bytes.js';
import { buildCorpus } from './e2e/corpus.js';
import { mulberry32 } from './mulberry32.js';

export interface Prepared {
  raw: RawPageInput;
  input: ArticleInput;
  itemUrl: string;
}

const flag = (argv: readonly string[], name: string, d: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : d;
};

/** The backend's CPU time in ms (schedstat's first field is ns on CPU). */
function backendMs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

const label = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 60);

export function prepare(pages: number, seed: number): Prepared[] {
  const corpus = buildCorpus(resolve(process.env['WIREHOUSE_DATA'] ?? '../shared/data'), pages, 8080);
  const rnd = mulberry32(seed);
  const order = corpus.pages.map((p) => ({ p, k: rnd() })).sort((a, b) => a.k - b.k);
  return order.map(({ p }) => {
    const url = `http://${p.host}:8080${p.path}`;
    const body = gunzipSync(p.gzip);
    const text = decodeBytes(body, { contentType: 'text/html; charset=utf-8', kind: 'html' }).text;
    const article = extractArticle(text, url);
    const fetchedAt = new Date(p.published.getTime() + 60_000);
    return {
      itemUrl: url,
      input: articleInput(article, { url, fetchedAt }),
      raw: {
        url,
        finalUrl: url,
        httpStatus: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' },
        contentType: 'text/html; charset=utf-8',
        body,
        bodyGzip: p.gzip,
        bodySha256: createHash('sha256').update(body).digest('hex'),
        charset: 'utf-8',
      },
    };
  });
}

interface RoundResult {
  db: string;
  statements: number;
  backendMs: number;
  storeNodeMs: number;
  dedupeNodeMs: number;
  byLabel: Map<string, { n: number; ms: number }>;
  stories: number;
  digest: string;
}

async function round(server: string, pages: readonly Prepared[], keep: boolean, explainAt: number): Promise<RoundResult> {
  const name = `wh_pgcost_${process.pid}_${Date.now().toString(36)}`;
  const url = `${server}/${name}`;
  await ensureDatabase(url);
  if (process.env['PG_COST_PLAN_MODE']) {
    const admin = createDb(url, { max: 1 });
    await sql.raw(`alter database ${name} set plan_cache_mode = '${process.env['PG_COST_PLAN_MODE']}'`).execute(admin);
    await admin.destroy();
  }
  if (explainAt >= 0) {
    // auto_explain on this database only, its plans sent to the client as notices.
    const admin = createDb(url, { max: 1 });
    await sql.raw(`alter database ${name} set session_preload_libraries = 'auto_explain'`).execute(admin);
    for (const [k, v] of Object.entries({
      log_min_duration: '0',
      log_analyze: 'on',
      log_buffers: 'on',
      log_nested_statements: 'on',
      log_level: 'notice',
      log_timing: 'on',
    }))
      await sql.raw(`alter database ${name} set auto_explain.${k} = '${v}'`).execute(admin);
    await admin.destroy();
  }
  const db = createDb(url, { max: 1 });
  await migrateToLatest(db);
  const feed = await db.insertInto('feeds').values({ url: 'http://feeds.invalid/1.xml' }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('feed_items')
    .values(pages.map((p, i) => ({ feed_id: feed.id, guid: p.itemUrl, url: p.itemUrl, first_poll_slot: new Date(i * 1000) })))
    .execute();
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
  const pid = rows[0]!.pid;
  const byLabel = new Map<string, { n: number; ms: number }>();
  let statements = 0;
  let total = 0;
  const query = pg.Client.prototype.query;
  let explaining = false;
  const listening = new WeakSet<pg.Client>();
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (!listening.has(this)) {
      listening.add(this);
      this.on('notice', (m) => {
        if (explaining) console.log(`--- ${m.message}\n${(m as { detail?: string }).detail ?? ''}`);
      });
    }
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string }).text ?? '?');
    const t0 = backendMs(pid);
    const p = (query as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    const done = () => {
      const ms = backendMs(pid) - t0;
      const k = label(text);
      const e = byLabel.get(k) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += ms;
      byLabel.set(k, e);
      statements++;
      total += ms;
    };
    p.then(done, done);
    return p;
  } as typeof query;
  let storeNs = 0;
  let dedupeNs = 0;
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  try {
    for (const [i, p] of pages.entries()) {
      explaining = i === explainAt;
      const c0 = cpu();
      const b0 = total;
      const saved = await storeArticlePage(db, p.raw, p.input, [p.itemUrl]);
      const c1 = cpu();
      const b1 = total;
      await placeInStory(db, saved.id, undefined, saved.loaded);
      if (process.env['PG_COST_DETAIL'])
        console.log(
          `detail ${i} ${p.input.article.language} ${p.input.article.body.length} store ${(b1 - b0).toFixed(2)} dedupe ${(total - b1).toFixed(2)}`,
        );
      storeNs += c1 - c0;
      dedupeNs += cpu() - c1;
    }
  } finally {
    pg.Client.prototype.query = query;
  }
  const members = await db
    .selectFrom('story_members as m')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .leftJoin('articles as c', 'c.id', 'm.compared_article_id')
    .select(['a.canonical_url as url', 'm.story_id', 'm.role', 'm.method', 'm.score', 'm.roundup', 'c.canonical_url as compared'])
    .execute();
  // Story ids depend on creation order only; name each story by its smallest member URL instead.
  const storyName = new Map<number, string>();
  for (const m of members) if (!storyName.has(m.story_id) || m.url < storyName.get(m.story_id)!) storyName.set(m.story_id, m.url);
  const lines = members
    .map((m) => `${m.url} ${storyName.get(m.story_id)} ${m.role} ${m.method} ${m.score.toFixed(4)} ${m.roundup} ${m.compared ?? '-'}`)
    .sort();
  const stories = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const sp = await db.selectFrom('site_paragraphs').select(['site', 'hash', 'pages']).orderBy('site').orderBy('hash').execute();
  const digest = createHash('sha256')
    .update(lines.join('\n'))
    .update(sp.map((r) => `${r.site} ${r.hash} ${r.pages}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  await db.destroy();
  if (!keep) await dropDatabase(url);
  return {
    db: name,
    statements,
    backendMs: total,
    storeNodeMs: storeNs,
    dedupeNodeMs: dedupeNs,
    byLabel,
    stories: Number(stories.n),
    digest,
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function run(argv: readonly string[] = []): Promise<void> {
  const pagesArg = flag(argv, '--pages', 60);
  const rounds = flag(argv, '--rounds', 3);
  const seed = flag(argv, '--seed', 1);
  const server = process.env['BENCH_PG_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';
  const pages = prepare(pagesArg, seed);
  const n = pages.length;
  const results: RoundResult[] = [];
  for (let r = 0; r < rounds; r++) {
    const res = await round(server, pages, argv.includes('--keep') && r === rounds - 1, flag(argv, '--explain', -1));
    results.push(res);
    console.log(
      `round ${r + 1}: ${n} articles, ${res.stories} stories, digest ${res.digest}; backend ${(res.backendMs / n).toFixed(2)} ms/article, ` +
        `${(res.statements / n).toFixed(2)} statements/article, node store ${(res.storeNodeMs / n).toFixed(2)} + dedupe ${(res.dedupeNodeMs / n).toFixed(2)} ms/article`,
    );
  }
  const best = results.reduce((a, b) => (a.backendMs <= b.backendMs ? a : b));
  console.log(`statement (calls/article, backend ms/article; min round by backend time):`);
  for (const [k, v] of [...best.byLabel].sort((a, b) => b[1].ms - a[1].ms))
    console.log(`  ${(v.n / n).toFixed(2).padStart(5)}  ${(v.ms / n).toFixed(3).padStart(7)}  ${k}`);
  const per = (f: (r: RoundResult) => number) => ({
    median: Number((median(results.map(f)) / n).toFixed(2)),
    min: Number((Math.min(...results.map(f)) / n).toFixed(2)),
  });
  console.log(
    JSON.stringify({
      articles: n,
      digests: [...new Set(results.map((r) => r.digest))],
      stories: [...new Set(results.map((r) => r.stories))],
      backendMsPerArticle: per((r) => r.backendMs),
      statementsPerArticle: per((r) => r.statements),
      storeNodeMsPerArticle: per((r) => r.storeNodeMs),
      dedupeNodeMsPerArticle: per((r) => r.dedupeNodeMs),
      kept: argv.includes('--keep') ? results.at(-1)!.db : null,
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));

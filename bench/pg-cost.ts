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
 *   npx tsx bench/pg-cost.ts [--pages 60] [--rounds 3] [--seed 1] [--keep] [--explain I] [--ab MIGRATION]
 *
 * Env: PG_COST_DETAIL=1 prints each article's backend ms (store, dedupe); PG_COST_PLAN_MODE sets
 * plan_cache_mode on the fresh database (force_custom_plan shows what the prepared plans save).
 * `--keep` leaves the last round's database (its name is printed) for EXPLAIN; otherwise every
 * round's fresh database is dropped. `--explain I` prints the plans (EXPLAIN ANALYZE, BUFFERS, via
 * auto_explain on the fresh database only) of the I-th article's statements. `--ab MIGRATION` is a
 * schema A/B robust to the machine's load: each round fills two databases alternately, article by
 * article, A with the schema as it was after MIGRATION (the later migrations' `down` run), B with
 * every migration; both get the same statements from this tree's code. Not part of `npm run bench` (a diagnostic).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { articleInput } from '../src/app/article-input.js';
import { placeInStory } from '../src/app/place-in-story.js';
import { storeArticlePage, type ArticleInput, type RawPageInput } from '../src/db/articles.repo.js';
import { createDb, dropDatabase, ensureDatabase } from '../src/db/db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { decodeBytes } from '../src/normalize/decode-bytes.js';
import { migrations } from '../migrations/index.js';
import { buildCorpus } from './e2e/corpus.js';
import { mulberry32 } from './mulberry32.js';
import { printedHelp } from './usage.js';

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

/** One database being filled: `step(i)` stores and places the i-th page, `finish()` reads the digest. */
interface OpenRound {
  step(i: number): Promise<void>;
  finish(): Promise<RoundResult>;
}

/**
 * Backend CPU per statement is charged to the round whose connection ran it (by backend pid), so
 * two rounds can be fed alternately from one process (`--ab`).
 */
const roundsByPid = new Map<number, { byLabel: Map<string, { n: number; ms: number }>; add(ms: number): void }>();
let explaining = false;

function hookQueries(): () => void {
  const query = pg.Client.prototype.query;
  const listening = new WeakSet<pg.Client>();
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const pid = (this as unknown as { processID?: number }).processID;
    const r = pid === undefined ? undefined : roundsByPid.get(pid);
    if (!r) return (query as (...a: unknown[]) => unknown).apply(this, args);
    if (!listening.has(this)) {
      listening.add(this);
      this.on('notice', (m) => {
        if (explaining) console.log(`--- ${m.message}\n${(m as { detail?: string }).detail ?? ''}`);
      });
    }
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string }).text ?? '?');
    const t0 = backendMs(pid!);
    const p = (query as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    const done = () => {
      const ms = backendMs(pid!) - t0;
      const k = label(text);
      const e = r.byLabel.get(k) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += ms;
      r.byLabel.set(k, e);
      r.add(ms);
    };
    p.then(done, done);
    return p;
  } as typeof query;
  return () => {
    pg.Client.prototype.query = query;
  };
}

async function openRound(
  server: string,
  pages: readonly Prepared[],
  opts: { keep: boolean; explain: boolean; schemaAt?: string | undefined },
): Promise<OpenRound> {
  const name = `wh_pgcost_${process.pid}_${Date.now().toString(36)}${opts.schemaAt ? 'a' : ''}`;
  const url = `${server}/${name}`;
  await ensureDatabase(url);
  if (process.env['PG_COST_PLAN_MODE']) {
    const admin = createDb(url, { max: 1 });
    await sql.raw(`alter database ${name} set plan_cache_mode = '${process.env['PG_COST_PLAN_MODE']}'`).execute(admin);
    await admin.destroy();
  }
  if (opts.explain) {
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
  if (opts.schemaAt) {
    // The A side of --ab: the schema as it was after that migration (the later ones' `down`).
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateTo(opts.schemaAt);
    if (error) throw error;
  }
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
  roundsByPid.set(pid, {
    byLabel,
    add(ms) {
      statements++;
      total += ms;
    },
  });
  let storeNs = 0;
  let dedupeNs = 0;
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  return {
    async step(i) {
      const p = pages[i]!;
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
    },
    async finish() {
      roundsByPid.delete(pid);
      const digest = await storiesDigest(db);
      await db.destroy();
      if (!opts.keep) await dropDatabase(url);
      return { db: name, statements, backendMs: total, storeNodeMs: storeNs, dedupeNodeMs: dedupeNs, byLabel, ...digest };
    },
  };
}

/** The stories and site paragraphs a round left, as a digest independent of id order. */
async function storiesDigest(db: ReturnType<typeof createDb>): Promise<{ stories: number; digest: string }> {
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
  return { stories: Number(stories.n), digest };
}

async function round(server: string, pages: readonly Prepared[], keep: boolean, explainAt: number): Promise<RoundResult> {
  const r = await openRound(server, pages, { keep, explain: explainAt >= 0 });
  for (let i = 0; i < pages.length; i++) {
    explaining = i === explainAt;
    await r.step(i);
  }
  return r.finish();
}

/**
 * `--ab NAME`: two databases filled alternately, article by article, in one process: A with the
 * schema as it was after migration NAME, B with every migration. The machine's load then weighs
 * on both sides alike (a schema A/B; the code is this tree's on both sides).
 */
async function abRound(server: string, pages: readonly Prepared[], schemaAt: string): Promise<[RoundResult, RoundResult]> {
  const a = await openRound(server, pages, { keep: false, explain: false, schemaAt });
  const b = await openRound(server, pages, { keep: false, explain: false });
  for (let i = 0; i < pages.length; i++) {
    // Alternate which side goes first, so neither always runs on the other's warm caches.
    if (i % 2) {
      await a.step(i);
      await b.step(i);
    } else {
      await b.step(i);
      await a.step(i);
    }
  }
  return [await a.finish(), await b.finish()];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function printAb(results: [RoundResult, RoundResult][], n: number, schemaAt: string): void {
  const side = (k: 0 | 1) => results.map((r) => r[k]);
  console.log(`statement (calls/article, backend ms/article, mean of ${results.length} rounds): A = schema at ${schemaAt}, B = latest`);
  const labels = new Set(results.flatMap(([a, b]) => [...a.byLabel.keys(), ...b.byLabel.keys()]));
  const mean = (rs: RoundResult[], k: string, f: 'n' | 'ms') => rs.reduce((t, r) => t + (r.byLabel.get(k)?.[f] ?? 0), 0) / rs.length / n;
  for (const k of [...labels].sort((x, y) => mean(side(0), y, 'ms') - mean(side(0), x, 'ms')))
    console.log(
      `  ${mean(side(0), k, 'n').toFixed(2).padStart(5)} ${mean(side(1), k, 'n').toFixed(2).padStart(5)}  ` +
        `A ${mean(side(0), k, 'ms').toFixed(3).padStart(6)}  B ${mean(side(1), k, 'ms').toFixed(3).padStart(6)}  ${k}`,
    );
  const per = (rs: RoundResult[], f: (r: RoundResult) => number) => rs.map((r) => Number((f(r) / n).toFixed(2)));
  console.log(
    JSON.stringify({
      articles: n,
      schemaAt,
      digests: { a: [...new Set(side(0).map((r) => r.digest))], b: [...new Set(side(1).map((r) => r.digest))] },
      backendMsPerArticle: { a: per(side(0), (r) => r.backendMs), b: per(side(1), (r) => r.backendMs) },
      statementsPerArticle: { a: per(side(0), (r) => r.statements), b: per(side(1), (r) => r.statements) },
    }),
  );
}

export async function run(argv: readonly string[] = []): Promise<void> {
  const pagesArg = flag(argv, '--pages', 60);
  const rounds = flag(argv, '--rounds', 3);
  const seed = flag(argv, '--seed', 1);
  const server = process.env['BENCH_PG_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';
  const pages = prepare(pagesArg, seed);
  const n = pages.length;
  const ab = argv.includes('--ab') ? argv[argv.indexOf('--ab') + 1] : undefined;
  const unhook = hookQueries();
  try {
    if (ab) {
      if (!migrations[ab]) throw new Error(`pg-cost: no migration ${ab}`);
      const results: [RoundResult, RoundResult][] = [];
      for (let r = 0; r < rounds; r++) {
        const [a, b] = await abRound(server, pages, ab);
        results.push([a, b]);
        console.log(
          `round ${r + 1}: ${n} articles; A ${a.stories} stories, digest ${a.digest}, backend ${(a.backendMs / n).toFixed(2)} ms/article; ` +
            `B ${b.stories} stories, digest ${b.digest}, backend ${(b.backendMs / n).toFixed(2)} ms/article`,
        );
      }
      printAb(results, n, ab);
      return;
    }
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
  } finally {
    unhook();
  }
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url))
  await run(process.argv.slice(2));

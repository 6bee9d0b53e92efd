// A fresh process's dedupe cost on Postgres (issue 16, warm-up): the wire's first N articles (the
// articles file bench/dedupe-cpu.ts leaves in the temp folder, in arrival order) stored with
// `upsertArticle` and put in their stories with `placeInStory`, one at a time, as the fetch job
// does, in a new database. Prints Node CPU ms (all threads) and wall ms per article, and a digest
// of the assignments and of every row the dedupe writes (articles' keys, article_bands, stories,
// story_members, site_paragraphs, paragraph_counted): a change claiming identical results must
// keep it. Run it in new processes with the service's V8 flags, interleaved with the other build:
//   F="--max-semi-space-size=32 --no-regexp-tier-up --max-inlined-bytecode-size-cumulative=300"
//   for i in 1 2 3 4 5; do node $F bench/cold-dedupe-db.mjs ../base/dist; node $F bench/cold-dedupe-db.mjs dist; done
// Arguments: the dist folder to load (default: this checkout's dist) and N (default 400).
// Database: BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/wirehouse_cold_dedupe,
// created fresh and dropped at the end.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const dist = resolve(process.argv[2] ?? 'dist');
const n = Number(process.argv[3] ?? 400);
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/wirehouse_cold_dedupe';
const load = (path) => import(pathToFileURL(`${dist}/src/${path}`).href);
const { createDb, ensureDatabase, dropDatabase } = await load('db/db.js');
const { migrateToLatest } = await load('db/migrate.js');
const { upsertArticle } = await load('db/articles.repo.js');
const { articleInput } = await load('app/article-input.js');
const { placeInStory } = await load('app/place-in-story.js');

const rows = JSON.parse(readFileSync(join(tmpdir(), 'wirehouse-dedupe-cpu-250.json'), 'utf8')).slice(0, n);
await dropDatabase(url).catch(() => {});
await ensureDatabase(url);
const db = createDb(url, { max: 4 });
await migrateToLatest(db);

const digest = createHash('sha256');
const since = process.cpuUsage();
const t0 = Date.now();
for (const r of rows) {
  const article = {
    title: r.title,
    body: r.body,
    html: '',
    authors: [],
    agency: r.agency ? [r.agency] : [],
    sources: [],
    dateline: null,
    editors: [],
    site: r.site,
    language: 'en',
    publishedAt: new Date(r.publishedAt ?? r.firstSeenAt),
    publishedPrecision: 'second',
    timeZoneAssumed: null,
    updatedAt: null,
    canonicalUrl: r.url,
    leadImage: null,
    wordCount: 1,
    extractor: 'bench',
  };
  const stored = await upsertArticle(db, articleInput(article, { url: r.url, fetchedAt: new Date(r.firstSeenAt) }));
  const a = await placeInStory(db, stored.id);
  digest.update(JSON.stringify([stored.id, a?.storyId, a?.role, a?.method, a?.score, a?.comparedArticleId, a?.merged]) + '\n');
}
const cpu = process.cpuUsage(since);
const wallMs = Date.now() - t0;
await db.destroy();

const client = new pg.Client({ connectionString: url });
await client.connect();
for (const q of [
  'select id, url_key, content_hash, lead_hash from articles order by id',
  'select band::text, article_id, at from article_bands order by article_id, band',
  'select id, original_article_id, reference_article_id, title, agency, member_count, first_published_at from stories order by id',
  'select article_id, story_id, role, method, score, compared_article_id from story_members order by article_id',
  'select site, hash::text, pages from site_paragraphs order by site, hash',
  'select article_id from paragraph_counted order by article_id',
]) {
  digest.update(JSON.stringify((await client.query(q)).rows) + '\n');
}
await client.end();
await dropDatabase(url);
console.log(
  JSON.stringify({
    articles: rows.length,
    cpuMsPerArticle: Number(((cpu.user + cpu.system) / 1000 / rows.length).toFixed(3)),
    wallMsPerArticle: Number((wallMs / rows.length).toFixed(3)),
    digest: digest.digest('hex').slice(0, 16),
  }),
);

/**
 * CPU per article of the dedupe stage as the service runs it (issue 16): the e2e bench's wire
 * (bench/e2e/corpus.ts: dev pages in four versions on 20 hosts) extracted once up front, then per
 * round every article, in arrival order, gets its stored keys (`dedupeKeys`, as storePage computes
 * them) and goes through `assignStory` on the memory store with a fresh feature cache (a fresh
 * process). The store's own work (its candidate lookup and furniture counts stand in for Postgres)
 * is timed apart and left out of "assign".
 *
 * Reported: min and median CPU ms per article over `--rounds` rounds for keys, assign (algorithm
 * only) and their sum; the feature cache's hit rate; and two digests that a change claiming
 * identical decisions must keep: every assignment (story, role, method, score, compared article,
 * merged, detached) and every article's `dedupeFeatures` with and without lookup keys.
 *
 *   npx tsx bench/dedupe-cpu.ts [--pages 250] [--rounds 7] [--processes 1]
 *
 * `--processes N` gives article i the cache of process i mod N, as N worker processes would.
 * Data folder: WIREHOUSE_DATA or ../shared/data.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { assignStory, DEFAULT_ASSIGN_OPTIONS } from '../src/dedupe/assign-story.js';
import { dedupeKeys } from '../src/dedupe/dedupe-keys.js';
import { FeatureCache } from '../src/dedupe/feature-cache.js';
import { dedupeFeatures } from '../src/dedupe/features.js';
import { MemoryStoryStore } from '../src/dedupe/memory-store.js';
import type { StoryArticle, StoryStore, StoryTx } from '../src/dedupe/story-store.js';
import { urlKey } from '../src/dedupe/url-key.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { decodeBytes } from '../src/normalize/decode-bytes.js';
import { buildCorpus, VERSIONS } from './e2e/corpus.js';

const argv = process.argv.slice(2);
const arg = (name: string, dflt: number): number => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : dflt;
};
const pagesArg = arg('pages', 250);
const rounds = arg('rounds', 7);
const processes = arg('processes', 1);

const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/**
 * The wire's articles as the service stores them, in arrival order (publication, then version).
 * Extraction is slow and not what is measured: the articles are kept in the temp folder.
 */
function loadArticles(): StoryArticle[] {
  const file = join(tmpdir(), `wirehouse-dedupe-cpu-${pagesArg}.json`);
  if (existsSync(file)) {
    const rows = JSON.parse(readFileSync(file, 'utf8')) as Array<StoryArticle & { publishedAt: string | null; firstSeenAt: string }>;
    return rows.map((r) => ({
      ...r,
      publishedAt: r.publishedAt === null ? null : new Date(r.publishedAt),
      firstSeenAt: new Date(r.firstSeenAt),
    }));
  }
  const out = extractAll();
  writeFileSync(file, JSON.stringify(out));
  return out;
}

function extractAll(): StoryArticle[] {
  const corpus = buildCorpus(resolve(process.env['WIREHOUSE_DATA'] ?? '../shared/data'), pagesArg, 8080);
  const pages = [...corpus.pages].sort(
    (a, b) => a.published.getTime() - b.published.getTime() || VERSIONS.indexOf(a.version) - VERSIONS.indexOf(b.version),
  );
  const out: StoryArticle[] = [];
  pages.forEach((p, i) => {
    const url = `http://${p.host}:8080${p.path}`;
    let a;
    try {
      a = extractArticle(decodeBytes(gunzipSync(p.gzip), { kind: 'html' }).text, url);
    } catch {
      return; // a page without an article is never stored
    }
    const canonical = a.canonicalUrl || url;
    out.push({
      id: String(i + 1),
      url: canonical,
      site: a.site ?? new URL(canonical).hostname,
      agency: a.agency[0] ?? null,
      title: a.title,
      body: a.body,
      publishedAt: a.publishedAt ?? p.published,
      firstSeenAt: new Date(p.published.getTime() + 1000),
    });
  });
  return out;
}

/** The store with its own work timed (`spent`), so the algorithm's CPU can be told apart. */
function timed(store: MemoryStoryStore, spent: { ms: number }): StoryStore {
  return {
    transaction: (fn) =>
      store.transaction((tx) => {
        const wrapped = {} as Record<string, unknown>;
        for (const [k, v] of Object.entries(tx) as Array<[string, (...xs: unknown[]) => Promise<unknown>]>) {
          wrapped[k] = async (...xs: unknown[]) => {
            const t0 = cpu();
            const r = await v(...xs);
            spent.ms += cpu() - t0;
            return r;
          };
        }
        return fn(wrapped as unknown as StoryTx);
      }),
  };
}

interface Round {
  keysMs: number;
  assignMs: number;
  digest: string;
  hits: number;
  misses: number;
}

async function round(articles: readonly StoryArticle[]): Promise<Round> {
  const store = new MemoryStoryStore();
  const spent = { ms: 0 };
  const wrapped = timed(store, spent);
  const caches = Array.from({ length: processes }, () => new FeatureCache());
  const digest = createHash('sha256');
  let keysMs = 0;
  let assignMs = 0;
  for (const [i, a] of articles.entries()) {
    store.putArticle(a);
    let t0 = cpu();
    const keys = dedupeKeys({ body: a.body });
    keysMs += cpu() - t0;
    store.indexExact(a.id, urlKey(a.url), keys.tokenCount >= 20 ? keys.contentHash : null, keys.leadHash);
    const before = spent.ms;
    t0 = cpu();
    const r = await assignStory(wrapped, a.id, { ...DEFAULT_ASSIGN_OPTIONS, cache: caches[i % processes]! });
    assignMs += cpu() - t0 - (spent.ms - before);
    if (!r) throw new Error(`dedupe-cpu: article ${a.id} vanished`);
    digest.update(
      JSON.stringify([a.id, r.storyId, r.role, r.method, r.score, r.comparedArticleId, r.created, r.merged, r.detached ?? []]) + '\n',
    );
  }
  for (const [id, m] of [...store.memberships].sort((x, y) => Number(x[0]) - Number(y[0]))) {
    digest.update(JSON.stringify([id, m.storyId, m.role, m.method, m.score, m.comparedArticleId, m.roundup ?? false]) + '\n');
  }
  return {
    keysMs,
    assignMs,
    digest: digest.digest('hex').slice(0, 16),
    hits: caches.reduce((n, c) => n + c.hits, 0),
    misses: caches.reduce((n, c) => n + c.misses, 0),
  };
}

function featuresDigest(articles: readonly StoryArticle[]): string {
  const h = createHash('sha256');
  for (const a of articles) {
    const input = { url: a.url, body: a.body, site: a.site, agency: a.agency };
    h.update(JSON.stringify(dedupeFeatures(input)) + '\n' + JSON.stringify(dedupeFeatures(input, undefined, { keys: false })) + '\n');
    h.update(JSON.stringify(dedupeKeys({ body: a.body })) + '\n');
  }
  return h.digest('hex').slice(0, 16);
}

const t0 = Date.now();
const articles = loadArticles();
console.log(`dedupe-cpu: ${articles.length} articles (loaded in ${Date.now() - t0} ms), ${rounds} rounds, ${processes} process(es)`);
console.log(`features digest ${featuresDigest(articles)}`);
const results: Round[] = [];
for (let r = 0; r < rounds; r++) results.push(await round(articles));
const digests = new Set(results.map((r) => r.digest));
if (digests.size !== 1) throw new Error(`dedupe-cpu: rounds disagree: ${[...digests].join(' ')}`);
const stat = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b).map((x) => x / articles.length);
  return `min ${s[0]!.toFixed(3)} median ${s[Math.floor(s.length / 2)]!.toFixed(3)}`;
};
console.log(`keys   CPU ms/article ${stat(results.map((r) => r.keysMs))}`);
console.log(`assign CPU ms/article ${stat(results.map((r) => r.assignMs))}`);
console.log(`total  CPU ms/article ${stat(results.map((r) => r.keysMs + r.assignMs))}`);
const last = results[results.length - 1]!;
console.log(`cache hits ${last.hits} misses ${last.misses}; assignments digest ${last.digest}`);

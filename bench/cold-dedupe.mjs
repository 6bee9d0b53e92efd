// A fresh process's dedupe cost (issue 16, warm-up), as bench/cold-extraction.mjs measures
// extraction: CPU ms (all threads, so TurboFan's compile threads count) of the import and, per
// article, of the first pass and of a warm pass (the median of passes 2-5) over the e2e wire that
// bench/dedupe-cpu.ts runs: every article, in arrival order, gets its stored keys (`dedupeKeys`)
// and goes through `assignStory` on a fresh memory store with a fresh feature cache. Every
// service process pays the first pass's excess once. Needs the articles file that
// `npx tsx bench/dedupe-cpu.ts` leaves in the temp folder. Run it in new processes with the
// service's V8 flags, interleaved with the other build, e.g.
//   F="--max-semi-space-size=32 --no-regexp-tier-up --max-inlined-bytecode-size-cumulative=300"
//   for i in 1 2 3 4 5 6; do node $F bench/cold-dedupe.mjs ../base/dist; node $F bench/cold-dedupe.mjs dist; done
// The argument is the dist folder whose dedupe stage is loaded (default: this checkout's dist); the
// memory store always comes from this checkout's dist. Add `--trace-opt
// --trace-deopt` to count what TurboFan compiles (see the RESULTS section of branch jd). The
// digest of every pass's assignments is printed so the two builds can be seen to agree.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] ?? 'dist');
const passCount = Number(process.argv[3] ?? 5);
const file = join(tmpdir(), 'wirehouse-dedupe-cpu-250.json');
const articles = JSON.parse(readFileSync(file, 'utf8')).map((r) => ({
  ...r,
  publishedAt: r.publishedAt === null ? null : new Date(r.publishedAt),
  firstSeenAt: new Date(r.firstSeenAt),
}));
const cpuMs = (since) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const load = (path) => import(pathToFileURL(`${dist}/src/dedupe/${path}`).href);

let since = process.cpuUsage();
const { assignStory, DEFAULT_ASSIGN_OPTIONS } = await load('assign-story.js');
const { dedupeKeys } = await load('dedupe-keys.js');
const { FeatureCache } = await load('feature-cache.js');
const { urlKey } = await load('url-key.js');
const importMs = cpuMs(since);
// The store stands in for Postgres: both builds run this checkout's, so only the algorithm differs.
const { MemoryStoryStore } = await import(new URL('../dist/src/dedupe/memory-store.js', import.meta.url).href);

/** The store's own work (it stands in for Postgres) is timed apart, as bench/dedupe-cpu.ts does. */
const spent = { ms: 0 };
const timed = (store) => ({
  transaction: (fn) =>
    store.transaction((tx) => {
      const wrapped = {};
      for (const [k, v] of Object.entries(tx)) {
        wrapped[k] = async (...xs) => {
          const t0 = process.cpuUsage();
          const r = await v(...xs);
          spent.ms += cpuMs(t0);
          return r;
        };
      }
      return fn(wrapped);
    }),
});

const passes = [];
const stores = [];
const digests = new Set();
for (let pass = 0; pass < passCount; pass++) {
  const store = new MemoryStoryStore();
  const opts = { ...DEFAULT_ASSIGN_OPTIONS, cache: new FeatureCache() };
  const digest = createHash('sha256');
  spent.ms = 0;
  since = process.cpuUsage();
  for (const a of articles) {
    store.putArticle(a);
    const keys = dedupeKeys({ body: a.body });
    store.indexExact(a.id, urlKey(a.url), keys.tokenCount >= 20 ? keys.contentHash : null, keys.leadHash);
    const r = await assignStory(timed(store), a.id, opts);
    digest.update(`${a.id} ${r.storyId} ${r.role} ${r.method} ${r.score} ${r.comparedArticleId}\n`);
  }
  passes.push(cpuMs(since) / articles.length);
  stores.push(spent.ms / articles.length);
  digests.add(digest.digest('hex').slice(0, 16));
}
if (digests.size !== 1) throw new Error(`cold-dedupe: passes disagree: ${[...digests].join(' ')}`);
const warm = passes.slice(1).sort((a, b) => a - b);
const round = (x, d) => Number(x.toFixed(d));
console.log(
  JSON.stringify({
    importMs: round(importMs, 1),
    pass1MsPerArticle: round(passes[0], 3),
    warmMsPerArticle: warm.length
      ? round(warm[Math.floor((warm.length - 1) / 2)] / 2 + warm[Math.ceil((warm.length - 1) / 2)] / 2, 3)
      : null,
    storeMsPerArticle: stores.map((x) => round(x, 3)),
    digest: [...digests][0],
  }),
);

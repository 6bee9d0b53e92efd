/**
 * End-to-end throughput (issue 16): a wire server on 127.0.0.1 playing 20 hosts with 50 feeds of
 * real dev pages in four versions each (original, exact copy, trimmed, paragraph dropped; past the
 * 216 dev pages, letter-substituted editions of them; see e2e/corpus.ts), the real service started as users start it, and the naive pipeline on the same
 * wire in the same run. Rounds: 1 process relaxed (no per-host limits) with everything on its event
 * loop, the service's default layout relaxed (a process per two cores, each with a page-extraction
 * thread: src/config.ts), the naive script, 1 process with the default politeness, and one profiled
 * 1-process relaxed round split into cost centres. Relaxed and naive rounds repeat (`--repeat`, 3; 1 with
 * --quick) interleaved, and the medians are reported.
 *
 *   node dist/bench/e2e.js [--quick] [--pages N] [--repeat N] [--no-profile] [--profile-processes N] [--profile-dir DIR] [--skip many,naive,polite] [--log-level debug]
 *
 * `--skip` leaves rounds out (for A/B runs of one change: `--skip many,polite --no-profile`).
 * `--profile-dir` keeps the profiled round's .cpuprofile files (open them in Chrome DevTools).
 * `--profile-processes N` profiles a round of N processes (1; every process writes a profile, the
 * cost centres are their sum per article), e.g. 1 then 2 to see what a second process costs.
 * SQL statements are counted by a proxy in front of Postgres (statement-counter.ts) in the profiled
 * round only, or with `--no-profile` in the first 1-process round (named `-counted`): the proxy
 * passes every result byte through this process, on the same cores as the service, so rounds
 * whose rates are compared with the naive pipeline (which connects directly) connect directly too.
 * `--log-level debug` runs the service at debug and counts the jobs delayed because their host was busy.
 * Node CPU is also given by process and by half and quarter of the articles: a process's warm-up
 * (lazy compilation, JIT, heap growth, its own connections) is a fixed cost the first articles
 * pay, once per process, so the last quarter is the nearest to a long-running service and the
 * fairest figure to compare rounds of different process counts (bench/RESULTS.md, `twop`); the
 * cost centres are taken over the measured span only and also split at the half-way sample.
 *
 * redis-server's CPU per article (from /proc, "n/a" when its pid is not readable here) and its
 * commands per article (INFO commandstats, inside Lua scripts included) are server-wide: point
 * BENCH_REDIS_URL at a private redis-server when others share the default one.
 *
 * Postgres: BENCH_PG_SERVER or postgres://postgres@127.0.0.1:5432 (fresh databases, dropped after);
 * Redis: BENCH_REDIS_URL or redis://127.0.0.1:6379 (unique key prefixes, deleted after).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCorpus } from './e2e/corpus.js';
import { costCentres } from './e2e/cpu-profile.js';
import { runNaiveRound, type NaiveResult } from './e2e/naive-round.js';
import { profileFiles, runScenario, type ScenarioOptions, type ScenarioResult } from './e2e/scenario.js';
import { startStatementCounter } from './e2e/statement-counter.js';
import { startBenchWireServer } from './e2e/wire-server.js';
import type { QueueName } from '../src/queues.js';
import { defaultExtractThreads, defaultWorkers } from '../src/config.js';
import { printedHelp } from './usage.js';

/** One process, all on its event loop: the single-thread figure, the CPU bound of the polite round and the profiled round. */
const ONE_THREAD = { EXTRACT_THREADS: '0' };

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const f1 = (n: number): string => n.toFixed(1);

function statementTable(r: ScenarioResult): void {
  console.log(`e2e SQL statements per article by statement (${r.name}, counted through the proxy):`);
  for (const [t, n] of r.sqlByStatement.slice(0, 25)) console.log(`  ${n.toFixed(2).padStart(6)}  ${t}`);
}

function redisTable(r: ScenarioResult): void {
  console.log(`e2e Redis commands per article by command (${r.name}, INFO commandstats; inside Lua scripts included):`);
  for (const [c, n] of r.redisByCommand.slice(0, 25)) console.log(`  ${n.toFixed(2).padStart(6)}  ${c}`);
}

const redisCpu = (ms: number | null): string => (ms === null ? 'n/a' : f1(ms));
const jobs = (r: ScenarioResult): string =>
  Object.entries(r.jobsPerArticle)
    .map(([q, n]) => `${q} ${n.toFixed(2)}`)
    .join(', ');

function line(r: ScenarioResult): string {
  const l = r.latencyMs;
  return (
    `e2e ${r.name.padEnd(16)} ${f1(r.articlesPerSecond).padStart(6)} articles/s  (${r.articles} articles, ${r.stories} stories (${r.mixedStories} mixing dev pages, ${r.splitPages} dev pages split), ${r.failedJobs} failed jobs${r.failedJobs ? ` ${JSON.stringify(r.failedByCode)}` : ''}, ${f1(r.seconds)} s, second half ${f1(r.articlesPerSecondSecondHalf)}/s)  ` +
    `latency seen->stored p50/p95 ${Math.round(l.storedP50)}/${Math.round(l.storedP95)} ms, seen->story ${Math.round(l.storyP50)}/${Math.round(l.storyP95)} ms  ` +
    `node CPU ${f1(r.nodeCpuMsPerArticle)} ms/article${r.processes > 1 ? ` (${r.nodeCpuMsPerArticleByProcess.map(f1).join('+')})` : ''} (main threads ${f1(r.nodeMainThreadCpuMsPerArticle)}; halves ${f1(r.nodeCpuMsPerArticleFirstHalf)} / ${f1(r.nodeCpuMsPerArticleSecondHalf)}, quarters ${r.nodeCpuMsPerArticleByQuarter.map(f1).join(' / ')}), pg backends ${f1(r.pgCpuMsPerArticle)}, redis-server ${redisCpu(r.redisCpuMsPerArticle)} (${f1(r.redisCommandsPerArticle)} commands, ${f1(r.redisScriptsPerArticle)} scripts/article; jobs/article ${jobs(r)}), bench process ${f1(r.benchCpuMsPerArticle)}, ${Number.isNaN(r.sqlStatementsPerArticle) ? '' : `SQL ${f1(r.sqlStatementsPerArticle)}/article, `}commits ${f1(r.commitsPerArticle)}/article, peak RSS ${r.peakRssMb.join('+')} MB${r.hostBusyDelaysPerArticle === null ? '' : `, host-busy delays ${f1(r.hostBusyDelaysPerArticle)}/article`}`
  );
}

export async function run(argv: readonly string[] = []): Promise<Record<string, unknown>> {
  const flag = (name: string, d: number): number => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : d;
  };
  const quick = argv.includes('--quick');
  // The full run serves the issue's 1,980 pages (495 base pages x 4 versions): the 216 dev pages,
  // then again as letter-substituted editions (corpus.ts). `--pages 216` is the dev pages alone,
  // the size of rounds 1-18 in RESULTS.md.
  const basePages = flag('--pages', quick ? 60 : 495);
  const repeat = flag('--repeat', quick ? 1 : 3);
  const cores = availableParallelism();
  // The service as `wirehouse start` runs it by default here (src/config.ts defaultWorkers/defaultExtractThreads).
  const layout = `${defaultWorkers(cores)}p+${defaultExtractThreads(cores)}t`;
  const dataDir = resolve(process.env['WIREHOUSE_DATA'] ?? '../shared/data');
  const pgServer = process.env['BENCH_PG_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';
  const redisUrl = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const pgUrl = new URL(pgServer);

  let corpus!: ReturnType<typeof buildCorpus>;
  const t0 = performance.now();
  const server = await startBenchWireServer((port) => (corpus = buildCorpus(dataDir, basePages, port)));
  const feedUrls = corpus.feeds.map((f) => `http://${f.host}:${server.port}${f.path}`);
  console.log(
    `e2e: ${corpus.pages.length} pages (${corpus.pages.length / 4} base pages x 4 versions) in ${corpus.feeds.length} feeds on ${corpus.hosts.length} hosts, wire built in ${f1((performance.now() - t0) / 1000)} s; ${cores} cores`,
  );
  const counter = await startStatementCounter({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
  const workDir = mkdtempSync(join(tmpdir(), 'wh-bench-e2e-'));
  const timeoutMs = (quick ? 150 : 900) * 1000;
  const logAt = argv.indexOf('--log-level');
  const logLevel = logAt >= 0 ? argv[logAt + 1] : undefined;
  const common: Omit<ScenarioOptions, 'name' | 'processes' | 'polite'> = {
    feedUrls,
    hosts: corpus.hosts,
    pgServer,
    redisUrl,
    workDir,
    timeoutMs,
    ...(logLevel ? { logLevel } : {}),
  };
  // Statements are counted in one round, through the counting proxy: the profiled round (whose
  // rate is not reported), or with --no-profile the first 1-process round (then marked).
  const profiled = !argv.includes('--no-profile');
  const skip = new Set((argv.includes('--skip') ? (argv[argv.indexOf('--skip') + 1] ?? '') : '').split(','));
  const one: ScenarioResult[] = [],
    many: ScenarioResult[] = [],
    naive: NaiveResult[] = [];
  try {
    for (let i = 0; i < repeat; i++) {
      const counted = !profiled && i === 0;
      one.push(
        await runScenario({
          ...common,
          name: `relaxed-1p#${i + 1}${counted ? '-counted' : ''}`,
          processes: 1,
          polite: false,
          counter: counted ? counter : undefined,
          env: ONE_THREAD,
        }),
      );
      console.log(line(one.at(-1)!));
      if (counted) statementTable(one[0]!);
      if (i === 0) redisTable(one[0]!);
      if (!skip.has('many')) {
        many.push(await runScenario({ ...common, name: `relaxed-${layout}#${i + 1}`, processes: defaultWorkers(cores), polite: false }));
        console.log(line(many.at(-1)!));
      }
      if (skip.has('naive')) continue;
      naive.push(await runNaiveRound(pgServer, feedUrls));
      const n = naive.at(-1)!;
      console.log(
        `e2e naive#${i + 1}          ${f1(n.articlesPerSecond).padStart(6)} articles/s  (${n.articles} articles, ${n.failed} failed, ${f1(n.seconds)} s, second half ${f1(n.articlesPerSecondSecondHalf)}/s)  CPU ${f1(n.cpuMsPerArticle)} ms/article, peak RSS ${n.peakRssMb} MB`,
      );
    }
    let polite: ScenarioResult | null = null;
    let hostBound = NaN,
      politeBound = NaN;
    if (!skip.has('polite')) {
      server.hits.clear();
      polite = await runScenario({ ...common, name: 'polite-1p', processes: 1, polite: true, env: ONE_THREAD });
      console.log(line(polite));
      // The host budget's bound: 1 request start per host per second (HOST_MIN_DELAY_MS 1000), so
      // the busiest host's request count (feeds, robots.txt and pages) in seconds is the least time.
      const busiest = Math.max(...server.hits.values());
      hostBound = polite.articles / busiest;
      const cpuBound = median(one.map((r) => r.articlesPerSecond));
      politeBound = Math.min(hostBound, cpuBound);
      console.log(
        `e2e polite bound: busiest host ${busiest} requests -> ${f1(hostBound)} articles/s; CPU bound (relaxed, 1 process) ${f1(cpuBound)}; polite reached ${f1((100 * polite.articlesPerSecond) / politeBound)}% of ${f1(politeBound)}`,
      );
    }

    let stages: Record<string, number> | undefined;
    let countedRound: ScenarioResult | undefined = profiled ? undefined : one[0];
    if (profiled) {
      const at = argv.indexOf('--profile-dir');
      const keepDir = at >= 0 ? argv[at + 1] : undefined;
      const processes = flag('--profile-processes', 1);
      const prof = await runScenario({
        ...common,
        ...(keepDir ? { workDir: resolve(keepDir) } : {}),
        name: `profiled-${processes}p`,
        processes,
        polite: false,
        profile: true,
        // The profile is the main thread's: with extraction on a thread it would miss it.
        env: ONE_THREAD,
        counter,
      });
      console.log(line(prof));
      statementTable(prof);
      countedRound = prof;
      const centres = new Map<string, number>();
      // The measured span only (start-up is not per-article work, and a second process repeats it).
      for (const f of profileFiles(prof.profileDir!))
        for (const [k, v] of costCentres(f, prof.windowUs)) centres.set(k, (centres.get(k) ?? 0) + v);
      // Shares of the profile, scaled to the round's measured CPU (profiling itself costs some).
      const total = [...centres.values()].reduce((a, b) => a + b, 0);
      stages = Object.fromEntries(
        [...centres].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Number(((v / total) * prof.nodeCpuMsPerArticle).toFixed(2))]),
      );
      // The same split at the half-way sample: a process's warm-up falls in the first half.
      const halves = (
        [
          [prof.windowUs[0], prof.halfUs, prof.nodeCpuMsPerArticleFirstHalf],
          [prof.halfUs, prof.windowUs[1], prof.nodeCpuMsPerArticleSecondHalf],
        ] as const
      ).map(([a, b, cpu]) => {
        const m = new Map<string, number>();
        for (const f of profileFiles(prof.profileDir!)) for (const [k, v] of costCentres(f, [a, b])) m.set(k, (m.get(k) ?? 0) + v);
        const t = [...m.values()].reduce((x, y) => x + y, 0);
        return (k: string) => ((m.get(k) ?? 0) / t) * cpu;
      });
      console.log(
        `e2e CPU ms per article by cost centre (profiled round, ${f1(prof.nodeCpuMsPerArticle)} ms/article; first half ${f1(prof.nodeCpuMsPerArticleFirstHalf)}, second half ${f1(prof.nodeCpuMsPerArticleSecondHalf)}):`,
      );
      for (const [k, v] of Object.entries(stages))
        console.log(`  ${k.padEnd(26)} ${v.toFixed(2).padStart(6)}  ${halves.map((h) => h(k).toFixed(2).padStart(6)).join('  ')}`);
    }
    const med = (rs: ScenarioResult[], pick: (r: ScenarioResult) => number): number => Number(median(rs.map(pick)).toFixed(2));
    const onePerSecond = med(one, (r) => r.articlesPerSecond);
    const manyPerSecond = many.length ? med(many, (r) => r.articlesPerSecond) : null;
    // The headline is the service as `wirehouse start` runs it by default (`layout`; the 1-process
    // figure when that round was skipped).
    const articlesPerSecond = manyPerSecond ?? onePerSecond;
    const headline = many.length ? many : one;
    const naiveRate = naive.length ? Number(median(naive.map((n) => n.articlesPerSecond)).toFixed(2)) : NaN;
    const result = {
      pages: corpus.pages.length,
      feeds: corpus.feeds.length,
      hosts: corpus.hosts.length,
      repeat,
      processes: many.length ? defaultWorkers(cores) : 1,
      extractThreads: many.length ? defaultExtractThreads(cores) : 0,
      layout: many.length ? layout : '1p+0t',
      articlesPerSecond,
      articlesPerSecondByLayout: { '1p+0t': onePerSecond, [layout]: manyPerSecond },
      // Over each round's second half, processes warm (ScenarioResult.articlesPerSecondSecondHalf).
      articlesPerSecondSecondHalf: med(headline, (r) => r.articlesPerSecondSecondHalf),
      articlesPerSecondSecondHalfByLayout: {
        '1p+0t': med(one, (r) => r.articlesPerSecondSecondHalf),
        [layout]: many.length ? med(many, (r) => r.articlesPerSecondSecondHalf) : null,
      },
      naiveArticlesPerSecond: naiveRate,
      vsNaive: Number((articlesPerSecond / naiveRate).toFixed(2)),
      // Both pipelines warm: the rounds' second halves (a service that stays up pays its warm-up once).
      naiveArticlesPerSecondSecondHalf: naive.length ? Number(median(naive.map((n) => n.articlesPerSecondSecondHalf)).toFixed(2)) : NaN,
      vsNaiveSecondHalf: naive.length
        ? Number((med(headline, (r) => r.articlesPerSecondSecondHalf) / median(naive.map((n) => n.articlesPerSecondSecondHalf))).toFixed(2))
        : NaN,
      vsNaiveOneProcess: Number((onePerSecond / naiveRate).toFixed(2)),
      vsNaivePerRound: naive.map((n, i) => Number((headline[i]!.articlesPerSecond / n.articlesPerSecond).toFixed(2))),
      politeArticlesPerSecond: polite ? Number(polite.articlesPerSecond.toFixed(2)) : null,
      politeBoundArticlesPerSecond: Number(politeBound.toFixed(2)),
      politeHostBoundArticlesPerSecond: Number(hostBound.toFixed(2)),
      p50LatencyMs: med(headline, (r) => r.latencyMs.storyP50),
      p95LatencyMs: med(headline, (r) => r.latencyMs.storyP95),
      storedLatencyMs: { p50: med(headline, (r) => r.latencyMs.storedP50), p95: med(headline, (r) => r.latencyMs.storedP95) },
      // Per-article costs from the 1-process rounds (one process's CPU, no contention between two).
      cpuMsPerArticle: med(one, (r) => r.nodeCpuMsPerArticle),
      mainThreadCpuMsPerArticle: med(one, (r) => r.nodeMainThreadCpuMsPerArticle),
      cpuMsPerArticleByStage: stages ?? null,
      pgBackendCpuMsPerArticle: med(one, (r) => r.pgCpuMsPerArticle),
      // null when redis-server's /proc entry is not readable here (remote or containerized Redis).
      redisCpuMsPerArticle: one.some((r) => r.redisCpuMsPerArticle === null) ? null : med(one, (r) => r.redisCpuMsPerArticle!),
      redisCommandsPerArticle: med(one, (r) => r.redisCommandsPerArticle),
      redisScriptsPerArticle: med(one, (r) => r.redisScriptsPerArticle),
      jobsPerArticle: Object.fromEntries(
        Object.keys(one[0]!.jobsPerArticle).map((q) => [q, med(one, (r) => r.jobsPerArticle[q as QueueName])]),
      ),
      sqlStatementsPerArticle: countedRound ? Number(countedRound.sqlStatementsPerArticle.toFixed(2)) : null,
      benchCpuMsPerArticle: med(one, (r) => r.benchCpuMsPerArticle),
      commitsPerArticle: med(one, (r) => r.commitsPerArticle),
      peakRssMb: Math.max(...one.flatMap((r) => r.peakRssMb)),
      naiveCpuMsPerArticle: naive.length ? Number(median(naive.map((n) => n.cpuMsPerArticle)).toFixed(2)) : null,
      rounds: { relaxed1: one, relaxedN: many, naive, polite },
    };
    console.log(
      `e2e medians: ${onePerSecond} articles/s (1 process), ${manyPerSecond ?? '-'} (${cores} processes, the default), naive ${naiveRate} -> ${result.vsNaive}x (1 process: ${result.vsNaiveOneProcess}x); second halves ${result.articlesPerSecondSecondHalf} vs naive ${result.naiveArticlesPerSecondSecondHalf} -> ${result.vsNaiveSecondHalf}x; polite ${result.politeArticlesPerSecond ?? '-'} of bound ${result.politeBoundArticlesPerSecond}`,
    );
    return result;
  } finally {
    await counter.close();
    await server.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url)) {
  console.log(JSON.stringify(await run(process.argv.slice(2)), (k, v) => (k === 'rounds' ? undefined : v), 2));
}

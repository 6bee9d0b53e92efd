/**
 * Redis commands per article in the service's job path (issue 16): the 60 extraction dev pages
 * served from 127.0.0.1, one fetch-article job each, run by the real BullMQ workers (roles fetch
 * and dedupe, as `worker --role all` runs them) until both queues are drained. Every command any
 * ioredis client of this process sends (BullMQ's, the host budget's) is counted by name, and the
 * process's CPU per article is reported beside it. Postgres work is the same as in the service.
 *
 *   node dist/bench/queue-roundtrips.js [--rounds N]     (or npx tsx bench/queue-roundtrips.ts)
 *
 * Postgres: BENCH_PG_SERVER or postgres://postgres@127.0.0.1:5432 (a fresh database per round,
 * dropped after); Redis: BENCH_REDIS_URL or redis://127.0.0.1:6379 (a unique prefix, deleted after).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config.js';
import { dropDatabase, ensureDatabase } from '../src/db/db.js';
import { prepareDatabase, createRuntime } from '../src/runtime.js';
import { createLogger } from '../src/logger.js';
import { QUEUE } from '../src/queues.js';
import { printedHelp } from './usage.js';

const counts = new Map<string, number>();

/** Counts every command of every ioredis client in this process until the returned undo is called. */
function countCommands(): () => void {
  const proto = Redis.prototype as unknown as { sendCommand(cmd: { name: string }, ...rest: unknown[]): unknown };
  const send = proto.sendCommand;
  proto.sendCommand = function (cmd, ...rest) {
    counts.set(cmd.name, (counts.get(cmd.name) ?? 0) + 1);
    return send.call(this, cmd, ...rest);
  };
  return () => void (proto.sendCommand = send);
}

function pages(): Map<string, string> {
  const dir = resolve(process.env['WIREHOUSE_EXTRACTION_DATA'] ?? '../shared/data/extraction-dev');
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, unknown>;
  return new Map(Object.keys(gt).map((id) => [`/${id}.html`, join(dir, 'html', `${id}.html.gz`)]));
}

async function round(n: number, files: Map<string, string>, base: string): Promise<{ perArticle: Record<string, number>; cpuMs: number }> {
  const id = `${process.pid}_${n}`;
  const pg = process.env['BENCH_PG_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';
  const databaseUrl = `${pg}/wh_bench_queue_${id}`;
  const redisUrl = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `wh-bench-queue-${id}`,
    ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    HOST_MIN_DELAY_MS: '0',
    HOST_CONCURRENCY: '64',
    LOG_LEVEL: 'silent',
    AUTO_MIGRATE: 'false',
  });
  const log = createLogger('silent');
  await ensureDatabase(databaseUrl);
  await prepareDatabase(config, log);
  const rt = createRuntime(config, ['fetch', 'dedupe'], { log });
  try {
    const urls = [...files.keys()].map((p) => base + p);
    const running = await rt.startWorkers();
    // Completion is followed through the workers' events, not by polling Redis (which would count).
    let fetched = 0;
    let dedupesExpected = 0;
    let deduped = 0;
    let wake: () => void = () => {};
    const done = new Promise<void>((r) => (wake = r));
    const check = () => fetched === urls.length && deduped >= dedupesExpected && wake();
    for (const w of running.workers) {
      w.on('completed', (job) => {
        if (w.name === QUEUE.fetchArticle) {
          fetched++;
          // Before the inline assignment every stored article went on to a dedupe job; now only a deferred one.
          const story = (job.returnvalue as { story?: { deferred?: string } } | undefined)?.story;
          if (!story || story.deferred) dedupesExpected++;
        } else deduped++;
        check();
      });
      w.on('failed', () => {
        if (w.name === QUEUE.fetchArticle) fetched++;
        else deduped++;
        check();
      });
    }
    await new Promise((r) => setTimeout(r, 300)); // workers idle in their blocking wait
    counts.clear();
    const c0 = process.cpuUsage();
    await rt.deps.enqueue.fetchArticles(urls.map((url) => ({ url })));
    await done;
    const c = process.cpuUsage(c0);
    const perArticle = Object.fromEntries(
      [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, Math.round((v / urls.length) * 100) / 100]),
    );
    await running.close();
    return { perArticle, cpuMs: (c.user + c.system) / 1000 / urls.length };
  } finally {
    await rt.close();
    const r = new Redis(redisUrl);
    const keys = await r.keys(`wh-bench-queue-${id}*`);
    if (keys.length) await r.del(...keys);
    r.disconnect();
    await dropDatabase(databaseUrl);
  }
}

export async function run(argv: readonly string[] = []): Promise<Array<Record<string, unknown>>> {
  const at = argv.indexOf('--rounds');
  const rounds = at >= 0 ? Number(argv[at + 1]) : 3;
  const files = pages();
  const server = createServer((req, res) => {
    const f = files.get(req.url ?? '');
    if (!f) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }).end(readFileSync(f));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const out = [];
  const undo = countCommands();
  try {
    for (let n = 0; n < rounds; n++) {
      const r = await round(n, files, base);
      const total = Object.values(r.perArticle).reduce((a, b) => a + b, 0);
      console.log(
        `queue-roundtrips round ${n + 1}: ${total.toFixed(1)} Redis commands/article, CPU ${r.cpuMs.toFixed(1)} ms/article  ${JSON.stringify(r.perArticle)}`,
      );
      out.push({ ...r, total });
    }
  } finally {
    undo();
    server.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url))
  await run(process.argv.slice(2));

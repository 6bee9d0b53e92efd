/**
 * The `wirehouse` command line. Exit codes: 0 ok, 1 failure, 2 usage.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { loadConfig, type Config } from './config.js';
import { createDb, type Db } from './db/db.js';
import { addFeed, listFeedHealth, makeFeedDue, removeFeed } from './db/feeds.repo.js';
import { listStories, streamMembers } from './db/stories.repo.js';
import { isPipelineError } from './errors.js';
import { extractArticle } from './extract/extract-article.js';
import { parseFeed } from './feeds/parse-feed.js';
import { createLogger } from './logger.js';
import { decodeBytes } from './normalize/decode-bytes.js';
import { prepareDatabase, startService } from './service.js';
import { demoEnv, runDemo } from './demo/demo.js';
import type { Role } from '../workers/runtime.js';

class UsageError extends Error {}

const program = new Command('wirehouse')
  .description('Poll wire-service feeds, extract and normalize articles into Postgres, merge reposts into stories.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

function config(): Config {
  return loadConfig();
}

async function withDb<T>(fn: (db: Db, cfg: Config) => Promise<T>): Promise<T> {
  const cfg = config();
  await prepareDatabase(cfg, createLogger('warn'));
  const db = createDb(cfg.databaseUrl, { max: 4 });
  try {
    return await fn(db, cfg);
  } finally {
    await db.destroy();
  }
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Runs until SIGTERM/SIGINT, then closes gracefully (in-flight jobs finish) and exits 0. */
async function runUntilSignal(close: () => Promise<void>): Promise<void> {
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await close();
}

program
  .command('migrate')
  .description('create the database if missing and apply pending migrations')
  .action(async () => {
    const cfg = config();
    await prepareDatabase(cfg, createLogger('info'));
  });

program
  .command('start')
  .description('run the scheduler, all workers and the HTTP server in one process')
  .action(async () => {
    const cfg = config();
    const svc = await startService(cfg, { roles: ['scheduler', 'poll', 'fetch', 'dedupe'], http: true });
    await runUntilSignal(() => svc.close());
  });

program
  .command('worker')
  .description('run workers only (more processes can share one Redis and Postgres)')
  .addOption(new Option('--role <role>', 'which workers').choices(['poll', 'fetch', 'dedupe', 'all']).default('all'))
  .action(async (opts: { role: 'poll' | 'fetch' | 'dedupe' | 'all' }) => {
    const roles: Role[] = opts.role === 'all' ? ['poll', 'fetch', 'dedupe'] : [opts.role];
    const svc = await startService(config(), { roles, http: false });
    await runUntilSignal(() => svc.close());
  });

const feeds = program.command('feeds').description('manage the polled feeds');

feeds
  .command('add <url>')
  .description('add a feed (or update its interval)')
  .option('--interval <seconds>', 'normal polling interval in seconds', (v) => positiveInt(v, '--interval'))
  .option('--site <name>', 'publishing site name')
  .action(async (url: string, opts: { interval?: number; site?: string }) => {
    checkUrl(url);
    const row = await withDb((db, cfg) => addFeed(db, { url, intervalSeconds: opts.interval ?? cfg.poll.defaultIntervalSeconds, site: opts.site }));
    print({ id: row.id, url: row.url, interval: row.poll_interval_seconds });
  });

feeds
  .command('list')
  .description('list feeds with their health')
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => {
    const rows = await withDb((db) => listFeedHealth(db));
    if (opts.json) return print(rows);
    for (const r of rows) {
      const err = r.last_error_code ? ` last error: ${r.last_error_code}` : '';
      process.stdout.write(`${r.feed_id}\t${r.state}\t${r.url}\tnext ${r.next_poll_at.toISOString()}${err}\n`);
    }
  });

feeds
  .command('remove <idOrUrl>')
  .description('remove a feed by id or URL (its articles stay)')
  .action(async (idOrUrl: string) => {
    const key = /^\d+$/.test(idOrUrl) ? Number(idOrUrl) : idOrUrl;
    const n = await withDb((db) => removeFeed(db, key));
    if (n === 0) throw new UsageError(`no feed ${idOrUrl}`);
    print({ removed: n });
  });

feeds
  .command('poll <id>')
  .description('make a feed due now (the running service polls it at its next tick)')
  .action(async (id: string) => {
    const ok = await withDb((db) => makeFeedDue(db, positiveInt(id, 'id'), new Date()));
    if (!ok) throw new UsageError(`no feed ${id}`);
    print({ due: Number(id) });
  });

program
  .command('parse-feed <file>')
  .description('parse a feed file and print it as JSON')
  .option('--url <url>', 'URL the feed came from (resolves relative links)')
  .option('--content-type <type>', 'HTTP Content-Type it was served with')
  .action((file: string, opts: { url?: string; contentType?: string }) => {
    print(parseFeed(readFileSync(file), { url: opts.url, contentType: opts.contentType }));
  });

program
  .command('extract <file>')
  .description('extract an article from an HTML file and print it as JSON')
  .requiredOption('--url <url>', 'URL of the page')
  .option('--content-type <type>', 'HTTP Content-Type it was served with')
  .action((file: string, opts: { url: string; contentType?: string }) => {
    checkUrl(opts.url);
    const { text } = decodeBytes(readFileSync(file), { contentType: opts.contentType, kind: 'html' });
    print(extractArticle(text, opts.url));
  });

program
  .command('stories')
  .description('print stories with their members')
  .option('--json', 'print JSON (one array)')
  .option('--jsonl', 'print one line per member: {id, url, story, role}')
  .option('--limit <n>', 'stories to show (not with --jsonl)', (v) => positiveInt(v, '--limit'), 50)
  .action(async (opts: { json?: boolean; jsonl?: boolean; limit: number }) => {
    await withDb(async (db) => {
      if (opts.jsonl) {
        for await (const m of streamMembers(db)) {
          process.stdout.write(`${JSON.stringify({ id: m.externalId ?? String(m.articleId), url: m.url, story: m.storyId, role: m.role, method: m.method, score: m.score })}\n`);
        }
        return;
      }
      const stories = await listStories(db, opts.limit);
      if (opts.json) return print(stories);
      for (const s of stories) {
        process.stdout.write(`story ${s.story_id}: ${s.title}${s.agency ? ` [${s.agency}]` : ''}\n  original  ${s.original_site ?? ''} ${s.original_url}\n`);
        for (const r of s.reposts) process.stdout.write(`  ${r.role.padEnd(9)} ${r.site ?? ''} ${r.url}  (${r.method} ${r.score.toFixed(2)})\n`);
      }
    });
  });

program
  .command('demo')
  .description('offline demo: a local wire server, the real service on local Postgres/Redis, the merged stories')
  .option('--timeout <seconds>', 'give up after this long', (v) => positiveInt(v, '--timeout'), 120)
  .action(async (opts: { timeout: number }) => {
    const cfg = loadConfig(demoEnv(process.env));
    process.stdout.write(`wirehouse demo (database ${new URL(cfg.databaseUrl).pathname.slice(1)}, queue prefix ${cfg.queuePrefix})\n`);
    await runDemo(cfg, { reset: true, timeoutMs: opts.timeout * 1000, write: (l) => process.stdout.write(`${l}\n`) });
  });

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name}: expected a positive integer, got ${JSON.stringify(v)}`);
  return n;
}

function checkUrl(url: string): void {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
  } catch {
    throw new UsageError(`not an http(s) URL: ${url}`);
  }
}

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2; // help/version exit 0; usage errors 2
      return;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`wirehouse: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    const code = isPipelineError(err) ? `${err.code}: ` : '';
    process.stderr.write(`wirehouse: ${code}${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

await main();

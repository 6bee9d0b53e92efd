/** parse-feed, extract, stories, import, replay, backfill. */
import { createReadStream, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { listStories, streamMembers } from '../db/stories.repo.js';
import { extractArticle } from '../extract/extract-article.js';
import { parseFeed } from '../feeds/parse-feed.js';
import { DEFAULT_MAX_LINE_BYTES, importArticles } from '../app/import-articles.js';
import { replay } from '../app/replay.js';
import { backfill } from '../app/backfill.js';
import { createLogger } from '../logger.js';
import { UsageError, checkUrl, positiveInt, print, readInputFile, withDb, withRuntime } from './common.js';
import { shortTime } from './feed-table.js';
import { parseTime } from './parse-time.js';
import { progress } from './progress.js';
import { storyJson } from './story-json.js';

/** A --since value as a time, or a usage error naming the forms accepted. */
function sinceOption(v: string): Date {
  const d = parseTime(v, new Date());
  if (!d)
    throw new UsageError(
      `--since: not a time: ${JSON.stringify(v)} (use an ISO date or time, today, yesterday, or an age such as 24h, 7d)`,
    );
  return d;
}

/** Gzip output above this is refused (a news page is well under 10 MB; a gzip bomb is not). */
const MAX_GUNZIP_BYTES = 64 * 1024 * 1024;

/** A page file's bytes; `.gz` files (and any file starting with the gzip magic) are gunzipped. */
function readPage(file: string): Buffer {
  const raw = readInputFile(file);
  if (!file.endsWith('.gz') && !(raw[0] === 0x1f && raw[1] === 0x8b)) return raw;
  try {
    return gunzipSync(raw, { maxOutputLength: MAX_GUNZIP_BYTES });
  } catch (err) {
    throw new UsageError(`extract: cannot gunzip ${file}: ${(err as Error).message}`);
  }
}

/** "fetch_http 2, no_article 1" (empty when nothing failed). */
const failureCounts = (failed: Record<string, number>): string =>
  Object.entries(failed)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');

export function registerDataCommands(program: Command): void {
  program
    .command('parse-feed <file>')
    .description('parse a feed file and print it as JSON')
    .option('--url <url>', 'URL the feed came from (resolves relative links)')
    .option('--content-type <type>', 'HTTP Content-Type it was served with')
    .action((file: string, opts: { url?: string; contentType?: string }) => {
      print(parseFeed(readInputFile(file), { url: opts.url, contentType: opts.contentType }));
    });

  program
    .command('extract <file>')
    .description('extract an article from an HTML file (or .html.gz) and print it as JSON')
    .requiredOption('--url <url>', 'URL of the page')
    .option('--content-type <type>', 'HTTP Content-Type it was served with')
    .action((file: string, opts: { url: string; contentType?: string }) => {
      checkUrl(opts.url);
      print(extractArticle(readPage(file), opts.url, { contentType: opts.contentType }));
    });

  program
    .command('stories')
    .description('print stories with their members')
    .option('--json', 'print JSON (one array)')
    .option('--jsonl', 'print one line per member: {id, url, story, role, method, score}')
    .option('--limit <n>', 'stories to show (not with --jsonl)', (v) => positiveInt(v, '--limit'), 50)
    .option('--since <time>', 'first published at or after: an ISO date/time, today, yesterday, 24h, 7d (not with --jsonl)', (v) =>
      sinceOption(v),
    )
    .option('--agency <name>', 'only stories of this agency (Xinhua, TASS, ...)')
    .option('--site <name>', 'only stories with a copy on this site (name or host)')
    .action(
      async (opts: { json?: boolean; jsonl?: boolean; limit: number; since?: Date; agency?: string; site?: string }, cmd: Command) => {
        // --jsonl streams every membership; a filter beside it would be ignored in silence.
        const withJsonl = ['json', 'since', 'agency', 'site', 'limit'].filter((k) => cmd.getOptionValueSource(k) === 'cli');
        if (opts.jsonl && withJsonl.length > 0) {
          throw new UsageError(`--jsonl prints every story member and takes no ${withJsonl.map((k) => `--${k}`).join(', ')}`);
        }
        await withDb(async (db) => {
          if (opts.jsonl) {
            for await (const m of streamMembers(db)) {
              process.stdout.write(
                `${JSON.stringify({ id: m.externalId ?? String(m.articleId), url: m.url, story: m.storyId, role: m.role, method: m.method, score: m.score })}\n`,
              );
            }
            return;
          }
          const stories = await listStories(db, { limit: opts.limit, since: opts.since, agency: opts.agency, site: opts.site });
          if (opts.json) return print(stories.map(storyJson));
          // Nothing on stdout (a pipe reads no story), but a person at a terminal is told.
          if (stories.length === 0) process.stderr.write('wirehouse: no stories match\n');
          for (const s of stories) {
            process.stdout.write(
              `story ${s.storyId}: ${s.title}${s.agency ? ` [${s.agency}]` : ''}  ${shortTime(s.firstPublishedAt)}\n  original  ${shortTime(s.originalPublishedAt)}  ${s.originalSite ?? ''} ${s.originalUrl}\n`,
            );
            for (const r of s.reposts) {
              const at = r.publishedAt ? shortTime(new Date(r.publishedAt)) : '-';
              process.stdout.write(`  ${r.role.padEnd(9)} ${at}  ${r.site ?? ''} ${r.url}  (${r.method} ${r.score.toFixed(2)})\n`);
            }
          }
        });
      },
    );
}

/** Newline-terminated lines of a file, counted in chunks (the file may hold one huge line). */
async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) n++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return last === 0x0a ? n : n + 1;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import <file>')
    .description('import pre-extracted articles (JSONL: {id, url, site, title, body, published}) through normalization and dedupe')
    .option('--concurrency <n>', 'records in flight at once', (v) => positiveInt(v, '--concurrency'), 4)
    .option(
      '--max-line-bytes <n>',
      'skip (and report) lines longer than this',
      (v) => positiveInt(v, '--max-line-bytes'),
      DEFAULT_MAX_LINE_BYTES,
    )
    .option('--json', 'print the report as JSON')
    .action(async (file: string, opts: { concurrency: number; maxLineBytes: number; json?: boolean }) => {
      if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
      const total = await countLines(file);
      const bar = progress('import', total);
      const report = await withDb((db) =>
        importArticles({ db, now: () => new Date() }, file, {
          concurrency: opts.concurrency,
          maxLineBytes: opts.maxLineBytes,
          onProgress: (n) => bar.tick(n),
        }),
      );
      bar.done();
      // Some lines failed: the import did not do all it was asked to (a script must notice).
      if (report.invalid.length > 0) process.exitCode = 1;
      if (opts.json) return print(report);
      process.stdout.write(
        `imported ${report.imported} of ${report.lines} lines: ${report.storiesCreated} new stories, ${report.merged} merged into existing ones${report.invalid.length ? `, ${report.invalid.length} failed` : ''}\n`,
      );
      for (const bad of report.invalid.slice(0, 20)) process.stdout.write(`  line ${bad.line}: ${bad.error}\n`);
      if (report.invalid.length > 20) process.stdout.write(`  ... ${report.invalid.length - 20} more invalid lines\n`);
    });
}

export function registerReplayCommand(program: Command): void {
  program
    .command('replay')
    .description('re-run the current extractor over stored raw pages and update the articles')
    .option('--site <host>', 'only pages from this host (e.g. en.people.cn)')
    .option('--since <time>', 'only pages fetched at or after this time (ISO, yesterday, 24h, 7d)')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { site?: string; since?: string; json?: boolean }) => {
      const since = opts.since ? sinceOption(opts.since) : undefined;
      let bar: ReturnType<typeof progress> | null = null;
      const report = await withDb((db, cfg) =>
        replay(
          { db, log: createLogger(cfg.logLevel === 'info' ? 'warn' : cfg.logLevel, {}, cfg.logFormat) },
          { host: opts.site, since },
          {
            onStart: (total) => (bar = progress('replay', total)),
            onProgress: () => bar?.tick(),
          },
        ),
      );
      (bar as ReturnType<typeof progress> | null)?.done();
      if (opts.json) return print(report);
      const failed = failureCounts(report.failed);
      process.stdout.write(
        `replayed ${report.pages} pages: ${report.changed} changed, ${report.unchanged} unchanged${failed ? `, failed: ${failed}` : ''}\n`,
      );
    });
}

export function registerBackfillCommand(program: Command): void {
  program
    .command('backfill')
    .description('fetch, store and dedupe feed items that have no article yet (failed fetches, cleaned jobs, outages)')
    .option('--feed <id>', 'only items of this feed', (v) => positiveInt(v, '--feed'))
    .option('--since <time>', 'only items first seen at or after this time (ISO, yesterday, 24h, 7d)')
    .option('--limit <n>', 'at most this many items, oldest first', (v) => positiveInt(v, '--limit'))
    .option('--concurrency <n>', 'pages in flight (the per-host budget still applies)', (v) => positiveInt(v, '--concurrency'), 4)
    .option('--json', 'print the report as JSON')
    .action(async (opts: { feed?: number; since?: string; limit?: number; concurrency: number; json?: boolean }) => {
      const since = opts.since ? sinceOption(opts.since) : undefined;
      let bar: ReturnType<typeof progress> | null = null;
      const report = await withRuntime((deps) =>
        backfill(
          deps,
          { feedId: opts.feed, since, limit: opts.limit },
          {
            concurrency: opts.concurrency,
            onStart: (total) => (bar = progress('backfill', total)),
            onProgress: () => bar?.tick(),
          },
        ),
      );
      (bar as ReturnType<typeof progress> | null)?.done();
      if (Object.keys(report.failed).length > 0) process.exitCode = 1;
      if (opts.json) return print(report);
      const failed = failureCounts(report.failed);
      process.stdout.write(`backfilled ${report.items} items: ${report.stored} stored${failed ? `, failed: ${failed}` : ''}\n`);
    });
}

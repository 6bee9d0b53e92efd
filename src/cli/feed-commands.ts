/** feeds add | list | remove | poll | import | export-opml. */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { addFeed, getFeed, listFeedHealth, listFeeds, removeFeed } from '../db/feeds.repo.js';
import { readFeedList, writeOpml } from '../feeds/opml.js';
import { addFeedByUrl } from '../../workers/add-feed.js';
import { pollFeed } from '../../workers/poll-feed.js';
import { NotFoundError, UsageError, checkUrl, positiveInt, print, withDb } from './common.js';
import { progress } from './progress.js';
import { withRuntime } from './runtime.js';

export function registerFeedCommands(program: Command): Command {
  const feeds = program.command('feeds').description('manage the polled feeds');

  feeds
    .command('add <url>')
    .description('add a feed (or update its interval); an HTML page URL adds the feed it links to')
    .option('--interval <seconds>', 'normal polling interval in seconds', (v) => positiveInt(v, '--interval'))
    .option('--site <name>', 'publishing site name')
    .option('--all', 'for a page: add every feed it links to, not only the first')
    .option('--no-check', 'add without fetching the URL first')
    .action(async (url: string, opts: { interval?: number; site?: string; all?: boolean; check: boolean }) => {
      checkUrl(url);
      if (!opts.check) {
        const row = await withDb((db, cfg) => addFeed(db, { url, intervalSeconds: opts.interval ?? cfg.poll.defaultIntervalSeconds, site: opts.site }));
        return print({ added: [{ id: row.id, url: row.url, interval: row.poll_interval_seconds }] });
      }
      const result = await withRuntime((deps, cfg) =>
        addFeedByUrl(deps, url, { intervalSeconds: opts.interval ?? cfg.poll.defaultIntervalSeconds, site: opts.site, all: opts.all }),
      );
      print({
        ...(result.discoveredFrom ? { discoveredFrom: result.discoveredFrom } : {}),
        added: result.added.map((r) => ({ id: r.id, url: r.url, title: r.title, interval: r.poll_interval_seconds })),
      });
    });

  feeds
    .command('import <file>')
    .alias('import-opml')
    .description('add the feeds of an OPML file or a plain list (one URL per line), e.g. feeds/default.opml')
    .action(async (file: string) => {
      if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
      const entries = readFeedList(readFileSync(file, 'utf8'));
      const bar = progress('feeds import', entries.length);
      const rows = await withDb(async (db, cfg) => {
        const out = [];
        for (const e of entries) {
          out.push(await addFeed(db, { url: e.url, intervalSeconds: e.intervalSeconds ?? cfg.poll.defaultIntervalSeconds, site: e.site, title: e.title ?? null }));
          bar.tick();
        }
        return out;
      });
      bar.done();
      print({ imported: rows.length });
    });

  feeds
    .command('export-opml')
    .description('print all feeds as OPML 2.0')
    .action(async () => {
      const rows = await withDb((db) => listFeeds(db));
      process.stdout.write(writeOpml('wirehouse feeds', rows.map((r) => ({ url: r.url, title: r.title ?? undefined, site: r.site ?? undefined, intervalSeconds: r.poll_interval_seconds })), new Date()));
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
      if (n === 0) throw new NotFoundError(`no feed ${idOrUrl}`);
      print({ removed: n });
    });

  feeds
    .command('poll <id>')
    .description('poll a feed now: fetch and parse it here, record the poll, and queue its new items for the workers')
    .action(async (id: string) => {
      const feedId = positiveInt(id, 'id');
      const outcome = await withRuntime(async (deps) => {
        if (!(await getFeed(deps.db, feedId))) throw new NotFoundError(`no feed ${id}`);
        return pollFeed(deps, { feedId, slot: deps.now().toISOString() });
      });
      print(outcome);
      if (outcome.status === 'error') process.exitCode = 1;
    });
  return feeds;
}

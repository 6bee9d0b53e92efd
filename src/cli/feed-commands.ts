/** feeds add | list | remove | poll. */
import type { Command } from 'commander';
import { addFeed, listFeedHealth, makeFeedDue, removeFeed } from '../db/feeds.repo.js';
import { UsageError, checkUrl, positiveInt, print, withDb } from './common.js';

export function registerFeedCommands(program: Command): Command {
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
  return feeds;
}

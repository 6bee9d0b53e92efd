/** feeds add | list | remove | poll | pause | resume | edit | import | export-opml. */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../config.js';
import {
  addFeed,
  editFeed,
  getFeed,
  getFeedByUrl,
  listFeedHealth,
  listFeeds,
  removeFeed,
  setFeedPaused,
  type StoredFeed,
} from '../db/feeds.repo.js';
import { readFeedList, writeOpml } from '../feeds/opml.js';
import { addFeedByUrl } from '../app/add-feed.js';
import { pollFeed } from '../app/poll-feed.js';
import { NotFoundError, UsageError, checkUrl, config, positiveInt, print, withDb, withRuntime } from './common.js';
import { feedHealthJson } from './feed-health-json.js';
import { feedTable } from './feed-table.js';
import { progress } from './progress.js';

/** An interval below POLL_MIN_INTERVAL_SECONDS would be clamped silently by the scheduler: refuse it. */
function checkInterval(interval: number | undefined, cfg: Config): void {
  if (interval !== undefined && interval < cfg.poll.minIntervalSeconds) {
    throw new UsageError(`--interval: ${interval} s is under the minimum of ${cfg.poll.minIntervalSeconds} s (POLL_MIN_INTERVAL_SECONDS)`);
  }
}

const brief = (r: StoredFeed) => ({ id: r.id, url: r.url, title: r.title, site: r.site, interval: r.pollIntervalSeconds });

/** Splits add results into new feeds and known ones, and says so on stderr for the known ones. */
function addOutcome(rows: Array<StoredFeed & { inserted: boolean }>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const present = rows.filter((r) => !r.inserted);
  for (const r of present) process.stderr.write(`wirehouse: feed ${r.id} already present: ${r.url}\n`);
  return { ...extra, added: rows.filter((r) => r.inserted).map(brief), ...(present.length ? { alreadyPresent: present.map(brief) } : {}) };
}

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
      const cfg = config();
      checkInterval(opts.interval, cfg);
      // A known feed is not fetched again: it is reported, and only the options given change it.
      const known = await withDb(async (db) => {
        const row = await getFeedByUrl(db, url);
        if (!row) return null;
        const edited =
          opts.interval !== undefined || opts.site !== undefined
            ? await editFeed(db, row.id, { intervalSeconds: opts.interval, site: opts.site })
            : row;
        return { ...(edited ?? row), inserted: false };
      });
      if (known) return print(addOutcome([known]));
      if (!opts.check) {
        const row = await withDb((db) =>
          addFeed(db, { url, intervalSeconds: opts.interval ?? cfg.poll.defaultIntervalSeconds, site: opts.site }),
        );
        return print(addOutcome([row]));
      }
      const result = await withRuntime((deps) =>
        addFeedByUrl(deps, url, { intervalSeconds: opts.interval ?? cfg.poll.defaultIntervalSeconds, site: opts.site, all: opts.all }),
      );
      print(addOutcome(result.added, result.discoveredFrom ? { discoveredFrom: result.discoveredFrom } : {}));
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
          out.push(
            await addFeed(db, {
              url: e.url,
              intervalSeconds: e.intervalSeconds ?? cfg.poll.defaultIntervalSeconds,
              site: e.site,
              title: e.title ?? null,
            }),
          );
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
      process.stdout.write(
        writeOpml(
          'wirehouse feeds',
          rows.map((r) => ({ url: r.url, title: r.title ?? undefined, site: r.site ?? undefined, intervalSeconds: r.pollIntervalSeconds })),
          new Date(),
        ),
      );
    });

  feeds
    .command('list')
    .description('list feeds with their health')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const rows = await withDb((db) => listFeedHealth(db));
      if (opts.json) return print(rows.map(feedHealthJson));
      process.stdout.write(feedTable(rows));
    });

  feeds
    .command('pause <id>')
    .description('take a feed out of the schedule (its history stays; `feeds poll ID` still polls it)')
    .action(async (id: string) => {
      const feedId = positiveInt(id, 'id');
      if (!(await withDb((db) => setFeedPaused(db, feedId, true, new Date())))) throw new NotFoundError(`no feed ${id}`);
      print({ paused: feedId });
    });

  feeds
    .command('resume <id>')
    .description('put a paused feed back in the schedule, due now')
    .action(async (id: string) => {
      const feedId = positiveInt(id, 'id');
      if (!(await withDb((db) => setFeedPaused(db, feedId, false, new Date())))) throw new NotFoundError(`no feed ${id}`);
      print({ resumed: feedId });
    });

  feeds
    .command('edit <id>')
    .description("change a feed's polling interval and/or site")
    .option('--interval <seconds>', 'normal polling interval in seconds', (v) => positiveInt(v, '--interval'))
    .option('--site <name>', 'publishing site name ("" clears it)')
    .action(async (id: string, opts: { interval?: number; site?: string }) => {
      const feedId = positiveInt(id, 'id');
      if (opts.interval === undefined && opts.site === undefined) throw new UsageError('feeds edit: give --interval and/or --site');
      checkInterval(opts.interval, config());
      const row = await withDb((db) => editFeed(db, feedId, { intervalSeconds: opts.interval, site: opts.site }));
      if (!row) throw new NotFoundError(`no feed ${id}`);
      print(brief(row));
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
    .command('poll [id]')
    .description(
      'poll a feed (or --all: every feed not paused) now: fetch and parse it here, record the poll, and queue its new items for the workers',
    )
    .option('--all', 'every feed that is not paused, one after another')
    .action(async (id: string | undefined, opts: { all?: boolean }) => {
      if ((id === undefined) === !opts.all) throw new UsageError('feeds poll: give a feed id or --all');
      if (id !== undefined) {
        const feedId = positiveInt(id, 'id');
        const outcome = await withRuntime(async (deps) => {
          if (!(await getFeed(deps.db, feedId))) throw new NotFoundError(`no feed ${id}`);
          return pollFeed(deps, { feedId, slot: deps.now().toISOString() });
        });
        print(outcome);
        if (outcome.status === 'error') process.exitCode = 1;
        return;
      }
      const outcomes = await withRuntime(async (deps) => {
        const all = (await listFeeds(deps.db)).filter((f) => !f.paused);
        const bar = progress('feeds poll', all.length);
        const out = [];
        for (const f of all) {
          out.push({ feedId: f.id, url: f.url, ...(await pollFeed(deps, { feedId: f.id, slot: deps.now().toISOString() })) });
          bar.tick();
        }
        bar.done();
        return out;
      });
      print(outcomes);
      if (outcomes.some((o) => o.status === 'error')) process.exitCode = 1;
    });
  return feeds;
}

/**
 * The offline demo: a local wire server (a Xinhua-style feed and article, a People's Daily
 * Online repost of it, an unrelated story), the real service on the local Postgres and Redis,
 * and the resulting stories printed once everything is ingested.
 */
import { join } from 'node:path';
import type { Config } from '../config.js';
import { dropDatabase, ensureDatabase } from '../db/db.js';
import { addFeed } from '../db/feeds.repo.js';
import { pipelineCounts } from '../db/stats.repo.js';
import { listStories } from '../db/stories.repo.js';
import type { StoryOverview } from '../db/story-overview.js';
import { createLogger } from '../logger.js';
import { startService } from '../service.js';
import { startFixtureServer } from './fixture-server.js';
import { packageRoot } from './package-root.js';

export const DEMO_FEEDS = [
  { path: '/xinhua/world.xml', site: 'Xinhua' },
  { path: '/people/world.xml', site: "People's Daily Online" },
];

export interface DemoOptions {
  /** Drop and recreate the demo database first, so the output shows only this run. */
  reset: boolean;
  timeoutMs: number;
  write: (line: string) => void;
}

export async function runDemo(config: Config, opts: DemoOptions): Promise<StoryOverview[]> {
  const site = await startFixtureServer(join(packageRoot(), 'demo', 'site'));
  opts.write(`wire server on ${site.base} (offline fixtures)`);
  if (opts.reset) await dropDatabase(config.databaseUrl);
  await ensureDatabase(config.databaseUrl);
  const svc = await startService(config, {
    roles: ['scheduler', 'poll', 'fetch', 'dedupe'],
    http: false,
    log: createLogger(config.logLevel, {}, config.logFormat),
  });
  try {
    for (const f of DEMO_FEEDS) await addFeed(svc.db, { url: site.base + f.path, site: f.site, intervalSeconds: 3600 });
    opts.write(`polling ${DEMO_FEEDS.length} feeds; waiting for articles and stories ...`);
    const deadline = Date.now() + opts.timeoutMs;
    for (;;) {
      const c = await pipelineCounts(svc.db);
      const done = c.feedsPolled === c.feeds && c.items > 0 && c.itemsWithArticle === c.items && c.articlesInStories === c.articles;
      if (done) {
        opts.write(`ingested ${c.articles} articles into ${c.stories} stories (${c.reposts} reposts merged)`);
        break;
      }
      if (Date.now() > deadline) throw new Error(`demo: timed out; progress ${JSON.stringify(c)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const stories = await listStories(svc.db);
    for (const s of stories) {
      opts.write('');
      opts.write(`story ${s.storyId}: ${s.title}${s.agency ? `  [agency: ${s.agency}]` : ''}`);
      opts.write(`  original  ${s.originalSite ?? '?'}  ${s.originalUrl}`);
      for (const r of s.reposts) opts.write(`  ${r.role.padEnd(9)} ${r.site ?? '?'}  ${r.url}  (${r.method}, score ${r.score.toFixed(2)})`);
    }
    return stories;
  } finally {
    // The demo's queues are its own: remove them so repeated demos leave nothing in Redis.
    await svc.running.close();
    await Promise.all(Object.values(svc.queues.byName).map((q) => q.obliterate({ force: true }).catch(() => undefined)));
    await svc.close();
    await site.close();
  }
}

/** Demo settings on top of the user's: its own database and queue prefix, loopback allowed. */
export function demoEnv(base: Record<string, string | undefined>): Record<string, string | undefined> {
  const db = new URL(base.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/wirehouse');
  db.pathname = '/wirehouse_demo';
  return {
    ...base,
    // The demo recreates its database, so it never uses DATABASE_URL's own (DEMO_DATABASE_URL overrides).
    DATABASE_URL: base.DEMO_DATABASE_URL || db.toString(),
    QUEUE_PREFIX: `wirehouse-demo-${process.pid}`,
    ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    HOST_MIN_DELAY_MS: '0',
    SCHEDULER_TICK_MS: '300',
    LOG_LEVEL: base.LOG_LEVEL || 'warn',
  };
}

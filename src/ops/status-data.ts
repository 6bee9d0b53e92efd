/**
 * What an operator looks at first, gathered once for the HTML status page, `wirehouse status`
 * and its `--json`: feed health, recent activity, queue depths. A source that cannot be read
 * (Redis or Postgres down) is reported in `problems` instead of failing the whole page.
 */
import type { Queue } from 'bullmq';
import type { Db } from '../db/db.js';
import { activityCounts, feedHealthCounts, unhealthyFeeds, type ActivityCounts } from '../db/stats.repo.js';
import type { FeedHealth, FeedState } from '../db/feed-health.js';
import { heartbeatAges, waitingForRedrive } from '../db/redrive.repo.js';
import { queueDepths, type QueueDepth } from './queue-depths.js';
import { withTimeout } from './with-timeout.js';

export interface StatusData {
  generatedAt: string;
  feeds: Record<FeedState, number> | null;
  /** Degraded and failing feeds, worst first. */
  unhealthyFeeds: FeedHealth[];
  activity: ActivityCounts | null;
  queues: QueueDepth[] | null;
  /**
   * Seconds since the scheduler's last tick and the reconciler's last run (null: never), and the
   * work Postgres lists as not done: items without an article, articles without a story (both
   * re-driven by the reconciler), items failed for good.
   */
  reconcile: {
    schedulerTickAgeSeconds: number | null;
    reconcilerAgeSeconds: number | null;
    waitingItems: number;
    waitingArticles: number;
    failedForGood: number;
  } | null;
  /** Sources that could not be read, e.g. "redis: no answer within 3000 ms". */
  problems: string[];
}

const READ_TIMEOUT_MS = 3000;

export async function collectStatus(db: Db, queues: Record<string, Queue>, opts: { feedLimit?: number } = {}): Promise<StatusData> {
  const problems: string[] = [];
  const note = (source: string) => (err: unknown) => {
    problems.push(`${source}: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  };
  const pgRead = withTimeout(
    Promise.all([
      feedHealthCounts(db),
      unhealthyFeeds(db, opts.feedLimit ?? 50),
      activityCounts(db),
      heartbeatAges(db),
      waitingForRedrive(db),
    ]),
    READ_TIMEOUT_MS,
    'postgres',
  ).catch(note('postgres'));
  const redisRead = withTimeout(queueDepths(queues), READ_TIMEOUT_MS, 'redis').catch(note('redis'));
  const [pgRes, depths] = await Promise.all([pgRead, redisRead]);
  return {
    generatedAt: new Date().toISOString(),
    feeds: pgRes?.[0] ?? null,
    unhealthyFeeds: pgRes?.[1] ?? [],
    activity: pgRes?.[2] ?? null,
    queues: depths,
    reconcile: pgRes
      ? {
          schedulerTickAgeSeconds: pgRes[3].scheduler?.ageSeconds ?? null,
          reconcilerAgeSeconds: pgRes[3].reconciler?.ageSeconds ?? null,
          waitingItems: pgRes[4].items,
          waitingArticles: pgRes[4].articles,
          failedForGood: pgRes[4].failedForGood,
        }
      : null,
    problems,
  };
}

/**
 * What one-shot CLI commands that do pipeline work need (`feeds add` discovery, `feeds poll`,
 * `replay`): the database, a fetcher, the queues to hand work to the running service, a logger.
 */
import { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { createDb } from '../db/db.js';
import { createLogger } from '../logger.js';
import { fetcherFromConfig, prepareDatabase } from '../service.js';
import type { Deps } from '../app/deps.js';
import { openQueues, redisConnection } from '../../workers/runtime.js';
import { config } from './common.js';

export async function withRuntime<T>(fn: (deps: Deps, cfg: Config) => Promise<T>): Promise<T> {
  const cfg = config();
  const log = createLogger(cfg.logLevel === 'info' ? 'warn' : cfg.logLevel, {}, cfg.logFormat);
  await prepareDatabase(cfg, log);
  const db = createDb(cfg.databaseUrl, { max: 4 });
  const redis = redisConnection(cfg.redisUrl);
  const queues = openQueues(redis, cfg.queuePrefix, cfg);
  // The same Redis host budget as the service's workers: a backfill or `feeds poll` running
  // beside the service must not double the request rate to a site.
  const budgetRedis = new Redis(cfg.redisUrl, { maxRetriesPerRequest: 2 });
  budgetRedis.on('error', () => undefined); // a fetch fails with the error instead
  const fetcher = fetcherFromConfig(cfg, budgetRedis);
  try {
    return await fn({ config: cfg, db, fetcher, enqueue: queues.enqueuer, log, now: () => new Date() }, cfg);
  } finally {
    await queues.close();
    await fetcher.close();
    redis.disconnect();
    budgetRedis.disconnect();
    await db.destroy();
  }
}

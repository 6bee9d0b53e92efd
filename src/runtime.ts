/**
 * The one wiring root: config -> Postgres pool, Redis connections, the fetcher (with the per-host
 * budget in Redis, shared by every process), the queues, and the BullMQ workers of the requested
 * roles. The service (`start`, `worker`, `dashboard`), every CLI command that does pipeline work,
 * and the demo build their process here, so they cannot drift apart (the CLI once built its
 * fetcher without the Redis budget).
 *
 * This is the only file in src/ that imports workers/ (the BullMQ runtime and the job bodies);
 * lint allows that one arrow and no other.
 */
import { Redis } from 'ioredis';
import type { Config } from './config.js';
import type { Deps, Observer } from './app/deps.js';
import { observedFetcher } from './app/observed-fetcher.js';
import { PreparePool } from './app/prepare-pool.js';
import { createDb, ensureDatabase, type Db } from './db/db.js';
import { migrateToLatest } from './db/migrate.js';
import { createFetcher, type Fetcher } from './fetch/create-fetcher.js';
import { createLogger, rateLimited, type Logger } from './logger.js';
import { openQueues, redisConnection, startWorkers, type Queues, type Role, type Running } from '../workers/bullmq.js';

export type { Queues, Role, Running };

export interface RuntimeOptions {
  log?: Logger | undefined;
  now?: (() => Date) | undefined;
  /** Metrics hooks (the operations module's); fetches and jobs report to it. */
  observer?: Observer | undefined;
  /**
   * How long a fetch waits in place for a host slot. The service's jobs wait `HOST_WAIT_MS` and
   * then go back to the delayed set; one-shot commands have no queue to go back to and wait longer.
   */
  hostWaitMs?: number | undefined;
  /** Postgres pool size (default: enough for the roles' concurrency). */
  dbPoolSize?: number | undefined;
  /** Where Redis connection errors go (default: the log, at most once a minute). */
  onRedisError?: ((err: Error) => void) | undefined;
}

export interface Runtime {
  config: Config;
  roles: Role[];
  db: Db;
  /** BullMQ's connection (maxRetriesPerRequest: null); the queues and workers use it. */
  redis: Redis;
  queues: Queues;
  /** The HTTP fetcher with the Redis host budget (unobserved; `deps.fetcher` reports to the observer). */
  fetcher: Fetcher;
  /** What the use-cases and job bodies take. */
  deps: Deps;
  log: Logger;
  /** Starts the BullMQ workers of `roles` (none for an empty list). */
  startWorkers(): Promise<Running>;
  /** Stops the workers (in-flight jobs finish), then closes queues, fetcher, Redis and Postgres. */
  close(): Promise<void>;
}

/**
 * Builds the fetcher from config. With `redis` the per-host budget lives in Redis, so all
 * processes share it; without, it is this process's own (tests and library use).
 */
export function fetcherFromConfig(config: Config, redis: Redis | undefined, hostWaitMs = 60_000): Fetcher {
  const h = config.http;
  return createFetcher({
    userAgent: h.userAgent,
    connectTimeoutMs: h.connectTimeoutMs,
    headersTimeoutMs: h.headersTimeoutMs,
    totalTimeoutMs: h.totalTimeoutMs,
    maxBytes: h.maxBytes,
    maxRedirects: h.maxRedirects,
    allowPrivateHosts: h.allowPrivateHosts,
    hostConcurrency: h.hostConcurrency,
    hostMinDelayMs: h.hostMinDelayMs,
    budgetMaxWaitMs: hostWaitMs,
    ...(redis ? { redis, keyPrefix: `${config.queuePrefix}:fetch` } : {}),
    robots: { forFeeds: h.obeyRobotsForFeeds, errorTtlMs: h.robotsErrorTtlMs },
  });
}

/** Creates the database if missing and applies pending migrations; returns the names applied. */
export async function prepareDatabase(config: Config, log: Logger): Promise<string[]> {
  if (await ensureDatabase(config.databaseUrl)) log.info({ database: new URL(config.databaseUrl).pathname.slice(1) }, 'created database');
  const db = createDb(config.databaseUrl, { max: 1 });
  try {
    const applied = await migrateToLatest(db);
    if (applied.length) log.info({ applied }, 'applied migrations');
    return applied;
  } finally {
    await db.destroy();
  }
}

/** QUIT when connected (pending replies arrive first); a client still trying to connect is dropped. */
async function closeRedis(r: Redis): Promise<void> {
  if (r.status !== 'ready') return void r.disconnect();
  await r.quit().catch(() => r.disconnect());
}

/** Opens the connections, fetcher and queues for `roles`; workers start with `startWorkers()`. */
export function createRuntime(config: Config, roles: Role[], opts: RuntimeOptions = {}): Runtime {
  const log = opts.log ?? createLogger(config.logLevel, {}, config.logFormat);
  const c = config.concurrency;
  const db = createDb(config.databaseUrl, { max: opts.dbPoolSize ?? c.poll + c.fetch + c.dedupe + 4 });
  const redis = redisConnection(config.redisUrl);
  redis.on('error', opts.onRedisError ?? rateLimited(log, 'redis error'));
  const queues = openQueues(redis, config.queuePrefix, config);
  // The fetcher's budget gets its own ordinary client: BullMQ's connection never gives up on a
  // command (maxRetriesPerRequest: null), and a fetch must fail, not hang, when Redis is away.
  const budgetRedis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
  budgetRedis.on('error', () => undefined); // reported through the BullMQ connection's listener; a fetch fails with it
  const fetcher = fetcherFromConfig(config, budgetRedis, opts.hostWaitMs ?? config.http.hostWaitMs);
  const deps: Deps = {
    config,
    db,
    fetcher: opts.observer ? observedFetcher(fetcher, opts.observer) : fetcher,
    enqueue: queues.enqueuer,
    log,
    now: opts.now ?? (() => new Date()),
    observer: opts.observer,
    ...(roles.includes('scheduler') ? { redriver: queues.redriver } : {}),
  };
  const pool = config.extractThreads > 0 && roles.includes('fetch') ? new PreparePool(config.extractThreads) : null;
  if (pool) deps.prepare = (page) => pool.prepare(page);
  let running: Running | null = null;
  let closing: Promise<void> | null = null;
  return {
    config,
    roles,
    db,
    redis,
    queues,
    fetcher,
    deps,
    log,
    async startWorkers() {
      running = await startWorkers(deps, roles, redis, config.queuePrefix);
      return running;
    },
    close() {
      closing ??= (async () => {
        await running?.close(); // waits for in-flight jobs
        await pool?.close();
        await queues.close();
        await fetcher.close();
        await closeRedis(redis);
        await closeRedis(budgetRedis);
        await db.destroy();
      })();
      return closing;
    },
  };
}

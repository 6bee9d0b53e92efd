/**
 * The composition root: opens Postgres, Redis, the fetcher and the queues, starts the workers of
 * the requested roles (and the scheduler and HTTP server for `start`), and closes everything in
 * order on shutdown: stop taking jobs, finish in-flight ones, then close connections.
 */
import { Redis } from 'ioredis';
import type { Config } from './config.js';
import { createDb, ensureDatabase, pingDb, type Db } from './db/db.js';
import { migrateToLatest, migrationStatus } from './db/migrate.js';
import { createFetcher, type Fetcher } from './fetch/create-fetcher.js';
import { createLogger, type Logger } from './logger.js';
import { startHttpServer, type HttpServer, type Route } from './server.js';
import type { Deps, Observer } from '../workers/deps.js';
import { observedFetcher } from '../workers/observed-fetcher.js';
import { openQueues, redisConnection, startWorkers, type Queues, type Role, type Running } from '../workers/runtime.js';

export interface ServiceOptions {
  roles: Role[];
  /** Serve /healthz, /readyz (and, with the operations work, the dashboard). */
  http: boolean;
  log?: Logger;
  now?: () => Date;
  /** Metrics hooks (the operations module's); fetches and jobs report to it. */
  observer?: Observer;
  /** Extra HTTP routes (dashboard, metrics, status page). */
  routes?: (svc: Omit<Service, 'close' | 'http'>) => Route[] | Promise<Route[]>;
}

export interface Service {
  config: Config;
  db: Db;
  redis: Redis;
  queues: Queues;
  fetcher: Fetcher;
  deps: Deps;
  running: Running;
  http: HttpServer | null;
  log: Logger;
  close(): Promise<void>;
}

/** Builds the fetcher from config; the per-host budget lives in Redis so all processes share it. */
export function fetcherFromConfig(config: Config, redis: Redis | undefined): Fetcher {
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
    ...(redis ? { redis, keyPrefix: `${config.queuePrefix}:fetch` } : {}),
    robots: { forFeeds: h.obeyRobotsForFeeds },
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

export async function startService(config: Config, opts: ServiceOptions): Promise<Service> {
  const log = opts.log ?? createLogger(config.logLevel, {}, config.logFormat);
  if (config.autoMigrate) await prepareDatabase(config, log);
  const c = config.concurrency;
  const db = createDb(config.databaseUrl, { max: c.poll + c.fetch + c.dedupe + 4 });
  const redis = redisConnection(config.redisUrl);
  redis.on('error', (err) => log.error({ err }, 'redis error'));
  const queues = openQueues(redis, config.queuePrefix);
  // The fetcher's budget gets its own ordinary client: BullMQ's connection never gives up on a
  // command (maxRetriesPerRequest: null), and a fetch must fail, not hang, when Redis is away.
  const budgetRedis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
  budgetRedis.on('error', () => {}); // reported through the BullMQ connection's listener
  const fetcher = fetcherFromConfig(config, budgetRedis);
  const deps: Deps = {
    config,
    db,
    fetcher: opts.observer ? observedFetcher(fetcher, opts.observer) : fetcher,
    enqueue: queues.enqueuer,
    log,
    now: opts.now ?? (() => new Date()),
    observer: opts.observer,
  };
  const running = await startWorkers(deps, opts.roles, redis, config.queuePrefix);
  let http: HttpServer | null = null;
  const closeAll = async () => {
    await http?.close();
    await running.close(); // waits for in-flight jobs
    await queues.close();
    await fetcher.close();
    await redis.quit().catch(() => redis.disconnect());
    await budgetRedis.quit().catch(() => budgetRedis.disconnect());
    await db.destroy();
  };
  try {
    http = opts.http ? await startHttp() : null;
  } catch (err) {
    // The port is taken (EADDRINUSE) or the routes failed: a process without its HTTP server must
    // not stay up looking healthy to a supervisor. Close what started, and let the caller exit 1.
    await closeAll();
    throw err;
  }
  async function startHttp(): Promise<HttpServer> {
    const routes = opts.routes ? await opts.routes({ config, db, redis, queues, fetcher, deps, running, log }) : [];
    const server = await startHttpServer({
      host: config.server.host,
      port: config.server.port,
      routes,
      checks: [
        { name: 'postgres', check: async () => ({ ok: await pingDb(db) }) },
        { name: 'redis', check: async () => ({ ok: (await redis.ping().catch(() => 'down')) === 'PONG' }) },
        {
          name: 'migrations',
          check: async () => {
            const s = await migrationStatus(db);
            return { ok: s.pending.length === 0, detail: s.pending.length ? `pending: ${s.pending.join(', ')}` : `${s.applied.length} applied` };
          },
        },
      ],
    });
    log.info({ url: server.url }, 'http server listening');
    return server;
  }
  log.info({ roles: opts.roles, queuePrefix: config.queuePrefix }, 'service started');
  let closing: Promise<void> | null = null;
  return {
    config, db, redis, queues, fetcher, deps, running, http, log,
    close() {
      closing ??= (async () => {
        await closeAll();
        log.info('service stopped');
      })();
      return closing;
    },
  };
}

/**
 * The long-running process (`start`, `worker`, `dashboard`, the demo): the runtime of the
 * requested roles (src/runtime.ts: connections, fetcher, queues, workers), the HTTP server with
 * /healthz and /readyz (and the operations routes), and an orderly shutdown: stop serving, stop
 * taking jobs, finish in-flight ones, then close connections.
 */
import type { Redis } from 'ioredis';
import type { Deps, Observer } from './app/deps.js';
import type { Config } from './config.js';
import { pingDb, type Db } from './db/db.js';
import { migrationStatus } from './db/migrate.js';
import { heartbeatAges } from './db/redrive.repo.js';
import { PipelineError } from './errors.js';
import type { Fetcher } from './fetch/create-fetcher.js';
import { assignStats } from './dedupe/assign-story.js';
import { processFeatureCache } from './dedupe/feature-cache.js';
import { createLogger, type Logger } from './logger.js';
import { redactUrl } from './ops/doctor.js';
import { createRuntime, prepareDatabase, type Queues, type Role, type Running } from './runtime.js';
import { startHttpServer, type HttpServer, type Route } from './server.js';

export interface ServiceOptions {
  roles: Role[];
  /** Serve /healthz, /readyz (and, with the operations work, the dashboard). */
  http: boolean;
  log?: Logger;
  now?: () => Date;
  /** Metrics hooks (the operations module's); fetches and jobs report to it. */
  observer?: Observer;
  /** Extra HTTP routes (dashboard, metrics, status page). */
  routes?: (svc: ServiceParts) => Route[] | Promise<Route[]>;
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

/** What the HTTP routes get: everything but the workers (the server starts before them). */
export type ServiceParts = Omit<Service, 'close' | 'http' | 'running'>;

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

export async function startService(config: Config, opts: ServiceOptions): Promise<Service> {
  const log = opts.log ?? createLogger(config.logLevel, {}, config.logFormat);
  if (opts.http && opts.routes && !isLoopbackHost(config.server.host) && !config.server.basicAuth) {
    // The dashboard can retry, add and delete jobs: open to a network only when asked for.
    if (!config.server.allowOpen) {
      throw new PipelineError(
        'config_invalid',
        `config: HOST=${config.server.host} is reachable from other machines and no BASIC_AUTH_USER/BASIC_AUTH_PASSWORD is set; set them, bind HOST=127.0.0.1, or set DASHBOARD_ALLOW_OPEN=1 (e.g. behind a proxy that authenticates)`,
      );
    }
    log.warn({ host: config.server.host }, 'dashboard open without authentication on a non-loopback address (DASHBOARD_ALLOW_OPEN=1)');
  }
  if (config.autoMigrate) await prepareDatabase(config, log);
  processFeatureCache.resize(config.featureCacheEntries);
  const rt = createRuntime(config, opts.roles, { log, now: opts.now, observer: opts.observer });
  const { db, redis, queues, fetcher, deps } = rt;
  // The HTTP server comes up before the workers, so /healthz answers and /readyz says why the
  // process is not ready while Redis is still unreachable.
  let http: HttpServer | null = null;
  let workersReady = false;
  const closeAll = async () => {
    await http?.close();
    await rt.close(); // the workers first: in-flight jobs finish
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
    const routes = opts.routes ? await opts.routes({ config, db, redis, queues, fetcher, deps, log }) : [];
    const server = await startHttpServer({
      host: config.server.host,
      port: config.server.port,
      routes,
      checks: [
        { name: 'postgres', check: async () => ({ ok: await pingDb(db) }) },
        {
          name: 'redis',
          check: async () => {
            // A connection without Redis queues the PING until Redis returns: give it a moment,
            // then say why instead of the probe's bare timeout.
            const pong = redis.ping().then(
              (r) => r === 'PONG',
              () => false,
            );
            const ok =
              redis.status === 'ready'
                ? await pong
                : await Promise.race([pong, new Promise<boolean>((r) => setTimeout(() => r(false), 500).unref())]);
            if (!ok) return { ok, detail: `not reachable at ${redactUrl(config.redisUrl)} (status ${redis.status})` };
            return { ok, detail: workersReady ? 'workers running' : 'connected, workers starting' };
          },
        },
        {
          name: 'migrations',
          check: async () => {
            const s = await migrationStatus(db);
            return {
              ok: s.pending.length === 0,
              detail: s.pending.length ? `pending: ${s.pending.join(', ')}` : `${s.applied.length} applied`,
            };
          },
        },
        ...(opts.roles.includes('scheduler') ? [schedulerCheck(db, config)] : []),
      ],
    });
    log.info({ url: server.url }, 'http server listening');
    return server;
  }
  let started: Running;
  try {
    started = await rt.startWorkers();
  } catch (err) {
    await closeAll();
    throw err;
  }
  workersReady = true;
  log.info({ roles: opts.roles, queuePrefix: config.queuePrefix }, 'service started');
  let closing: Promise<void> | null = null;
  return {
    config,
    db,
    redis,
    queues,
    fetcher,
    deps,
    running: started,
    http,
    log,
    close() {
      closing ??= (async () => {
        await closeAll();
        const fc = processFeatureCache;
        log.info({ featureCache: { hits: fc.hits, misses: fc.misses, size: fc.size }, assign: assignStats }, 'service stopped');
      })();
      return closing;
    },
  };
}

/**
 * /readyz: the scheduler ticked recently (else polls have stopped, e.g. Redis lost the repeatable
 * job and the reconciler has not re-created it yet), with the work waiting for re-drive.
 */
function schedulerCheck(db: Db, config: Config) {
  // Several ticks missed, and at least a reconciler interval for it to repair a lost scheduler.
  const staleSeconds = Math.max((10 * config.poll.tickMs) / 1000, (2 * config.reconcile.intervalMs) / 1000, 30);
  return {
    name: 'scheduler',
    check: async () => {
      const beats = await heartbeatAges(db);
      const tick = beats.scheduler;
      const waiting = beats.reconciler?.detail.waiting as { items?: number; articles?: number } | undefined;
      const w = waiting ? `; waiting for re-drive: ${waiting.items ?? 0} items, ${waiting.articles ?? 0} articles` : '';
      if (!tick) return { ok: false, detail: `no tick yet${w}` };
      const ok = tick.ageSeconds <= staleSeconds;
      return { ok, detail: `last tick ${tick.ageSeconds.toFixed(1)} s ago${ok ? '' : ` (more than ${staleSeconds} s)`}${w}` };
    },
  };
}

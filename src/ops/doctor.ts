/**
 * `wirehouse doctor`: checks what the service needs from its surroundings and says what to fix.
 * Each check is independent and bounded in time, so one dead dependency is reported as such
 * instead of hanging the command; checks that depend on a failed one are skipped.
 */
import { statfs } from 'node:fs/promises';
import { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { createDb, type Db } from '../db/db.js';
import { migrationStatus } from '../db/migrate.js';
import { dataDirectory, databaseNow } from '../db/stats.repo.js';
import { withTimeout } from './with-timeout.js';

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

export interface DoctorCheck {
  name: string;
  status: CheckStatus;
  detail: string;
  /** What to do about a warn or fail. */
  fix?: string;
}

export interface DoctorOptions {
  /** Per-check deadline (default 5 s). */
  timeoutMs?: number;
  /** Directories whose free space matters (default: the working directory). */
  diskPaths?: string[];
  /** Clock skew that fails the check (default 5 s; 1 s warns). */
  maxSkewMs?: number;
}

/** The URL without its password, safe to print. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URL)';
  }
}

const msg = (err: unknown): string => {
  if (err instanceof AggregateError && err.errors.length) return err.errors.map(msg).join('; ');
  return err instanceof Error ? err.message || err.constructor.name : String(err);
};

const GiB = 1024 ** 3;

/** Free space check of one path: fail under 1 GiB or 5 %, warn under 5 GiB or 10 %. */
export function judgeDisk(path: string, freeBytes: number, totalBytes: number): DoctorCheck {
  const pct = totalBytes > 0 ? (100 * freeBytes) / totalBytes : 0;
  const detail = `${path}: ${(freeBytes / GiB).toFixed(1)} GiB free of ${(totalBytes / GiB).toFixed(1)} GiB (${pct.toFixed(0)} %)`;
  const fix = 'free disk space (old logs, docker images, VACUUM FULL / pruned raw_pages) or grow the volume';
  if (freeBytes < GiB || pct < 5) return { name: 'disk', status: 'fail', detail, fix };
  if (freeBytes < 5 * GiB || pct < 10) return { name: 'disk', status: 'warn', detail, fix };
  return { name: 'disk', status: 'ok', detail };
}

/** Clock check: |skew| over `maxMs` fails, over 1 s warns. */
export function judgeSkew(name: string, skewMs: number, maxMs: number, against: string): DoctorCheck {
  const ms = Math.round(Math.abs(skewMs));
  const detail = ms < 50 ? `in step with ${against} (${ms} ms)` : `this host is ${ms} ms ${skewMs > 0 ? 'behind' : 'ahead of'} ${against}`;
  const fix = 'synchronise clocks with NTP on both machines (chrony / systemd-timesyncd); polls are scheduled and stored with both clocks';
  if (Math.abs(skewMs) > maxMs) return { name, status: 'fail', detail, fix };
  if (Math.abs(skewMs) > 1000) return { name, status: 'warn', detail, fix };
  return { name, status: 'ok', detail };
}

async function postgresChecks(config: Config, t: number, maxSkew: number): Promise<{ checks: DoctorCheck[]; dataDir: string | null }> {
  const where = redactUrl(config.databaseUrl);
  const db: Db = createDb(config.databaseUrl, { max: 1 });
  const checks: DoctorCheck[] = [];
  let dataDir: string | null = null;
  try {
    await withTimeout(databaseNow(db), t, 'postgres'); // connects; the timed read below is one round trip
    const t0 = Date.now();
    const dbNow = await withTimeout(databaseNow(db), t, 'postgres');
    const t1 = Date.now();
    checks.push({ name: 'postgres', status: 'ok', detail: `${where} answers` });
    checks.push(judgeSkew('clock (postgres)', dbNow.getTime() - (t0 + t1) / 2, maxSkew, 'the Postgres server'));
    try {
      const s = await withTimeout(migrationStatus(db), t, 'postgres');
      checks.splice(
        1,
        0,
        s.pending.length
          ? {
              name: 'migrations',
              status: 'fail',
              detail: `${s.pending.length} pending: ${s.pending.join(', ')}`,
              fix: 'run `wirehouse migrate` (the service also migrates at start unless AUTO_MIGRATE=false)',
            }
          : { name: 'migrations', status: 'ok', detail: `${s.applied.length} applied, none pending` },
      );
    } catch (err) {
      checks.splice(1, 0, { name: 'migrations', status: 'fail', detail: msg(err), fix: 'run `wirehouse migrate`' });
    }
    dataDir = await withTimeout(dataDirectory(db), t, 'postgres').catch(() => null);
  } catch (err) {
    const text = msg(err);
    const missing = /database .* does not exist/.test(text);
    checks.push({
      name: 'postgres',
      status: 'fail',
      detail: `${where}: ${text}`,
      fix: missing ? 'run `wirehouse migrate` (creates the database)' : 'start Postgres or set DATABASE_URL to a reachable server',
    });
    checks.push({ name: 'migrations', status: 'skip', detail: 'needs Postgres' });
    checks.push({ name: 'clock (postgres)', status: 'skip', detail: 'needs Postgres' });
  } finally {
    await withTimeout(db.destroy(), 1000, 'postgres').catch(() => undefined);
  }
  return { checks, dataDir };
}

async function redisChecks(config: Config, t: number, maxSkew: number): Promise<DoctorCheck[]> {
  const where = redactUrl(config.redisUrl);
  // A connection that gives up at once: the service's own retries forever, which is right for
  // a worker but would make the doctor hang.
  const redis = new Redis(config.redisUrl, {
    lazyConnect: true,
    connectTimeout: t,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // connect() rejects with a bare "Connection is closed."; the 'error' event has the cause.
  let cause: unknown;
  redis.on('error', (err) => (cause ??= err));
  try {
    await withTimeout(redis.connect(), t, 'redis');
  } catch (err) {
    redis.disconnect();
    return [
      {
        name: 'redis',
        status: 'fail',
        detail: `Redis at ${where} is not reachable: ${msg(cause ?? err)}`,
        fix: 'start Redis (e.g. `systemctl start redis-server` or `docker compose up -d redis`) or set REDIS_URL',
      },
      { name: 'redis eviction policy', status: 'skip', detail: 'Redis not reachable' },
      { name: 'redis persistence', status: 'skip', detail: 'Redis not reachable' },
      { name: 'clock (redis)', status: 'skip', detail: 'Redis not reachable' },
    ];
  }
  const checks: DoctorCheck[] = [];
  try {
    const info = await withTimeout(redis.info('server'), t, 'redis');
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? '?';
    const [major = 0, minor = 0] = version.split('.').map(Number);
    const old = major < 6 || (major === 6 && minor < 2);
    checks.push(
      old
        ? {
            name: 'redis',
            status: major < 5 ? 'fail' : 'warn',
            detail: `Redis ${version} at ${where}`,
            fix: 'BullMQ needs Redis >= 5 and recommends >= 6.2: upgrade Redis',
          }
        : { name: 'redis', status: 'ok', detail: `Redis ${version} at ${where}` },
    );
    checks.push(await evictionCheck(redis, t));
    checks.push(await persistenceCheck(redis, t));
    const t0 = Date.now();
    const [sec, usec] = await withTimeout(redis.time(), t, 'redis');
    const t1 = Date.now();
    checks.push(judgeSkew('clock (redis)', Number(sec) * 1000 + Number(usec) / 1000 - (t0 + t1) / 2, maxSkew, 'the Redis server'));
  } catch (err) {
    checks.push({ name: 'redis', status: 'fail', detail: `Redis at ${where}: ${msg(err)}`, fix: 'check the Redis server log' });
  } finally {
    redis.disconnect();
  }
  return checks;
}

/** BullMQ loses jobs if Redis evicts keys: https://docs.bullmq.io/guide/going-to-production#max-memory-policy */
async function evictionCheck(redis: Redis, t: number): Promise<DoctorCheck> {
  const name = 'redis eviction policy';
  let policy: string | undefined;
  try {
    const pair = (await withTimeout(redis.config('GET', 'maxmemory-policy'), t, 'redis')) as string[];
    policy = pair[1];
  } catch {
    // Managed Redis often disables CONFIG; INFO memory carries the same setting.
    policy = /maxmemory_policy:(\S+)/.exec(await withTimeout(redis.info('memory'), t, 'redis'))?.[1];
  }
  if (policy === 'noeviction') return { name, status: 'ok', detail: 'maxmemory-policy is noeviction' };
  return {
    name,
    status: 'fail',
    detail: `maxmemory-policy is ${policy ?? 'unknown'}; Redis may evict BullMQ keys and lose jobs`,
    fix: 'set `maxmemory-policy noeviction` in redis.conf (or `redis-cli CONFIG SET maxmemory-policy noeviction`, or start redis-server with --maxmemory-policy noeviction)',
  };
}

/**
 * Without AOF, a Redis restart loses queued jobs (all of them without RDB snapshots, those since
 * the last snapshot with). The reconciler re-queues them from Postgres, but only after a re-drive
 * interval, and retry counts, delays and the failed-job history in the dashboard are gone.
 */
export function judgePersistence(aofEnabled: boolean, rdbSave: string | null): DoctorCheck {
  const name = 'redis persistence';
  if (aofEnabled) return { name, status: 'ok', detail: 'appendonly yes (AOF): queued jobs survive a Redis restart' };
  const lost =
    'the reconciler re-creates the scheduler tick and re-queues every feed item without an article and every article without a story from Postgres (at start, after a reconnect, every RECONCILE_INTERVAL_MS), but retry counts and delays, Retry-After waits and the failed-job history are lost';
  const detail = rdbSave
    ? `no AOF, RDB snapshots only (save ${rdbSave}): a restart loses the jobs queued since the last snapshot; ${lost}`
    : `no persistence (appendonly no, no save points): a restart loses every queued job; ${lost}`;
  return { name, status: 'warn', detail, fix: 'start redis-server with --appendonly yes (or `appendonly yes` in redis.conf)' };
}

async function persistenceCheck(redis: Redis, t: number): Promise<DoctorCheck> {
  const info = await withTimeout(redis.info('persistence'), t, 'redis');
  const aof = /aof_enabled:1/.test(info);
  let save: string | null = null;
  try {
    const pair = (await withTimeout(redis.config('GET', 'save'), t, 'redis')) as string[];
    save = pair[1]?.trim() || null;
  } catch {
    save = /rdb_last_save_time:\d+/.test(info) ? '(unknown)' : null; // CONFIG disabled (managed Redis)
  }
  return judgePersistence(aof, save);
}

async function diskChecks(paths: string[], optional: string[]): Promise<DoctorCheck[]> {
  const out: DoctorCheck[] = [];
  for (const path of [...new Set([...paths, ...optional])]) {
    try {
      const s = await statfs(path);
      out.push(judgeDisk(path, s.bavail * s.bsize, s.blocks * s.bsize));
    } catch (err) {
      if (!optional.includes(path)) out.push({ name: 'disk', status: 'warn', detail: `${path}: ${msg(err)}` });
    }
  }
  return out;
}

const isLocalDatabase = (url: string): boolean => {
  try {
    const host = new URL(url).hostname;
    return host === '' || host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
  } catch {
    return false;
  }
};

/** Runs every check; the caller prints them and exits 1 if any failed. */
export async function runDoctor(config: Config, opts: DoctorOptions = {}): Promise<DoctorCheck[]> {
  const t = opts.timeoutMs ?? 5000;
  const maxSkew = opts.maxSkewMs ?? 5000;
  const [pg, redis] = await Promise.all([postgresChecks(config, t, maxSkew), redisChecks(config, t, maxSkew)]);
  // The Postgres data directory counts too when the server runs on this machine.
  const dataDir = pg.dataDir && isLocalDatabase(config.databaseUrl) ? [pg.dataDir] : [];
  const disk = await diskChecks(opts.diskPaths ?? [process.cwd()], dataDir);
  return [{ name: 'config', status: 'ok', detail: 'environment valid' }, ...pg.checks, ...redis, ...disk];
}

/** True when no check failed. */
export const doctorOk = (checks: DoctorCheck[]): boolean => checks.every((c) => c.status !== 'fail');

/**
 * The only reader of process.env. `loadConfig` validates every key at once and throws a
 * PipelineError('config_invalid') that lists each bad key, so one start-up shows all mistakes.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { FEATURE_CACHE_ENTRIES } from './dedupe/feature-cache.js';
import { PipelineError } from './errors.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  databaseUrl: string;
  redisUrl: string;
  /** BullMQ key prefix; tests use a unique one per run. */
  queuePrefix: string;
  concurrency: { poll: number; fetch: number; dedupe: number };
  /** Processes `wirehouse start` runs: itself and workers-1 supervised `worker` processes (default: one per two cores). */
  workers: number;
  /** Worker threads per process that prepare fetched pages (decode, extract, dedupe keys); 0: on the event loop (default: 1 with two cores or more). */
  extractThreads: number;
  /**
   * Articles whose dedupe comparison features a process keeps, least recently used out (~18-22 kB
   * each, so ~90 MB at the default): a story's members are candidates of many lookups. 0 keeps none.
   */
  featureCacheEntries: number;
  /**
   * How long a worker's lock on a job lasts without renewal, and how often workers look for jobs
   * whose lock lapsed (their process died): such a job goes back to waiting and runs again.
   */
  jobLockMs: number;
  /**
   * Job retries: attempts and the exponential back-off (base doubled per attempt, capped). The
   * defaults span about 40 minutes, longer than a site's short outage; the reconciler takes over after.
   * A job whose process died (stalled) goes back to waiting up to `maxStalledCount` times.
   */
  jobs: { attempts: number; backoffBaseMs: number; backoffMaxMs: number; maxStalledCount: number };
  /**
   * The reconciler (Postgres is the source of truth): how often it runs, and each item's own
   * re-drive back-off (base * 3^n up to max), after `maxRedrives` the item is failed for good.
   */
  reconcile: { intervalMs: number; backoffBaseMs: number; backoffMaxMs: number; maxRedrives: number; graceMs: number; batch: number };
  http: {
    userAgent: string;
    connectTimeoutMs: number;
    headersTimeoutMs: number;
    totalTimeoutMs: number;
    maxBytes: number;
    maxRedirects: number;
    /** Hosts (names or IPs) allowed even though they resolve to private/loopback addresses. */
    allowPrivateHosts: string[];
    /** Per-host politeness budget shared by all processes (kept in Redis). */
    hostConcurrency: number;
    hostMinDelayMs: number;
    /**
     * How long a worker may wait in place for a host slot; a longer wait puts the job back in the
     * delayed set so the worker takes another host's page instead.
     */
    hostWaitMs: number;
    obeyRobotsForFeeds: boolean;
    /** How long a robots.txt that answered 5xx/429 blocks its site before it is asked again. */
    robotsErrorTtlMs: number;
  };
  poll: {
    defaultIntervalSeconds: number;
    minIntervalSeconds: number;
    maxIntervalSeconds: number;
    /** How often the scheduler looks for due feeds. */
    tickMs: number;
    /** A claimed feed whose poll job was lost (Redis data loss) is due again after this. */
    leaseSeconds: number;
    /** At most this many new items are recorded per poll of one feed; the rest come with the next poll. */
    maxNewItems: number;
  };
  server: {
    host: string;
    port: number;
    basicAuth: { user: string; password: string } | null;
    /** Host header names accepted (DNS-rebinding guard); empty: loopback names and the bound address. */
    allowedHosts: string[];
    /** Allow a non-loopback bind without basic auth (otherwise `start` refuses). */
    allowOpen: boolean;
  };
  logLevel: LogLevel;
  /** json (one object per line, for collectors) or text (for a terminal); logs go to stderr. */
  logFormat: 'json' | 'text';
  /** Run migrations automatically when the service starts. */
  autoMigrate: boolean;
  /**
   * How long `wirehouse prune` (and the service, every `pruneIntervalMinutes`) keeps raw pages and
   * poll records, in days; 0 keeps them forever. Articles and stories are never pruned.
   */
  retention: { rawPagesDays: number; feedFetchesDays: number; pruneIntervalMinutes: number };
}

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  str(key: string, fallback: string): string {
    const v = this.env[key];
    return v === undefined || v === '' ? fallback : v;
  }

  /**
   * A secret: KEY, or the contents of the file KEY_FILE names (Docker and Kubernetes secrets,
   * systemd credentials), without its trailing newline. Setting both is a mistake.
   */
  secret(key: string): void {
    const path = this.env[`${key}_FILE`];
    if (path === undefined || path === '') return;
    if (this.env[key] !== undefined && this.env[key] !== '') {
      this.problems.push(`${key}_FILE: set ${key} or ${key}_FILE, not both`);
      return;
    }
    try {
      this.env[key] = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      this.problems.push(`${key}_FILE: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
  }

  int(key: string, fallback: number, min: number, max: number): number {
    const raw = this.env[key];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problems.push(`${key}: expected an integer in [${min}, ${max}], got ${JSON.stringify(raw)}`);
      return fallback;
    }
    return n;
  }

  bool(key: string, fallback: boolean): boolean {
    const raw = this.env[key];
    if (raw === undefined || raw === '') return fallback;
    if (/^(1|true|yes|on)$/i.test(raw)) return true;
    if (/^(0|false|no|off)$/i.test(raw)) return false;
    this.problems.push(`${key}: expected true/false, got ${JSON.stringify(raw)}`);
    return fallback;
  }

  url(key: string, fallback: string, protocols: string[]): string {
    const v = this.str(key, fallback);
    try {
      const u = new URL(v);
      if (!protocols.includes(u.protocol)) {
        this.problems.push(`${key}: expected a ${protocols.join(' or ')} URL, got protocol ${u.protocol}`);
      }
    } catch {
      this.problems.push(`${key}: not a valid URL`);
    }
    return v;
  }

  oneOf<T extends string>(key: string, fallback: T, allowed: readonly T[]): T {
    const v = this.str(key, fallback);
    if (!(allowed as readonly string[]).includes(v)) {
      this.problems.push(`${key}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
      return fallback;
    }
    return v as T;
  }

  list(key: string): string[] {
    return this.str(key, '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Settings that may carry a password, so each also reads from KEY_FILE. */
const SECRET_KEYS = ['DATABASE_URL', 'REDIS_URL', 'BASIC_AUTH_PASSWORD'] as const;

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = 'REDACTED';
    return u.toString();
  } catch {
    return 'REDACTED';
  }
}

/** The configuration with passwords replaced (for `wirehouse config` and support requests). */
export function redactedConfig(c: Config): Config {
  return {
    ...c,
    databaseUrl: redactUrl(c.databaseUrl),
    redisUrl: redactUrl(c.redisUrl),
    server: { ...c.server, basicAuth: c.server.basicAuth ? { user: c.server.basicAuth.user, password: 'REDACTED' } : null },
  };
}

/** Reads and validates configuration from `env` (process.env by default). */
/**
 * The default layout of a service on this machine: a process per two cores, each with one thread
 * that prepares pages (decode, extract, dedupe keys). Measured on two cores (issue 16, bench/RESULTS.md):
 * one process with one extraction thread did as much as two processes (76 vs 73 articles/s, 3.1x
 * vs 2.9x the naive pipeline in the same rounds) on a tenth less Node CPU and a third less memory: each
 * process warms all of its code (JIT), a thread only the extractor; two processes with a thread
 * each oversubscribed the cores (68/s).
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return Math.max(1, Math.floor(cores / 2));
}

export function defaultExtractThreads(cores = availableParallelism()): number {
  return cores >= 2 ? 1 : 0;
}

export function loadConfig(env: Env = process.env): Config {
  // A copy: secrets read from *_FILE are filled in without touching the caller's environment.
  const r = new Reader({ ...env });
  for (const key of SECRET_KEYS) r.secret(key);
  const basicUser = r.str('BASIC_AUTH_USER', '');
  const basicPassword = r.str('BASIC_AUTH_PASSWORD', '');
  if ((basicUser === '') !== (basicPassword === '')) {
    r.problems.push('BASIC_AUTH_USER/BASIC_AUTH_PASSWORD: set both or neither');
  }
  const config: Config = {
    databaseUrl: r.url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/wirehouse', ['postgres:', 'postgresql:']),
    redisUrl: r.url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    queuePrefix: r.str('QUEUE_PREFIX', 'wirehouse'),
    concurrency: {
      poll: r.int('POLL_CONCURRENCY', 4, 1, 256),
      fetch: r.int('FETCH_CONCURRENCY', 8, 1, 256),
      dedupe: r.int('DEDUPE_CONCURRENCY', 4, 1, 256),
    },
    workers: r.int('WORKERS', defaultWorkers(), 1, 256),
    extractThreads: r.int('EXTRACT_THREADS', defaultExtractThreads(), 0, 64),
    featureCacheEntries: r.int('FEATURE_CACHE_ENTRIES', FEATURE_CACHE_ENTRIES, 0, 1_000_000),
    jobLockMs: r.int('JOB_LOCK_MS', 30_000, 1000, 600_000),
    jobs: {
      attempts: r.int('JOB_ATTEMPTS', 10, 1, 100),
      backoffBaseMs: r.int('JOB_BACKOFF_BASE_MS', 5_000, 10, 3_600_000),
      backoffMaxMs: r.int('JOB_BACKOFF_MAX_MS', 3_600_000, 10, 86_400_000),
      maxStalledCount: r.int('JOB_MAX_STALLED', 20, 1, 1000),
    },
    reconcile: {
      intervalMs: r.int('RECONCILE_INTERVAL_MS', 60_000, 100, 86_400_000),
      backoffBaseMs: r.int('REDRIVE_BACKOFF_BASE_MS', 300_000, 10, 86_400_000),
      backoffMaxMs: r.int('REDRIVE_BACKOFF_MAX_MS', 86_400_000, 10, 30 * 86_400_000),
      maxRedrives: r.int('REDRIVE_MAX', 10, 1, 1000),
      graceMs: r.int('REDRIVE_GRACE_MS', 60_000, 0, 86_400_000),
      batch: r.int('REDRIVE_BATCH', 1000, 1, 100_000),
    },
    http: {
      userAgent: r.str('USER_AGENT', 'wirehouse/0.1 (+https://github.com/wirehouse/wirehouse)'),
      connectTimeoutMs: r.int('HTTP_CONNECT_TIMEOUT_MS', 10_000, 100, 600_000),
      headersTimeoutMs: r.int('HTTP_HEADERS_TIMEOUT_MS', 15_000, 100, 600_000),
      totalTimeoutMs: r.int('HTTP_TOTAL_TIMEOUT_MS', 30_000, 100, 600_000),
      maxBytes: r.int('HTTP_MAX_BYTES', 5 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
      maxRedirects: r.int('HTTP_MAX_REDIRECTS', 5, 0, 20),
      allowPrivateHosts: r.list('ALLOW_PRIVATE_HOSTS'),
      hostConcurrency: r.int('HOST_CONCURRENCY', 2, 1, 64),
      hostMinDelayMs: r.int('HOST_MIN_DELAY_MS', 1000, 0, 600_000),
      hostWaitMs: r.int('HOST_WAIT_MS', 250, 0, 600_000),
      obeyRobotsForFeeds: r.bool('ROBOTS_FOR_FEEDS', false),
      robotsErrorTtlMs: r.int('ROBOTS_ERROR_TTL_MS', 600_000, 100, 86_400_000),
    },
    poll: {
      defaultIntervalSeconds: r.int('POLL_INTERVAL_SECONDS', 900, 1, 7 * 86400),
      minIntervalSeconds: r.int('POLL_MIN_INTERVAL_SECONDS', 120, 1, 7 * 86400),
      maxIntervalSeconds: r.int('POLL_MAX_INTERVAL_SECONDS', 6 * 3600, 1, 30 * 86400),
      tickMs: r.int('SCHEDULER_TICK_MS', 5000, 100, 3_600_000),
      leaseSeconds: r.int('POLL_LEASE_SECONDS', 600, 1, 86_400),
      maxNewItems: r.int('POLL_MAX_NEW_ITEMS', 500, 1, 1_000_000),
    },
    server: {
      host: r.str('HOST', '127.0.0.1'),
      port: r.int('PORT', 3000, 0, 65535),
      basicAuth: basicUser && basicPassword ? { user: basicUser, password: basicPassword } : null,
      allowedHosts: r.list('DASHBOARD_HOSTS'),
      allowOpen: r.bool('DASHBOARD_ALLOW_OPEN', false),
    },
    logLevel: r.oneOf('LOG_LEVEL', 'info', LOG_LEVELS),
    logFormat: r.oneOf('LOG_FORMAT', 'json', ['json', 'text'] as const),
    autoMigrate: r.bool('AUTO_MIGRATE', true),
    retention: {
      // Raw pages are for replaying extraction after an extractor fix: a month covers a release cycle.
      rawPagesDays: r.int('RAW_PAGES_RETENTION_DAYS', 30, 0, 36500),
      feedFetchesDays: r.int('FEED_FETCHES_RETENTION_DAYS', 30, 0, 36500),
      pruneIntervalMinutes: r.int('PRUNE_INTERVAL_MINUTES', 60, 1, 7 * 1440),
    },
  };
  if (config.poll.minIntervalSeconds > config.poll.maxIntervalSeconds) {
    r.problems.push('POLL_MIN_INTERVAL_SECONDS: must not exceed POLL_MAX_INTERVAL_SECONDS');
  }
  if (r.problems.length > 0) {
    throw new PipelineError('config_invalid', `config: ${r.problems.length} invalid setting(s):\n  ${r.problems.join('\n  ')}`, {
      context: { problems: r.problems },
    });
  }
  return config;
}

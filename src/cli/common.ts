/** Shared helpers of the CLI commands. Exit codes: 0 ok, 1 failure, 2 usage. */
import { readFileSync } from 'node:fs';
import type { Deps } from '../app/deps.js';
import { loadConfig, redactedConfig, type Config } from '../config.js';
import { createDb, type Db } from '../db/db.js';
import { createLogger, type Logger } from '../logger.js';
import { createRuntime, prepareDatabase } from '../runtime.js';

/** A usage mistake (bad argument): exit code 2. */
export class UsageError extends Error {}

/** The named thing (feed, article) does not exist: a failure (exit code 1), not a usage mistake. */
export class NotFoundError extends Error {}

/** A file argument's bytes; a missing path or a directory is a usage mistake (exit 2), not a raw ENOENT. */
export function readInputFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new UsageError(`not a file: ${file}`);
    throw err;
  }
}

export function config(): Config {
  return loadConfig();
}

/** Errors of a Postgres that is not there (not started, wrong host or port), not of a query. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Creates and migrates the database for a command; a Postgres that cannot be reached is said so,
 * with its address (password redacted), instead of a bare `connect ECONNREFUSED 127.0.0.1:5432`.
 */
async function prepareForCommand(cfg: Config, log: Logger): Promise<void> {
  try {
    await prepareDatabase(cfg, log);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!code || !UNREACHABLE.has(code)) throw err;
    const reason = (err as Error).message || code;
    throw new Error(
      `postgres at ${redactedConfig(cfg).databaseUrl} is not reachable: ${reason} (check DATABASE_URL and that Postgres runs; \`wirehouse doctor\` checks the setup)`,
      { cause: err },
    );
  }
}

/** Opens the database (created and migrated if needed) for one command. */
export async function withDb<T>(fn: (db: Db, cfg: Config) => Promise<T>): Promise<T> {
  const cfg = config();
  await prepareForCommand(cfg, createLogger('warn', {}, cfg.logFormat));
  const db = createDb(cfg.databaseUrl, { max: 4 });
  try {
    return await fn(db, cfg);
  } finally {
    await db.destroy();
  }
}

/**
 * Runs a one-shot command that does pipeline work (`feeds add` discovery, `feeds poll`,
 * `backfill`) on the same runtime as the service: its fetcher shares the Redis host budget, so a
 * command running beside the service never doubles the request rate to a site, and new work goes
 * to the service's queues. No workers start here.
 */
export async function withRuntime<T>(fn: (deps: Deps, cfg: Config) => Promise<T>): Promise<T> {
  const cfg = config();
  const log = createLogger(cfg.logLevel === 'info' ? 'warn' : cfg.logLevel, {}, cfg.logFormat);
  await prepareForCommand(cfg, log);
  // A command has no delayed set to go back to: it waits for a busy host's slot up to a minute.
  const rt = createRuntime(cfg, [], { log, hostWaitMs: 60_000, dbPoolSize: 4 });
  try {
    return await fn(rt.deps, cfg);
  } finally {
    await rt.close();
  }
}

export function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name}: expected a positive integer, got ${JSON.stringify(v)}`);
  return n;
}

/** A TCP port: an integer from 0 (any free port) to 65535. */
export function portNumber(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new UsageError(`${name}: expected an integer from 0 to 65535, got ${JSON.stringify(v)}`);
  return n;
}

export function checkUrl(url: string): void {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
  } catch {
    throw new UsageError(`not an http(s) URL: ${url}`);
  }
}

/**
 * Starts a long-running process and runs it until SIGTERM/SIGINT, then closes it gracefully
 * (in-flight jobs finish). The signal handlers are in place before `start` begins: the HTTP server
 * answers before Redis is reachable, so a signal can come while the workers are still starting.
 * The start then gets a few seconds to finish (and is closed); if Redis or Postgres never answer,
 * nothing is in flight and the process exits.
 */
const START_GRACE_MS = 10_000;

export async function serveUntilSignal(start: () => Promise<{ close(): Promise<void> }>): Promise<void> {
  let signalled!: () => void;
  const stopped = new Promise<'signal'>((resolve) => (signalled = () => resolve('signal')));
  process.once('SIGTERM', signalled);
  process.once('SIGINT', signalled);
  const starting = start();
  const first = await Promise.race([starting, stopped]);
  let svc = first === 'signal' ? null : first;
  if (!svc) {
    const late = await Promise.race([starting, new Promise<null>((r) => setTimeout(() => r(null), START_GRACE_MS))]);
    if (!late) {
      process.stderr.write('stopped before the service finished starting (Redis or Postgres not reachable?)\n');
      process.exit(0);
    }
    svc = late;
  }
  await stopped;
  await svc.close();
}

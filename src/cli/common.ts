/** Shared helpers of the CLI commands. Exit codes: 0 ok, 1 failure, 2 usage. */
import { loadConfig, type Config } from '../config.js';
import { createDb, type Db } from '../db/db.js';
import { createLogger } from '../logger.js';
import { prepareDatabase } from '../service.js';

/** A usage mistake (bad argument): exit code 2. */
export class UsageError extends Error {}

/** The named thing (feed, article) does not exist: a failure (exit code 1), not a usage mistake. */
export class NotFoundError extends Error {}

export function config(): Config {
  return loadConfig();
}

/** Opens the database (created and migrated if needed) for one command. */
export async function withDb<T>(fn: (db: Db, cfg: Config) => Promise<T>): Promise<T> {
  const cfg = config();
  await prepareDatabase(cfg, createLogger('warn', {}, cfg.logFormat));
  const db = createDb(cfg.databaseUrl, { max: 4 });
  try {
    return await fn(db, cfg);
  } finally {
    await db.destroy();
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
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`${name}: expected an integer from 0 to 65535, got ${JSON.stringify(v)}`);
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
 * Resolves on the first SIGTERM/SIGINT. Call it before starting a service: a signal that arrives
 * while the service starts then stops it cleanly once started, instead of killing the process
 * (Node's default for a signal without a listener). A second signal exits at once (130), for a
 * start-up that hangs on an unreachable dependency or a stop that takes too long.
 */
export function stopSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    let received = 0;
    const stop = () => {
      if (++received > 1) process.exit(130);
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

/** Waits for `signal` (from stopSignal()), then closes gracefully (in-flight jobs finish) and returns. */
export async function runUntilSignal(close: () => Promise<void>, signal: Promise<void>): Promise<void> {
  await signal;
  await close();
}

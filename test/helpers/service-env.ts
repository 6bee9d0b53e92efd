/** Config for a service under test: the fresh database and queue prefix, loopback allowed, quiet logs. */
import { loadConfig, type Config } from '../../src/config.js';
import type { TestEnv } from './fresh-db.js';

export function testConfig(env: TestEnv, extra: Record<string, string> = {}): Config {
  return loadConfig({
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    QUEUE_PREFIX: env.queuePrefix,
    ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    HOST_MIN_DELAY_MS: '0',
    SCHEDULER_TICK_MS: '200',
    HTTP_TOTAL_TIMEOUT_MS: '5000',
    AUTO_MIGRATE: 'false',
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...extra,
  });
}

/** Polls `fn` until it returns a truthy value or the time is up. */
export async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

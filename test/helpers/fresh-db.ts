/**
 * A fresh, migrated database for one test file (cloned from the run's template) and a unique
 * queue prefix, both removed by `cleanup()`.
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import { Redis } from 'ioredis';
import { createDb, dropDatabase, type Db } from '../../src/db/db.js';

export interface TestEnv {
  databaseUrl: string;
  db: Db;
  queuePrefix: string;
  redisUrl: string;
  cleanup(): Promise<void>;
}

export const REDIS_URL = 'redis://127.0.0.1:6379';

export async function freshEnv(): Promise<TestEnv> {
  const server = inject('dbServer');
  const suffix = randomBytes(4).toString('hex');
  const name = `wh_test_${inject('runId')}_${suffix}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  try {
    await admin.query(`create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(inject('templateDb'))}`);
  } finally {
    await admin.end();
  }
  const databaseUrl = `${server}/${name}`;
  const db = createDb(databaseUrl, { max: 10 });
  const queuePrefix = `wh-test-${inject('runId')}-${suffix}`;
  return {
    databaseUrl,
    db,
    queuePrefix,
    redisUrl: REDIS_URL,
    async cleanup() {
      await db.destroy();
      await dropDatabase(databaseUrl);
      await deleteKeys(REDIS_URL, `${queuePrefix}*`);
    },
  };
}

/** Deletes Redis keys matching a pattern (SCAN, never KEYS). */
export async function deleteKeys(redisUrl: string, pattern: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

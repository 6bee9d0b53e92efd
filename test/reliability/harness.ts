/**
 * Shared pieces of the fault suite: a config whose clocks are scaled down (retry windows, lock
 * lifetimes, reconciler and re-drive intervals) so the same code paths run in seconds, and the
 * database assertions every case ends with.
 */
import { expect } from 'vitest';
import { sql } from 'kysely';
import { loadConfig, type Config } from '../../src/config.js';
import type { Db } from '../../src/db/db.js';

/** Scaled settings: seconds where production uses minutes. */
export const SCALED: Readonly<Record<string, string>> = {
  ALLOW_PRIVATE_HOSTS: '127.0.0.0/8',
  HOST_MIN_DELAY_MS: '0',
  SCHEDULER_TICK_MS: '200',
  HTTP_TOTAL_TIMEOUT_MS: '3000',
  HTTP_HEADERS_TIMEOUT_MS: '3000',
  HTTP_CONNECT_TIMEOUT_MS: '1000',
  JOB_LOCK_MS: '2000',
  JOB_ATTEMPTS: '4',
  JOB_BACKOFF_BASE_MS: '200',
  JOB_BACKOFF_MAX_MS: '1000',
  RECONCILE_INTERVAL_MS: '1000',
  REDRIVE_BACKOFF_BASE_MS: '1000',
  REDRIVE_BACKOFF_MAX_MS: '3000',
  REDRIVE_GRACE_MS: '500',
  POLL_LEASE_SECONDS: '3',
  POLL_MIN_INTERVAL_SECONDS: '1',
  ROBOTS_ERROR_TTL_MS: '1000',
  LOG_LEVEL: 'silent',
  PORT: '0',
};

export function scaledConfig(
  target: { databaseUrl: string; redisUrl: string; queuePrefix: string },
  extra: Record<string, string> = {},
): Config {
  return loadConfig({
    DATABASE_URL: target.databaseUrl,
    REDIS_URL: target.redisUrl,
    QUEUE_PREFIX: target.queuePrefix,
    AUTO_MIGRATE: 'false',
    ...SCALED,
    ...extra,
  });
}

export interface StoreState {
  /** All articles in the database (a case may share it with an earlier one). */
  articles: number;
  /** Manifest articles stored. */
  manifestStored: number;
  distinctUrls: number;
  missing: string[];
  itemsWithoutArticle: number;
  storyMembers: number;
  articlesWithoutStory: number;
}

export async function storeState(db: Db, manifest: string[]): Promise<StoreState> {
  const { rows } = await sql<{ url: string; n: number }>`select url, count(*)::int as n from articles group by url`.execute(db);
  const stored = new Set(rows.map((r) => r.url));
  const counts = await sql<{ a: number; i: number; m: number; w: number }>`
    select (select count(*) from articles)::int as a,
           (select count(*) from feed_items where article_id is null and url = any(${manifest}))::int as i,
           (select count(*) from story_members)::int as m,
           (select count(*) from articles_without_story)::int as w`.execute(db);
  const c = counts.rows[0]!;
  return {
    articles: c.a,
    manifestStored: manifest.length - manifest.filter((u) => !stored.has(u)).length,
    distinctUrls: stored.size,
    missing: manifest.filter((u) => !stored.has(u)),
    itemsWithoutArticle: c.i,
    storyMembers: c.m,
    articlesWithoutStory: c.w,
  };
}

/** Waits until every manifest article is stored and in a story; returns the milliseconds it took. */
export async function waitAllStored(db: Db, manifest: string[], timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  let last: StoreState | null = null;
  while (Date.now() - t0 < timeoutMs) {
    last = await storeState(db, manifest).catch(() => last);
    if (last && last.missing.length === 0 && last.articlesWithoutStory === 0 && last.storyMembers >= manifest.length)
      return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `not all stored after ${timeoutMs} ms: ${JSON.stringify({ ...last, missing: last?.missing.slice(0, 5), missingCount: last?.missing.length })}`,
  );
}

/** Every manifest article stored exactly once, linked from its feed item, in exactly one story. */
export async function expectStoredExactlyOnce(db: Db, manifest: string[], alsoStored = 0): Promise<void> {
  const s = await storeState(db, manifest);
  expect(s.missing).toEqual([]);
  expect(s.articles).toBe(manifest.length + alsoStored);
  expect(s.distinctUrls).toBe(s.articles);
  expect(s.itemsWithoutArticle).toBe(0);
  expect(s.storyMembers).toBe(s.articles);
  expect(s.articlesWithoutStory).toBe(0);
}

/** One line per measured figure, collected in the test output (and the README's table). */
export function report(caseName: string, figures: Record<string, number | string>): void {
  console.log(
    `[reliability] ${caseName}: ${Object.entries(figures)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
}

/**
 * The series an alert needs: build info, when the last article was stored, and how long the
 * oldest job has waited per queue, read from the real Postgres and Redis at scrape time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/ops/metrics.js';
import { QUEUE } from '../../../src/queues.js';
import { openQueues, redisConnection, type Queues } from '../../../workers/bullmq.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testConfig } from '../../helpers/service-env.js';
import { parseExposition } from './prom-text.js';

let env: TestEnv;
let queues: Queues;
let redis: ReturnType<typeof redisConnection>;
const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string };

beforeAll(async () => {
  env = await freshEnv();
  redis = redisConnection(env.redisUrl);
  queues = openQueues(redis, env.queuePrefix, testConfig(env));
});
afterAll(async () => {
  await queues?.close();
  redis?.disconnect();
  await env?.cleanup();
});

async function scrape() {
  const metrics = createMetrics({ db: env.db, queues: queues.byName, processMetrics: false });
  return parseExposition(await metrics.render());
}

describe('freshness metrics', () => {
  it('build info, and 0 for the last article and the queue ages of an empty store', async () => {
    const prom = await scrape();
    expect(prom.find('wirehouse_build_info')).toEqual([
      { name: 'wirehouse_build_info', labels: { version: pkg.version, node_version: process.version }, value: 1 },
    ]);
    expect(prom.sum('wirehouse_last_article_stored_timestamp_seconds')).toBe(0);
    expect(prom.sum('wirehouse_queue_oldest_waiting_age_seconds', { queue: QUEUE.fetchArticle })).toBe(0);
  });

  it("the newest article's first_seen_at, and the age of the oldest waiting job per queue", async () => {
    await sql`insert into articles (canonical_url, url, url_key, host, content_hash, extractor, first_seen_at)
              values ('https://a.example/1', 'https://a.example/1', 'a.example/1', 'a.example', 'h1', 't', '2026-11-30T10:00:00Z'),
                     ('https://a.example/2', 'https://a.example/2', 'a.example/2', 'a.example', 'h2', 't', '2026-11-30T12:00:00Z')`.execute(
      env.db,
    );
    await queues.enqueuer.fetchArticles([{ url: 'https://a.example/old' }]);
    await new Promise((r) => setTimeout(r, 1200));
    await queues.enqueuer.fetchArticles([{ url: 'https://a.example/new' }]);
    const prom = await scrape();
    expect(prom.sum('wirehouse_last_article_stored_timestamp_seconds')).toBe(Date.parse('2026-11-30T12:00:00Z') / 1000);
    const age = prom.sum('wirehouse_queue_oldest_waiting_age_seconds', { queue: QUEUE.fetchArticle });
    expect(age).toBeGreaterThanOrEqual(1.2);
    expect(age).toBeLessThan(30);
    expect(prom.sum('wirehouse_queue_oldest_waiting_age_seconds', { queue: QUEUE.dedupe })).toBe(0);
  });
});

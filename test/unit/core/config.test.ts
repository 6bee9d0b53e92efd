import { describe, expect, it } from 'vitest';
import { defaultExtractThreads, defaultWorkers, loadConfig, redactedConfig } from '../../../src/config.js';
import { isPipelineError } from '../../../src/errors.js';

describe('loadConfig', () => {
  it('has defaults that work on a local Postgres and Redis', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/wirehouse');
    expect(c.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(c.server).toMatchObject({ host: '127.0.0.1', port: 3000, basicAuth: null });
    expect(c.http.allowPrivateHosts).toEqual([]);
  });

  it('reads every key it documents', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgresql://u@db:5432/x',
      REDIS_URL: 'rediss://r:6380',
      QUEUE_PREFIX: 'p',
      FETCH_CONCURRENCY: '3',
      ALLOW_PRIVATE_HOSTS: '127.0.0.1, LocalHost',
      ROBOTS_FOR_FEEDS: 'yes',
      PORT: '0',
      BASIC_AUTH_USER: 'a',
      BASIC_AUTH_PASSWORD: 'b',
      LOG_LEVEL: 'debug',
    });
    expect(c).toMatchObject({
      databaseUrl: 'postgresql://u@db:5432/x',
      redisUrl: 'rediss://r:6380',
      queuePrefix: 'p',
      concurrency: { fetch: 3 },
      http: { allowPrivateHosts: ['127.0.0.1', 'localhost'], obeyRobotsForFeeds: true },
      server: { port: 0, basicAuth: { user: 'a', password: 'b' } },
      logLevel: 'debug',
    });
  });

  it('fails listing every bad key at once', () => {
    let err: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', FETCH_CONCURRENCY: '0', LOG_LEVEL: 'loud', BASIC_AUTH_USER: 'a' });
    } catch (e) {
      err = e;
    }
    expect(isPipelineError(err)).toBe(true);
    const msg = (err as Error).message;
    for (const key of ['DATABASE_URL', 'PORT', 'FETCH_CONCURRENCY', 'LOG_LEVEL', 'BASIC_AUTH_USER']) expect(msg).toContain(key);
    expect((err as { code: string }).code).toBe('config_invalid');
  });
});

describe('redactedConfig', () => {
  it('hides the passwords in URLs and basic auth, and nothing else', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://wh:s3cret@db:5432/wh',
      REDIS_URL: 'redis://:r3dis@r:6379/0',
      BASIC_AUTH_USER: 'ops',
      BASIC_AUTH_PASSWORD: 'pw',
    });
    const r = redactedConfig(c);
    expect(r.databaseUrl).toBe('postgres://wh:REDACTED@db:5432/wh');
    expect(r.redisUrl).toBe('redis://:REDACTED@r:6379/0');
    expect(r.server.basicAuth).toEqual({ user: 'ops', password: 'REDACTED' });
    expect(JSON.stringify(r)).not.toMatch(/s3cret|r3dis|"pw"/);
    expect({ ...r, databaseUrl: c.databaseUrl, redisUrl: c.redisUrl, server: c.server }).toEqual(c);
    expect(redactedConfig(loadConfig({})).databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/wirehouse');
  });
});

describe('the default layout of processes and extraction threads', () => {
  it('is a process per two cores, each with one extraction thread; one core keeps everything on the event loop', () => {
    expect([1, 2, 3, 4, 8].map((c) => [defaultWorkers(c), defaultExtractThreads(c)])).toEqual([
      [1, 0],
      [1, 1],
      [1, 1],
      [2, 1],
      [4, 1],
    ]);
  });

  it('FEATURE_CACHE_ENTRIES: 5000 by default, 0 allowed, bounded', () => {
    expect(loadConfig({}).featureCacheEntries).toBe(5000);
    expect(loadConfig({ FEATURE_CACHE_ENTRIES: '0' }).featureCacheEntries).toBe(0);
    expect(() => loadConfig({ FEATURE_CACHE_ENTRIES: '-1' })).toThrow(/FEATURE_CACHE_ENTRIES/);
  });

  it('EXTRACT_THREADS and WORKERS override it, within bounds', () => {
    const c = loadConfig({ EXTRACT_THREADS: '0', WORKERS: '3' });
    expect([c.extractThreads, c.workers]).toEqual([0, 3]);
    expect(() => loadConfig({ EXTRACT_THREADS: '-1' })).toThrow(/EXTRACT_THREADS/);
  });
});

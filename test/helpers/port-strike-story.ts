/**
 * A story stored the way the pipeline stores it, for tests that query what users query: articles
 * written by the real upsert and placed by the real dedupe job. `portStrikeStory` is the Xinhua
 * port-strike story with two reposts (People's Daily Online with its web-editor trailer, China
 * Daily trimmed), the shape of the README's example.
 */
import { upsertArticle } from '../../src/db/articles.repo.js';
import { articleInput } from '../../src/app/article-input.js';
import type { Deps } from '../../src/app/deps.js';
import { loadConfig } from '../../src/config.js';
import type { Article } from '../../src/domain.js';
import { createLogger } from '../../src/logger.js';
import { dedupeArticle } from '../../workers/dedupe.js';
import { PORT_STRIKE, TRANSFORMS, body } from '../unit/dedupe/texts.js';
import type { TestEnv } from './fresh-db.js';

/** An extracted article with the given text and time; `extra` sets the rest (site, agency, title ...). */
export function testArticle(url: string, text: string, at: string, extra: Partial<Article> = {}): Article {
  return {
    title: 't',
    body: text,
    html: '',
    authors: [],
    agency: [],
    sources: [],
    dateline: null,
    editors: [],
    site: null,
    language: 'en',
    publishedAt: new Date(at),
    publishedPrecision: null,
    timeZoneAssumed: null,
    updatedAt: null,
    canonicalUrl: url,
    leadImage: null,
    wordCount: text.split(/\s+/).length,
    extractor: 'test',
    ...extra,
  };
}

export interface Ingester {
  /** Article ids by the names they were ingested under. */
  ids: Record<string, number>;
  /** Upserts the article and, unless `dedupe` is false, runs the dedupe job on it. */
  ingest(name: string, a: Article, dedupe?: boolean): Promise<void>;
}

export function createIngester(env: TestEnv): Ingester {
  const deps: Deps = {
    config: loadConfig({ DATABASE_URL: env.databaseUrl, QUEUE_PREFIX: env.queuePrefix, LOG_LEVEL: 'silent' }),
    db: env.db,
    fetcher: { fetch: () => Promise.reject(new Error('no fetch here')) },
    log: createLogger('silent'),
    now: () => new Date(),
    enqueue: { pollFeeds: async () => {}, fetchArticles: async () => {}, dedupe: async () => {} },
  };
  const ids: Record<string, number> = {};
  return {
    ids,
    async ingest(name, a, dedupe = true) {
      const stored = await upsertArticle(env.db, articleInput(a, { url: a.canonicalUrl, fetchedAt: new Date() }));
      ids[name] = stored.id;
      if (dedupe) await dedupeArticle(deps, { articleId: stored.id, version: stored.version });
    },
  };
}

/** Ingests the port-strike story as `xinhua`, `people` and `cd`; `extra` goes on every copy. */
export async function portStrikeStory(ingester: Ingester, extra: Partial<Article> = {}): Promise<void> {
  const copy = (url: string, text: string, at: string, site: string) => testArticle(url, text, at, { site, agency: ['Xinhua'], ...extra });
  await ingester.ingest('xinhua', copy('https://english.news.cn/20260310/a1/c.html', body(PORT_STRIKE), '2026-03-10T03:00:00Z', 'Xinhua'));
  await ingester.ingest(
    'people',
    copy(
      'https://en.people.cn/n3/2026/0310/c90000-1.html',
      TRANSFORMS['credit-webeditor']!(PORT_STRIKE),
      '2026-03-10T03:02:00Z',
      "People's Daily Online",
    ),
  );
  await ingester.ingest(
    'cd',
    copy('https://www.chinadaily.com.cn/a/202603/10/WS1.html', TRANSFORMS.trim50!(PORT_STRIKE), '2026-03-10T03:10:00Z', 'China Daily'),
  );
}

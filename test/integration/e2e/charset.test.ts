/**
 * Pages arrive as bytes: a GB2312-labelled people.com.cn page (served as GBK bytes, charset only in
 * its <meta>) and a windows-1251 tass.ru page (charset only in the HTTP header) are fetched,
 * decoded, extracted and stored as correct text.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { createLogger } from '../../../src/logger.js';
import { fetcherFromConfig } from '../../../src/runtime.js';
import type { Deps } from '../../../src/app/deps.js';
import { fetchArticle } from '../../../workers/fetch-article.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testConfig } from '../../helpers/service-env.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'html');
const pages: Record<string, { file: string; bytes: Buffer; contentType: string }> = {
  '/gbk.html': { file: 'people.com.cn-rail_zh.html', bytes: Buffer.alloc(0), contentType: 'text/html' },
  '/cp1251.html': { file: 'tass.ru-economy_ru.html', bytes: Buffer.alloc(0), contentType: 'text/html; charset=windows-1251' },
};
pages['/gbk.html']!.bytes = iconv.encode(readFileSync(join(FIXTURES, pages['/gbk.html']!.file), 'utf8'), 'gbk');
pages['/cp1251.html']!.bytes = iconv.encode(
  readFileSync(join(FIXTURES, pages['/cp1251.html']!.file), 'utf8').replace(/charset=["']?utf-8["']?/gi, ''),
  'win1251',
);

let env: TestEnv;
let server: Server;
let base: string;
let deps: Deps;

beforeAll(async () => {
  env = await freshEnv();
  server = createServer((req, res) => {
    const p = pages[req.url ?? ''];
    if (!p) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': p.contentType }).end(p.bytes);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = testConfig(env);
  deps = {
    config,
    db: env.db,
    fetcher: fetcherFromConfig(config, undefined),
    log: createLogger('silent'),
    now: () => new Date(),
    enqueue: { pollFeeds: async () => {}, fetchArticles: async () => {}, dedupe: async () => {} },
  };
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await env?.cleanup();
});

describe('page bytes -> stored text', () => {
  it.each(Object.keys(pages))('%s is stored exactly as the UTF-8 original extracts', async (path) => {
    const { articleId } = await fetchArticle(deps, { url: base + path });
    const row = await env.db
      .selectFrom('articles')
      .select(['title', 'body', 'language'])
      .where('id', '=', articleId)
      .executeTakeFirstOrThrow();
    const original = extractArticle(readFileSync(join(FIXTURES, pages[path]!.file), 'utf8'), base + path);
    expect(row.body).toBe(original.body);
    expect(row.title).toBe(original.title);
    expect(row.body).not.toMatch(/[\uFFFD]|Ã|Ð/); // no replacement characters or mojibake
    expect(row.language).toBe(path === '/gbk.html' ? 'zh' : 'ru');
  });
});

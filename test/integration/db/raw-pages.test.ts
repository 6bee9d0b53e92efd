/** Raw pages are kept gzip'd: as they arrived when they came gzip'd, else compressed here. */
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayPages, saveRawPage } from '../../../src/db/articles.repo.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
beforeAll(async () => {
  env = await freshEnv();
});
afterAll(async () => env?.cleanup());

const page = (n: number) => Buffer.from(`<!doctype html><title>${n}</title>${'<p>wire text</p>'.repeat(50 + n)}`);
const input = (url: string, body: Buffer) => ({
  url,
  finalUrl: url,
  httpStatus: 200,
  headers: {},
  contentType: 'text/html',
  body,
  bodySha256: `sha-${url}`,
});

describe('saveRawPage', () => {
  it('stores the gzip the page arrived in byte for byte', async () => {
    const body = page(1);
    const wire = gzipSync(body, { level: 1 }); // not what this process would produce at the default level
    const id = await saveRawPage(env.db, { ...input('http://a.example/1', body), bodyGzip: wire });
    const row = await env.db.selectFrom('raw_pages').select(['body_gzip', 'bytes']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(Buffer.from(row.body_gzip).equals(wire)).toBe(true);
    expect(row.bytes).toBe(body.length);
  });

  it('compresses a page that arrived uncompressed, and replay gives back both bodies', async () => {
    const body = page(2);
    const id = await saveRawPage(env.db, input('http://a.example/2', body));
    const row = await env.db.selectFrom('raw_pages').select(['body_gzip']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(gunzipSync(row.body_gzip).equals(body)).toBe(true);
    const replayed = new Map<string, Buffer>();
    for await (const p of replayPages(env.db, {})) replayed.set(p.url, p.body);
    expect(replayed.get('http://a.example/1')?.equals(page(1))).toBe(true);
    expect(replayed.get('http://a.example/2')?.equals(body)).toBe(true);
  });
});

/**
 * The page-preparation pool (src/app/prepare-pool.ts) against the inline path: the same bytes give
 * the same upsert input in a worker thread, an extraction error keeps its class, code and
 * retryability across the thread boundary, a thread that dies fails only its own pages (retryable)
 * and is replaced, and a closed pool refuses work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PreparePool } from '../../../src/app/prepare-pool.js';
import { preparePage, type PageToPrepare } from '../../../src/app/prepare-page.js';
import { isPipelineError } from '../../../src/errors.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lawmakers agree on a budget - Example News</title></head><body><article><h1>Lawmakers agree on a budget</h1>
<p>MOSCOW, May 15 (Xinhua) -- The parliament approved the spending plan late on Tuesday after weeks of negotiations between the parties.</p>
<p>The plan raises spending on schools and hospitals and cuts taxes for families with low incomes, officials said in a statement.</p>
<p>Opposition leaders criticised the deal, saying it would leave the country with a larger deficit next year.</p></article></body></html>`;
const page = (html: string, extra: Partial<PageToPrepare> = {}): PageToPrepare => ({
  finalUrl: 'https://news.example.com/world/2024/05/15/budget',
  body: new TextEncoder().encode(html),
  contentType: 'text/html; charset=utf-8',
  fetchedAt: new Date('2024-05-15T10:00:00Z'),
  ...extra,
});

const pool = new PreparePool(2);
afterAll(() => pool.close());

describe('PreparePool', () => {
  it('gives what the inline path gives, for a page and for a real-world page in another charset', async () => {
    expect(await pool.prepare(page(ARTICLE))).toEqual(preparePage(page(ARTICLE)));
    const zh = readFileSync(join(FIXTURES, 'html', 'people.com.cn-rail_zh.html'));
    const p = page('', { body: zh, contentType: 'text/html', finalUrl: 'http://world.people.com.cn/n1/2024/0515/c1002-40236123.html' });
    const threaded = await pool.prepare(p);
    expect(threaded).toEqual(preparePage(p));
    expect(threaded.input.article.language).toBe('zh');
  });

  it('keeps an extraction error typed across the thread boundary', async () => {
    const err = await pool.prepare(page('<html><body><nav>Home</nav></body></html>')).catch((e: unknown) => e);
    expect(isPipelineError(err)).toBe(true);
    expect((err as { code: string }).code).toBe('no_article');
    expect((err as { retryable: boolean }).retryable).toBe(false);
  });

  it('spreads pages over its threads and answers each page with its own result', async () => {
    const titles = ['One budget', 'Two budgets', 'Three budgets', 'Four budgets', 'Five budgets', 'Six budgets'];
    const out = await Promise.all(titles.map((t) => pool.prepare(page(ARTICLE.replaceAll('Lawmakers agree on a budget', t)))));
    expect(out.map((o) => o.input.article.title)).toEqual(titles);
  });

  it('a thread that dies fails its pages as retryable, and a new thread takes its place', async () => {
    const solo = new PreparePool(1);
    try {
      const inFlight = solo.prepare(page(ARTICLE));
      await (solo as unknown as { slots: Array<{ worker: { terminate(): Promise<number> } }> }).slots[0]!.worker.terminate();
      const err = await inFlight.catch((e: unknown) => e);
      expect(isPipelineError(err) && err.code === 'internal' && err.retryable).toBe(true);
      expect((await solo.prepare(page(ARTICLE))).input.article.title).toBe('Lawmakers agree on a budget');
    } finally {
      await solo.close();
    }
  });

  it('stops a thread that takes longer than the cap, failing its pages as retryable', async () => {
    // 1 ms: no thread answers that fast (it is still loading the extractor), so the cap's path runs.
    const hasty = new PreparePool(1, 1);
    try {
      const err = await hasty.prepare(page(ARTICLE)).catch((e: unknown) => e);
      expect(isPipelineError(err) && err.code === 'internal' && err.retryable).toBe(true);
      expect((err as Error).message).toMatch(/timed out after 1 ms on https:\/\/news\.example\.com/);
    } finally {
      await hasty.close();
    }
  });

  it('refuses work once closed', async () => {
    const p = new PreparePool(1);
    await p.close();
    await expect(p.prepare(page(ARTICLE))).rejects.toThrow(/closed/);
  });
});

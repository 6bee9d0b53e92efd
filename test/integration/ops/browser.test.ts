/**
 * The dashboard and status page in a real browser (the Chromium build that ships inside the
 * @sparticuz/chromium npm package, driven by playwright-core) after an ingest: the queue names and the numbers must be on screen. Screenshots go to
 * test-artifacts/; docs/img/ (the README's copies) is refreshed when missing or when
 * UPDATE_DOCS_IMG=1.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../helpers/browser.js';
import { ingest, ROOT, startOpsStack, type OpsStack } from './ops-stack.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const DOCS_IMG = join(ROOT, 'docs', 'img');

let stack: OpsStack;
let browser: Browser;
let page: Page;

async function screenshot(name: string): Promise<void> {
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const doc = join(DOCS_IMG, `${name}.png`);
  if (process.env.UPDATE_DOCS_IMG === '1' || !existsSync(doc)) {
    await mkdir(DOCS_IMG, { recursive: true });
    await copyFile(file, doc);
  }
}

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  // the browser comes with `npm ci` (test/helpers/browser.ts): no system Chromium needed
  [stack, browser] = await Promise.all([startOpsStack(), launchChromium()]);
  await ingest(stack);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('in a browser', () => {
  it('the queue dashboard lists the four queues and their failed and completed counts', async () => {
    await page.goto(`${stack.url}/queues`);
    for (const name of ['scheduler', 'poll-feed', 'fetch-article', 'dedupe']) {
      await page.getByText(name, { exact: true }).first().waitFor({ timeout: 10_000 });
    }
    // bull-board's overview cards: queue name, failed count when there are failures, total jobs
    const mainText = async () => (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    await expect.poll(mainText, { timeout: 10_000 }).toMatch(/fetch-article FAILED 2 5 Jobs/i);
    const text = await mainText();
    // The fetch jobs placed their articles in stories themselves: the dedupe queue stayed empty.
    expect(text).not.toMatch(/dedupe [1-9]\d* Jobs/i);
    expect(text).toMatch(/poll-feed 4 Jobs/i);
    await screenshot('dashboard');
  });

  it('the status page shows activity numbers, the failing feed and queue depths', async () => {
    await page.goto(`${stack.url}/`);
    await expect.poll(() => page.locator('[data-cell="articles-hour"]').innerText()).toBe('3');
    expect(await page.locator('[data-cell="stories-day"]').innerText()).toBe('2');
    expect(await page.locator('[data-cell="reposts-day"]').innerText()).toBe('1');
    expect(await page.locator('[data-cell="queue-fetch-article-failed"]').innerText()).toBe('2');
    const body = await page.locator('body').innerText();
    expect(body).toContain('does-not-exist.xml');
    for (const name of ['scheduler', 'poll-feed', 'fetch-article', 'dedupe']) expect(body).toContain(name);
    await screenshot('status');
  });
});

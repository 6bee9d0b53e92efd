/**
 * The soak bench's wire: editions go out on time, feeds list the recent ones, an edition's
 * copies share their text while the same page in another edition reads differently, and pages
 * that were not published (a later edition, a wrong host) are not found.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRollingWire, type RollingWire } from '../../../bench/soak/rolling-wire.js';

const para = (s: string) =>
  `<p>${s} ${'The council said the harbour works would resume on Monday after the storm. '.repeat(3)}港口工程将在风暴过后于周一恢复。</p>`;
const page = (title: string) =>
  `<html><head><title>${title}</title></head><body><h1>${title}</h1>${para('First.')}${para('Second.')}${para('Third.')}${para('Fourth.')}</body></html>`;

/** GET with a Host header, as the service's fetcher sends it for a `.localhost` name. */
function get(port: number, host: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `${host}:${port}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let wire: RollingWire;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wh-rolling-wire-'));
  mkdirSync(join(dir, 'metadata-dev', 'pages'), { recursive: true });
  // One page: every edition carries it, so only the edition's substitution can tell them apart.
  const ids = ['a'];
  for (const id of ids) writeFileSync(join(dir, 'metadata-dev', 'pages', `${id}.html`), page(`Harbour story ${id}`));
  writeFileSync(join(dir, 'metadata-dev', 'truth.jsonl'), ids.map((id) => JSON.stringify({ id, publishedAt: null })).join('\n'));
  wire = await startRollingWire({ dataDir: dir, ratePerSecond: 4, editionSeconds: 1, keepEditions: 3 });
});
afterAll(async () => {
  await wire?.close();
  rmSync(dir, { recursive: true, force: true });
});

const links = async (): Promise<string[]> => {
  const out: string[] = [];
  for (const u of wire.feedUrls) {
    const url = new URL(u);
    const r = await get(wire.port, url.hostname, url.pathname);
    expect(r.status).toBe(200);
    out.push(...[...r.body.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!).filter((l) => l.includes('/e')));
  }
  return out;
};

describe('soak wire', () => {
  it('publishes editions over time and lists only the recent ones', async () => {
    const first = await links();
    // One page in four versions per one-second edition at 4 articles/s.
    expect(first.length).toBeGreaterThanOrEqual(4);
    await new Promise((r) => setTimeout(r, 3200));
    const editions = [...new Set((await links()).map((l) => Number(/\/e(\d+)\//.exec(l)![1])))].sort((a, b) => a - b);
    expect(editions.at(-1)).toBeGreaterThanOrEqual(3);
    expect(editions.length).toBeLessThanOrEqual(3);
    expect(editions[0]).toBeGreaterThan(0);
    expect(wire.published()).toBeGreaterThanOrEqual(16);
  });

  it("serves an edition's copies with one text, and another edition's with another", async () => {
    const byEdition = new Map<string, string[]>();
    for (const l of await links()) {
      const u = new URL(l);
      const r = await get(wire.port, u.hostname, u.pathname);
      expect(r.status).toBe(200);
      const e = /\/e(\d+)\//.exec(l)![1]!;
      const first = /<p>([^<]+)<\/p>/.exec(r.body)![1]!;
      byEdition.set(e, [...(byEdition.get(e) ?? []), first]);
    }
    const texts = [...byEdition.values()].map((firsts) => new Set(firsts));
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const t of texts) expect(t.size).toBe(1);
    // Latin and Chinese letters alike read differently in each edition.
    const latin = texts.map((t) => [...t][0]!.replace(/[^A-Za-z]/g, ''));
    const han = texts.map((t) => [...t][0]!.replace(/[^\u4e00-\u9fff]/g, ''));
    expect(new Set(latin).size).toBe(texts.length);
    expect(new Set(han).size).toBe(texts.length);
    expect(han[0]).toHaveLength('港口工程将在风暴过后于周一恢复'.length);
  });

  it('answers 404 for a page not yet published or asked of the wrong host', async () => {
    const l = new URL((await links())[0]!);
    // Twenty editions on: the same host (7 x 20 slots is a multiple of the 20 hosts), not out yet.
    const future = l.pathname.replace(/\/e(\d+)\/(\d+)-/, (_, e: string, slot: string) => `/e${Number(e) + 20}/${Number(slot) + 20}-`);
    expect((await get(wire.port, l.hostname, future)).status).toBe(404);
    const other = wire.hosts.find((h) => h !== l.hostname)!;
    expect((await get(wire.port, other, l.pathname)).status).toBe(404);
  });
});

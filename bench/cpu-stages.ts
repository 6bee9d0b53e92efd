/**
 * CPU per page of the pure per-article stages on the 60 extraction dev pages, for A/B runs of
 * performance changes on a shared machine (issue 16): readBody of the gzip'd page (16 kB chunks,
 * as a socket delivers it), extractArticle, and dedupeFeatures of the truth body. Each stage
 * runs `--rounds` times (default 15); reported are the minimum and median CPU ms per page (the
 * minimum is the least disturbed by other processes) and a digest of every output, which must
 * not change when a change claims identical results.
 *
 *   npx tsx bench/cpu-stages.ts [--rounds N]     (or node dist/bench/cpu-stages.js)
 *
 * Data folder: WIREHOUSE_EXTRACTION_DATA or ../shared/data/extraction-dev.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { dedupeFeatures } from '../src/dedupe/features.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { readBody } from '../src/fetch/read-body.js';

interface Page {
  url: string;
  gz: Buffer;
  html: string;
  truth: string;
}

function loadPages(dir: string): Page[] {
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(gt).map(([id, v]) => {
    const gz = readFileSync(join(dir, 'html', `${id}.html.gz`));
    return { url: v.url, gz, html: gunzipSync(gz).toString('utf8'), truth: v.articleBody };
  });
}

const chunked = (b: Buffer) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < b.length; i += 16384) yield b.subarray(i, i + 16384);
    })(),
  );

async function measure(name: string, pages: Page[], rounds: number, run: (p: Page) => unknown): Promise<void> {
  const digest = createHash('sha256');
  for (const p of pages) digest.update(JSON.stringify(await run(p)) ?? '');
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    for (const p of pages) await run(p);
    const c = process.cpuUsage(c0);
    ms.push((c.user + c.system) / 1000 / pages.length);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  console.log(
    `${name.padEnd(16)} CPU ms/page min ${ms[0]!.toFixed(2)} median ${median.toFixed(2)}  digest ${digest.digest('hex').slice(0, 16)}`,
  );
}

const argv = process.argv.slice(2);
const at = argv.indexOf('--rounds');
const rounds = at >= 0 ? Number(argv[at + 1]) : 15;
const pages = loadPages(resolve(process.env['WIREHOUSE_EXTRACTION_DATA'] ?? '../shared/data/extraction-dev'));
console.log(`cpu-stages: ${pages.length} pages, ${rounds} rounds`);
await measure(
  'readBody (gzip)',
  pages,
  rounds,
  async (p) => (await readBody(chunked(p.gz), { contentEncoding: 'gzip', maxBytes: 10_000_000, url: p.url })).body.length,
);
await measure('extractArticle', pages, rounds, (p) => extractArticle(p.html, p.url));
await measure('dedupeFeatures', pages, rounds, (p) => dedupeFeatures({ url: p.url, body: p.truth }));

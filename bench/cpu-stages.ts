/**
 * CPU per page of the pure per-article stages, for A/B runs of performance changes on a shared
 * machine (issue 16): readBody of the gzip'd page (16 kB chunks, as a socket delivers it),
 * extractArticle, and dedupeFeatures of the truth body. Each stage runs `--rounds` times
 * (default 15); reported are the minimum and median CPU ms per page (the minimum is the least
 * disturbed by other processes) and a digest of every output, which must not change when a
 * change claims identical results.
 *
 *   npx tsx bench/cpu-stages.ts [--rounds N] [--set extraction|all] [--only STAGE] [--digests FILE]
 *   (or node dist/bench/cpu-stages.js)
 *
 * `--set extraction` (default): the 60 extraction dev pages (WIREHOUSE_EXTRACTION_DATA or
 * ../shared/data/extraction-dev). `--set all` adds the 156 metadata dev pages
 * (WIREHOUSE_METADATA_DATA or ../shared/data/metadata-dev; 26 languages, decoded with their
 * labelled charset as score-metadata.mjs does), 216 in all; dedupeFeatures then reads the
 * labelled body, or the page's extracted body where none is labelled. `--only extractArticle`
 * runs one stage. `--digests FILE` writes each page's output digest per stage (JSON), so a
 * changed digest can be traced to its page.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dedupeFeatures } from '../src/dedupe/features.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { readBody } from '../src/fetch/read-body.js';

interface Page {
  id: string;
  url: string;
  gz: Buffer;
  html: string;
  truth: string | null;
}

function loadExtraction(dir: string): Page[] {
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(gt).map(([id, v]) => {
    const gz = readFileSync(join(dir, 'html', `${id}.html.gz`));
    return { id, url: v.url, gz, html: gunzipSync(gz).toString('utf8'), truth: v.articleBody };
  });
}

interface MetadataLabel {
  id: string;
  url: string | null;
  charset: string | null;
  body: string | null;
}

function loadMetadata(dir: string): Page[] {
  const labels = readFileSync(join(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as MetadataLabel);
  return labels.map((t) => {
    const bytes = readFileSync(join(dir, 'pages', `${t.id}.html`));
    // As score-metadata.mjs: GB2312/GBK pages decode as their superset GB18030.
    const charset = t.charset === 'gb2312' || t.charset === 'gbk' ? 'gb18030' : (t.charset ?? 'utf-8');
    const html = new TextDecoder(charset).decode(bytes);
    return { id: t.id, url: t.url ?? `https://page.invalid/${t.id}.html`, gz: gzipSync(bytes), html, truth: t.body };
  });
}

const chunked = (b: Buffer) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < b.length; i += 16384) yield b.subarray(i, i + 16384);
    })(),
  );

const perPage: Record<string, Record<string, string>> = {};

async function measure(name: string, pages: Page[], rounds: number, run: (p: Page) => unknown): Promise<void> {
  const digest = createHash('sha256');
  const each: Record<string, string> = (perPage[name] = {});
  for (const p of pages) {
    const out = JSON.stringify(await run(p)) ?? '';
    digest.update(out);
    each[p.id] = createHash('sha256').update(out).digest('hex').slice(0, 16);
  }
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
const arg = (flag: string): string | undefined => {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
};
const rounds = Number(arg('--rounds') ?? 15);
const set = arg('--set') ?? 'extraction';
if (set !== 'extraction' && set !== 'all') throw new Error(`cpu-stages: --set is extraction or all, not ${set}`);
const only = arg('--only');
const pages = loadExtraction(resolve(process.env['WIREHOUSE_EXTRACTION_DATA'] ?? '../shared/data/extraction-dev'));
if (set === 'all') pages.push(...loadMetadata(resolve(process.env['WIREHOUSE_METADATA_DATA'] ?? '../shared/data/metadata-dev')));
console.log(`cpu-stages: ${pages.length} pages (${set}), ${rounds} rounds`);
const extracted = (p: Page): string => {
  try {
    return extractArticle(p.html, p.url).body;
  } catch {
    return '';
  }
};
const stages: Record<string, (p: Page) => unknown> = {
  readBody: async (p) => (await readBody(chunked(p.gz), { contentEncoding: 'gzip', maxBytes: 10_000_000, url: p.url })).body.length,
  // A page without an article throws: its error (code and message) is its output.
  extractArticle: (p) => {
    try {
      return extractArticle(p.html, p.url);
    } catch (e) {
      return { error: String((e as Error).message) };
    }
  },
  dedupeFeatures: (p) => dedupeFeatures({ url: p.url, body: p.truth ?? '' }),
};
if (only !== undefined && !(only in stages)) throw new Error(`cpu-stages: --only is one of ${Object.keys(stages).join(', ')}`);
// Pages without a labelled body are fingerprinted on what the extractor finds.
for (const p of pages) p.truth ??= extracted(p);
for (const [name, run] of Object.entries(stages)) if (only === undefined || only === name) await measure(name, pages, rounds, run);
const out = arg('--digests');
if (out) writeFileSync(out, `${JSON.stringify(perPage, null, 1)}\n`);

/**
 * Extraction benchmark: wirehouse's extractArticle against @mozilla/readability on linkedom,
 * on the same dev pages in the same run: pages/s and the word-4-gram F1 of the
 * article-extraction-benchmark (as ../shared/tools/score-extraction.mjs computes it).
 * Data folder: WIREHOUSE_EXTRACTION_DATA or ../shared/data/extraction-dev.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/extract/extract-article.js';
import { printedHelp } from './usage.js';

interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

function loadPages(dir: string): Page[] {
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(gt).map(([id, v]) => ({
    id,
    url: v.url,
    truth: v.articleBody,
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}

function grams(text: string): Map<string, number> {
  const toks = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const m = new Map<string, number>();
  for (let i = 0; i + 4 <= toks.length; i++) {
    const g = toks.slice(i, i + 4).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Benchmark F1: mean precision over non-empty predictions, mean recall over all pages. */
function f1(pages: Page[], preds: string[]): { f1: number; precision: number; recall: number } {
  let pSum = 0,
    pN = 0,
    rSum = 0;
  pages.forEach((p, i) => {
    const t = grams(p.truth),
      q = grams(preds[i] ?? '');
    let inter = 0,
      qn = 0,
      tn = 0;
    for (const [g, c] of q) {
      qn += c;
      inter += Math.min(c, t.get(g) ?? 0);
    }
    for (const c of t.values()) tn += c;
    if (qn > 0) {
      pSum += inter / qn;
      pN++;
    }
    rSum += tn === 0 ? 1 : inter / tn;
  });
  const precision = pN ? pSum / pN : 0,
    recall = rSum / pages.length;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}

function timeAll(pages: Page[], fn: (p: Page) => string): { preds: string[]; ms: number } {
  const t0 = performance.now();
  const preds = pages.map((p) => {
    try {
      return fn(p);
    } catch {
      return '';
    }
  });
  return { preds, ms: performance.now() - t0 };
}

/**
 * Times both extractors over all pages in alternating rounds and keeps each one's best round:
 * the machines are shared, and best-of-N is the figure least moved by other load. Whole-set
 * rounds (not page-by-page interleaving) keep one side's garbage collection off the other's clock.
 */
function timeBoth(
  pages: Page[],
  fa: (p: Page) => string,
  fb: (p: Page) => string,
  rounds = 3,
): Array<{ preds: string[]; pagesPerSec: number }> {
  const best = [Infinity, Infinity];
  const preds: string[][] = [[], []];
  const fns = [fa, fb];
  for (let r = 0; r < rounds; r++) {
    for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const res = timeAll(pages, fns[k]!);
      best[k] = Math.min(best[k]!, res.ms);
      preds[k] = res.preds;
    }
  }
  return [0, 1].map((k) => ({ preds: preds[k]!, pagesPerSec: pages.length / (best[k]! / 1000) }));
}

export interface ExtractionResult {
  pagesPerSecond: number;
  readabilityPagesPerSecond: number;
  f1: number;
  readabilityF1: number;
  pages: number;
}

/**
 * Three alternating timed rounds each, best kept, in --quick too: one round (the old --quick) timed
 * wirehouse half-warmed (2.8x Readability at 07:55 UTC vs 4.9x best-of-3 in the same minute), and
 * the rounds cost seconds.
 */
export async function run(_argv: readonly string[] = []): Promise<ExtractionResult | undefined> {
  const dir = resolve(process.env['WIREHOUSE_EXTRACTION_DATA'] ?? '../shared/data/extraction-dev');
  if (!existsSync(join(dir, 'ground-truth.json'))) {
    console.log(`extraction bench: no data at ${dir}, skipped`);
    return undefined;
  }
  const pages = loadPages(dir);
  const ours = (p: Page): string => extractArticle(p.html, p.url).body;
  const readability = (p: Page): string => {
    const { document } = parseHTML(p.html);
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent?.trim() ?? '';
  };
  // One warm-up pass each so JIT and lazy module loading do not count against either side.
  timeBoth(pages.slice(0, 5), ours, readability, 1);
  const [a, b] = timeBoth(pages, ours, readability, 3) as [
    { preds: string[]; pagesPerSec: number },
    { preds: string[]; pagesPerSec: number },
  ];
  const fa = f1(pages, a.preds),
    fb = f1(pages, b.preds);
  // The benchmark's truth keeps datelines and credits; the stored body drops them. Both shown.
  const fk = f1(
    pages,
    pages.map((p) => {
      try {
        return extractArticle(p.html, p.url, { keepWireMarkup: true }).body;
      } catch {
        return '';
      }
    }),
  );
  const row = (n: string, t: { pagesPerSec: number }, f: { f1: number; precision: number; recall: number }): string =>
    `${n.padEnd(28)} ${t.pagesPerSec.toFixed(1).padStart(8)} pages/s   F1 ${f.f1.toFixed(3)}  P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}`;
  console.log(`extraction: ${pages.length} pages from ${dir}`);
  console.log(row('wirehouse extractArticle', a, fa));
  console.log(
    `${'  (wire markup kept in body)'.padEnd(28)} ${''.padStart(8)}           F1 ${fk.f1.toFixed(3)}  P ${fk.precision.toFixed(3)}  R ${fk.recall.toFixed(3)}`,
  );
  console.log(row('readability 0.6 + linkedom', b, fb));
  console.log(`speedup: ${(a.pagesPerSec / b.pagesPerSec).toFixed(2)}x`);
  const r3 = (n: number) => Number(n.toFixed(3));
  return {
    pagesPerSecond: r3(a.pagesPerSec),
    readabilityPagesPerSecond: r3(b.pagesPerSec),
    f1: r3(fa.f1),
    readabilityF1: r3(fb.f1),
    pages: pages.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url)) await run();

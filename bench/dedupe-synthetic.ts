/**
 * Synthetic articles for filling a store with 10k / 100k / 1M articles (the lookup-latency bench),
 * and an in-memory run of the dedupe procedure over them.
 *
 *   npx tsx bench/dedupe-synthetic.ts [--n 10000] [--probes 300]
 *
 * Texts are deterministic in (seed, i): skewed word frequencies (a few very common words, a long
 * tail) so that shingle and band collisions between unrelated articles look like real text's,
 * 4-10 paragraphs of 25-70 words. `syntheticRepost` makes a syndicated copy (trim, teaser,
 * dateline, credit) so a fill also contains stories, not only singletons.
 */
import { MemoryStoryIndex } from '../src/dedupe/memory-index.js';
import { mulberry32 } from './mulberry32.js';
import { printedHelp } from './usage.js';

/** One synthetic article, in the `wirehouse import` JSONL shape. */
export interface SyntheticArticle {
  id: string;
  url: string;
  site: string;
  title: string;
  body: string;
  published: string;
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ten',
  'ra',
  'vos',
  'de',
  'shi',
  'an',
  'por',
  'el',
  'tu',
  'ni',
  'gra',
  'bel',
  'so',
  'quin',
  'far',
  'me',
  'do',
];
const VOCAB: string[] = Array.from({ length: 20000 }, (_, i) => {
  let w = '';
  let x = i + 7;
  do {
    w += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  } while (x > 0);
  return w;
});
const SITES = ['courier.example', 'tribune.example', 'portal.example', 'herald.example', 'globalwire.example'];

/** Word index skewed to the head (r^3): common words repeat as in real prose. */
const word = (r: () => number): string => VOCAB[Math.floor(VOCAB.length * r() ** 3)]!;

/**
 * The i-th synthetic article. `start`/`spanDays` spread `published` over a period so the
 * lookup window holds a realistic share of the store.
 */
export function syntheticArticle(i: number, opts: { seed?: number; start?: Date; spanDays?: number } = {}): SyntheticArticle {
  const r = mulberry32((opts.seed ?? 1) * 1_000_003 + i);
  const paragraphs: string[] = [];
  const nPara = 4 + Math.floor(r() * 7);
  for (let p = 0; p < nPara; p++) {
    const n = 25 + Math.floor(r() * 46);
    const words = Array.from({ length: n }, () => word(r));
    words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
    paragraphs.push(words.join(' ') + '.');
  }
  const start = (opts.start ?? new Date('2024-01-01T00:00:00Z')).getTime();
  const span = (opts.spanDays ?? 365) * 86_400_000;
  const site = SITES[i % SITES.length]!;
  return {
    id: `syn${i}`,
    url: `https://www.${site}/news/${i.toString(36)}`,
    site,
    title: paragraphs[0]!.split(' ').slice(0, 8).join(' '),
    body: paragraphs.join('\n\n'),
    published: new Date(start + Math.floor(r() * span)).toISOString(),
  };
}

/** A syndicated copy of `a` (kind chosen by `k`): trim, teaser, dateline + credit, or plain. */
export function syntheticRepost(a: SyntheticArticle, k: number): SyntheticArticle {
  const ps = a.body.split('\n\n');
  const kinds = [
    () => ps.slice(0, Math.max(1, Math.ceil(ps.length / 2))).join('\n\n'),
    () => ps.join(' ').split(' ').slice(0, 45).join(' ') + '... Read more',
    () => 'LONDON (Reuters) - ' + ps.join('\n\n') + '\n\n(Reporting by A. Writer; Editing by B. Editor)',
    () => ps.join('\n\n'),
  ];
  const site = `reposter${k % 50}.example`;
  return {
    id: `${a.id}r${k}`,
    url: `https://${site}/a/${a.id}-${k}`,
    site,
    title: 'UPDATE 1-' + a.title,
    body: kinds[k % kinds.length]!(),
    published: new Date(Date.parse(a.published) + (k + 1) * 600_000).toISOString(),
  };
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

/** Bench entry: fills an in-memory index, then measures per-article decision latency. */
export async function run(argv: readonly string[] = []): Promise<void> {
  const arg = (name: string, d: number): number => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : d;
  };
  const n = arg('--n', 10_000);
  const probes = arg('--probes', 300);
  const index = new MemoryStoryIndex();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const a = syntheticArticle(i);
    await index.add({ id: a.id, url: a.url, body: a.body, site: a.site, publishedAt: new Date(a.published) });
  }
  const fillMs = performance.now() - t0;
  const stories = new Set(Array.from({ length: n }, (_, i) => index.storyOf(`syn${i}`))).size;
  const lat: number[] = [];
  let joined = 0;
  for (let k = 0; k < probes; k++) {
    const a = syntheticRepost(syntheticArticle(Math.floor((k * 7919) % n)), k);
    const s = performance.now();
    const m = await index.add({ id: a.id, url: a.url, body: a.body, site: a.site, publishedAt: new Date(a.published) });
    lat.push(performance.now() - s);
    if (m.decision?.action === 'join') joined++;
  }
  console.log(
    `dedupe-synthetic (in memory): fill ${n} in ${(fillMs / 1000).toFixed(1)} s (${((n / fillMs) * 1000).toFixed(0)} articles/s); ` +
      `repost lookups p50 ${pct(lat, 0.5).toFixed(2)} ms p95 ${pct(lat, 0.95).toFixed(2)} ms; reposts joined ${joined}/${probes}; ` +
      `${n - stories} of ${n} unrelated fill articles wrongly merged`,
  );
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url)) {
  await run(process.argv.slice(2));
}

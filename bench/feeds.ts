/**
 * Feed-parse throughput: wirehouse's parseFeed against rss-parser on the same generated 200-item,
 * ~1 MB wire-style RSS 2.0 feed (dc/content/media namespaces, CDATA HTML bodies, entities).
 * Prints feeds/s and MB/s for each, for the poll stage's read and for every field. Run by `npm run
 * bench` (bench/run.ts calls run()).
 *
 *   node dist/bench/feeds.js [--quick]
 */
import RssParser from 'rss-parser';
import { parseFeed } from '../src/feeds/parse-feed.js';
import { printedHelp } from './usage.js';

const TARGET_BYTES = 1_000_000;
const ITEMS = 200;

/** A wire-style RSS feed of ITEMS items padded to about TARGET_BYTES. */
export function wireFeed(): Uint8Array {
  const para = 'BEIJING, May 14 (Xinhua) -- Officials from both sides met on Tuesday &amp; agreed to expand trade, the ministry said. ';
  const perItem = Math.floor(TARGET_BYTES / ITEMS);
  const items: string[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const head = `<item><title>Wire story ${i}: talks &amp; trade</title><link>http://english.example.cn/2024/05/14/c_${i}.htm</link><guid isPermaLink="false">xinhua-${i}</guid><pubDate>Tue, 14 May 2024 ${String(i % 24).padStart(2, '0')}:05:00 +0800</pubDate><dc:creator>Xinhua</dc:creator><category>World</category><category>China</category><media:content url="http://img.example.cn/${i}.jpg" medium="image"/><description><![CDATA[<p>${para}</p>]]></description><content:encoded><![CDATA[`;
    const tail = ']]></content:encoded></item>\n';
    let body = '';
    while (head.length + body.length + tail.length < perItem) body += `<p>${para}</p>`;
    items.push(head + body + tail);
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Xinhua | World</title><link>http://english.example.cn/world/</link><description>World</description><language>en</language><ttl>10</ttl>\n${items.join('')}</channel></rss>\n`;
  return new Uint8Array(Buffer.from(xml, 'utf8'));
}

/** The fields the poll stage reads of each item (src/app/poll-feed.ts): identity, link, title, date. */
const indexFields = (items: ReadonlyArray<Record<string, unknown>>, keys: readonly string[]): number => {
  let n = 0;
  for (const it of items) for (const k of keys) if (it[k] !== undefined) n++;
  return n;
};

/**
 * Feeds per second of `fn`, by wall clock over `budgetMs` after one warm-up run. The parsers are
 * measured in alternating slices of a quarter of the budget each, so a burst of load from another
 * process falls on both.
 */
async function measurePair(
  fns: Array<() => Promise<number> | number>,
  budgetMs: number,
): Promise<Array<{ perSec: number; runs: number; warm: number }>> {
  const out = await Promise.all(fns.map(async (fn) => ({ ms: 0, runs: 0, warm: await fn() })));
  for (let slice = 0; slice < 4; slice++) {
    for (let i = 0; i < fns.length; i++) {
      const t0 = performance.now();
      let runs = 0;
      while (performance.now() - t0 < budgetMs / 4 || runs < 2) {
        await fns[i]!();
        runs++;
      }
      out[i]!.ms += performance.now() - t0;
      out[i]!.runs += runs;
    }
  }
  return out.map((o) => ({ perSec: (o.runs * 1000) / o.ms, runs: o.runs, warm: o.warm }));
}

function report(name: string, bytes: number, r: { perSec: number; runs: number; warm: number }, unit: string): void {
  console.log(
    `feeds  ${name.padEnd(34)} ${r.perSec.toFixed(1).padStart(7)} feeds/s  ${((r.perSec * bytes) / 1e6).toFixed(1).padStart(6)} MB/s  (${r.runs} runs, ${r.warm} ${unit})`,
  );
}

export interface FeedsBenchResult {
  /** parseFeed as the poll stage uses it: every item's id, link, title and dates read. */
  parseFeedsPerSecond: number;
  rssParserFeedsPerSecond: number;
  /** Every field of every item read (JSON.stringify of the items), both parsers. */
  parseFeedAllFieldsPerSecond: number;
  rssParserAllFieldsPerSecond: number;
}

/**
 * Two cases, each parser in the same alternating run: the poll stage's read (identity, link, title,
 * date of every item: parseFeed computes an item's summary and content HTML only when they are
 * read, rss-parser always does) and every field read (JSON.stringify of the items). `--quick`:
 * 1 s per parser and case instead of 3.
 */
export async function run(argv: readonly string[] = []): Promise<FeedsBenchResult> {
  const budgetMs = argv.includes('--quick') ? 1000 : 3000;
  const feed = wireFeed();
  const text = Buffer.from(feed).toString('utf8');
  const opts = { contentType: 'application/rss+xml', url: 'http://english.example.cn/rss/world.xml' };
  console.log(`feeds: ${ITEMS}-item wire RSS, ${(feed.byteLength / 1e6).toFixed(2)} MB`);
  // A fresh rss-parser per call: a shared instance can leak one feed's items into the next.
  const rss = async () => (await new RssParser().parseString(text)).items as unknown as Array<Record<string, unknown>>;
  const ours = () => parseFeed(feed, opts).items as unknown as Array<Record<string, unknown>>;
  const [oursIndex, theirsIndex] = await measurePair(
    [
      () => indexFields(ours(), ['id', 'link', 'title', 'published', 'updated']),
      async () => indexFields(await rss(), ['guid', 'link', 'title', 'isoDate']),
    ],
    budgetMs,
  );
  report('wirehouse parseFeed (poll fields)', feed.byteLength, oursIndex!, 'fields');
  report('rss-parser 3.13 (poll fields)', feed.byteLength, theirsIndex!, 'fields');
  const [oursAll, theirsAll] = await measurePair(
    [() => JSON.stringify(ours()).length, async () => JSON.stringify(await rss()).length],
    budgetMs,
  );
  report('wirehouse parseFeed (all fields)', feed.byteLength, oursAll!, 'JSON chars');
  report('rss-parser 3.13 (all fields)', feed.byteLength, theirsAll!, 'JSON chars');
  const r1 = (n: number) => Number(n.toFixed(1));
  return {
    parseFeedsPerSecond: r1(oursIndex!.perSec),
    rssParserFeedsPerSecond: r1(theirsIndex!.perSec),
    parseFeedAllFieldsPerSecond: r1(oursAll!.perSec),
    rssParserAllFieldsPerSecond: r1(theirsAll!.perSec),
  };
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url))
  await run(process.argv.slice(2));

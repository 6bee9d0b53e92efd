/**
 * Feed-parse throughput: wirehouse's parseFeed against rss-parser on the same generated 200-item,
 * ~1 MB wire-style RSS 2.0 feed (dc/content/media namespaces, CDATA HTML bodies, entities).
 * Prints feeds/s and MB/s for each. Run by `npm run bench` (bench/run.ts calls run()).
 */
import RssParser from 'rss-parser';
import { parseFeed } from '../src/feeds/parse-feed.js';

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

async function measure(name: string, bytes: number, fn: () => Promise<number> | number, budgetMs: number): Promise<number> {
  const warm = await fn(); // one warm-up run, and a sanity check of the item count
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < budgetMs || runs < 5) {
    await fn();
    runs++;
  }
  const sec = (performance.now() - t0) / 1000;
  const perSec = runs / sec;
  console.log(
    `feeds  ${name.padEnd(22)} ${perSec.toFixed(1).padStart(7)} feeds/s  ${((perSec * bytes) / 1e6).toFixed(1).padStart(6)} MB/s  (${runs} runs, ${warm} items)`,
  );
  return perSec;
}

/** `--quick`: 1 s per parser instead of 3. */
export async function run(argv: readonly string[] = []): Promise<{ parseFeedsPerSecond: number; rssParserFeedsPerSecond: number }> {
  const budgetMs = argv.includes('--quick') ? 1000 : 3000;
  const feed = wireFeed();
  const text = Buffer.from(feed).toString('utf8');
  console.log(`feeds: ${ITEMS}-item wire RSS, ${(feed.byteLength / 1e6).toFixed(2)} MB`);
  const ours = await measure(
    'wirehouse parseFeed',
    feed.byteLength,
    () => parseFeed(feed, { contentType: 'application/rss+xml', url: 'http://english.example.cn/rss/world.xml' }).items.length,
    budgetMs,
  );
  // A fresh rss-parser per call: a shared instance can leak one feed's items into the next.
  const theirs = await measure(
    'rss-parser 3.13',
    feed.byteLength,
    async () => (await new RssParser().parseString(text)).items.length,
    budgetMs,
  );
  return { parseFeedsPerSecond: Number(ours.toFixed(1)), rssParserFeedsPerSecond: Number(theirs.toFixed(1)) };
}

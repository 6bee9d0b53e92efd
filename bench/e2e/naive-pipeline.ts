/**
 * The plain script a user might write instead of wirehouse, run by the end-to-end bench on the
 * same wire in the same round: rss-parser for the feeds, fetch + Readability on linkedom for
 * each page, one INSERT per article, no dedupe, no politeness. 8 pages in flight (wirehouse's
 * default fetch concurrency). Prints one JSON line: articles, failures, wall ms.
 *
 *   node --import dist/bench/e2e/localhost-dns.js dist/bench/e2e/naive-pipeline.js DATABASE_URL FEED_URL...
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import pg from 'pg';
import RssParser from 'rss-parser';

async function pool<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

async function main(databaseUrl: string, feedUrls: string[]): Promise<void> {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  await db.query(
    `create table if not exists naive_articles (id serial primary key, url text unique, title text, body text, published_at timestamptz, fetched_at timestamptz default now())`,
  );
  const t0 = performance.now();
  const links: Array<{ url: string; published: string | undefined }> = [];
  await pool(feedUrls, 4, async (url) => {
    const feed = await new RssParser().parseString(await (await fetch(url)).text());
    for (const item of feed.items) if (item.link) links.push({ url: item.link, published: item.isoDate });
  });
  let articles = 0;
  let failed = 0;
  await pool(links, 8, async ({ url, published }) => {
    try {
      const res = await fetch(url);
      const html = await res.text();
      const { document } = parseHTML(html);
      const a = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
      if (!a?.textContent) throw new Error('no article');
      await db.query('insert into naive_articles (url, title, body, published_at) values ($1, $2, $3, $4) on conflict (url) do nothing', [
        url,
        a.title ?? '',
        a.textContent.trim(),
        published ?? null,
      ]);
      articles++;
    } catch {
      failed++;
    }
  });
  const ms = performance.now() - t0;
  await db.end();
  process.stdout.write(`${JSON.stringify({ articles, failed, ms })}\n`);
}

await main(process.argv[2]!, process.argv.slice(3));

/**
 * The plain script a user might write instead of wirehouse, run by the end-to-end bench on the
 * same wire in the same round: rss-parser for the feeds, fetch + Readability on linkedom for
 * each page, one INSERT per article, no dedupe, no politeness. 8 pages in flight (wirehouse's
 * default fetch concurrency). Prints one JSON line: articles, failures, wall ms, and the ms at which
 * half the articles were stored (so the bench can compare second halves, both pipelines warm).
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
  const storedAt: number[] = [];
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
      storedAt.push(performance.now() - t0);
    } catch {
      failed++;
    }
  });
  const ms = performance.now() - t0;
  await db.end();
  // The same split as the service's rounds (scenario.ts): from the article before the middle one to the last.
  const mid = Math.floor(storedAt.length / 2);
  const secondHalfPerSecond = (storedAt.length - mid) / ((storedAt.at(-1)! - storedAt[Math.max(mid - 1, 0)]!) / 1000);
  process.stdout.write(`${JSON.stringify({ articles, failed, ms, secondHalfPerSecond })}\n`);
}

await main(process.argv[2]!, process.argv.slice(3));

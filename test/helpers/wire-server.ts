/**
 * A small wire site on 127.0.0.1 for process-level tests: one RSS feed listing article pages,
 * every request counted, and a `hold` hook that can keep a request waiting (a slow page, or one a
 * dying process never gets an answer to).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A plain article page around paragraphs separated by blank lines. */
export function articlePage(title: string, text: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
    `<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>` +
    text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('') +
    `</article><footer>Copyright Example Wire</footer></body></html>`
  );
}

export interface WireServer {
  base: string;
  feedUrl: string;
  /** Requests per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Serves `/feed.xml` (one item per page, in the given order) and the pages. `hold(path, n)` may
 * return a promise: the n-th request for `path` is answered only when it resolves (never, if it
 * never does; such requests are dropped on close).
 */
export async function startWireServer(
  pages: Record<string, string>,
  hold: (path: string, n: number) => Promise<void> | null = () => null,
): Promise<WireServer> {
  const hits = new Map<string, number>();
  const held = new Set<ServerResponse>();
  let base = '';
  const feed = () =>
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example Wire</title><link>${base}/</link><description>d</description>` +
    Object.keys(pages)
      .map(
        (p, i) =>
          `<item><title>Item ${i + 1}</title><link>${base}${p}</link><guid>${base}${p}</guid><pubDate>Tue, 05 Nov 2019 0${8 + i}:00:00 GMT</pubDate></item>`,
      )
      .join('') +
    `</channel></rss>`;
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    if (path === '/feed.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed());
    const html = pages[path];
    if (html === undefined) return void res.writeHead(404).end('not found');
    const answer = () => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    const wait = hold(path, n);
    if (!wait) return answer();
    held.add(res);
    void wait.then(() => {
      held.delete(res);
      if (!res.destroyed) answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    feedUrl: `${base}/feed.xml`,
    hits,
    close: async () => {
      for (const res of held) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

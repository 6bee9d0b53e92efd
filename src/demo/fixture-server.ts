/**
 * A local wire server for the offline demo and the end-to-end tests: serves the files under a
 * folder on 127.0.0.1, replacing `{{base}}` in feeds and pages with the server's own address so
 * feed links point back at it. `status` overrides let a test make a URL fail.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

export interface FixtureServer {
  base: string;
  server: Server;
  /** Requests served, by path (tests count fetches). */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startFixtureServer(root: string, opts: { port?: number } = {}): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  let base = '';
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    readFile(file)
      .then((buf) => {
        const ext = extname(file);
        const type = TYPES[ext] ?? 'application/octet-stream';
        const body = /charset=utf-8/.test(type) ? Buffer.from(buf.toString('utf8').replaceAll('{{base}}', base)) : buf;
        res.writeHead(200, { 'content-type': type, 'content-length': body.length });
        res.end(body);
      })
      .catch(() => {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<html><body><h1>404 Not Found</h1></body></html>');
      });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    server,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

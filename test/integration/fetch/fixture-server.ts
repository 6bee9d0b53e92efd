/**
 * A node:http server on 127.0.0.1 (port 0) with per-test routes, recording every request
 * (path, headers, start/end times) so tests can check what the fetcher sent and when.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface Hit {
  path: string;
  headers: http.IncomingHttpHeaders;
  start: number;
  end: number;
}

export interface FixtureServer {
  origin: string;
  port: number;
  hits: Hit[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Handler>();
  const hits: Hit[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const hit: Hit = { path, headers: req.headers, start: performance.now() + performance.timeOrigin, end: 0 };
    hits.push(hit);
    res.on('close', () => (hit.end = performance.now() + performance.timeOrigin));
    const h = routes.get(path);
    if (!h) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no route');
      return;
    }
    Promise.resolve(h(req, res)).catch((err: unknown) => {
      res.destroy(err as Error);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    route: (path, handler) => routes.set(path, handler),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The service's HTTP server: /healthz (process up) and /readyz (Postgres, Redis and migrations).
 * The operations routes (src/ops/routes.ts: dashboard, metrics, status page, basic auth) are
 * tried first through `routes`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReadinessCheck {
  name: string;
  check(): Promise<{ ok: boolean; detail?: string }>;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

export interface HttpServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Each readiness check gets this long. The service's Redis connection never fails a command
 * while Redis is down (BullMQ needs `maxRetriesPerRequest: null`), it waits; a probe must answer.
 */
export const CHECK_TIMEOUT_MS = 2000;

async function runCheck(c: ReadinessCheck, timeoutMs: number): Promise<{ name: string; ok: boolean; detail?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ ok: boolean; detail?: string }>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    const pending = c.check();
    pending.catch(() => undefined); // a check that loses the race may still reject later
    return { name: c.name, ...(await Promise.race([pending, timeout])) };
  } catch (err) {
    return { name: c.name, ok: false, detail: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Starts the HTTP server on host:port (port 0 picks a free one). Extra routes are tried first. */
export async function startHttpServer(opts: {
  host: string;
  port: number;
  checks: ReadinessCheck[];
  routes?: Route[];
  checkTimeoutMs?: number;
}): Promise<HttpServer> {
  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) json(res, 500, { error: err instanceof Error ? err.message : String(err) });
      else res.end();
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    for (const route of opts.routes ?? []) if (await route(req, res)) return;
    if (path === '/healthz') return json(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      const results = await Promise.all(opts.checks.map((c) => runCheck(c, opts.checkTimeoutMs ?? CHECK_TIMEOUT_MS)));
      const ok = results.every((r) => r.ok);
      return json(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks: results });
    }
    json(res, 404, { error: 'not found' });
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server,
    url: `http://${host}:${addr.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

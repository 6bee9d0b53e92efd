/**
 * The queue dashboard: bull-board (https://github.com/felixmosh/bull-board) on an express app,
 * mounted on the service's node:http server through a `Route`, so /healthz and /readyz stay plain
 * node:http handlers. Every wirehouse queue is shown; retrying and cleaning failed jobs is allowed
 * (read-only mode off), which is what operators use it for.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import express from 'express';
import type { Route } from '../server.js';

export const DASHBOARD_PATH = '/queues';

/** True when `path` is the dashboard or one of its assets/API calls. */
export function isDashboardPath(path: string, base = DASHBOARD_PATH): boolean {
  return path === base || path.startsWith(`${base}/`);
}

/** A route serving bull-board for `queues` under `base` (default /queues). */
export function dashboardRoute(queues: Queue[], base = DASHBOARD_PATH): Route {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(base);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode: false, allowRetries: true })),
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'wirehouse',
        hideDocsLink: true,
        miscLinks: [
          { text: 'Status', url: '/' },
          { text: 'Metrics', url: '/metrics' },
        ],
      },
    },
  });
  const app = express();
  app.disable('x-powered-by');
  app.use(base, serverAdapter.getRouter() as express.Router);
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!isDashboardPath(path, base)) return false;
    return new Promise<boolean>((resolve, reject) => {
      res.once('finish', () => resolve(true));
      res.once('close', () => resolve(true));
      // express calls `next` when nothing under /queues matched: answer 404 ourselves.
      app(req as express.Request, res as express.Response, (err?: unknown) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      });
    });
  };
}

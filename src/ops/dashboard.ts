/**
 * The queue dashboard's route: bull-board on an express app (dashboard-app.ts), mounted on the
 * service's node:http server through a `Route`, so /healthz and /readyz stay plain node:http
 * handlers.
 *
 * The app is imported and built on the first dashboard request, not when the service starts:
 * bull-board and express are ~130 CommonJS files that took ~0.4 s of the ~1.2 s of CPU from
 * `wirehouse start` to "service started" (issue 16: start-up), and every process that imports
 * the CLI (`worker` processes, one-shot commands) loaded them without serving a page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Queue } from 'bullmq';
import type { Express, Request, Response } from 'express';
import type { Route } from '../server.js';

export const DASHBOARD_PATH = '/queues';

/** True when `path` is the dashboard or one of its assets/API calls. */
export function isDashboardPath(path: string, base = DASHBOARD_PATH): boolean {
  return path === base || path.startsWith(`${base}/`);
}

/** A route serving bull-board for `queues` under `base` (default /queues). */
export function dashboardRoute(queues: Queue[], base = DASHBOARD_PATH): Route {
  let app: Promise<Express> | undefined;
  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!isDashboardPath(path, base)) return false;
    // A failed import is not kept: the next request tries again.
    app ??= import('./dashboard-app.js').then(
      (m) => m.dashboardApp(queues, base),
      (err: unknown) => {
        app = undefined;
        throw err;
      },
    );
    const serve = await app;
    return new Promise<boolean>((resolve, reject) => {
      res.once('finish', () => resolve(true));
      res.once('close', () => resolve(true));
      // express calls `next` when nothing under /queues matched: answer 404 ourselves.
      serve(req as Request, res as Response, (err?: unknown) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      });
    });
  };
}

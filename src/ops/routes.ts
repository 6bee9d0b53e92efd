/**
 * The operations routes on the service's HTTP server: basic auth (when configured), `/metrics`,
 * the bull-board dashboard at `/queues`, and the status page at `/`. /healthz and /readyz are the
 * server's own (src/server.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceParts } from '../service.js';
import type { Route } from '../server.js';
import { basicAuthRoute } from './basic-auth.js';
import { dashboardRoute } from './dashboard.js';
import { requestGuardRoute } from './request-guard.js';
import { createMetrics, type Metrics } from './metrics.js';
import { collectStatus } from './status-data.js';
import { renderStatusPage } from './status-page.js';

const pathOf = (req: IncomingMessage): string => new URL(req.url ?? '/', 'http://x').pathname;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** `/metrics`: refreshes the scrape-time gauges and answers the Prometheus text format. */
export function metricsRoute(metrics: Metrics): Route {
  return async (req, res) => {
    if (pathOf(req) !== '/metrics') return false;
    send(res, 200, metrics.contentType, await metrics.render());
    return true;
  };
}

/** `/` (and `/status`): the HTML status page. */
export function statusRoute(svc: Pick<ServiceParts, 'db' | 'queues'>): Route {
  return async (req, res) => {
    const path = pathOf(req);
    if (path !== '/' && path !== '/status') return false;
    const data = await collectStatus(svc.db, svc.queues.byName);
    send(res, 200, 'text/html; charset=utf-8', renderStatusPage(data));
    return true;
  };
}

/**
 * Everything the operations work adds, ready for `startService`: an observer to pass as
 * `observer` and a `routes` factory that attaches the metrics to the opened db and queues.
 */
export function opsRoutes(metrics: Metrics = createMetrics()): { metrics: Metrics; routes: (svc: ServiceParts) => Route[] } {
  return {
    metrics,
    routes(svc) {
      metrics.attach({ db: svc.db, queues: svc.queues.byName, log: svc.log });
      const auth = svc.config.server.basicAuth;
      return [
        requestGuardRoute(svc.config.server.allowedHosts, svc.config.server.host),
        ...(auth ? [basicAuthRoute(auth.user, auth.password)] : []),
        metricsRoute(metrics),
        dashboardRoute(Object.values(svc.queues.byName)),
        statusRoute(svc),
      ];
    },
  };
}

/**
 * A worker-only process's routes: basic auth (when configured) and `/metrics` with this process's
 * own job and fetch series and Node process metrics. Queue depths and table counts are left to
 * the `start` / `dashboard` process, so a Prometheus summing over instances does not count them twice.
 */
export function workerOpsRoutes(metrics: Metrics = createMetrics({ storeGauges: false })): {
  metrics: Metrics;
  routes: (svc: ServiceParts) => Route[];
} {
  return {
    metrics,
    routes(svc) {
      const auth = svc.config.server.basicAuth;
      return [...(auth ? [basicAuthRoute(auth.user, auth.password)] : []), metricsRoute(metrics)];
    },
  };
}

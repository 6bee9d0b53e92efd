/**
 * Guards the operations pages against the browser-borne attacks that basic auth (off by default)
 * does not stop:
 *  - DNS rebinding: a page on evil.example re-resolves its name to 127.0.0.1 and reads the status
 *    page or drives the dashboard; its requests carry `Host: evil.example`, so only the configured
 *    names (DASHBOARD_HOSTS), loopback names and the bound address are accepted.
 *  - Cross-site writes: a cross-origin `text/plain` POST needs no CORS preflight and used to create
 *    a job. A request that changes anything must come from the same origin (Origin or
 *    Sec-Fetch-Site, which browsers always send on such requests); a client that sends neither
 *    (curl, scripts) must use a non-simple content type, which a browser cannot send cross-site
 *    without a preflight this server never grants.
 * /healthz, /readyz and /metrics stay open to probes and scrapers that use other names.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../server.js';

const OPEN_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Content types a cross-origin form or fetch may send without a preflight (Fetch standard, "CORS-safelisted").
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** The host name of a Host header or URL authority, lowercased, without port or IPv6 brackets. */
export function hostName(authority: string): string {
  const a = authority.trim().toLowerCase();
  if (a.startsWith('[')) return a.slice(1, a.indexOf(']') === -1 ? undefined : a.indexOf(']'));
  return a.replace(/:\d*$/, '');
}

/** Names always accepted: loopback, and the bound address unless it is a wildcard. */
export function allowedHostNames(configured: string[], boundHost: string): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '::1', ...configured.map(hostName)]);
  const bound = hostName(boundHost);
  if (bound !== '0.0.0.0' && bound !== '::' && bound !== '') names.add(bound);
  return names;
}

/** Why a request is refused, or null when it may go on. */
export function refusal(
  req: Pick<IncomingMessage, 'method' | 'headers' | 'url'>,
  allowed: Set<string>,
): { status: number; reason: string } | null {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (OPEN_PATHS.has(path)) return null;
  const host = req.headers.host;
  if (!host || !allowed.has(hostName(host))) {
    return { status: 421, reason: `host ${JSON.stringify(host ?? '')} is not one of this server's names (set DASHBOARD_HOSTS)` };
  }
  if (SAFE_METHODS.has((req.method ?? 'GET').toUpperCase())) return null;
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (origin !== undefined) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host.toLowerCase();
    } catch {
      originHost = null; // "null" (sandboxed frames, file:)
    }
    if (originHost !== host.toLowerCase()) return { status: 403, reason: `cross-origin request from ${origin} refused` };
  }
  if (site !== undefined && site !== 'same-origin') return { status: 403, reason: `cross-site request (Sec-Fetch-Site: ${site}) refused` };
  if (origin === undefined && site === undefined) {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const hasBody = req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0';
    if ((hasBody || req.headers['transfer-encoding']) && (type === '' || SIMPLE_TYPES.has(type))) {
      return {
        status: 415,
        reason: `a write without Origin needs a non-simple content type such as application/json, got ${JSON.stringify(type)}`,
      };
    }
  }
  return null;
}

/** The guard as the first route: answers refused requests, lets the rest through. */
export function requestGuardRoute(configuredHosts: string[], boundHost: string): Route {
  const allowed = allowedHostNames(configuredHosts, boundHost);
  return (req: IncomingMessage, res: ServerResponse) => {
    const r = refusal(req, allowed);
    if (!r) return false;
    res.writeHead(r.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${r.reason}\n`);
    return true;
  };
}

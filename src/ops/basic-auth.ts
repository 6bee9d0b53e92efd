/**
 * HTTP Basic authentication (RFC 7617) for the dashboard, status page, metrics and readiness.
 * /healthz stays open so a process supervisor can always see the process is up.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../server.js';

/** Paths served without credentials. */
export const OPEN_PATHS = new Set(['/healthz']);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  // Compare in constant time; the length check leaks only the length.
  return x.length === y.length && timingSafeEqual(x, y);
}

/** True when the request carries these credentials. */
export function hasCredentials(req: IncomingMessage, user: string, password: string): boolean {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!m) return false;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  // Evaluate both so a wrong user name takes as long as a wrong password.
  const userOk = same(decoded.slice(0, colon), user);
  const passwordOk = same(decoded.slice(colon + 1), password);
  return userOk && passwordOk;
}

/** A route placed first: answers 401 to requests without the credentials, passes the others on. */
export function basicAuthRoute(user: string, password: string, realm = 'wirehouse'): Route {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (OPEN_PATHS.has(path) || hasCredentials(req, user, password)) return false;
    res.writeHead(401, { 'www-authenticate': `Basic realm="${realm}", charset="UTF-8"`, 'content-type': 'text/plain; charset=utf-8' });
    res.end('authentication required\n');
    return true;
  };
}

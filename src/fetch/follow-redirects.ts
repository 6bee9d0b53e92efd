/**
 * A GET that follows redirects by hand: every hop is admitted by `enterHost` (SSRF guard,
 * robots.txt, host budget) before its request, so a redirect to a private address, a disallowed
 * path or a busy host is stopped like a first request would be. The total timeout counts network
 * time across all hops; time spent waiting for a host slot is reported apart.
 */
import type { Dispatcher } from 'undici';
import { PipelineError } from '../errors.js';
import { enterHost, type HostGate } from './enter-host.js';
import { parseHttpUrl } from './parse-http-url.js';
import { requestHop, type HopResponse } from './request-hop.js';

/** The fetcher's settings a chain of hops needs. */
export interface HopSettings extends Omit<HostGate, 'robots'> {
  agent: Dispatcher;
  totalTimeoutMs: number;
  headersTimeoutMs: number;
  maxRedirects: number;
}

export interface ChainRequest {
  /** Request headers of every hop. */
  headers: Record<string, string>;
  maxBytes: number;
  robots: HostGate['robots'];
  signal?: AbortSignal | undefined;
}

/** The final response of a chain (any status). */
export interface RawResponse extends Omit<HopResponse, 'redirectTo'> {
  /** The URL that answered (after redirects). */
  url: URL;
  /** Time spent waiting for host slots, across hops. */
  waitMs: number;
  redirects: number;
}

export async function followRedirects(start: string, s: HopSettings, req: ChainRequest): Promise<RawResponse> {
  let url = parseHttpUrl(start);
  let networkMs = 0;
  let waitMs = 0;
  const gate: HostGate = { allow: s.allow, budget: s.budget, maxWaitMs: s.maxWaitMs, robots: req.robots };
  for (let redirects = 0; ; redirects++) {
    const slot = await enterHost(url, gate, req.signal);
    waitMs += slot.waitedMs;
    const remainingMs = s.totalTimeoutMs - networkMs;
    const t0 = performance.now();
    let res: HopResponse;
    try {
      res = await requestHop(s.agent, {
        url,
        headers: req.headers,
        remainingMs,
        headersTimeoutMs: s.headersTimeoutMs,
        totalTimeoutMs: s.totalTimeoutMs,
        maxBytes: req.maxBytes,
        signal: req.signal,
      });
    } finally {
      networkMs += performance.now() - t0;
      await slot.release().catch(() => {}); // Redis gone: the lease expires on its own
    }
    const { redirectTo, ...final } = res;
    if (redirectTo === null) return { ...final, url, waitMs, redirects };
    if (redirects >= s.maxRedirects) {
      throw new PipelineError('fetch_too_many_redirects', `fetch: more than ${s.maxRedirects} redirects for ${start}`, {
        context: { url: start, last: url.href, host: url.host, status: res.status },
      });
    }
    url = parseHttpUrl(redirectTo, url);
  }
}

/**
 * The one HTTP client of wirehouse, for feed polls and article pages alike: timeouts (connect,
 * headers, total), a decoded-size cap, manual redirects with the SSRF guard and robots.txt checked
 * on every hop, conditional GET (ETag / Last-Modified plus a body hash for servers whose validators
 * are stale), Retry-After, and one per-host politeness budget.
 */
import { createHash } from 'node:crypto';
import { Agent, request } from 'undici';
import type { Redis } from 'ioredis';
import { PipelineError } from '../errors.js';
import { checkLiteralHost, guardedLookup, HostAllowlist, systemLookup } from './address-guard.js';
import type { DnsLookup } from './address-guard.js';
import { parseCacheMaxAge, parseExpires, parseRetryAfter } from './cache-headers.js';
import { acceptsContentType } from './content-type.js';
import { acquireHostSlot, createMemoryHostBudget } from './host-budget.js';
import type { HostBudget } from './host-budget.js';
import { readBody } from './read-body.js';
import { createRedisHostBudget } from './redis-host-budget.js';
import { RobotsCache } from './robots-cache.js';
import type { RobotsOptions } from './robots-cache.js';
import { toFetchError } from './to-fetch-error.js';
import type { AbortKind } from './to-fetch-error.js';

/** What is being fetched; decides the Accept header, content-type check and robots policy. */
export type FetchKind = 'feed' | 'page';

/** Options of createFetcher (plain values; the caller maps config.http to them). */
export interface FetcherOptions {
  userAgent: string;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  /** Cap on network time of one fetch() across all redirect hops (waiting for the host budget excluded). */
  totalTimeoutMs: number;
  /** Cap on the body, applied to the bytes on the wire and to the decoded bytes. */
  maxBytes: number;
  maxRedirects: number;
  /** Accept header per kind (defaults below). */
  accept?: Partial<Record<FetchKind, string>>;
  /** Hosts allowed to be private/loopback: names or IP literals as written in URLs, or CIDRs of resolved addresses. */
  allowPrivateHosts?: readonly string[];
  /** Per-host budget. Give `budget`, or `redis` + `keyPrefix` for the shared one, else an in-process one. */
  budget?: HostBudget;
  redis?: Redis;
  keyPrefix?: string;
  hostConcurrency?: number;
  hostMinDelayMs?: number;
  /** Longest wait for a host slot before fetch_host_busy (retryable). Default 60 s. */
  budgetMaxWaitMs?: number;
  /** robots.txt policy; `false` turns it off entirely (tests, one-off CLI use). */
  robots?: RobotsOptions | false;
  /** DNS resolver (tests inject one). Default: the system resolver. */
  lookup?: DnsLookup;
  /** Overrides which Content-Types a 2xx may have per kind. */
  acceptContentType?: (kind: FetchKind, contentType: string | null) => boolean;
}

/** One fetch request. */
export interface FetchRequest {
  kind: FetchKind;
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
  /** sha256 hex of the body we stored last time; a 200 with the same hash is reported notModified. */
  previousBodyHash?: string | null | undefined;
  signal?: AbortSignal | undefined;
}

/** A successful fetch (2xx or 304). HTTP errors are thrown as PipelineError instead. */
export interface FetchResult {
  status: number;
  /** 304, or a 200 whose body hash equals previousBodyHash. */
  notModified: boolean;
  /** Final URL after redirects. */
  url: string;
  headers: Record<string, string>;
  /** Decoded body; empty on 304. */
  body: Buffer;
  /** The body as it arrived when that was complete gzip (keep it compressed without recompressing); else absent. */
  bodyGzip?: Buffer;
  /** Full Content-Type header (with charset) or null. */
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** sha256 hex of the decoded body; on 304 it echoes previousBodyHash ('' if none was given). */
  bodyHash: string;
  /** Decoded body size. */
  bytes: number;
  /** Bytes on the wire (compressed). */
  wireBytes: number;
  /** Network time across hops; waiting for the host budget is in waitMs. */
  durationMs: number;
  waitMs: number;
  redirects: number;
  retryAfterMs?: number;
  cacheMaxAgeSeconds?: number;
  expiresAt?: Date;
}

/** The fetcher; `close()` closes its connection pool (not the Redis client, which the caller owns). */
export interface Fetcher {
  fetch(url: string, req: FetchRequest): Promise<FetchResult>;
  close(): Promise<void>;
}

const DEFAULT_ACCEPT: Record<FetchKind, string> = {
  feed: 'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5',
  page: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
};
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface RawResponse {
  status: number;
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
  wireBytes: number;
  gzip: Buffer | null;
  waitMs: number;
  redirects: number;
}

function flatHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function parseHttpUrl(raw: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    throw new PipelineError('fetch_bad_url', `fetch: bad URL ${JSON.stringify(raw)}`, { context: { url: raw } });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new PipelineError('fetch_bad_url', `fetch: unsupported scheme ${u.protocol} for ${u.href}`, { context: { url: u.href } });
  }
  u.hash = '';
  return u;
}

/** Builds the fetcher. */
export function createFetcher(opts: FetcherOptions): Fetcher {
  const allow = new HostAllowlist(opts.allowPrivateHosts ?? []);
  const agent = new Agent({
    connect: { timeout: opts.connectTimeoutMs, lookup: guardedLookup(opts.lookup ?? systemLookup, allow) as never },
    headersTimeout: opts.headersTimeoutMs,
    bodyTimeout: opts.headersTimeoutMs,
  });
  const limits = { concurrency: opts.hostConcurrency ?? 2, minDelayMs: opts.hostMinDelayMs ?? 1000 };
  const budget =
    opts.budget ??
    (opts.redis
      ? createRedisHostBudget({ ...limits, redis: opts.redis, prefix: opts.keyPrefix ?? 'wirehouse', leaseMs: opts.totalTimeoutMs + 10_000 })
      : createMemoryHostBudget(limits));
  const maxWaitMs = opts.budgetMaxWaitMs ?? 60_000;
  const accepts = opts.acceptContentType ?? acceptsContentType;

  /** GETs `start`, following redirects; returns the final response (any status). */
  async function chain(start: string, kind: FetchKind, extra: Record<string, string>, maxBytes: number, useRobots: boolean, signal?: AbortSignal): Promise<RawResponse> {
    let url = parseHttpUrl(start);
    let networkMs = 0;
    let waitMs = 0;
    for (let redirects = 0; ; redirects++) {
      checkLiteralHost(url.href, url.hostname, allow);
      const crawl = useRobots && robots ? await robots.check(url) : null;
      const slot = await acquireHostSlot(budget, url.hostname.toLowerCase(), { maxWaitMs, signal, minDelayMs: crawl?.crawlDelayMs });
      waitMs += slot.waitedMs;
      const remaining = opts.totalTimeoutMs - networkMs;
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), Math.max(1, remaining));
      // Our own headers timer: undici's is coarse (its timers tick at up to 1 s) and is re-armed
      // internally; this one bounds connect + request + response headers precisely.
      const headersDeadline = new AbortController();
      const headersTimer = setTimeout(() => headersDeadline.abort(), Math.max(1, Math.min(remaining, opts.headersTimeoutMs)));
      const hopSignal = AbortSignal.any(signal ? [deadline.signal, headersDeadline.signal, signal] : [deadline.signal, headersDeadline.signal]);
      const t0 = performance.now();
      let pending: { destroy(): unknown } | undefined;
      try {
        const res = await request(url, {
          dispatcher: agent,
          method: 'GET',
          signal: hopSignal,
          headers: { 'user-agent': opts.userAgent, accept: opts.accept?.[kind] ?? DEFAULT_ACCEPT[kind], 'accept-encoding': 'gzip, deflate, br', ...extra },
        });
        clearTimeout(headersTimer);
        pending = res.body;
        const headers = flatHeaders(res.headers as Record<string, string | string[] | undefined>);
        if (REDIRECTS.has(res.statusCode) && headers.location) {
          await res.body.dump();
          if (redirects >= opts.maxRedirects) {
            throw new PipelineError('fetch_too_many_redirects', `fetch: more than ${opts.maxRedirects} redirects for ${start}`, {
              context: { url: start, last: url.href, host: url.host, status: res.statusCode },
            });
          }
          url = parseHttpUrl(headers.location, url);
          continue;
        }
        const ok = res.statusCode >= 200 && res.statusCode < 300;
        if (!ok) await res.body.dump();
        const read = ok
          ? await readBody(res.body, { contentEncoding: headers['content-encoding'], maxBytes, url: url.href, signal: hopSignal })
          : { body: Buffer.alloc(0), wireBytes: 0, gzip: null };
        return { status: res.statusCode, url, headers, ...read, waitMs, redirects };
      } catch (err) {
        // A body we stopped reading (cap hit, decode error) must not keep its connection busy.
        pending?.destroy();
        const aborted: AbortKind = deadline.signal.aborted ? 'deadline' : headersDeadline.signal.aborted ? 'headers' : signal?.aborted ? 'caller' : null;
        throw toFetchError(err, url.href, aborted, aborted === 'headers' ? opts.headersTimeoutMs : opts.totalTimeoutMs);
      } finally {
        clearTimeout(timer);
        clearTimeout(headersTimer);
        networkMs += performance.now() - t0;
        await slot.release().catch(() => {}); // Redis gone: the lease expires on its own
      }
    }
  }

  const robotsOpts = opts.robots === false ? null : (opts.robots ?? {});
  const robots = robotsOpts
    ? new RobotsCache(
        async (u) => {
          const r = await chain(u, 'page', { accept: 'text/plain, */*;q=0.5' }, robotsOpts.maxBytes ?? 512 * 1024, false);
          return { status: r.status, body: r.body };
        },
        opts.userAgent,
        { ttlMs: robotsOpts.ttlMs ?? 3_600_000, errorTtlMs: robotsOpts.errorTtlMs ?? 600_000 },
      )
    : null;

  async function fetch(url: string, req: FetchRequest): Promise<FetchResult> {
    const extra: Record<string, string> = {};
    if (req.etag) extra['if-none-match'] = req.etag;
    if (req.lastModified) extra['if-modified-since'] = req.lastModified;
    const useRobots = req.kind === 'page' || Boolean(robotsOpts?.forFeeds);
    const started = performance.now();
    const r = await chain(url, req.kind, extra, opts.maxBytes, useRobots, req.signal);
    const durationMs = Math.round(performance.now() - started - r.waitMs);
    const now = Date.now();
    const h = r.headers;
    const retryAfterMs = parseRetryAfter(h['retry-after'], now);
    const context = { url: r.url.href, host: r.url.host, status: r.status };
    if (r.status === 304 || (r.status >= 200 && r.status < 300)) {
      const contentType = h['content-type'] ?? null;
      if (r.status !== 304 && !accepts(req.kind, contentType)) {
        throw new PipelineError('fetch_bad_content_type', `fetch: ${r.status} with content-type ${contentType} for ${r.url.href}`, {
          context: { ...context, contentType },
        });
      }
      const bodyHash = r.status === 304 ? (req.previousBodyHash ?? '') : createHash('sha256').update(r.body).digest('hex');
      const result: FetchResult = {
        status: r.status,
        notModified: r.status === 304 || (!!req.previousBodyHash && bodyHash === req.previousBodyHash),
        url: r.url.href,
        headers: h,
        body: r.body,
        contentType,
        etag: h.etag ?? (r.status === 304 ? (req.etag ?? null) : null),
        lastModified: h['last-modified'] ?? (r.status === 304 ? (req.lastModified ?? null) : null),
        bodyHash,
        bytes: r.body.length,
        wireBytes: r.wireBytes,
        durationMs,
        waitMs: r.waitMs,
        redirects: r.redirects,
      };
      if (r.gzip) result.bodyGzip = r.gzip;
      if (retryAfterMs !== undefined) result.retryAfterMs = retryAfterMs;
      const maxAge = parseCacheMaxAge(h['cache-control']);
      if (maxAge !== undefined) result.cacheMaxAgeSeconds = maxAge;
      const expiresAt = parseExpires(h.expires, h.date, now);
      if (expiresAt) result.expiresAt = expiresAt;
      return result;
    }
    const retryable = r.status === 408 || r.status === 429 || r.status >= 500;
    const after = retryAfterMs === undefined ? '' : ` (retry after ${Math.round(retryAfterMs / 1000)} s)`;
    throw new PipelineError(retryable ? 'fetch_http_retryable' : 'fetch_http', `fetch: ${r.status} for ${r.url.href}${after}`, {
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      context: { ...context, durationMs },
    });
  }

  return { fetch, close: () => agent.close() };
}



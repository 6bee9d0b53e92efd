/**
 * The one HTTP client of wirehouse, for feed polls and article pages alike: timeouts (connect,
 * headers, total), a decoded-size cap, manual redirects with the SSRF guard and robots.txt checked
 * on every hop, conditional GET (ETag / Last-Modified plus a body hash for servers whose validators
 * are stale), Retry-After, and one per-host politeness budget.
 *
 * This file holds the types and the assembly; the steps are files of their own:
 * `followRedirects` (the hops) -> `enterHost` (SSRF guard, robots.txt, host budget) ->
 * `requestHop` (one request under `hopDeadline`, body via `readBody`) -> `toFetchResult`.
 */
import { Agent } from 'undici';
import type { Redis } from 'ioredis';
import { guardedLookup, HostAllowlist, systemLookup } from './address-guard.js';
import type { DnsLookup } from './address-guard.js';
import { acceptsContentType } from './content-type.js';
import { followRedirects, type HopSettings } from './follow-redirects.js';
import { createMemoryHostBudget } from './host-budget.js';
import type { HostBudget } from './host-budget.js';
import { createRedisHostBudget } from './redis-host-budget.js';
import { RobotsCache } from './robots-cache.js';
import type { RobotsOptions } from './robots-cache.js';
import { toFetchResult } from './to-fetch-result.js';

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

/** The per-host budget the options ask for: given, shared in Redis, or in this process. */
function hostBudget(opts: FetcherOptions): HostBudget {
  const limits = { concurrency: opts.hostConcurrency ?? 2, minDelayMs: opts.hostMinDelayMs ?? 1000 };
  if (opts.budget) return opts.budget;
  return opts.redis
    ? createRedisHostBudget({ ...limits, redis: opts.redis, prefix: opts.keyPrefix ?? 'wirehouse', leaseMs: opts.totalTimeoutMs + 10_000 })
    : createMemoryHostBudget(limits);
}

/** Builds the fetcher. */
export function createFetcher(opts: FetcherOptions): Fetcher {
  const allow = new HostAllowlist(opts.allowPrivateHosts ?? []);
  const agent = new Agent({
    connect: { timeout: opts.connectTimeoutMs, lookup: guardedLookup(opts.lookup ?? systemLookup, allow) as never },
    headersTimeout: opts.headersTimeoutMs,
    bodyTimeout: opts.headersTimeoutMs,
  });
  const hops: HopSettings = {
    agent,
    allow,
    budget: hostBudget(opts),
    maxWaitMs: opts.budgetMaxWaitMs ?? 60_000,
    totalTimeoutMs: opts.totalTimeoutMs,
    headersTimeoutMs: opts.headersTimeoutMs,
    maxRedirects: opts.maxRedirects,
  };
  const accepts = opts.acceptContentType ?? acceptsContentType;
  const headers = (kind: FetchKind, extra: Record<string, string>) => ({
    'user-agent': opts.userAgent,
    accept: opts.accept?.[kind] ?? DEFAULT_ACCEPT[kind],
    'accept-encoding': 'gzip, deflate, br',
    ...extra,
  });

  // robots.txt is fetched by the same hops (guard, budget, redirects), never checked against itself.
  const robotsOpts = opts.robots === false ? null : (opts.robots ?? {});
  const robots = robotsOpts
    ? new RobotsCache(
        async (u) => {
          const r = await followRedirects(u, hops, {
            headers: headers('page', { accept: 'text/plain, */*;q=0.5' }),
            maxBytes: robotsOpts.maxBytes ?? 512 * 1024,
            robots: null,
          });
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
    const r = await followRedirects(url, hops, {
      headers: headers(req.kind, extra),
      maxBytes: opts.maxBytes,
      robots: useRobots ? robots : null,
      signal: req.signal,
    });
    return toFetchResult(r, req, accepts, Math.round(performance.now() - started - r.waitMs));
  }

  return { fetch, close: () => agent.close() };
}

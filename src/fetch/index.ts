/**
 * The HTTP module: `createFetcher` for feeds and pages, with the SSRF guard, robots.txt and the
 * per-host budget it uses (exported for tests and for callers that share one budget).
 */
export { createFetcher } from './create-fetcher.js';
export type { Fetcher, FetcherOptions, FetchKind, FetchRequest, FetchResult } from './create-fetcher.js';
export { blockedRange, checkLiteralHost, guardedLookup, HostAllowlist, systemLookup } from './address-guard.js';
export type { DnsLookup, ResolvedAddress } from './address-guard.js';
export { acquireHostSlot, createMemoryHostBudget } from './host-budget.js';
export type { HostBudget, HostBudgetLimits, HostSlot, TryAcquireResult } from './host-budget.js';
export { createRedisHostBudget } from './redis-host-budget.js';
export type { RedisHostBudgetOptions } from './redis-host-budget.js';
export type { RobotsOptions } from './robots-cache.js';
export { parseCacheMaxAge, parseExpires, parseRetryAfter } from './cache-headers.js';
export { acceptsContentType } from './content-type.js';

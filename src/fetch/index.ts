/**
 * The HTTP module: `createFetcher` for feeds and pages, with the SSRF guard, robots.txt and the
 * per-host budget it uses (the budgets and DNS types are exported for tests and for callers that
 * share one budget). Lists only what callers outside src/fetch use.
 */
export { createFetcher } from './create-fetcher.js';
export type { Fetcher, FetcherOptions } from './create-fetcher.js';
export type { DnsLookup, ResolvedAddress } from './address-guard.js';
export { createMemoryHostBudget } from './host-budget.js';
export { createRedisHostBudget } from './redis-host-budget.js';

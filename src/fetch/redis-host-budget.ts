/**
 * The per-host budget in Redis, shared by every worker process. One Lua script makes the decision
 * atomically with the Redis server's clock (no skew between processes):
 *  - `{prefix}:host:{host}:leases` is a sorted set of slot tokens scored by lease expiry, so a
 *    crashed process's slot frees itself after `leaseMs` instead of blocking the host forever;
 *  - `{prefix}:host:{host}:next` holds the earliest time the next request may start (pacing),
 *    with a PX expiry so idle hosts leave no keys behind;
 *  - `{prefix}:host:{host}:retry` is the end of the host's retry line (see `HostBudget.retryAfter`),
 *    shared by all processes, expiring when the line has passed.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { retryStep, type HostBudget, type HostBudgetLimits } from './host-budget.js';

// KEYS[1] leases zset, KEYS[2] next-start key; ARGV: concurrency, minDelayMs, leaseMs, token.
// Returns 0 when the slot was taken, else a wait hint in ms (> 0).
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit, delay, lease = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local nextStart = tonumber(redis.call('GET', KEYS[2]) or '0')
if now < nextStart then return nextStart - now end
if redis.call('ZCARD', KEYS[1]) >= limit then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  local untilExpiry = tonumber(first[2]) - now
  if untilExpiry < 100 then return math.max(untilExpiry, 1) end
  return 100
end
redis.call('ZADD', KEYS[1], now + lease, ARGV[4])
redis.call('PEXPIRE', KEYS[1], lease)
if delay > 0 then redis.call('SET', KEYS[2], now + delay, 'PX', delay) end
return 0
`;

// KEYS[1] retry-line key; ARGV: waitMs, step. Returns ms from now until the caller's place on the line.
const RETRY = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local at = now + tonumber(ARGV[1])
local line = tonumber(redis.call('GET', KEYS[1]) or '0')
if line > at then at = line end
local after = at + tonumber(ARGV[2])
redis.call('SET', KEYS[1], after, 'PX', after - now)
return at - now
`;

/** Options of the Redis budget. */
export interface RedisHostBudgetOptions extends HostBudgetLimits {
  redis: Redis;
  /** Key prefix, e.g. "wirehouse" (tests use a unique one per run). */
  prefix: string;
  /** How long a slot is held at most if its holder never releases it (crash). Longer than a request. */
  leaseMs: number;
}

/** The scripts as commands of the connection (`defineCommand`). */
interface BudgetCommands {
  whHostAcquire(leases: string, next: string, limit: number, delayMs: number, leaseMs: number, token: string): Promise<number>;
  whHostRetry(line: string, waitMs: number, step: number): Promise<number>;
}

/** A Redis-backed HostBudget; the caller owns (and closes) the Redis connection. */
export function createRedisHostBudget(opts: RedisHostBudgetOptions): HostBudget {
  const { prefix } = opts;
  // Defined commands run by EVALSHA (ioredis loads the script again after a NOSCRIPT, e.g. a
  // restarted Redis): every request's acquire used to send the script's 700 bytes with EVAL, and
  // Redis hashed them each time (issue 16: ~5 us of Redis and ~2 us of Node CPU per request).
  opts.redis.defineCommand('whHostAcquire', { numberOfKeys: 2, lua: ACQUIRE });
  opts.redis.defineCommand('whHostRetry', { numberOfKeys: 1, lua: RETRY });
  const redis = opts.redis as Redis & BudgetCommands;
  const keys = (host: string) => [`${prefix}:host:${host}:leases`, `${prefix}:host:${host}:next`] as const;
  return {
    async retryAfter(host, waitMs, minDelayMs = 0) {
      const step = retryStep(Math.max(opts.minDelayMs, minDelayMs));
      return Number(await redis.whHostRetry(`${prefix}:host:${host}:retry`, Math.max(0, Math.round(waitMs)), step));
    },
    async tryAcquire(host, minDelayMs = 0) {
      const token = randomUUID();
      const [leases, next] = keys(host);
      const delay = Math.max(opts.minDelayMs, minDelayMs);
      const wait = Number(await redis.whHostAcquire(leases, next, opts.concurrency, delay, opts.leaseMs, token));
      return wait === 0 ? { ok: true, token } : { ok: false, waitMs: wait };
    },
    async release(host, token) {
      await redis.zrem(keys(host)[0], token);
    },
  };
}

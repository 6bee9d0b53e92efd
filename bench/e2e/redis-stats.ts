/**
 * What the Redis server pays for a round: its CPU (utime + stime from /proc, like the Postgres
 * backends) and the commands it ran (`INFO commandstats`, which also counts the commands a Lua
 * script calls, so BullMQ's scripts show as `evalsha` plus what they do inside). redis-server runs
 * on the same cores as the service, so its CPU counts against the articles/s as much as Node's.
 * Both are server-wide: a Redis shared with other work counts that work too (a private
 * redis-server, BENCH_REDIS_URL, keeps the figures to the round).
 */
import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { cpuMs } from './proc-stats.js';

/**
 * The redis-server's pid when its /proc entry is readable from here (same machine, same pid
 * namespace, allowed to read it), else null: a remote or containerized Redis reports a pid that
 * is not its own here, which is why the process name is checked too.
 */
export async function redisServerPid(redis: Redis): Promise<number | null> {
  const m = /^process_id:(\d+)/m.exec(await redis.info('server'));
  if (!m) return null;
  const pid = Number(m[1]);
  try {
    if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('redis')) return null;
  } catch {
    return null;
  }
  return cpuMs(pid) === null ? null : pid;
}

/** Calls by command name (`evalsha`, `zadd`, `client|setname`, ...) since the server started. */
export async function commandCalls(redis: Redis): Promise<Map<string, number>> {
  const calls = new Map<string, number>();
  for (const m of (await redis.info('commandstats')).matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls.set(m[1]!, Number(m[2]));
  return calls;
}

/** `after - before` by command, leaving out commands that did not run. */
export function callsSince(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  const d = new Map<string, number>();
  for (const [k, n] of after) if (n - (before.get(k) ?? 0) > 0) d.set(k, n - (before.get(k) ?? 0));
  return d;
}

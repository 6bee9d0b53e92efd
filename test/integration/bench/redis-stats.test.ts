/**
 * The e2e bench's Redis figures: the server's pid is found and its CPU readable (the tests run
 * beside their Redis), and commands are counted by name, those run inside a Lua script included.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpuMs } from '../../../bench/e2e/proc-stats.js';
import { callsSince, commandCalls, redisServerPid } from '../../../bench/e2e/redis-stats.js';
import { REDIS_URL } from '../../helpers/fresh-db.js';

let redis: Redis;
beforeAll(() => {
  redis = new Redis(REDIS_URL);
});
afterAll(async () => {
  await redis.quit();
});

describe('redis stats', () => {
  it("finds redis-server's pid and reads its CPU", async () => {
    const pid = await redisServerPid(redis);
    expect(pid).not.toBeNull();
    expect(cpuMs(pid!)).toBeGreaterThanOrEqual(0);
  });

  it('counts commands by name, inside scripts too', async () => {
    const key = `wh-test-redis-stats-${process.pid}`;
    const before = await commandCalls(redis);
    await redis.eval("redis.call('SADD', KEYS[1], 'a') redis.call('SADD', KEYS[1], 'b') return 1", 1, key);
    await redis.del(key);
    const d = callsSince(before, await commandCalls(redis));
    // Other clients of the shared server may run commands too: at least ours are there.
    expect(d.get('eval')).toBeGreaterThanOrEqual(1);
    expect(d.get('sadd')).toBeGreaterThanOrEqual(2);
    expect(d.get('del')).toBeGreaterThanOrEqual(1);
    expect([...d.values()].every((n) => n > 0)).toBe(true);
  });

  it('callsSince leaves out what did not run', () => {
    const d = callsSince(
      new Map([
        ['get', 5],
        ['set', 2],
      ]),
      new Map([
        ['get', 5],
        ['set', 4],
        ['xadd', 1],
      ]),
    );
    expect([...d]).toEqual([
      ['set', 2],
      ['xadd', 1],
    ]);
  });
});

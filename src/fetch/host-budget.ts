/**
 * The per-host politeness budget: at most `concurrency` requests in flight per host and at least
 * `minDelayMs` between request starts. `createMemoryHostBudget` keeps it in this process (library
 * use, the CLI); `createRedisHostBudget` (redis-host-budget.ts) shares it across processes.
 */
import { PipelineError } from '../errors.js';

/** The result of one non-blocking attempt to take a slot. */
export type TryAcquireResult = { ok: true; token: string } | { ok: false; waitMs: number };

/** A slot store. `tryAcquire` never waits; `acquireHostSlot` loops on it. */
export interface HostBudget {
  /** `minDelayMs` raises the configured delay for this host (a robots.txt Crawl-delay). */
  tryAcquire(host: string, minDelayMs?: number): Promise<TryAcquireResult>;
  release(host: string, token: string): Promise<void>;
  /**
   * For a request that found the host busy and gives up its worker: when to come back (ms from
   * now, at least `waitMs`). Each caller gets the next place on the host's retry line, one pacing
   * step after the previous one, so the N jobs waiting for a host wake one step apart, each
   * near a free slot, instead of all waking at once and all but one going back to sleep (which
   * kept the workers busy shuffling jobs: issue 16).
   */
  retryAfter(host: string, waitMs: number, minDelayMs?: number): Promise<number>;
}

/** The spacing of a host's retry line: its pacing delay, or a short step when only concurrency limits it. */
export const retryStep = (delayMs: number): number => Math.max(delayMs, 25);

/** Limits of a budget. */
export interface HostBudgetLimits {
  /** Maximum concurrent requests per host. */
  concurrency: number;
  /** Minimum milliseconds between two request starts to the same host. */
  minDelayMs: number;
}

/** A held slot; call `release` exactly once (extra calls are ignored). */
export interface HostSlot {
  waitedMs: number;
  release(): Promise<void>;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Waits for a slot of `host`, polling `budget` (the wait hint it returns, capped at 100 ms when the
 * host is full so a released slot is noticed soon). Fails with the retryable `fetch_host_busy`
 * after `maxWaitMs` so a job goes back to the queue instead of holding a worker forever.
 */
export async function acquireHostSlot(
  budget: HostBudget,
  host: string,
  opts: { maxWaitMs: number; signal?: AbortSignal | undefined; minDelayMs?: number | undefined },
): Promise<HostSlot> {
  const start = Date.now();
  for (;;) {
    const r = await budget.tryAcquire(host, opts.minDelayMs);
    if (r.ok) {
      let released = false;
      return {
        waitedMs: Date.now() - start,
        release: async () => {
          if (released) return;
          released = true;
          await budget.release(host, r.token);
        },
      };
    }
    const waited = Date.now() - start;
    if (waited + r.waitMs > opts.maxWaitMs) {
      throw new PipelineError('fetch_host_busy', `fetch: host ${host} busy for more than ${opts.maxWaitMs} ms`, {
        retryAfterMs: await budget.retryAfter(host, r.waitMs, opts.minDelayMs),
        context: { host, waitedMs: waited },
      });
    }
    await sleep(Math.max(1, r.waitMs), opts.signal);
  }
}

let counter = 0;

/** An in-process budget with the same semantics as the Redis one (for library use and the CLI). */
export function createMemoryHostBudget(limits: HostBudgetLimits): HostBudget {
  const hosts = new Map<string, { active: Set<string>; nextStart: number }>();
  const retryLines = new Map<string, number>();
  return {
    async retryAfter(host, waitMs, minDelayMs = 0) {
      const now = Date.now();
      const at = Math.max(now + waitMs, retryLines.get(host) ?? 0);
      retryLines.set(host, at + retryStep(Math.max(limits.minDelayMs, minDelayMs)));
      for (const [h, t] of retryLines) if (t < now) retryLines.delete(h); // idle hosts leave nothing behind
      return at - now;
    },
    async tryAcquire(host, minDelayMs = 0) {
      const now = Date.now();
      let h = hosts.get(host);
      if (!h) hosts.set(host, (h = { active: new Set(), nextStart: 0 }));
      if (h.active.size >= limits.concurrency) return { ok: false, waitMs: 25 };
      if (now < h.nextStart) return { ok: false, waitMs: h.nextStart - now };
      const token = `m${++counter}`;
      h.active.add(token);
      h.nextStart = now + Math.max(limits.minDelayMs, minDelayMs);
      return { ok: true, token };
    },
    async release(host, token) {
      const h = hosts.get(host);
      if (!h) return;
      h.active.delete(token);
      if (h.active.size === 0 && h.nextStart <= Date.now()) hosts.delete(host);
    },
  };
}

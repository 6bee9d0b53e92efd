/** Job counts per queue and state, read from Redis (used by /metrics, the status page and `status`). */
import type { Queue } from 'bullmq';

/** Job states shown and exported (BullMQ 6 `getJobCounts` names; "paused" is a queue flag now). */
export const QUEUE_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed', 'waiting-children'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueDepth {
  name: string;
  paused: boolean;
  counts: Record<QueueState, number>;
  /** When the oldest waiting job (plain or prioritized) was added (ms since the epoch), null when none waits. */
  oldestWaitingMs: number | null;
}

/** Prioritized jobs read per scrape to find the oldest waiting one (bounded: a scrape stays cheap). */
const PRIORITIZED_SCAN = 100;

/** Reads the counts of every queue, in the order given. */
export async function queueDepths(queues: Record<string, Queue>): Promise<QueueDepth[]> {
  return Promise.all(
    Object.entries(queues).map(async ([name, q]) => {
      // asc: the wait list's far end, where the oldest job sits (one LRANGE of one element). Jobs
      // with a priority (fetch jobs get a fair-share one) wait in their own set, ordered by
      // priority, not age: the oldest among the next PRIORITIZED_SCAN to run stands for them.
      const [raw, paused, oldest, prioritized] = await Promise.all([
        q.getJobCounts(...QUEUE_STATES),
        q.isPaused(),
        q.getJobs(['waiting'], 0, 0, true),
        q.getJobs(['prioritized'], 0, PRIORITIZED_SCAN - 1, true),
      ]);
      const counts = Object.fromEntries(QUEUE_STATES.map((s) => [s, raw[s] ?? 0])) as Record<QueueState, number>;
      const stamps = [...oldest, ...prioritized].map((j) => j?.timestamp).filter((t): t is number => typeof t === 'number');
      return { name, paused, counts, oldestWaitingMs: stamps.length ? Math.min(...stamps) : null };
    }),
  );
}

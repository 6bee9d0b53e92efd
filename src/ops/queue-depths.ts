/** Job counts per queue and state, read from Redis (used by /metrics, the status page and `status`). */
import type { Queue } from 'bullmq';

/** Job states shown and exported (BullMQ 6 `getJobCounts` names; "paused" is a queue flag now). */
export const QUEUE_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed', 'waiting-children'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueDepth {
  name: string;
  paused: boolean;
  counts: Record<QueueState, number>;
  /** When the oldest waiting job was added (ms since the epoch), null when none waits. */
  oldestWaitingMs: number | null;
}

/** Reads the counts of every queue, in the order given. */
export async function queueDepths(queues: Record<string, Queue>): Promise<QueueDepth[]> {
  return Promise.all(
    Object.entries(queues).map(async ([name, q]) => {
      // asc: the wait list's far end, where the oldest job sits (one LRANGE of one element).
      const [raw, paused, oldest] = await Promise.all([q.getJobCounts(...QUEUE_STATES), q.isPaused(), q.getJobs(['waiting'], 0, 0, true)]);
      const counts = Object.fromEntries(QUEUE_STATES.map((s) => [s, raw[s] ?? 0])) as Record<QueueState, number>;
      return { name, paused, counts, oldestWaitingMs: oldest[0]?.timestamp ?? null };
    }),
  );
}

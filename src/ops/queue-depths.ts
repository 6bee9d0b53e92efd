/** Job counts per queue and state, read from Redis (used by /metrics, the status page and `status`). */
import type { Queue } from 'bullmq';

/** Job states shown and exported (BullMQ 6 `getJobCounts` names; "paused" is a queue flag now). */
export const QUEUE_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed', 'waiting-children'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueDepth {
  name: string;
  paused: boolean;
  counts: Record<QueueState, number>;
}

/** Reads the counts of every queue, in the order given. */
export async function queueDepths(queues: Record<string, Queue>): Promise<QueueDepth[]> {
  return Promise.all(
    Object.entries(queues).map(async ([name, q]) => {
      const [raw, paused] = await Promise.all([q.getJobCounts(...QUEUE_STATES), q.isPaused()]);
      const counts = Object.fromEntries(QUEUE_STATES.map((s) => [s, raw[s] ?? 0])) as Record<QueueState, number>;
      return { name, paused, counts };
    }),
  );
}

/**
 * The scheduler tick: claim the feeds whose next poll is due and enqueue a poll job for each.
 * The claim pushes next_poll_at forward by a lease (config.poll.leaseSeconds, longer than a poll
 * can take); the poll job then sets the real next time. A poll job lost with Redis data is
 * redone when the lease runs out. Each tick leaves a heartbeat for /readyz and `status`, written
 * by the claim statement itself (one statement per tick): it says the tick ran and claimed, not
 * that the enqueue succeeded (a failed enqueue fails the job, and the lease covers the feeds).
 */
import { claimDueFeeds } from '../src/db/feeds.repo.js';
import type { Deps } from '../src/app/deps.js';

export async function schedulerTick(deps: Deps): Promise<{ enqueued: number }> {
  const due = await claimDueFeeds(deps.db, deps.now(), deps.config.poll.leaseSeconds, { heartbeat: 'scheduler' });
  await deps.enqueue.pollFeeds(due.map((f) => ({ feedId: f.id, slot: f.slot.toISOString() })));
  return { enqueued: due.length };
}

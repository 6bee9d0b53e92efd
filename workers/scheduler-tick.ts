/**
 * The scheduler tick: claim the feeds whose next poll is due and enqueue a poll job for each.
 * The claim pushes next_poll_at forward by a lease (config.poll.leaseSeconds, longer than a poll
 * can take); the poll job then sets the real next time. A poll job lost with Redis data is
 * redone when the lease runs out. Each tick leaves a heartbeat for /readyz and `status`.
 */
import { claimDueFeeds } from '../src/db/feeds.repo.js';
import { beat } from '../src/db/redrive.repo.js';
import type { Deps } from '../src/app/deps.js';

export async function schedulerTick(deps: Deps): Promise<{ enqueued: number }> {
  const due = await claimDueFeeds(deps.db, deps.now(), deps.config.poll.leaseSeconds);
  await deps.enqueue.pollFeeds(due.map((f) => ({ feedId: f.id, slot: f.slot.toISOString() })));
  await beat(deps.db, 'scheduler', { enqueued: due.length });
  return { enqueued: due.length };
}

/**
 * The scheduler tick: claim the feeds whose next poll is due and enqueue a poll job for each.
 * The claim pushes next_poll_at forward by a lease; the poll job then sets the real next time.
 */
import { claimDueFeeds } from '../src/db/feeds.repo.js';
import type { Deps } from './deps.js';

/** Longer than a poll can take (fetch timeout + parse + queue wait), so a live poll is never doubled. */
const LEASE_SECONDS = 600;

export async function schedulerTick(deps: Deps): Promise<{ enqueued: number }> {
  const due = await claimDueFeeds(deps.db, deps.now(), LEASE_SECONDS);
  await deps.enqueue.pollFeeds(due.map((f) => ({ feedId: f.id, slot: f.slot.toISOString() })));
  return { enqueued: due.length };
}

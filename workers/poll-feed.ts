/** poll-feed job: poll the feed and record the outcome (src/app/poll-feed.ts enqueues the new items' fetches). */
import type { Deps } from '../src/app/deps.js';
import { pollFeed, type PollResult } from '../src/app/poll-feed.js';
import type { PollFeedJob } from '../src/queues.js';

export function pollFeedJob(deps: Deps, job: PollFeedJob): Promise<PollResult> {
  return pollFeed(deps, job);
}

/**
 * Dedupe metrics count each story decision once, whichever job made it: the fetch job places the
 * article itself (its result carries `story`), a dedupe job does it on a fall-back or re-drive,
 * and a fetch job whose assignment failed counts a deferral instead of a decision.
 */
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/ops/metrics.js';

const assignment = {
  storyId: 7,
  role: 'repost',
  method: 'near_dup',
  score: 0.9,
  comparedArticleId: 3,
  created: false,
  existing: false,
  merged: [],
};
const stored = { articleId: 11, version: 1, changed: true };

async function series(queue: string, result: unknown): Promise<string[]> {
  const m = createMetrics({ processMetrics: false, storeGauges: false });
  m.observer.jobFinished({ queue, outcome: 'completed', seconds: 0.01, result });
  const text = await m.render();
  return text.split('\n').filter((l) => /^wirehouse_(dedupe|reposts|stories_created|articles_stored)\w*\{?.* [1-9]/.test(l));
}

describe('dedupe metrics by the job that decided', () => {
  it.each([
    [
      'fetch job, placed inline',
      'fetch-article',
      { ...stored, story: assignment },
      [
        'wirehouse_articles_stored_total{changed="true"} 1',
        'wirehouse_dedupe_decisions_total{method="near_dup"} 1',
        'wirehouse_reposts_merged_total{role="repost"} 1',
      ],
    ],
    [
      'fetch job, assignment deferred',
      'fetch-article',
      { ...stored, story: { deferred: 'dedupe-job', code: 'db_unavailable' } },
      ['wirehouse_articles_stored_total{changed="true"} 1', 'wirehouse_dedupe_deferred_total{code="db_unavailable"} 1'],
    ],
    [
      'dedupe job',
      'dedupe',
      { ...assignment, created: true, method: 'new', role: 'original' },
      ['wirehouse_dedupe_decisions_total{method="new"} 1', 'wirehouse_stories_created_total 1'],
    ],
  ])('%s', async (_name, queue, result, expected) => {
    expect((await series(queue, result)).sort()).toEqual([...expected].sort());
  });
});

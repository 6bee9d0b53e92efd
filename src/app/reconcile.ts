/**
 * The reconciler: Postgres is the source of truth, Redis only a cache of work in progress. Every
 * run (periodic, at start, after a Redis reconnect) re-creates the scheduler tick if it is gone,
 * then re-queues each feed item without an article and each article without a story that no
 * live job covers, on the item's own slow back-off (minutes up to a day), so a Redis restart
 * without persistence, a job that used up its retries, or a crash between writes loses nothing.
 */
import {
  articlesDueForDedupe,
  beat,
  deferArticles,
  deferItems,
  itemsDueForRedrive,
  markArticlesRedriven,
  markItemsRedriven,
  waitingForRedrive,
  type RedrivePolicy,
} from '../db/redrive.repo.js';
import type { Config } from '../config.js';
import type { Deps, Redriver } from './deps.js';

export interface ReconcileOutcome {
  schedulerRecreated: boolean;
  itemsRequeued: number;
  articlesRequeued: number;
  /** Work Postgres still lists after this run (items without article, articles without story). */
  waiting: { items: number; articles: number; failedForGood: number };
}

/** The re-drive policy from config. */
export function redrivePolicy(config: Config): RedrivePolicy {
  const r = config.reconcile;
  return { baseMs: r.backoffBaseMs, maxMs: r.backoffMaxMs, maxRedrives: r.maxRedrives, graceMs: r.graceMs };
}

export async function reconcile(deps: Deps, redriver: Redriver): Promise<ReconcileOutcome> {
  const { db, config } = deps;
  const now = deps.now();
  const policy = redrivePolicy(config);
  const schedulerRecreated = await redriver.ensureScheduler();
  if (schedulerRecreated) deps.log.warn('reconciler: the scheduler tick was missing from Redis (data lost?); re-created it');
  // A live job is checked again after one base step: a backlog is not re-scanned every run.
  const recheck = new Date(now.getTime() + policy.baseMs);
  const items = await itemsDueForRedrive(db, now, policy, config.reconcile.batch);
  const fetched = await redriver.fetch(
    items.map((it) => ({
      url: it.url,
      feedId: it.feedId,
      guid: it.guid,
      feedTitle: it.title,
      feedPublished: it.publishedAt?.toISOString() ?? null,
    })),
  );
  await markItemsRedriven(db, fetched.requeued, now, policy);
  await deferItems(db, fetched.live, recheck);
  const articles = await articlesDueForDedupe(db, now, policy, config.reconcile.batch);
  const deduped = await redriver.dedupe(articles);
  await markArticlesRedriven(db, deduped.requeued, now, policy);
  await deferArticles(db, deduped.live, recheck);
  const waiting = await waitingForRedrive(db);
  const out = { schedulerRecreated, itemsRequeued: fetched.requeued.length, articlesRequeued: deduped.requeued.length, waiting };
  await beat(db, 'reconciler', out);
  if (out.itemsRequeued || out.articlesRequeued) deps.log.info(out, 'reconciler re-queued work');
  return out;
}

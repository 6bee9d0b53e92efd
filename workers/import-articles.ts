/**
 * `wirehouse import`: pre-extracted articles (JSONL) through normalization and the real dedupe
 * stage into Postgres. Idempotent: a record is keyed by its id, and an article already in a story
 * keeps it. Lines are taken in file order with a few in flight at once (the dedupe locks keep
 * concurrent copies of one story together).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { upsertArticle } from '../src/db/articles.repo.js';

import { isPipelineError } from '../src/errors.js';
import { articleFromRecord, toImportRecord } from '../src/normalize/article-from-record.js';
import { articleInput } from './article-input.js';
import { assignStory } from './dedupe.js';
import type { Deps } from './deps.js';

export interface ImportReport {
  lines: number;
  imported: number;
  invalid: { line: number; error: string }[];
  storiesCreated: number;
  merged: number;
}

export async function importArticles(
  deps: Pick<Deps, 'db' | 'now'>,
  file: string,
  opts: { concurrency?: number; onProgress?: (n: number) => void } = {},
): Promise<ImportReport> {
  const report: ImportReport = { lines: 0, imported: 0, invalid: [], storiesCreated: 0, merged: 0 };
  const inFlight = new Set<Promise<void>>();
  const limit = opts.concurrency ?? 4;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let failure: unknown = null;
  for await (const raw of lines) {
    if (failure) break;
    const lineNo = ++report.lines;
    if (!raw.trim()) continue;
    const task = importLine(deps, raw, lineNo, report)
      .catch((err: unknown) => {
        failure ??= err;
      })
      .finally(() => {
        inFlight.delete(task);
        opts.onProgress?.(1);
      });
    inFlight.add(task);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  return report;
}

async function importLine(deps: Pick<Deps, 'db' | 'now'>, raw: string, lineNo: number, report: ImportReport): Promise<void> {
  let article;
  let id: string | null;
  try {
    const rec = toImportRecord(JSON.parse(raw));
    id = rec.id === undefined ? null : String(rec.id);
    article = articleFromRecord(rec);
  } catch (err) {
    // A bad line is reported and skipped; it never sinks the file.
    if (err instanceof SyntaxError || isPipelineError(err)) {
      report.invalid.push({ line: lineNo, error: err.message });
      return;
    }
    throw err;
  }
  const saved = await upsertArticle(deps.db, articleInput(article, { url: article.canonicalUrl, fetchedAt: deps.now(), externalId: id ?? `line-${lineNo}` }));
  const a = await assignStory(deps.db, saved.id);
  report.imported++;
  if (a && !a.existing) {
    if (a.created) report.storiesCreated++;
    else report.merged++;
  }
}

/**
 * `wirehouse import`: pre-extracted articles (JSONL) through normalization and the real dedupe
 * stage into Postgres. Idempotent: a record is keyed by its id, and an article already in a story
 * keeps it. Lines are taken in file order with a few in flight at once (the dedupe locks keep
 * concurrent copies of one story together).
 */
import { createReadStream } from 'node:fs';
import { upsertArticle } from '../db/articles.repo.js';

import { isPipelineError } from '../errors.js';
import { readLines } from '../import/read-lines.js';
import { articleFromRecord, toImportRecord } from '../normalize/article-from-record.js';
import { articleInput } from './article-input.js';
import { placeInStory } from './place-in-story.js';
import type { Deps } from './deps.js';

export interface ImportReport {
  lines: number;
  imported: number;
  invalid: { line: number; error: string }[];
  storiesCreated: number;
  merged: number;
}

/** Longest import line read (a JSONL record); longer lines are skipped and reported. */
export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

export async function importArticles(
  deps: Pick<Deps, 'db' | 'now'>,
  file: string,
  opts: { concurrency?: number; onProgress?: (n: number) => void; maxLineBytes?: number } = {},
): Promise<ImportReport> {
  const report: ImportReport = { lines: 0, imported: 0, invalid: [], storiesCreated: 0, merged: 0 };
  const inFlight = new Set<Promise<void>>();
  const limit = opts.concurrency ?? 4;
  const maxBytes = opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let failure: unknown = null;
  for await (const read of readLines(createReadStream(file), maxBytes)) {
    if (failure) break;
    const lineNo = read.line;
    report.lines = lineNo;
    if ('tooLong' in read) {
      report.invalid.push({ line: lineNo, error: `import: line of ${read.tooLong} bytes is over the ${maxBytes}-byte limit` });
      continue;
    }
    const raw = read.text;
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
    // A bad line is reported and skipped; it never sinks the file. Parsing and normalizing are
    // pure code on this line alone, so whatever they throw is this line's failure.
    const message = err instanceof Error ? err.message : String(err);
    report.invalid.push({ line: lineNo, error: isPipelineError(err) || err instanceof SyntaxError ? message : `import: ${message}` });
    return;
  }
  let saved;
  try {
    saved = await upsertArticle(
      deps.db,
      articleInput(article, { url: article.canonicalUrl, fetchedAt: deps.now(), externalId: id ?? `line-${lineNo}` }),
    );
  } catch (err) {
    // Postgres refused this record's data (SQLSTATE class 22: a value out of range, bad text):
    // the line fails alone. Anything else (connection lost) stops the import.
    const sqlState = (err as { code?: unknown }).code;
    if (typeof sqlState === 'string' && sqlState.startsWith('22')) {
      report.invalid.push({ line: lineNo, error: `import: database refused the record: ${(err as Error).message}` });
      return;
    }
    throw err;
  }
  const a = await placeInStory(deps.db, saved.id, undefined, undefined, saved.changed && saved.version > 1);
  report.imported++;
  if (a && !a.existing) {
    if (a.created) report.storiesCreated++;
    else report.merged++;
  }
}

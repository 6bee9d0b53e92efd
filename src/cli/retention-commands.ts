/** prune (retention) and `articles delete` (a takedown). Exit codes: 0 ok, 1 failure, 2 usage. */
import type { Command } from 'commander';
import { articleExists, findArticleIdsByUrl } from '../db/articles.repo.js';
import { deleteArticle } from '../db/stories.repo.js';
import { reelectStory } from '../dedupe/assign-story.js';
import { prune } from '../app/prune.js';
import { NotFoundError, print, withDb } from './common.js';
import { progress } from './progress.js';

export function registerRetentionCommands(program: Command): void {
  program
    .command('prune')
    .description(
      'delete raw pages and poll records older than RAW_PAGES_RETENTION_DAYS / FEED_FETCHES_RETENTION_DAYS (articles and stories are kept)',
    )
    .option('--dry-run', 'only count what would be deleted')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { dryRun?: boolean; json?: boolean }) => {
      let bar: ReturnType<typeof progress> | null = null;
      const report = await withDb((db, cfg) =>
        prune(
          { db, config: cfg, now: () => new Date() },
          {
            dryRun: opts.dryRun,
            onStart: (total) => (bar = progress('prune', total)),
            onProgress: (n) => bar?.tick(n),
          },
        ),
      );
      (bar as ReturnType<typeof progress> | null)?.done();
      if (opts.json) return print(report);
      for (const t of report.tables) {
        const line =
          t.before === null
            ? `${t.table}: kept (retention 0 = forever)`
            : `${t.table}: ${report.dryRun ? 'would delete' : 'deleted'} ${t.rows} rows older than ${t.before} (${t.retentionDays} days)`;
        process.stdout.write(`${line}\n`);
      }
    });

  const articles = program.command('articles').description('manage stored articles');
  articles
    .command('delete <idOrUrl>')
    .description('delete an article (a takedown) by id, canonical URL or fetched URL; its story re-elects its original')
    .action(async (idOrUrl: string) => {
      const results = await withDb(async (db) => {
        const ids = /^\d+$/.test(idOrUrl)
          ? (await articleExists(db, Number(idOrUrl)))
            ? [Number(idOrUrl)]
            : []
          : await findArticleIdsByUrl(db, idOrUrl);
        if (ids.length === 0) throw new NotFoundError(`no article ${idOrUrl}`);
        const out = [];
        for (const id of ids) {
          const r = await deleteArticle(db, id, (tx, storyId) => reelectStory(tx, storyId));
          if (r) out.push(r);
        }
        return out;
      });
      print({ deleted: results });
    });
}

/** migrate, start, worker, demo. */
import { Option, type Command } from 'commander';
import { loadConfig } from '../config.js';
import { demoEnv, runDemo } from '../demo/demo.js';
import { createLogger } from '../logger.js';
import { opsRoutes, workerOpsRoutes } from '../ops/routes.js';
import { prepareDatabase, type Role } from '../runtime.js';
import { startService } from '../service.js';
import { config, portNumber, positiveInt, serveUntilSignal } from './common.js';
import { exitWithParent, startWorkerProcesses, SUPERVISED_FLAG } from './worker-processes.js';

export function registerServiceCommands(program: Command): void {
  program
    .command('migrate')
    .description('create the database if missing and apply pending migrations')
    .action(async () => {
      const cfg = config();
      const applied = await prepareDatabase(cfg, createLogger('warn', {}, cfg.logFormat));
      process.stdout.write(
        applied.length ? `applied ${applied.length} migration${applied.length === 1 ? '' : 's'}: ${applied.join(', ')}\n` : 'up to date\n',
      );
    });

  program
    .command('start')
    .description(
      'run the scheduler, all workers and the HTTP server, plus N-1 worker processes (by default one process per two cores, each with a page-extraction thread)',
    )
    .option(
      '--workers <n>',
      'processes in all: this one and n-1 supervised `worker --role all` (default: WORKERS, else one per two cores)',
      (v) => positiveInt(v, '--workers'),
    )
    .action(async (opts: { workers?: number }) => {
      // The operations routes (dashboard, status page, /metrics) and the metrics observer.
      const ops = opsRoutes();
      const cfg = config();
      const count = opts.workers ?? cfg.workers;
      await serveUntilSignal(async () => {
        const svc = await startService(cfg, {
          roles: ['scheduler', 'poll', 'fetch', 'dedupe'],
          http: true,
          observer: ops.metrics.observer,
          routes: ops.routes,
        });
        // Workers start after this process migrated the database and opened the queues.
        const workers = count > 1 ? startWorkerProcesses(count - 1, svc.log) : null;
        return { close: async () => void (await Promise.all([workers?.stop(), svc.close()])) };
      });
    });

  program
    .command('worker')
    .description('run workers only (more processes can share one Redis and Postgres)')
    .addOption(new Option('--role <role>', 'which workers').choices(['poll', 'fetch', 'dedupe', 'all']).default('all'))
    .option('--port <port>', "serve /healthz, /readyz and this process's /metrics on this port (0: any free port; on HOST)", (v) =>
      portNumber(v, '--port'),
    )
    .addOption(new Option(SUPERVISED_FLAG, 'started by `start --workers`: stop when it stops').hideHelp())
    .action(async (opts: { role: 'poll' | 'fetch' | 'dedupe' | 'all'; port?: number; supervised?: boolean }) => {
      if (opts.supervised) exitWithParent();
      const roles: Role[] = opts.role === 'all' ? ['poll', 'fetch', 'dedupe'] : [opts.role];
      const cfg = config();
      if (opts.port === undefined) return serveUntilSignal(() => startService(cfg, { roles, http: false }));
      const ops = workerOpsRoutes();
      const port = opts.port;
      await serveUntilSignal(() =>
        startService(
          { ...cfg, server: { ...cfg.server, port } },
          { roles, http: true, observer: ops.metrics.observer, routes: ops.routes },
        ),
      );
    });

  program
    .command('demo')
    .description('offline demo: a local wire server, the real service on local Postgres/Redis, the merged stories')
    .option('--timeout <seconds>', 'give up after this long', (v) => positiveInt(v, '--timeout'), 120)
    .action(async (opts: { timeout: number }) => {
      const cfg = loadConfig(demoEnv(process.env));
      process.stdout.write(`wirehouse demo (database ${new URL(cfg.databaseUrl).pathname.slice(1)}, queue prefix ${cfg.queuePrefix})\n`);
      await runDemo(cfg, { reset: true, timeoutMs: opts.timeout * 1000, write: (l) => process.stdout.write(`${l}\n`) });
      process.stdout.write(demoNextSteps(cfg.databaseUrl));
    });
}

/** What a new user does after the demo: the rows stay in the demo database until the next run. */
function demoNextSteps(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = 'PASSWORD';
  const db = url.toString();
  return [
    '',
    `The rows stay in ${url.pathname.slice(1)} until the next demo. Query them:`,
    `  psql ${db} -c 'select story_id, title, member_count, original_site from story_overview'`,
    `  psql ${db} -c 'select role, site, published_at, method from story_articles order by story_id, published_at'`,
    `  psql ${db} -c "select id, title, site from search_articles('Putin')"`,
    `  DATABASE_URL=${db} npx wirehouse stories`,
    'Views: story_overview, story_articles, syndication_by_site, feed_health, articles_without_story (README: Schema).',
    '',
  ].join('\n');
}

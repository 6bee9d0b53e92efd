/** Operations commands: status, doctor, dashboard. Exit codes: 0 ok, 1 failure, 2 usage. */
import type { Command } from 'commander';
import { loadConfig, redactedConfig } from '../config.js';
import { isPipelineError } from '../errors.js';
import { doctorOk, runDoctor, type DoctorCheck } from '../ops/doctor.js';
import { opsRoutes } from '../ops/routes.js';
import { collectStatus } from '../ops/status-data.js';
import { renderStatusText } from '../ops/status-text.js';
import { startService } from '../service.js';
import { createRuntime } from '../runtime.js';
import { config, print, serveUntilSignal } from './common.js';
import { feedHealthJson } from './feed-health-json.js';

const MARK: Record<DoctorCheck['status'], string> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL', skip: 'skip' };

function printDoctor(checks: DoctorCheck[]): void {
  const width = Math.max(...checks.map((c) => c.name.length));
  const lines = checks.map(
    (c) => `${MARK[c.status]}  ${c.name.padEnd(width)}  ${c.detail}${c.fix ? `\n      ${' '.repeat(width)}  fix: ${c.fix}` : ''}`,
  );
  const failed = checks.filter((c) => c.status === 'fail').length;
  lines.push('', failed ? `${failed} problem(s) found.` : 'All checks passed.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerOpsCommands(program: Command): void {
  program
    .command('status')
    .description('feed health, recent articles/stories/reposts and queue depths (the status page, in the terminal)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      // Redis errors are not logged: an unreadable Redis is reported in data.problems.
      const rt = createRuntime(config(), [], { dbPoolSize: 2, onRedisError: () => undefined });
      try {
        const data = await collectStatus(rt.db, rt.queues.byName);
        // --json keeps the feed rows' snake_case names (a public interface; see feed-health-json.ts).
        if (opts.json) print({ ...data, unhealthyFeeds: data.unhealthyFeeds.map(feedHealthJson) });
        else process.stdout.write(renderStatusText(data));
        if (data.problems.length) process.exitCode = 1;
      } finally {
        // Fails fast instead of waiting for a Redis that is away.
        rt.redis.disconnect();
        await Promise.race([rt.close(), new Promise((r) => setTimeout(r, 500).unref())]);
      }
    });

  program
    .command('doctor')
    .description('check Postgres, migrations, Redis (and its eviction policy), clocks and disk; say what to fix')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      let checks: DoctorCheck[];
      try {
        checks = await runDoctor(loadConfig());
      } catch (err) {
        if (!isPipelineError(err) || err.code !== 'config_invalid') throw err;
        const problems = (err.context as { problems?: string[] } | undefined)?.problems ?? [err.message];
        checks = [
          {
            name: 'config',
            status: 'fail',
            detail: problems.join('; '),
            fix: 'correct the environment variables named (see the configuration table in the README)',
          },
        ];
      }
      if (opts.json) print({ ok: doctorOk(checks), checks });
      else printDoctor(checks);
      if (!doctorOk(checks)) process.exitCode = 1;
    });

  program
    .command('config')
    .description('print the effective configuration (environment, *_FILE secrets and defaults) as JSON, passwords redacted')
    .action(() => {
      print(redactedConfig(loadConfig()));
    });

  program
    .command('dashboard')
    .description('serve the queue dashboard, status page, /metrics and health on PORT without running workers')
    .action(async () => {
      const ops = opsRoutes();
      await serveUntilSignal(() => startService(config(), { roles: [], http: true, routes: ops.routes }));
    });
}

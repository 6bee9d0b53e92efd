/** The built CLI (`dist/cli.js`) as a child process, as users run it, against a test env. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { TestEnv } from './fresh-db.js';

const cliPath = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const running = new Set<ChildProcess>();

export interface CliProcess {
  child: ChildProcess;
  /** Exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Everything written to stdout and stderr so far. */
  output(): string;
}

/** Settings for a `wirehouse start` under test: any port, loopback fixtures allowed, no pacing, fast ticks. */
export const SERVICE_UNDER_TEST: Readonly<Record<string, string>> = {
  PORT: '0',
  LOG_LEVEL: 'warn',
  ALLOW_PRIVATE_HOSTS: '127.0.0.1',
  HOST_MIN_DELAY_MS: '0',
  SCHEDULER_TICK_MS: '200',
  AUTO_MIGRATE: 'false',
  // A retry on a loaded test machine (a slow robots.txt, a timeout) comes back in seconds, not the
  // production minutes, so a test waiting for its rows sees the same retry path finish.
  JOB_BACKOFF_BASE_MS: '500',
  ROBOTS_ERROR_TTL_MS: '2000',
};

/** Starts `wirehouse ARGS` on the env's database and queue prefix; `extra` adds or overrides variables. */
export function launchCli(env: TestEnv, args: string[], extra: Record<string, string> = {}): CliProcess {
  const child = spawn(process.execPath, [cliPath, ...args], {
    // One process unless a test asks for more (`start` defaults to one per core): tests that kill
    // or stop the service reason about the one process they launched.
    env: { ...process.env, DATABASE_URL: env.databaseUrl, QUEUE_PREFIX: env.queuePrefix, LOG_LEVEL: 'info', WORKERS: '1', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  running.add(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => (running.delete(child), resolve(code))));
  return { child, exited, output: () => out };
}

/** Kills every launched process still running (a failed assertion must not leave a worker behind). */
export function killLeftovers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

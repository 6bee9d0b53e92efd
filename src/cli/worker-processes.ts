/**
 * `wirehouse start --workers N`: the process that runs `start` (scheduler, all workers, HTTP)
 * also supervises N-1 `wirehouse worker --role all` processes of the same program, so the
 * service uses every core by default (issue 16). Processes, not a worker-thread pool: a thread
 * pool would take only extraction off the event loop, while the pg client, BullMQ, dedupe and
 * GC (over half of the CPU per article, bench/RESULTS.md) stay on the one loop; processes
 * scale all of it and share nothing but Redis (queues and the per-host budget, so politeness
 * holds across them) and Postgres.
 *
 * A worker that exits on its own is restarted after a back-off (1 s doubling to 30 s, reset after
 * a minute up). On shutdown each worker gets SIGTERM and finishes its in-flight jobs. A worker
 * whose supervisor dies without stopping it (SIGKILL, OOM) notices the closed IPC channel and
 * stops itself the same way (`exitWithParent`), so no worker outlives its `start`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { Logger } from '../logger.js';
import { withServiceNodeFlags } from './node-flags.js';

export interface WorkerProcesses {
  /** Pids of the running workers (for tests and logs). */
  pids(): number[];
  /** SIGTERM to every worker; resolves when all have exited (SIGKILL after `killAfterMs`). */
  stop(killAfterMs?: number): Promise<void>;
}

const BACKOFF_MIN_MS = 1_000;
const BACKOFF_MAX_MS = 30_000;
const STABLE_MS = 60_000;

/** The hidden flag a supervised worker is started with (see `exitWithParent`). */
export const SUPERVISED_FLAG = '--supervised';

/**
 * Starts `count` worker processes running this program's `worker --role all`, with the same
 * Node options (plus the service's V8 flags, node-flags.ts) and environment.
 */
export function startWorkerProcesses(count: number, log: Logger, script = process.argv[1]!): WorkerProcesses {
  const slots: Array<{ child: ChildProcess | null; exited: Promise<void>; timer: NodeJS.Timeout | null }> = [];
  let stopping = false;

  const spawnSlot = (i: number, backoffMs: number): void => {
    const child = fork(script, ['worker', '--role', 'all', SUPERVISED_FLAG], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: withServiceNodeFlags(process.execArgv),
    });
    const startedAt = Date.now();
    const slot = slots[i]!;
    slot.child = child;
    slot.exited = new Promise<void>((resolve) =>
      child.once('exit', (code, signal) => {
        slot.child = null;
        resolve();
        if (stopping) return;
        // Up for a while: the crash is news, start again soon; else back off further.
        const wait = Date.now() - startedAt > STABLE_MS ? BACKOFF_MIN_MS : backoffMs;
        log.error({ worker: i + 1, pid: child.pid, code, signal, restartInMs: wait }, 'worker process exited; restarting');
        slot.timer = setTimeout(() => {
          slot.timer = null;
          if (!stopping) spawnSlot(i, Math.min(wait * 2, BACKOFF_MAX_MS));
        }, wait);
      }),
    );
    log.info({ worker: i + 1, pid: child.pid }, 'worker process started');
  };

  for (let i = 0; i < count; i++) {
    slots.push({ child: null, exited: Promise.resolve(), timer: null });
    spawnSlot(i, BACKOFF_MIN_MS);
  }

  return {
    pids: () => slots.flatMap((s) => (s.child?.pid ? [s.child.pid] : [])),
    async stop(killAfterMs = 60_000) {
      stopping = true;
      for (const s of slots) {
        if (s.timer) clearTimeout(s.timer);
        s.child?.kill('SIGTERM');
      }
      const kill = setTimeout(() => slots.forEach((s) => s.child?.kill('SIGKILL')), killAfterMs);
      await Promise.all(slots.map((s) => s.exited));
      clearTimeout(kill);
    },
  };
}

/**
 * In a supervised worker: stop gracefully (as on SIGTERM) when the supervisor's IPC channel
 * closes, i.e. the `start` process is gone. Without the IPC channel (a worker started by hand
 * or by systemd) this does nothing.
 */
export function exitWithParent(): void {
  if (!process.channel) return;
  process.channel.unref(); // the channel alone must not keep the worker alive
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

/**
 * The service under bench as users run it: `node dist/cli.js start --workers N`, which runs
 * itself and N-1 supervised `worker` processes sharing its Redis and Postgres (they inherit its
 * Node options, so the localhost shim and --cpu-prof apply to each). Logs go to one file; the
 * service is ready when N processes have logged "service started".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NODE_FLAGS } from '../../src/cli/node-flags.js';

export interface ServiceProcesses {
  /** `start` first, then its workers. */
  pids: number[];
  /** SIGTERM, wait for a clean exit (SIGKILL after 30 s); returns the exit code of `start`. */
  stop(): Promise<Array<number | null>>;
  logs(): string[];
}

const distDir = join(import.meta.dirname, '..', '..');

/** Direct children of a process (Linux). */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Starts `start --workers count` and waits until all its processes are ready. */
export async function startServiceProcesses(opts: {
  count: number;
  env: Record<string, string>;
  logDir: string;
  nodeArgs?: string[];
  timeoutMs?: number;
}): Promise<ServiceProcesses> {
  const shim = join(distDir, 'bench', 'e2e', 'localhost-dns.js');
  const log = join(opts.logDir, 'service.log');
  const fd = openSync(log, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    // The service's V8 flags, as `npm start` and the bin run it (src/cli/node-flags.ts).
    [...SERVICE_NODE_FLAGS, ...(opts.nodeArgs ?? []), '--import', shim, join(distDir, 'cli.js'), 'start', '--workers', String(opts.count)],
    {
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', fd, fd],
    },
  );
  closeSync(fd);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  const logs = () => [readFileSync(log, 'utf8')];
  for (;;) {
    const ready = logs()[0]!.split('"service started"').length - 1;
    if (ready >= opts.count) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`e2e bench: service did not start:\n${logs()[0]!.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pids: [child.pid!, ...childPids(child.pid!)],
    logs,
    async stop() {
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(kill);
      return [code];
    },
  };
}

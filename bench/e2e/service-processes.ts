/**
 * The service under bench as users run it: `node dist/cli.js start` and, for N processes, N-1
 * `node dist/cli.js worker` sharing its Redis and Postgres. Each writes its log to a file; a
 * process is ready when it logs "service started".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServiceProcesses {
  pids: number[];
  /** SIGTERM, wait for a clean exit (SIGKILL after 30 s); returns the exit codes. */
  stop(): Promise<Array<number | null>>;
  logs(): string[];
}

const distDir = join(import.meta.dirname, '..', '..');

/** Starts `count` processes (the first `start`, the rest `worker`) and waits until all are ready. */
export async function startServiceProcesses(opts: {
  count: number;
  env: Record<string, string>;
  logDir: string;
  nodeArgs?: string[];
  timeoutMs?: number;
}): Promise<ServiceProcesses> {
  const shim = join(distDir, 'bench', 'e2e', 'localhost-dns.js');
  const children: Array<{ child: ChildProcess; log: string; exited: Promise<number | null> }> = [];
  for (let i = 0; i < opts.count; i++) {
    const log = join(opts.logDir, `service-${i}.log`);
    const fd = openSync(log, 'w');
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', shim, join(distDir, 'cli.js'), i === 0 ? 'start' : 'worker'], {
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    children.push({ child, log, exited });
  }
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  const logs = () => children.map((c) => readFileSync(c.log, 'utf8'));
  for (;;) {
    const ready = logs().filter((l) => l.includes('"service started"')).length;
    if (ready === children.length) break;
    if (children.some((c) => c.child.exitCode !== null) || Date.now() > deadline) {
      for (const c of children) c.child.kill('SIGKILL');
      throw new Error(`e2e bench: service did not start:\n${logs().map((l) => l.slice(-2000)).join('\n---\n')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pids: children.map((c) => c.child.pid!),
    logs,
    async stop() {
      for (const c of children) c.child.kill('SIGTERM');
      const kill = setTimeout(() => children.forEach((c) => c.child.kill('SIGKILL')), 30_000);
      const codes = await Promise.all(children.map((c) => c.exited));
      clearTimeout(kill);
      return codes;
    },
  };
}

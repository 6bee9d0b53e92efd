/** CPU time and peak RSS of a process from /proc (Linux), for the end-to-end bench. */
import { readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux (getconf CLK_TCK)

/**
 * utime + stime in ms, or null when the process is gone: of the whole process (every thread), or
 * with `mainThread` of its main thread only (/proc/<pid>/task/<pid>: the JavaScript thread; the
 * rest is V8's compiler and GC helper threads and libuv's pool).
 */
export function cpuMs(pid: number, mainThread = false): number | null {
  try {
    const stat = readFileSync(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8');
    // Fields after the ")" of the command name: state is field 3, utime 14, stime 15.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** Peak resident set (VmHWM) in MB, or null when the process is gone. */
export function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * CPU used by a changing set of processes (Postgres backends come and go with the pool): the
 * first and last reading of every pid seen, summed.
 */
export class CpuTally {
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();

  sample(pids: Iterable<number>): void {
    for (const pid of pids) {
      const ms = cpuMs(pid);
      if (ms === null) continue;
      if (!this.first.has(pid)) this.first.set(pid, ms);
      this.last.set(pid, ms);
    }
  }

  totalMs(): number {
    let sum = 0;
    for (const [pid, ms] of this.last) sum += ms - (this.first.get(pid) ?? ms);
    return sum;
  }
}

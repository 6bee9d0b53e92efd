/**
 * Page preparation (decode + extract + dedupe keys, src/app/prepare-page.ts) in worker threads,
 * so a process's event loop keeps to I/O, Postgres, Redis and the story decision while another
 * core extracts. One process with a pool warms each piece of code once (the extractor in its
 * threads, the rest on the main thread); a second process warms all of it again (issue 16).
 * Pages go to the thread with the fewest in flight; a thread that dies fails its pages with a
 * retryable error and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { PipelineError, type ErrorCode } from '../errors.js';
import type { PageToPrepare, PreparedPage } from './prepare-page.js';

type Reply = { id: number; ok: PreparedPage } | { id: number; err: SerializedError };
type SerializedError =
  | { pipeline: true; code: ErrorCode; message: string; retryable: boolean; context: Record<string, unknown> }
  | { pipeline: false; message: string; stack?: string };

interface Pending {
  resolve: (p: PreparedPage) => void;
  reject: (e: unknown) => void;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Fails the slot's pages and replaces its thread (the thread is stopped). */
  fail: (why: string) => void;
}

function revive(e: SerializedError): Error {
  if (e.pipeline) return new PipelineError(e.code, e.message, { retryable: e.retryable, context: e.context });
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}

export class PreparePool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;

  /**
   * `timeoutMs` caps one page's preparation: past it the thread is stopped (extraction has its own
   * time cap, so only a page that defeats it gets here), its pages fail as retryable and a new
   * thread takes its place, so a pathological page costs one slot for a while, never the process.
   */
  constructor(
    readonly size: number,
    readonly timeoutMs = 60_000,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // The thread runs the built JavaScript; from the TypeScript sources (the tests) it registers
    // tsx first (a worker does not take `--import` from execArgv).
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(fromSource ? './prepare-thread.ts' : './prepare-thread.js', import.meta.url);
    const worker = fromSource
      ? new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true })
      : new Worker(url);
    const slot: Slot = { worker, pending: new Map(), fail: () => undefined };
    worker.on('message', (r: Reply) => {
      const p = slot.pending.get(r.id);
      if (!p) return;
      slot.pending.delete(r.id);
      clearTimeout(p.timer);
      if ('ok' in r) p.resolve(r.ok);
      else p.reject(revive(r.err));
    });
    let failed = false;
    const fail = (why: string): void => {
      if (failed) return;
      failed = true;
      for (const p of slot.pending.values()) {
        clearTimeout(p.timer);
        p.reject(new PipelineError('internal', `prepare thread ${why}`, { retryable: true }));
      }
      slot.pending.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
    };
    slot.fail = (why) => {
      fail(why);
      void worker.terminate();
    };
    worker.on('error', (err) => fail(`failed: ${err.message}`));
    worker.on('exit', (code) => fail(`exited with code ${code}`));
    // Idle threads do not keep the process alive: shutdown waits for jobs, not for the pool.
    worker.unref();
    return slot;
  }

  prepare(page: PageToPrepare): Promise<PreparedPage> {
    if (this.closed) return Promise.reject(new PipelineError('internal', 'prepare pool closed', { retryable: true }));
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.nextId++;
    return new Promise<PreparedPage>((resolve, reject) => {
      const timer = setTimeout(() => slot.fail(`timed out after ${this.timeoutMs} ms on ${page.finalUrl}`), this.timeoutMs);
      timer.unref();
      slot.pending.set(id, { resolve, reject, timer });
      slot.worker.postMessage({ id, page });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) for (const p of s.pending.values()) clearTimeout(p.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

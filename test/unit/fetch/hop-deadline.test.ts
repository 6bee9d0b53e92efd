/** The timers of one hop: one signal for three causes, and which one fired. */
import { describe, expect, it } from 'vitest';
import { hopDeadline } from '../../../src/fetch/hop-deadline.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('hopDeadline', () => {
  it('headers timer first: aborts as "headers", and stays "deadline" once the total one fires too', async () => {
    const d = hopDeadline(60, 10);
    await sleep(30);
    expect(d.signal.aborted).toBe(true);
    expect((d.signal.reason as Error).name).toBe('AbortError');
    expect(d.abortKind()).toBe('headers');
    await sleep(60);
    expect(d.abortKind()).toBe('deadline');
    d.clear();
  });

  it('headers arrived: only the total timer aborts', async () => {
    const d = hopDeadline(40, 10);
    d.headersArrived();
    await sleep(25);
    expect(d.signal.aborted).toBe(false);
    await sleep(40);
    expect([d.signal.aborted, d.abortKind()]).toEqual([true, 'deadline']);
    d.clear();
  });

  it("the caller's abort passes its reason, before or during the hop", () => {
    const before = new AbortController();
    before.abort(new Error('shutting down'));
    const a = hopDeadline(1000, 1000, before.signal);
    expect([a.signal.aborted, (a.signal.reason as Error).message, a.abortKind()]).toEqual([true, 'shutting down', 'caller']);
    a.clear();
    const during = new AbortController();
    const b = hopDeadline(1000, 1000, during.signal);
    expect([b.signal.aborted, b.abortKind()]).toEqual([false, null]);
    during.abort(new Error('stop'));
    expect([b.signal.aborted, (b.signal.reason as Error).message, b.abortKind()]).toEqual([true, 'stop', 'caller']);
    b.clear();
  });

  it('after clear nothing aborts the hop: not the timers, not the caller', async () => {
    const caller = new AbortController();
    const d = hopDeadline(10, 5, caller.signal);
    d.clear();
    caller.abort();
    await sleep(30);
    expect(d.signal.aborted).toBe(false);
  });
});

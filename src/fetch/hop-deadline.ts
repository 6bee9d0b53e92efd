/**
 * The timers of one HTTP hop: what is left of the fetch's total time, and our own headers timer.
 * undici's headers timeout is coarse (its timers tick at up to 1 s) and is re-armed internally;
 * ours bounds connect + request + response headers precisely.
 */
import type { AbortKind } from './to-fetch-error.js';

export interface HopDeadline {
  /** Aborts at the total deadline, at the headers deadline, or with the caller's signal. */
  signal: AbortSignal;
  /** The response headers arrived: the headers timer stops (the total one runs on). */
  headersArrived(): void;
  /** Which of the three aborted the hop, if one did. */
  abortKind(): AbortKind;
  /** Stops both timers (the hop is over). */
  clear(): void;
}

export function hopDeadline(remainingMs: number, headersTimeoutMs: number, caller?: AbortSignal): HopDeadline {
  const total = new AbortController();
  const totalTimer = setTimeout(() => total.abort(), Math.max(1, remainingMs));
  const headers = new AbortController();
  const headersTimer = setTimeout(() => headers.abort(), Math.max(1, Math.min(remainingMs, headersTimeoutMs)));
  return {
    signal: AbortSignal.any(caller ? [total.signal, headers.signal, caller] : [total.signal, headers.signal]),
    headersArrived: () => clearTimeout(headersTimer),
    abortKind: () => (total.signal.aborted ? 'deadline' : headers.signal.aborted ? 'headers' : caller?.aborted ? 'caller' : null),
    clear() {
      clearTimeout(totalTimer);
      clearTimeout(headersTimer);
    },
  };
}

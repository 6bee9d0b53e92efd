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
  // One controller for the three causes, each remembered apart: AbortSignal.any over a controller
  // per cause cost three signals and the combinator's bookkeeping on every hop (issue 16).
  const ac = new AbortController();
  let totalFired = false;
  let headersFired = false;
  const totalTimer = setTimeout(
    () => {
      totalFired = true;
      ac.abort();
    },
    Math.max(1, remainingMs),
  );
  const headersTimer = setTimeout(
    () => {
      headersFired = true;
      ac.abort();
    },
    Math.max(1, Math.min(remainingMs, headersTimeoutMs)),
  );
  const onCaller = (): void => ac.abort(caller?.reason);
  if (caller?.aborted) onCaller();
  else caller?.addEventListener('abort', onCaller, { once: true });
  return {
    signal: ac.signal,
    headersArrived: () => clearTimeout(headersTimer),
    abortKind: () => (totalFired ? 'deadline' : headersFired ? 'headers' : caller?.aborted ? 'caller' : null),
    clear() {
      clearTimeout(totalTimer);
      clearTimeout(headersTimer);
      caller?.removeEventListener('abort', onCaller);
    },
  };
}

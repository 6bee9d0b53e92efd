/**
 * A worker thread of the page-preparation pool (src/app/prepare-pool.ts): prepares each page it
 * is sent and posts back the result or the error's fields (an Error does not survive the copy
 * with its class and code).
 */
import { parentPort } from 'node:worker_threads';
import { isPipelineError } from '../errors.js';
import { preparePage, type PageToPrepare } from './prepare-page.js';

parentPort?.on('message', (msg: { id: number; page: PageToPrepare }) => {
  try {
    parentPort!.postMessage({ id: msg.id, ok: preparePage(msg.page) });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    parentPort!.postMessage({
      id: msg.id,
      err: isPipelineError(e)
        ? { pipeline: true, code: e.code, message: e.message, retryable: e.retryable, context: e.context }
        : { pipeline: false, message: e.message, stack: e.stack },
    });
  }
});

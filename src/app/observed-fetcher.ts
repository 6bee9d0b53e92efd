/** Wraps the fetcher so every fetch reports its host, status, size and time to the Observer. */
import { isPipelineError } from '../errors.js';
import { safeHost } from '../normalize/safe-host.js';
import type { FetchRequest } from '../fetch/create-fetcher.js';
import type { FetchPort, Observer } from './deps.js';

const hostOf = (url: string): string => safeHost(url) ?? 'invalid';

export function observedFetcher(inner: FetchPort, observer: Observer): FetchPort {
  return {
    async fetch(url: string, req: FetchRequest) {
      const t0 = performance.now();
      try {
        const res = await inner.fetch(url, req);
        observer.fetched({
          host: hostOf(url),
          kind: req.kind,
          status: res.status,
          bytes: res.bytes,
          seconds: (performance.now() - t0) / 1000,
        });
        return res;
      } catch (err) {
        const status = isPipelineError(err) && typeof err.context.status === 'number' ? err.context.status : null;
        const code = isPipelineError(err) ? err.code : 'internal';
        observer.fetched({ host: hostOf(url), kind: req.kind, status, bytes: 0, seconds: (performance.now() - t0) / 1000, code });
        throw err;
      }
    },
  };
}

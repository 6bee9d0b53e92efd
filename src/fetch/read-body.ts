/**
 * Reads a response body with the byte cap applied to both the bytes on the wire and the DECODED
 * bytes, so a gzip/deflate/brotli bomb stops at the cap (fetch_too_large) instead of filling memory.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { PipelineError } from '../errors.js';

function tooLarge(url: string, maxBytes: number, what: string): PipelineError {
  return new PipelineError('fetch_too_large', `fetch: body over ${maxBytes} bytes (${what}) for ${url}`, {
    context: { url, maxBytes },
  });
}

/**
 * Picks the decoder for one Content-Encoding token, sniffing the first bytes because servers lie:
 * "deflate" is often raw DEFLATE (RFC 1951) rather than zlib (RFC 1950, as RFC 9110 says), and a
 * "gzip" label sometimes sits on an already-decoded body (no 1f 8b magic).
 */
function decoderFor(
  encoding: string,
  head: Buffer,
  url: string,
): zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress | null {
  // Flush modes make a truncated-but-valid prefix decode instead of failing at end of stream.
  const zopts = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return head[0] === 0x1f && head[1] === 0x8b ? zlib.createGunzip(zopts) : null;
    case 'deflate': {
      const b0 = head[0] ?? 0;
      const b1 = head[1] ?? 0;
      const zlibHeader = (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;
      return zlibHeader ? zlib.createInflate(zopts) : zlib.createInflateRaw(zopts);
    }
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    case 'identity':
    case '':
      return null;
    default:
      throw new PipelineError('fetch_bad_content_type', `fetch: unsupported content-encoding ${encoding} for ${url}`, {
        context: { url, contentEncoding: encoding },
      });
  }
}

/** Decodes `src` with one encoding layer, choosing the decoder from the first chunk. */
async function* decodeLayer(src: AsyncIterable<Buffer>, encoding: string, url: string): AsyncGenerator<Buffer> {
  const it = src[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = first.value;
  async function* whole(): AsyncGenerator<Buffer> {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  const z = decoderFor(encoding, head, url);
  if (!z) {
    yield* whole();
    return;
  }
  const feeding = pipeline(Readable.from(whole()), z);
  feeding.catch(() => {}); // its errors surface through iterating `z`
  for await (const chunk of z) yield chunk as Buffer;
  await feeding;
}

/** Options of readBody. */
export interface ReadBodyOptions {
  contentEncoding: string | undefined;
  maxBytes: number;
  url: string;
  signal?: AbortSignal | undefined;
}

/**
 * The wire bytes when they are one complete gzip member of exactly `decoded`: the trailer's size
 * and CRC-32 (RFC 1952 section 2.3.1) match. A truncated stream (decoded leniently above), a
 * multi-member one or a mislabelled body gives null.
 */
function completeGzip(wire: Buffer, decoded: Buffer): Buffer | null {
  if (wire.length < 18 || wire[0] !== 0x1f || wire[1] !== 0x8b) return null;
  if (wire.readUInt32LE(wire.length - 4) !== decoded.length % 2 ** 32) return null;
  return wire.readUInt32LE(wire.length - 8) === zlib.crc32(decoded) ? wire : null;
}

/**
 * The output chunk for inflating `wire` in one call: the decoded size its gzip trailer states
 * (ISIZE), plus one byte so zlib ends with room to spare and stops. With the default 16 kB chunks a
 * 150 kB page took ten inflate calls and a copy of every chunk into the result (issue 16). The
 * trailer is only a hint (a truncated or multi-member body lies): a short chunk just means more
 * chunks, as before, and the chunk never exceeds the decoded cap.
 */
function outputChunk(wire: Buffer, maxBytes: number): number {
  const stated = wire.length >= 18 ? wire.readUInt32LE(wire.length - 4) : 0;
  // DEFLATE expands at most ~1032:1, so a larger claim is a lie not worth allocating for.
  return Math.max(zlib.constants.Z_DEFAULT_CHUNK, Math.min(stated, maxBytes, wire.length * 1032) + 1);
}

/**
 * A whole gzip body decoded, as decodeLayer would: a body without the gzip magic passes as it is
 * (a mislabelled one), a truncated stream yields the prefix it holds (Z_SYNC_FLUSH), and more
 * than `maxBytes` decoded is fetch_too_large.
 */
function gunzipWhole(wire: Buffer, maxBytes: number, url: string): Buffer {
  if (wire.length < 2 || wire[0] !== 0x1f || wire[1] !== 0x8b) return wire;
  try {
    return zlib.gunzipSync(wire, {
      finishFlush: zlib.constants.Z_SYNC_FLUSH,
      maxOutputLength: maxBytes,
      chunkSize: outputChunk(wire, maxBytes),
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(url, maxBytes, 'decoded');
    throw err;
  }
}

/** What readBody read. */
export interface ReadBodyResult {
  body: Buffer;
  wireBytes: number;
  /**
   * The body exactly as it arrived when that was gzip (one complete member), so a caller that
   * keeps pages compressed need not compress them again; else null.
   */
  gzip: Buffer | null;
}

/** The error `pipeline` rejects with when its signal aborts: Node's AbortError, the reason as its cause. */
function abortError(signal: AbortSignal): Error {
  return Object.assign(new Error('The operation was aborted', { cause: signal.reason }), { name: 'AbortError', code: 'ABORT_ERR' });
}

/**
 * The bytes of `body` in one Buffer, more than `maxBytes` being fetch_too_large. A plain loop over
 * the stream: an async generator piped through Readable.from, as this read before, cost ~0.15 ms of
 * CPU per page in stream machinery (issue 16). Leaving the loop early (the cap, an error) destroys
 * `body` as the pipeline did, and `signal` aborts the read with the pipeline's AbortError, also
 * when the body just stays silent (the pipeline waited for the body to end or fail: undici, aborted
 * by the same signal, did that, a caller's own stream need not).
 */
async function readWire(body: Readable, maxBytes: number, url: string, signal: AbortSignal | undefined): Promise<Buffer> {
  if (signal?.aborted) {
    body.destroy();
    throw abortError(signal);
  }
  const chunks: Buffer[] = [];
  let n = 0;
  const onAbort = (): void => void body.destroy(abortError(signal as AbortSignal));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for await (const c of body as AsyncIterable<Buffer>) {
      n += c.length;
      if (n > maxBytes) throw tooLarge(url, maxBytes, 'on the wire');
      chunks.push(c);
    }
  } catch (err) {
    // The fetch's signal also aborts undici, which destroys the body with the signal's reason.
    throw signal?.aborted ? abortError(signal) : err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return Buffer.concat(chunks, n);
}

/** Reads and decodes `body` into one Buffer; returns it with the count of bytes on the wire. */
export async function readBody(body: Readable, opts: ReadBodyOptions): Promise<ReadBodyResult> {
  const { maxBytes, url } = opts;
  // "gzip, br" means gzip was applied first: decode in reverse order (RFC 9110 §8.4).
  const layers = (opts.contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'identity')
    .reverse();
  if (layers.length === 0) {
    const plain = await readWire(body, maxBytes, url, opts.signal);
    return { body: plain, wireBytes: plain.length, gzip: null };
  }
  if (layers.length === 1 && (layers[0] === 'gzip' || layers[0] === 'x-gzip')) {
    // One gzip layer (nearly every page): read the wire bytes (capped), then inflate them in one
    // call. Streaming them through createGunzip cost ~1.7 ms of the event loop per page in
    // 16 kB chunk hops (issue 16 profile); one inflate of a 50 kB body is a fraction of that,
    // and maxOutputLength keeps the decoded cap (a bomb stops at maxBytes, never fills memory).
    const wire = await readWire(body, maxBytes, url, opts.signal);
    const decoded = gunzipWhole(wire, maxBytes, url);
    return { body: decoded, wireBytes: wire.length, gzip: completeGzip(wire, decoded) };
  }
  let wireBytes = 0;
  let size = 0;
  const chunks: Buffer[] = [];
  async function* countWire(src: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const c of src) {
      wireBytes += c.length;
      if (wireBytes > maxBytes) throw tooLarge(url, maxBytes, 'on the wire');
      yield c;
    }
  }
  let stream: AsyncIterable<Buffer> = countWire(body);
  for (const enc of layers) stream = decodeLayer(stream, enc, url);
  const source = stream;
  await pipeline(
    Readable.from(source),
    async (decoded: AsyncIterable<Buffer>) => {
      for await (const c of decoded) {
        size += c.length;
        if (size > maxBytes) throw tooLarge(url, maxBytes, 'decoded');
        chunks.push(c);
      }
    },
    opts.signal ? { signal: opts.signal } : {},
  );
  return { body: Buffer.concat(chunks, size), wireBytes, gzip: null };
}

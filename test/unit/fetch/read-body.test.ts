/**
 * readBody's one-call gunzip (issue 16): the output is sized from the gzip trailer's ISIZE, which is
 * only a hint. Whatever the trailer says (true, truncated away, another member's, a lie), the bytes
 * decoded, the cap and the kept wire bytes are those of the streaming gunzip.
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../../src/fetch/read-body.js';

const text = (n: number): Buffer => {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = 97 + ((i * 7919) % 26) + (i % 101 === 0 ? -65 : 0);
  return out;
};
const read = (wire: Buffer, maxBytes = 5 * 1024 * 1024, chunk = 16 * 1024) => {
  const parts: Buffer[] = [];
  for (let i = 0; i < wire.length; i += chunk) parts.push(wire.subarray(i, i + chunk));
  return readBody(Readable.from(parts), { contentEncoding: 'gzip', maxBytes, url: 'http://a.example/x' });
};
/** What a streaming gunzip with the same lenient flush gives. */
const streamed = (wire: Buffer): Buffer => zlib.gunzipSync(wire, { finishFlush: zlib.constants.Z_SYNC_FLUSH });

describe('readBody: one gzip layer', () => {
  it.each([0, 1, 100, 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 150_000, 1_000_000])(
    'decodes %i bytes exactly and keeps the wire',
    async (n) => {
      const body = text(n);
      const wire = zlib.gzipSync(body);
      const r = await read(wire);
      expect(r.body.equals(body)).toBe(true);
      expect(r.wireBytes).toBe(wire.length);
      expect(r.gzip?.equals(wire)).toBe(true);
    },
  );

  it('a truncated body (its last bytes are not a trailer) gives the prefix, not kept as gzip', async () => {
    const body = text(300_000);
    const wire = zlib.gzipSync(body);
    for (const cut of [40, 1000, Math.floor(wire.length / 2), wire.length - 9]) {
      const part = wire.subarray(0, cut);
      const r = await read(part);
      expect(r.body.equals(streamed(part))).toBe(true);
      expect(body.subarray(0, r.body.length).equals(r.body)).toBe(true);
      expect(r.gzip).toBeNull();
    }
  });

  it('two members: the trailer states the second one only; both are decoded', async () => {
    const a = text(200_000);
    const b = text(1000);
    const wire = Buffer.concat([zlib.gzipSync(a), zlib.gzipSync(b)]);
    const r = await read(wire);
    expect(r.body.equals(Buffer.concat([a, b]))).toBe(true);
    expect(r.gzip).toBeNull();
  });

  it('a trailer claiming more than the cap (or a huge size) still decodes a small body; a big one stops at the cap', async () => {
    const small = zlib.gzipSync(text(5000));
    const lying = Buffer.from(small);
    lying.writeUInt32LE(0xfffffff0, lying.length - 4);
    await expect(read(lying)).rejects.toThrow(); // zlib checks the stated length: a corrupt body, as before
    const big = zlib.gzipSync(Buffer.alloc(3_000_000));
    await expect(read(big, 1_000_000)).rejects.toMatchObject({ code: 'fetch_too_large' });
    const r = await read(big, 3_000_000);
    expect(r.body.length).toBe(3_000_000);
  });
});

describe('readBody: reading the wire', () => {
  /** A body that sends `first` and then nothing (a silent server). */
  const silent = (first: Buffer) => {
    const r = new Readable({ read() {} });
    r.push(first);
    return r;
  };

  it.each([undefined, 'gzip'])(
    'an abort while the body is silent rejects with an AbortError and destroys it (%s)',
    async (enc) => {
      const ac = new AbortController();
      const body = silent(Buffer.from([0x1f, 0x8b, 8, 0]));
      setTimeout(() => ac.abort(new Error('shutdown')), 10);
      const err = await readBody(body, { contentEncoding: enc, maxBytes: 1000, url: 'http://a.example/x', signal: ac.signal }).catch(
        (e: unknown) => e,
      );
      expect(err).toMatchObject({ name: 'AbortError', code: 'ABORT_ERR', cause: new Error('shutdown') });
      expect(body.destroyed).toBe(true);
    },
    2000,
  );

  it('an aborted signal rejects at once', async () => {
    const ac = new AbortController();
    ac.abort();
    const body = Readable.from([Buffer.from('x')]);
    await expect(
      readBody(body, { contentEncoding: undefined, maxBytes: 1000, url: 'http://a.example/x', signal: ac.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it.each([undefined, 'identity', 'gzip'])(
    'more than the cap on the wire is fetch_too_large and the body is destroyed (%s)',
    async (enc) => {
      const body = Readable.from([Buffer.alloc(600), Buffer.alloc(600), Buffer.alloc(600)]);
      await expect(readBody(body, { contentEncoding: enc, maxBytes: 1000, url: 'http://a.example/x' })).rejects.toMatchObject({
        code: 'fetch_too_large',
        message: expect.stringContaining('on the wire'),
      });
      expect(body.destroyed).toBe(true);
    },
  );

  it('an error of the body is thrown as it is', async () => {
    const body = silent(Buffer.from('abc'));
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    setTimeout(() => body.destroy(reset), 10);
    await expect(readBody(body, { contentEncoding: undefined, maxBytes: 1000, url: 'http://a.example/x' })).rejects.toBe(reset);
  });

  it('an identity body comes back whole', async () => {
    const r = await readBody(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), {
      contentEncoding: 'identity',
      maxBytes: 4,
      url: 'http://a.example/x',
    });
    expect(r).toMatchObject({ body: Buffer.from('abcd'), wireBytes: 4, gzip: null });
  });
});

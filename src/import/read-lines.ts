/**
 * Lines of a (JSONL) stream with a size cap. node:readline buffers a whole line whatever its size
 * (a 62 MB line took 3.1 GB); this reader keeps at most `maxBytes` of one line, reports an
 * over-long line by its number and size, and skips to the next newline.
 */
import type { Readable } from 'node:stream';

export type ReadLine = { line: number; text: string } | { line: number; tooLong: number };

/** Yields each line (UTF-8, without its \n or \r\n) or, for a line over `maxBytes`, its byte count. */
export async function* readLines(input: Readable, maxBytes: number): AsyncGenerator<ReadLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let line = 0;
  const finish = (): ReadLine => {
    line++;
    const out: ReadLine = skipping ? { line, tooLong: size } : { line, text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    skipping = false;
    return out;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const end = nl === -1 ? chunk.length : nl;
      size += end - start;
      if (!skipping && size > maxBytes) {
        skipping = true;
        parts = [];
      }
      if (!skipping) parts.push(chunk.subarray(start, end));
      if (nl === -1) break;
      yield finish();
      start = nl + 1;
    }
  }
  if (size > 0 || skipping) yield finish();
}

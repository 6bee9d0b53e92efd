/**
 * A TCP proxy on 127.0.0.1 in front of Postgres that counts the statements its clients send:
 * one per simple-query message ('Q') and one per extended-protocol Execute ('E'), read from the
 * frontend message headers only. pg_stat_statements is not loaded on the shared server (and the
 * server log is shared), so the service under bench is pointed at this proxy instead.
 */
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface StatementCounter {
  port: number;
  /** Statements since start (or the last reset). */
  statements(): number;
  /** The same count by statement text (its first 70 characters, whitespace collapsed), most first. */
  byStatement(): Array<[string, number]>;
  reset(): void;
  close(): Promise<void>;
}

/**
 * Parses one client's stream: the untyped startup packet(s), then typed messages. The bodies of
 * Query ('Q') and Parse ('P') messages, whose SQL text tells the statements apart, and of Bind
 * ('B'), which names the prepared statement it runs, are collected and handed over with the
 * message (other bodies are skipped unread).
 */
function frontendParser(onMessage: (type: number, body: Buffer | null) => void): (chunk: Buffer) => void {
  let started = false;
  let header = Buffer.alloc(0);
  let skip = 0;
  let body: Buffer[] | null = null;
  let type = 0;
  return (chunk) => {
    let at = 0;
    while (at < chunk.length) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length - at);
        if (body) body.push(chunk.subarray(at, at + n));
        skip -= n;
        at += n;
        if (skip === 0 && body) {
          onMessage(type, Buffer.concat(body));
          body = null;
        }
        continue;
      }
      const need = started ? 5 : 8;
      const take = Math.min(need - header.length, chunk.length - at);
      header = Buffer.concat([header, chunk.subarray(at, at + take)]);
      at += take;
      if (header.length < need) return;
      if (started) {
        type = header[0]!;
        skip = header.readInt32BE(1) - 4;
        if ((type === 0x51 || type === 0x50 || type === 0x42) && skip > 0) body = [];
        else onMessage(type, null);
      } else {
        // SSLRequest / GSSENCRequest are followed by another untyped startup packet.
        const code = header.readInt32BE(4);
        if (code !== 80877103 && code !== 80877104) started = true;
        skip = header.readInt32BE(0) - 8;
      }
      header = Buffer.alloc(0);
    }
  };
}

/** Starts the proxy in front of `target` (host:port of Postgres). */
export async function startStatementCounter(target: { host: string; port: number }): Promise<StatementCounter> {
  let count = 0;
  let texts = new Map<string, number>();
  const sockets = new Set<Socket>();
  // Parse: name\0 query\0 ...; Query: query\0. The statement's first words name it well enough.
  const label = (b: Buffer, isParse: boolean): string => {
    let s = b.toString('utf8', 0, Math.min(b.length, 600));
    if (isParse) s = s.slice(s.indexOf('\0') + 1);
    return s.split('\0')[0]!.replace(/\s+/g, ' ').trim().slice(0, 70);
  };
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let parsed = '?';
    // Named prepared statements are parsed once per connection and then only bound: the Bind
    // message names the statement, whose label the Parse recorded.
    const named = new Map<string, string>();
    const parse = frontendParser((type, body) => {
      if (type === 0x50 /* P */ && body) {
        parsed = label(body, true);
        const name = body.toString('utf8', 0, body.indexOf(0));
        if (name) named.set(name, parsed);
      }
      if (type === 0x42 /* B */ && body) {
        const at = body.indexOf(0) + 1;
        const name = body.toString('utf8', at, body.indexOf(0, at));
        if (name) parsed = named.get(name) ?? parsed;
      }
      if (type === 0x51 /* Q */ || type === 0x45 /* E */) {
        count++;
        const t = type === 0x51 && body ? label(body, false) : parsed;
        texts.set(t, (texts.get(t) ?? 0) + 1);
      }
    });
    client.on('data', (d: Buffer) => {
      parse(d);
      if (!upstream.write(d)) client.pause();
    });
    upstream.on('drain', () => client.resume());
    upstream.on('data', (d: Buffer) => {
      if (!client.write(d)) upstream.pause();
    });
    client.on('drain', () => upstream.resume());
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    statements: () => count,
    byStatement: () => [...texts].sort((a, b) => b[1] - a[1]),
    reset: () => {
      count = 0;
      texts = new Map();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

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
  reset(): void;
  close(): Promise<void>;
}

/** Parses one client's stream: the untyped startup packet(s), then typed messages. */
function frontendParser(onMessage: (type: number) => void): (chunk: Buffer) => void {
  let started = false;
  let header = Buffer.alloc(0);
  let skip = 0;
  return (chunk) => {
    let at = 0;
    while (at < chunk.length) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length - at);
        skip -= n;
        at += n;
        continue;
      }
      const need = started ? 5 : 8;
      const take = Math.min(need - header.length, chunk.length - at);
      header = Buffer.concat([header, chunk.subarray(at, at + take)]);
      at += take;
      if (header.length < need) return;
      if (started) {
        onMessage(header[0]!);
        skip = header.readInt32BE(1) - 4;
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
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const parse = frontendParser((type) => {
      if (type === 0x51 /* Q */ || type === 0x45 /* E */) count++;
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
    reset: () => void (count = 0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

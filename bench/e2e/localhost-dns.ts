/**
 * Preloaded into the processes of the end-to-end bench (`node --import .../localhost-dns.js`):
 * names under `.localhost` resolve to 127.0.0.1, as RFC 6761 section 6.3 says resolvers should
 * (systemd-resolved and browsers do; glibc with plain /etc/hosts does not). That lets one wire
 * server on 127.0.0.1 play 20 hosts, each with its own per-host politeness budget, without
 * touching /etc/hosts on a shared machine. Every other name goes to the system resolver.
 */
import dns from 'node:dns';

const isLocal = (name: string): boolean => /\.localhost\.?$/i.test(name);
type LookupOptions = dns.LookupOptions & { all?: boolean };

const plain = dns.lookup.bind(dns);
const promised = dns.promises.lookup.bind(dns.promises);

function patched(hostname: string, options: unknown, callback?: unknown): void {
  const cb = (typeof options === 'function' ? options : callback) as (err: Error | null, address?: unknown, family?: number) => void;
  const opts: LookupOptions = typeof options === 'object' && options !== null ? (options as LookupOptions) : {};
  if (!isLocal(hostname)) return void (plain as (...a: unknown[]) => void)(hostname, options, callback);
  process.nextTick(() => (opts.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)));
}

dns.lookup = patched as typeof dns.lookup;
dns.promises.lookup = (async (hostname: string, options?: LookupOptions) => {
  if (!isLocal(hostname)) return promised(hostname, options ?? {});
  return options?.all ? [{ address: '127.0.0.1', family: 4 }] : { address: '127.0.0.1', family: 4 };
}) as typeof dns.promises.lookup;

/**
 * SSRF guard: which addresses wirehouse refuses to connect to, and a DNS lookup for undici/net
 * that applies the check to the addresses it returns, so the socket is pinned to an address that
 * was checked (a second, rebinding DNS answer never reaches `connect`).
 */
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { PipelineError } from '../errors.js';

/** A resolved address, as `dns.lookup(host, { all: true })` returns it. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to addresses; injectable so tests can fake DNS (rebinding, private answers). */
export type DnsLookup = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (getaddrinfo, honours /etc/hosts), all addresses. */
export const systemLookup: DnsLookup = async (hostname) => {
  const all = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

// ipaddr.js range names we refuse. 'unicast' (public) is the only one allowed by default; the
// others are loopback, RFC 1918, CGNAT (RFC 6598), link-local (incl. the 169.254.169.254 cloud
// metadata address), unspecified (0.0.0.0, ::), multicast, broadcast, reserved/documentation,
// IPv6 unique-local (fc00::/7), site-local, and the IPv4-embedding IPv6 forms (mapped, NAT64,
// 6to4, Teredo) whose embedded IPv4 is checked separately.
const ALLOWED_RANGES = new Set(['unicast']);
const EMBEDDING_RANGES = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052', '6to4', 'teredo']);

/**
 * Why `ip` is refused (the ipaddr.js range name, e.g. "private", "loopback", "linkLocal"), or null
 * if it is a public unicast address. Anything that does not parse as an IP is refused ("invalid").
 */
export function blockedRange(ip: string): string | null {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(bare)) return 'invalid';
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.parse(bare.split('%')[0] ?? bare); // drop an IPv6 zone id (fe80::1%eth0)
  } catch {
    return 'invalid';
  }
  if (addr.kind() === 'ipv4' && !/^\d+\.\d+\.\d+\.\d+$/.test(bare)) {
    // ipaddr.js accepts "127.1", "0x7f.1" and other inet_aton forms; refuse them: a URL parser
    // would already have normalized a legitimate one to dotted quad.
    return 'invalid';
  }
  const range = addr.range();
  if (addr instanceof ipaddr.IPv6 && EMBEDDING_RANGES.has(range)) {
    // ::ffff:127.0.0.1 reaches 127.0.0.1: refuse IPv4-mapped outright, and the other embeddings
    // unless what they embed is public (e.g. 64:ff9b::8.8.8.8 through a NAT64 is fine).
    if (range === 'ipv4Mapped') return 'ipv4Mapped';
    const bytes = addr.toByteArray();
    const embedded = range === '6to4' ? bytes.slice(2, 6) : bytes.slice(12, 16);
    const inner = blockedRange(embedded.join('.'));
    return inner === null ? null : `${range}:${inner}`;
  }
  return ALLOWED_RANGES.has(range) ? null : range;
}

/** An allowlist of hosts that may be private: exact names, IP literals, or CIDR ranges. */
export class HostAllowlist {
  private readonly names = new Set<string>();
  private readonly cidrs: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];

  constructor(entries: readonly string[]) {
    for (const raw of entries) {
      const e = raw
        .trim()
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1');
      if (!e) continue;
      if (e.includes('/') && ipaddr.isValidCIDR(e)) this.cidrs.push(ipaddr.parseCIDR(e));
      else this.names.add(e);
    }
  }

  /** True if the URL host (a name or an IP literal) is listed by name. */
  allowsHost(hostname: string): boolean {
    return this.names.has(hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1'));
  }

  /** True if a resolved address lies in a listed CIDR range. */
  allowsAddress(ip: string): boolean {
    if (this.cidrs.length === 0 || !ipaddr.isValid(ip)) return false;
    const addr = ipaddr.process(ip);
    return this.cidrs.some(([net, bits]) => addr.kind() === net.kind() && addr.match(net, bits));
  }
}

/** The blocked-address error, with host and address in its context. */
export function blockedAddressError(url: string, host: string, address: string, range: string): PipelineError {
  return new PipelineError('fetch_blocked_address', `fetch: refusing ${range} address ${address} of ${host} for ${url}`, {
    context: { url, host, address, range },
  });
}

/** Throws fetch_blocked_address if `hostname` is an IP literal that is refused and not allowlisted. */
export function checkLiteralHost(url: string, hostname: string, allow: HostAllowlist): void {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  if (net.isIP(bare) === 0 || allow.allowsHost(bare) || allow.allowsAddress(bare)) return;
  const range = blockedRange(bare);
  if (range !== null) throw blockedAddressError(url, hostname, bare, range);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `net.connect`/`tls.connect` (undici `connect.lookup`): resolves with `resolve`,
 * drops refused addresses (unless the host name or address is allowlisted), and fails with
 * fetch_blocked_address when none is left. Because net connects only to what this returns, the
 * check and the connection use the same answer.
 */
export function guardedLookup(resolve: DnsLookup, allow: HostAllowlist) {
  return (hostname: string, options: dns.LookupOptions | number | undefined, callback: LookupCallback): void => {
    const opts = typeof options === 'object' && options !== null ? options : {};
    resolve(hostname).then(
      (addrs) => {
        const wanted = opts.family === 4 || opts.family === 6 ? addrs.filter((a) => a.family === opts.family) : addrs;
        const hostAllowed = allow.allowsHost(hostname);
        const ok = wanted.filter((a) => hostAllowed || allow.allowsAddress(a.address) || blockedRange(a.address) === null);
        if (ok.length === 0) {
          const first = wanted[0];
          if (!first) {
            const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
            err.code = 'ENOTFOUND';
            callback(err, '');
            return;
          }
          const range = blockedRange(first.address) ?? 'blocked';
          callback(blockedAddressError(`//${hostname}`, hostname, first.address, range) as unknown as NodeJS.ErrnoException, '');
          return;
        }
        if (opts.all)
          callback(
            null,
            ok.map((a) => ({ address: a.address, family: a.family })),
          );
        else callback(null, ok[0]!.address, ok[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}

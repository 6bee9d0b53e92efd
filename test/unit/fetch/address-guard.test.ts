/** The SSRF classifier and the guarded lookup, table-driven, with a fake resolver. */
import { describe, expect, it } from 'vitest';
import { blockedRange, checkLiteralHost, guardedLookup, HostAllowlist } from '../../../src/fetch/address-guard.js';
import type { DnsLookup } from '../../../src/fetch/address-guard.js';
import { PipelineError } from '../../../src/errors.js';

describe('blockedRange', () => {
  it.each([
    ['8.8.8.8', null],
    ['93.184.216.34', null],
    ['2606:4700:4700::1111', null],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', null],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['169.254.169.254', 'linkLocal'],
    ['169.254.0.1', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'ipv4Mapped'],
    ['::ffff:8.8.8.8', 'ipv4Mapped'],
    ['[::1]', 'loopback'],
    ['64:ff9b::a00:1', 'rfc6052:private'], // NAT64 of 10.0.0.1
    ['64:ff9b::808:808', null], // NAT64 of 8.8.8.8
    ['2002:7f00:1::', '6to4:loopback'], // 6to4 of 127.0.0.1
    ['127.1', 'invalid'], // inet_aton shorthand
    ['0x7f000001', 'invalid'],
    ['example.org', 'invalid'],
  ])('%s -> %s', (ip, expected) => {
    expect(blockedRange(ip)).toBe(expected);
  });
});

describe('HostAllowlist and checkLiteralHost', () => {
  const allow = new HostAllowlist(['Feeds.Internal', '127.0.0.1', '10.1.0.0/16', '[::1]']);
  it.each([
    ['feeds.internal', true],
    ['127.0.0.1', true],
    ['::1', true],
    ['[::1]', true],
    ['other.internal', false],
    ['10.1.2.3', false], // a CIDR entry matches addresses, not names
  ])('allowsHost(%s) = %s', (host, ok) => expect(allow.allowsHost(host)).toBe(ok));

  it.each([
    ['10.1.2.3', true],
    ['10.2.0.1', false],
    ['::ffff:10.1.0.9', true],
  ])('allowsAddress(%s) = %s', (ip, ok) => expect(allow.allowsAddress(ip)).toBe(ok));

  it.each([
    ['example.org', false],
    ['8.8.8.8', false],
    ['127.0.0.1', false], // allowlisted
    ['10.1.2.3', false], // in an allowlisted CIDR
    ['10.9.9.9', true],
    ['[fd00::1]', true],
    ['169.254.169.254', true],
  ])('checkLiteralHost(%s) throws: %s', (host, throws) => {
    const run = () => checkLiteralHost(`http://${host}/x`, host, allow);
    if (throws) expect(run).toThrow(PipelineError);
    else expect(run).not.toThrow();
  });
});

describe('guardedLookup', () => {
  const zone: Record<string, { address: string; family: 4 | 6 }[]> = {
    'public.test': [{ address: '93.184.216.34', family: 4 }],
    'private.test': [{ address: '10.0.0.7', family: 4 }],
    'mixed.test': [
      { address: '192.168.0.2', family: 4 },
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1::1', family: 6 },
    ],
  };
  const resolve: DnsLookup = async (h) => zone[h] ?? [];
  const lookup = guardedLookup(resolve, new HostAllowlist(['private.test']));
  const call = (host: string, options: object) =>
    new Promise<{ err: unknown; address: unknown; family?: number }>((done) =>
      lookup(host, options, (err, address, family) => done({ err, address, family })),
    );

  it('returns only checked addresses (all: true)', async () => {
    const r = await call('mixed.test', { all: true });
    expect(r.err).toBeNull();
    expect(r.address).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1::1', family: 6 },
    ]);
  });

  it('returns one address for a single lookup, honouring family', async () => {
    expect(await call('mixed.test', { family: 6 })).toMatchObject({ err: null, address: '2606:2800:220:1::1', family: 6 });
    expect(await call('public.test', {})).toMatchObject({ err: null, address: '93.184.216.34', family: 4 });
  });

  it('lets an allowlisted name resolve to a private address', async () => {
    expect((await call('private.test', {})).address).toBe('10.0.0.7');
  });

  it('fails with fetch_blocked_address when nothing public is left, ENOTFOUND when nothing at all', async () => {
    const blocked = await call('mixed.test', { family: 4, all: false });
    expect(blocked.address).toBe('93.184.216.34');
    const lookupStrict = guardedLookup(resolve, new HostAllowlist([]));
    const err = await new Promise<unknown>((done) => lookupStrict('private.test', {}, (e) => done(e)));
    expect(err).toMatchObject({ code: 'fetch_blocked_address', context: { address: '10.0.0.7', range: 'private' } });
    expect((await call('nothing.test', {})).err).toMatchObject({ code: 'ENOTFOUND' });
  });
});

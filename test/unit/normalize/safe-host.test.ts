import { describe, expect, it } from 'vitest';
import { safeHost } from '../../../src/normalize/safe-host.js';

describe('safeHost', () => {
  it.each([
    ['https://EN.People.cn/n3/2024/x.html', 'hostname', 'en.people.cn'],
    ['https://en.people.cn:8443/x', 'hostname', 'en.people.cn'],
    ['https://en.people.cn:8443/x', 'host', 'en.people.cn:8443'],
    ['http://127.0.0.1:3000/feed.xml', 'host', '127.0.0.1:3000'],
    ['http://[::1]:80/', 'hostname', '[::1]'],
    ['/relative/path', 'hostname', null],
    ['not a url', 'host', null],
    ['', 'hostname', null],
  ] as const)('%s (%s) -> %s', (url, part, want) => {
    expect(safeHost(url, part)).toBe(want);
  });
});

import { describe, expect, it } from 'vitest';
import { joinUrl } from '../../../src/feeds/join-url.js';

const CASES: Array<[href: string, base: string | undefined, want: string]> = [
  ['http://Example.com', 'http://base.example/', 'http://Example.com'],
  ['/a/b', 'http://base.example/x/y', 'http://base.example/a/b'],
  ['../c', 'http://base.example/x/y/z', 'http://base.example/x/c'],
  ['c?q=1&r=2', 'http://base.example/x/', 'http://base.example/x/c?q=1&r=2'],
  ['#note', 'http://base.example/story', 'http://base.example/story#note'],
  ['/é', 'http://base.example/', 'http://base.example/é'],
  ['mailto:desk@example.com', 'http://base.example/', 'mailto:desk@example.com'],
  ['/a', undefined, '/a'],
  ['  /a  ', 'http://base.example/', 'http://base.example/a'],
];

describe('joinUrl', () => {
  for (const [href, base, want] of CASES) it(`${href} against ${base}`, () => expect(joinUrl(href, base)).toBe(want));
});

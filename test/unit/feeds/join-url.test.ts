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
  // As feedparser's resolver (Python's urljoin) writes them: the publisher's escapes in an IRI
  // kept, the scheme lower-cased, an empty fragment dropped, tabs and line breaks removed
  ['/café/%C3%A9', 'http://base.example/', 'http://base.example/café/%C3%A9'],
  ['/%E2%82%AC', 'http://base.example/', 'http://base.example/%E2%82%AC'],
  ['HTTP://Example.com/UP', 'http://base.example/', 'http://Example.com/UP'],
  ['http://example.com/a/1#', 'http://base.example/', 'http://example.com/a/1'],
  ['/a/\tb', 'http://base.example/', 'http://base.example/a/b'],
  // A link escaped twice by its CMS (`&amp;amp;` in the XML, WordPress's `&amp;#038;`): the `&` it meant
  ['https://n.example/a?x=1&amp;y=2', 'http://base.example/', 'https://n.example/a?x=1&y=2'],
  ['/list?cat=3&#038;page=2', 'http://base.example/', 'http://base.example/list?cat=3&page=2'],
  ['https://n.example/a?x=1&#x26;y=2', undefined, 'https://n.example/a?x=1&y=2'],
  // Near misses: a bare `&`, and `&ampx` (no `;`), stay as written
  ['https://n.example/a?x=1&y=2', 'http://base.example/', 'https://n.example/a?x=1&y=2'],
  ['https://n.example/a?x=1&ampx=2', 'http://base.example/', 'https://n.example/a?x=1&ampx=2'],
];

describe('joinUrl', () => {
  for (const [href, base, want] of CASES) it(`${href} against ${base}`, () => expect(joinUrl(href, base)).toBe(want));
});

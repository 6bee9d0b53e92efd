import { describe, expect, it } from 'vitest';
import { comparisonTokens, decodeEntities, normalizeText } from '../../../src/dedupe/comparison-text.js';
import { lettersAndDigits } from '../../../src/dedupe/furniture.js';
import { stripDateline } from '../../../src/dedupe/strip-credits.js';
import { urlKey } from '../../../src/dedupe/url-key.js';
import { decodeEntities as decodeFeedEntities } from '../../../src/feeds/entities.js';
import { PORT_STRIKE, TELESCOPE, TRANSFORMS, ZH_ECONOMY, body } from './texts.js';

describe('comparisonTokens: edits that must not change the comparison text', () => {
  const cases = [
    'copyedit-numbers',
    'copyedit-quotes',
    'copyedit-fullwidth',
    'copyedit-entities',
    'copyedit-spelling',
    'dateline',
    'dateline-reuters',
    'dateline-ap',
    'credit-webeditor',
    'credit-reporting',
    'credit-source',
    'credit-byline',
    'resplit',
  ];
  for (const name of cases) {
    for (const base of [PORT_STRIKE, TELESCOPE]) {
      it(`${name} (${base[0]!.slice(0, 20)}...)`, () => {
        expect(comparisonTokens(TRANSFORMS[name]!(base))).toEqual(comparisonTokens(body(base)));
      });
    }
  }

  it('stacked datelines and full-width agency parentheses', () => {
    expect(comparisonTokens('MOSCOW (Reuters) - Moscow, Nov. 7 -- Officials said the talks went well.')).toEqual(
      comparisonTokens('Officials said the talks went well.'),
    );
    expect(comparisonTokens('Paris （AFP） - Officials said the talks went well.')).toEqual(
      comparisonTokens('Officials said the talks went well.'),
    );
    expect(comparisonTokens('COLUMBIA, S.C. (AP)&nbsp;&mdash; Officials said the talks went well.')).toEqual(
      comparisonTokens('Officials said the talks went well.'),
    );
  });

  it('keeps an opening that is not a dateline', () => {
    expect(stripDateline('Officials in Geneva said - as expected - that talks failed.')).toBe(
      'Officials in Geneva said - as expected - that talks failed.',
    );
    expect(stripDateline('Shares of Home Depot fell.')).toBe('Shares of Home Depot fell.');
  });

  it('strips a teaser link glued to the last sentence', () => {
    expect(comparisonTokens('The union said the strike would go on... Read more')).toEqual([
      'the',
      'union',
      'said',
      'the',
      'strike',
      'would',
      'go',
      'on',
    ]);
    expect(comparisonTokens('The union said the strike would go on … [Full story]')).toEqual([
      'the',
      'union',
      'said',
      'the',
      'strike',
      'would',
      'go',
      'on',
    ]);
  });

  it('folds digit grouping, percent and entities', () => {
    expect(normalizeText('1,000,000 people; 4 per cent; 5%')).toBe('1000000 people; 4 percent; 5 percent ');
    expect(decodeEntities('AT&amp;T&#8217;s &#x2019; &nbsp;')).toBe('AT&T’s ’  ');
    expect(comparisonTokens('On Nov. 1, 2019 it rose')).toEqual(comparisonTokens('On Nov. 1，2019 it rose'));
  });

  it('tokenizes Chinese into single characters (not one giant token, not nothing)', () => {
    const tokens = comparisonTokens(body(ZH_ECONOMY));
    expect(tokens.length).toBeGreaterThan(100);
    expect(tokens).toContain('统');
    expect(new Set(tokens).size).toBeGreaterThan(50);
  });
});

describe('urlKey', () => {
  it.each([
    ['https://www.Example.com/a/b/?utm_source=rss&utm_medium=feed#top', 'example.com/a/b'],
    ['http://example.com/a/b', 'example.com/a/b'],
    ['https://example.com:443/a?b=2&a=1&fbclid=x', 'example.com/a?a=1&b=2'],
    ['https://example.com/a?id=5', 'example.com/a?id=5'],
  ])('%s -> %s', (url, key) => {
    expect(urlKey(url)).toBe(key);
  });
});

describe('comparisonTokens: more wire furniture', () => {
  const plain = 'Officials said the talks went well.';
  it.each([
    ['(CNN) — Officials said the talks went well.'],
    ['NEW YORK, Nov 5 (Reuters) - Officials said the talks went well.'],
    [
      'Officials said the talks went well.\n\nCopyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    ],
    ['Officials said the talks went well.\n\n© 2019 Reuters. All rights reserved.'],
  ])('%s', (text) => {
    expect(comparisonTokens(text)).toEqual(comparisonTokens(plain));
  });
});

describe('decodeEntities: the comparison decoder stays apart from the feed (HTML) decoder', () => {
  // Stored dedupe keys were computed with the comparison decoder; these are the classes where the
  // HTML decoder of src/feeds/entities.ts would give other tokens (so other stored hashes).
  const cases: [input: string, comparison: string[], html: string[]][] = [
    ['The caf&eacute; opened.', ['the', 'caf', 'eacute', 'opened'], ['the', 'café', 'opened']],
    ['He said he don&#146;t know.', ['he', 'said', 'he', 'don', 't', 'know'], ['he', 'said', 'he', 'dont', 'know']],
    ['North Ko&shy;rea fired.', ['north', 'korea', 'fired'], ['north', 'ko', 'rea', 'fired']],
  ];
  it.each(cases)('%s', (input, comparison, html) => {
    expect(comparisonTokens(input)).toEqual(comparison);
    expect(comparisonTokens(decodeFeedEntities(input))).toEqual(html);
  });
  it('and on names in capitals and the null reference', () => {
    expect([decodeEntities('&MDASH;'), decodeEntities('&#0;')]).toEqual(['—', '&#0;']);
    expect([decodeFeedEntities('&MDASH;'), decodeFeedEntities('&#0;')]).toEqual(['&MDASH;', '\ufffd']);
  });
  it('agrees with it on what wire text mostly carries (all the entities of the dev texts)', () => {
    const text = 'AT&amp;T&#8217;s chief executive &mdash; speaking in Beijing&nbsp;on Monday &hellip; said &quot;no deal&quot; was near.';
    expect(comparisonTokens(text)).toEqual(comparisonTokens(decodeFeedEntities(text)));
    expect(comparisonTokens(text)).toContain('beijing');
  });
});

describe('lettersAndDigits (paragraph keys)', () => {
  const reference = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  it('is the letter and digit runs joined by one space, as the Unicode-property regex gives', () => {
    const cases = [
      '',
      '   ',
      'Share this: Facebook | Twitter',
      '  photo: (ap photo/jane doe) — 1,000 people  ',
      '新华社北京11月5日电（记者 张三）',
      'ΟΔΟΣ ελλάδα ١٢٣ हिन्दी café naïve',
      'math 𝐀𝐁 and emoji 😀 and han 𠀀𠀁 ext-b',
      'lone \ud800 high and \udc00 low surrogates',
      'combining e\u0301 mark and ½ ² ⅷ',
    ];
    for (const s of cases) expect(lettersAndDigits(s)).toBe(reference(s));
    expect(lettersAndDigits('a, b')).toBe('a b');
  });

  it('agrees with the regex on random text over many scripts', () => {
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let n = 0; n < 300; n++) {
      let s = '';
      for (let i = 0; i < 40; i++) {
        const r = next() % 4;
        const cp = r === 0 ? 0x20 + (next() % 0x60) : r === 1 ? next() % 0x3000 : r === 2 ? next() % 0x10000 : next() % 0x30000;
        s += String.fromCodePoint(cp);
      }
      expect(lettersAndDigits(s)).toBe(reference(s));
    }
  });
});

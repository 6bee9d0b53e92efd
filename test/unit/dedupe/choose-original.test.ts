import { describe, expect, it } from 'vitest';
import { assignRoles, chooseOriginal, type StoryMember } from '../../../src/dedupe/choose-original.js';

const m = (
  id: string,
  host: string,
  minutes: number | null,
  tokens = 100,
  agency: string | null = null,
  urlKey = `${host}/${id}`,
): StoryMember => ({
  articleId: id,
  host,
  urlKey,
  agency,
  tokenCount: tokens,
  publishedAt: minutes === null ? null : new Date(Date.UTC(2019, 10, 5) + minutes * 60_000),
  firstSeenAt: new Date(Date.UTC(2019, 10, 6)),
});

describe('chooseOriginal', () => {
  it.each([
    ['earliest published', [m('a', 'x.example', 30), m('b', 'y.example', 10), m('c', 'z.example', 20)], 'b'],
    ["the agency's own site over an earlier outlet", [m('a', 'x.example', 0), m('b', 'reuters.com', 10)], 'b'],
    ['Xinhua on news.cn', [m('a', 'x.example', 0), m('b', 'english.news.cn', 10)], 'b'],
    ['agency site that credits another agency is not the original', [m('a', 'x.example', 0), m('b', 'reuters.com', 10, 100, 'AFP')], 'a'],
    ['undated members go last', [m('a', 'x.example', null), m('b', 'y.example', 50)], 'b'],
    ['same time: the most complete', [m('a', 'x.example', 5, 40), m('b', 'y.example', 5, 400)], 'b'],
  ])('%s', (_name, members, expected) => {
    expect(chooseOriginal(members).articleId).toBe(expected);
  });

  it('assignRoles: same URL later is an update, same host as the original is an update, others are reposts', () => {
    const { originalId, roles } = assignRoles([
      m('v1', 'agency.example', 0, 100, null, 'agency.example/s'),
      m('v2', 'agency.example', 60, 100, null, 'agency.example/s'),
      m('r', 'outlet.example', 30),
    ]);
    expect(originalId).toBe('v1');
    expect(Object.fromEntries(roles)).toEqual({ v1: 'original', v2: 'update', r: 'repost' });
  });

  it('throws on an empty story', () => {
    expect(() => chooseOriginal([])).toThrow(RangeError);
  });
});

/**
 * `本文来自` ("this text comes from") names the outlet or account a Chinese page reposts, like 转自
 * and 摘自 (meta14 probe); `来自` alone is a sentence's word. And ifeng's source element prints
 * `来自 新华社`: the name is after the word. Lines written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { sourceElementNames } from '../../../src/extract/source-element.js';

const sources = (...lines: string[]): string[] => findCredits(lines).sources;

describe('本文来自 as a reposting note', () => {
  it.each([
    ['本文来自：第一财经', ['第一财经']],
    ['本文来自第一财经', ['第一财经']],
    ['文章来自：中国青年报', ['中国青年报']],
    ['本文来自微信公众号“财经杂志”（ID：caijingzazhi），作者：张三', ['财经杂志']],
    ['本文來自：聯合報', ['聯合報']],
    // Near misses: 来自 in a sentence, and the page's own reader count.
    ['来自北京的游客纷纷前来参观。', []],
    ['据了解，这些展品来自故宫博物院。', []],
  ])('%s', (line, want) => {
    expect(sources(line)).toEqual(want);
  });

  it('credits an agency named there', () => {
    expect(findCredits(['本文来自：新华社']).agencies).toEqual(['Xinhua']);
  });
});

describe("a source element's 来自", () => {
  const names = (html: string): string[] => {
    const $ = load(html);
    return sourceElementNames($('p').toArray() as Element[]);
  };
  it('reads the name after the word', () => {
    expect(names('<p><span>2024年05月15日 16:18:25</span><span class="source-2pXi2vGI">来自 <a>新华社</a></span></p>')).toEqual(['新华社']);
    expect(names('<p><span class="source">來自 中央社</span></p>')).toEqual(['中央社']);
  });
  it('near miss: a bare 来自 whose name is in another element is none', () => {
    expect(names('<p><span class="source">来自</span></p>')).toEqual([]);
  });
});

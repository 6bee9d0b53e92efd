/**
 * countWords counts in one pass what the regex form counted: CJK characters one each, plus the
 * runs of letters and digits between them. Checked against that form on mixed-script text.
 */
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/extract/extract-article.js';

/** The regex form countWords replaced. */
function byRegex(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = text.replace(/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return cjk + words;
}

describe('countWords', () => {
  it.each([
    ['', 0],
    ['Reuters reported on Tuesday, 14 May.', 6],
    ['北京5月14日电 新华社', 10],
    ['Der Haushalt für 2024 – beschlossen!', 5],
    ['서울=연합뉴스 기자', 8],
    ['𠀀𠀁 abc \ud800 x', 3],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
    expect(countWords(text)).toBe(byRegex(text));
  });

  it('agrees with the regex form on random mixed-script text', () => {
    let seed = 16;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pool = [
      'a',
      'Z',
      '9',
      ' ',
      '\n',
      ',',
      '-',
      'é',
      'ж',
      'ق',
      '中',
      'の',
      '한',
      '٣',
      '\u00a0',
      '\ud840\udc00',
      '\ud83d\ude00',
      '\ud800',
      '\udc00',
      '\u0301',
      'ー',
    ];
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let i = Math.floor(rand() * 40); i > 0; i--) s += pool[Math.floor(rand() * pool.length)];
      expect(countWords(s), JSON.stringify(s)).toBe(byRegex(s));
    }
  });
});

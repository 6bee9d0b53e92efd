// Asian agencies credited on other sites (meta11 probe; these already worked and are kept so):
// Bernama's dateline and `— Bernama` sign-off on Malaysian sites, Antara's `Jakarta (ANTARA) -`,
// Kyodo's `【北京共同】` and `（共同）`, Jiji's `【ロンドン時事】`, Yonhap's and News1's `(서울=연합뉴스)`.
// Near misses: the agency quoted in the text ("told Bernama", "Kyodo News reported", 共同通信によると).
// Pages written for these tests from the outlets' house styles.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { page, type PageParts } from '../../fixtures/wire/pages.js';

const run = (p: PageParts) => extractArticle(page(p), 'https://news.example/2024/05/15/story');

describe('Asian agencies credited on other sites', () => {
  it.each<[string, PageParts, string[], string | null]>([
    ['Bernama dateline', { lang: 'en', lead: 'KUALA LUMPUR, May 15 (Bernama) -- ' }, ['Bernama'], 'Kuala Lumpur'],
    ['— Bernama sign-off', { lang: 'en', lead: 'PETALING JAYA: ', tail: ' — Bernama' }, ['Bernama'], 'Petaling Jaya'],
    ['Antara dateline', { lang: 'en', lead: 'Jakarta (ANTARA) - ' }, ['Antara'], 'Jakarta'],
    ['Kyodo 【北京共同】', { lang: 'ja', lead: '【北京共同】' }, ['Kyodo'], '北京'],
    ['Kyodo （共同） closing', { lang: 'ja', tail: '（共同）' }, ['Kyodo'], null],
    ['Jiji 【ロンドン時事】', { lang: 'ja', lead: '【ロンドン時事】' }, ['Jiji'], 'ロンドン'],
    ['Yonhap (서울=연합뉴스)', { lang: 'ko', lead: '(서울=연합뉴스) 김철수 기자 = ' }, ['Yonhap'], '서울'],
    ['News1 (세종=뉴스1)', { lang: 'ko', lead: '(세종=뉴스1) 이철 기자 = ' }, ['News1'], '세종'],
  ])('%s', (_name, p, agency, place) => {
    const a = run(p);
    expect([a.agency, a.dateline?.place ?? null]).toEqual([agency, place]);
  });

  it.each<[string, PageParts]>([
    ['told Bernama', { lang: 'en', tail: ' The minister told Bernama that talks would go on.' }],
    ['Kyodo News reported', { lang: 'en', tail: ' Kyodo News reported that the meeting had ended.' }],
    ['according to Yonhap', { lang: 'en', tail: ' According to Yonhap, the meeting ended without a deal.' }],
    ['共同通信によると', { lang: 'ja', tail: '共同通信によると、会議は終了した。' }],
  ])('no credit: %s', (_name, p) => {
    expect(run(p).agency).toEqual([]);
  });
});

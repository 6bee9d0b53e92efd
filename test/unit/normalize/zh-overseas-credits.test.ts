// Chinese-language credit forms of Taiwan, Hong Kong and overseas outlets (meta11 probe): the Epoch
// Times' and NTD's own reporters run together with their place (`（大紀元記者王明遠紐約報導）`: an
// author, the site is no agency, the place a byline place), its dated opener `【大紀元2024年05月03日訊】`,
// and CNA's dateline with two reporters (`（中央社記者林沂鋒、吳書緯台北3日電）`). Near misses: a credit
// phrase naming the site (`（據大紀元報導）`), one reporter of CNA's. Lines written for these tests.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';
import { parseZhLead, splitReportersPlace } from '../../../src/normalize/zh-lead.js';
import { page } from '../../fixtures/wire/pages.js';

const TEXT = '外交部長們週五討論了新一輪制裁措施，據外交官表示，這些措施最快可能在下週獲得批准。';
const REF = new Date('2024-05-03T03:00:00Z');

describe("an outlet's reporters and place in one bracket", () => {
  it.each<[string, string[]]>([
    ['（大紀元記者王明遠紐約報導）', ['王明遠']],
    ['（大紀元記者李佳、陳文台北報導）', ['李佳', '陳文']],
    ['（大紀元記者林燕報導）', ['林燕']],
    ['（大紀元記者李辰綜合報導）', ['李辰']],
    ['（大紀元駐歐洲記者顧曉華報導）', ['顧曉華']],
    ['（新唐人記者王子琦採訪報導）', ['王子琦']],
    ['【大紀元2024年05月03日訊】（大紀元記者張曉華綜合報導）', ['張曉華']],
  ])('%s', (lead, authors) => {
    const z = parseZhLead(`${lead}${TEXT}`);
    expect([z?.authors, z?.agencies, z?.place, z?.rest]).toEqual([authors, [], null, TEXT]);
  });

  it('the dated opener alone names no one', () => {
    expect(parseZhLead(`【大紀元2024年05月03日訊】${TEXT}`)).toMatchObject({ authors: [], agencies: [], rest: TEXT });
  });

  it.each(['（據大紀元報導）', '大紀元記者王明遠紐約報導'])('no byline: %s', (lead) => {
    expect(parseZhLead(`${lead}${TEXT}`)?.authors ?? []).toEqual([]);
  });

  it('on a page: the reporter is the author, no agency, no dateline', () => {
    const a = extractArticle(page({ lang: 'zh', lead: '（大紀元記者王明遠紐約報導）' }), 'https://www.epochtimes.com/b5/24/5/3/n1.htm');
    expect([a.authors, a.agency, a.dateline]).toEqual([['王明遠'], [], null]);
  });
});

describe("CNA's dateline with its reporters", () => {
  it.each<[string, string, string[]]>([
    ['（中央社記者陳家倫台北3日電）', '台北', ['陳家倫']],
    ['（中央社記者林沂鋒、吳書緯台北3日電）', '台北', ['林沂鋒', '吳書緯']],
    ['（中央社記者楊明珠東京3日專電）', '東京', ['楊明珠']],
    ['（中央社台北3日綜合外電報導）', '台北', []],
  ])('%s', (lead, place, authors) => {
    const d = parseDateline(`${lead}${TEXT}`, REF);
    expect([d?.agency, d?.dateline.place, d?.authors, d?.rest]).toEqual(['CNA', place, authors, TEXT]);
  });
});

describe('splitReportersPlace', () => {
  it.each<[string, boolean, string[], string | null]>([
    ['王明遠紐約', false, ['王明遠'], '紐約'],
    ['李佳新竹', false, ['李佳'], '新竹'],
    ['林燕', false, ['林燕'], null],
    ['林沂鋒、吳書緯台北', true, ['林沂鋒', '吳書緯'], '台北'],
    ['台北', true, [], '台北'],
  ])('%s', (run, placeRequired, authors, place) => {
    expect(splitReportersPlace(run, placeRequired)).toEqual({ authors, place });
  });
});

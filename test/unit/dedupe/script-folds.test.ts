/**
 * Non-English copies of one wire text that differ in script details (fold-tokens.ts), found by a
 * probe of Chinese, Russian, Korean, Japanese and Spanish syndication (helper session realdd4):
 *  - mirror sites that convert a Xinhua story to traditional characters leave the pinyin reading
 *    of some characters in brackets ("外交部發(fā)言人", "社會(hui) 變遷"); each reading cut three
 *    character shingles;
 *  - Russian copies write "е" where TASS and RIA print "ё".
 * The texts are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../src/dedupe/compare.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { foldTokens, hasReadings } from '../../../src/dedupe/fold-tokens.js';
import { normalizeText, tokenize } from '../../../src/dedupe/comparison-text.js';
import { body } from './texts.js';

const tokensOf = (s: string): string[] => tokenize(normalizeText(s));

/** A Xinhua-style story in simplified characters. */
const SIMPLIFIED = [
  '新华社北京3月6日电（记者王明）国家发展改革委6日发布消息，经国务院同意，今年第一批城市更新项目清单已经下达，涉及项目320个，总投资约1800亿元。',
  '国家发展改革委有关负责人表示，本批项目重点支持老旧小区改造、城市地下管网更新和社区服务设施建设，项目前期工作较为成熟，具备开工条件。',
  '该负责人说，下一步将会同有关部门加快推进项目建设，强化资金监管，确保项目早开工、早见效，防止重复建设。',
];
/** Characters a mirror site annotates with their reading, as in the pages seen ("發(fā)", "關(guān)", "會(huì)"). */
const READINGS: Record<string, string> = {
  發: 'fā',
  關: 'guān',
  會: 'huì',
  經: 'jīng',
  設: 'shè',
  項: 'xiàng',
  國: 'guó',
  門: 'mén',
  說: 'shuō',
  準: 'zhǔn',
  資: 'zī',
  建: 'jiàn',
  區: 'qū',
  務: 'wù',
  開: 'kāi',
  進: 'jìn',
  責: 'zé',
  負: 'fù',
};
/** The mirror's traditional text with readings after the characters above. */
const MIRROR = [
  '新華社北京3月6日電（記者王明）國家發展改革委6日發布消息，經國務院同意，今年第一批城市更新項目清單已經下達，涉及項目320個，總投資約1800億元。',
  '國家發展改革委有關負責人表示，本批項目重點支持老舊小區改造、城市地下管網更新和社區服務設施建設，項目前期工作較為成熟，具備開工條件。',
  '該負責人說，下一步將會同有關部門加快推進項目建設，強化資金監管，確保項目早開工、早見效，防止重復建設。',
].map((p) => p.replace(/./gu, (c) => (READINGS[c] ? `${c}(${READINGS[c]})` : c)));

describe('foldTokens', () => {
  it.each([
    ['a toned reading after a Han character is dropped', '外交部發(fā)言人', ['外', '交', '部', '发', '言', '人']],
    ['a reading without tones, followed by a space', '社會(hui) 變遷', ['社', '会', '变', '迁']],
    ['"ё" folds to "е"', 'Ещё отдаётся', ['еще', 'отдается']],
    ['Latin words that are no reading stay', '发布了app新品，pm2.5超标', ['发', '布', '了', 'app', '新', '品', 'pm2', '5', '超', '标']],
    ['a syllable-like word after a Latin word stays', 'the word fa', ['the', 'word', 'fa']],
    ['a syllable-like word after kana stays', 'ニュースla', ['ニ', 'ュ', 'ー', 'ス', 'la']],
  ])('%s', (_name, text, folded) => {
    expect(foldTokens(tokensOf(text), true)).toEqual(folded);
  });

  it('a text without readings in brackets keeps a syllable-like word after a character', () => {
    expect(foldTokens(tokensOf('本周a股上涨'), false)).toEqual(['本', '周', 'a', '股', '上', '涨']);
  });

  it.each([
    ['readings after characters', ['外交部發(fā)言人汪文斌說(shuō)。'], true],
    ['readings without tones, spaced', ['社會(hui) 變遷，傳(chuan) 遞'], true],
    ['one bracketed letter is a list item', ['根据第三条(a)项规定。'], false],
    ['brackets holding other words', ['记者(张三)报道，新华社(北京)电。'], false],
    ['no brackets', ['本周a股上涨。'], false],
  ])('hasReadings: %s', (_name, paragraphs, expected) => {
    expect(hasReadings(paragraphs)).toBe(expected);
  });

  it('returns the same array when nothing folds', () => {
    const tokens = tokensOf('The strike entered its second day 新华社 Москва');
    expect(foldTokens(tokens)).toBe(tokens);
  });
});

describe('pinyin readings in a mirror copy', () => {
  it('the mirror copy with readings shares the whole text with the simplified story', () => {
    const wire = dedupeFeatures({ url: 'https://news.portal.example/a', body: body(SIMPLIFIED) });
    const mirror = dedupeFeatures({
      url: 'https://mirror.example/c/1.shtml',
      body: body(['華夏經緯網 > 新聞 > 大陸新聞 > 時事要聞', ...MIRROR]),
    });
    const p = comparePair(wire, mirror);
    expect(p.shortCover).toBeGreaterThan(0.95);
    expect(p.match).toBe(true);
  });

  it('near miss: the same mirror page format around another story does not link', () => {
    const other = [
      '新華社北京3月6日電（記者李華）商務部6日發(fā)布數據，前兩個月全國網上零售額2.1萬億元，同比增長6.3%，其中實物商品網上零售額增長5.8%。',
      '商務部有關(guān)負(fù)責人表示，數字消費持續擴大，直播電商、即時零售等新業態保持較快增長，帶動農產品和老字號商品銷售。',
      '該負(fù)責人說(shuō)，下一步將組織開展網上年貨節等活動，進(jìn)一步激發消費潛力。',
    ];
    const wire = dedupeFeatures({ url: 'https://news.portal.example/a', body: body(SIMPLIFIED) });
    const mirror = dedupeFeatures({
      url: 'https://mirror.example/c/2.shtml',
      body: body(['華夏經緯網 > 新聞 > 大陸新聞 > 時事要聞', ...other]),
    });
    expect(comparePair(wire, mirror).match).toBe(false);
  });
});

describe('ё and е', () => {
  it('a copy writing "е" for "ё" has the same shingles', () => {
    const tass = [
      'МОСКВА, 4 декабря. /ТАСС/. Сильный снегопад осложнил движение на дорогах столицы, на уборку снега вышли ещё 9,5 тысячи единиц техники.',
      'Приоритет отдаётся вылетным магистралям, остановкам общественного транспорта и подходам к станциям метро, сообщили в комплексе городского хозяйства.',
    ];
    const a = dedupeFeatures({ url: 'https://tass.example/1', body: body(tass) });
    const b = dedupeFeatures({ url: 'https://regional.example/2', body: body(tass.map((p) => p.replace(/ё/g, 'е'))) });
    expect(b.shingles).toEqual(a.shingles);
    // The exact hashes stay on the text as written: stored content hashes do not change.
    expect(b.bodyHash).not.toBe(a.bodyHash);
  });
});

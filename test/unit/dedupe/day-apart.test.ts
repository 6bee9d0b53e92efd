/**
 * Rule 2b (decide-story.ts): texts published a day or more apart link only as copies. Found by an
 * independent syndication probe: an agency's next-day follow-up repeating three background
 * paragraphs, and the daily issues of one template (a case tally, a market close: the same words,
 * new figures in the lead) were merged into one story.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../src/dedupe/features.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { PORT_STRIKE, TRANSFORMS, WRITE_THRU, body } from './texts.js';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const at = (hours: number): Date => new Date(T0 + hours * 3600_000);

/** One issue of a daily tally: the day's figures in the lead, the template's constant figures below. */
function tally(cases: number, active: number, deaths: number): string {
  return body([
    `The country recorded ${cases.toLocaleString('en-US')} new coronavirus infections in a single day, while the number of active cases rose to ${active.toLocaleString('en-US')}, according to health ministry data updated on Tuesday.`,
    `The death toll climbed to ${deaths.toLocaleString('en-US')} with 12 fatalities, the data updated at 8 am showed. The daily positivity rate was recorded at 2.87 per cent and the weekly positivity rate at 2.24 per cent.`,
    'The active cases now comprise 0.05 per cent of the total infections, while the national COVID-19 recovery rate has been recorded at 98.76 per cent, the ministry said.',
    'According to the ministry website, 220.66 crore doses of COVID-19 vaccine have been administered in the country so far under the nationwide vaccination drive.',
  ]);
}

describe('a day or more apart', () => {
  it('a follow-up repeating background paragraphs the next day is another story; the same day it would join', async () => {
    const original = body(PORT_STRIKE);
    const followUp = body([
      'Port operators began laying off temporary staff on Wednesday as the strike by dock workers entered its second day with no sign of new talks, the employers federation said.',
      'Some 300 temporary workers were told not to report for work until further notice, the federation said in a statement, adding that perishable cargo was already being diverted.',
      ...PORT_STRIKE.slice(1, 5),
    ]);
    const later = new MemoryStoryIndex();
    const a = await later.add({ id: 'A', url: 'https://wire.example/strike', body: original, publishedAt: at(0) });
    const b = await later.add({ id: 'B', url: 'https://wire.example/strike-day-2', body: followUp, publishedAt: at(22) });
    expect(b.storyId).not.toBe(a.storyId);
    const sameDay = new MemoryStoryIndex();
    const c = await sameDay.add({ id: 'A', url: 'https://wire.example/strike', body: original, publishedAt: at(0) });
    const d = await sameDay.add({ id: 'B', url: 'https://wire.example/strike-day-2', body: followUp, publishedAt: at(4) });
    expect(d.storyId).toBe(c.storyId);
  });

  it('the next issue of a daily template (new figures in the lead) is another story; a copy of the same issue joins', async () => {
    const index = new MemoryStoryIndex();
    const day1 = await index.add({
      id: 'D1',
      url: 'https://wire.example/covid-0404',
      body: tally(3038, 21179, 530901),
      publishedAt: at(0),
    });
    const day2 = await index.add({
      id: 'D2',
      url: 'https://wire.example/covid-0405',
      body: tally(4435, 23091, 530916),
      publishedAt: at(24),
    });
    expect(day2.storyId).not.toBe(day1.storyId);
    const copy = await index.add({ id: 'C2', url: 'https://paper.example/covid', body: tally(4435, 23091, 530916), publishedAt: at(25) });
    expect(copy.storyId).toBe(day2.storyId);
  });

  it('an outlet reposting the story days later, whole or trimmed, still joins it', async () => {
    const index = new MemoryStoryIndex();
    const a = await index.add({ id: 'A', url: 'https://wire.example/strike', body: body(PORT_STRIKE), publishedAt: at(0) });
    const whole = await index.add({ id: 'W', url: 'https://late.example/strike', body: body(PORT_STRIKE), publishedAt: at(50) });
    const trimmed = await index.add({
      id: 'T',
      url: 'https://later.example/strike',
      body: TRANSFORMS['trim50']!(PORT_STRIKE),
      publishedAt: at(70),
    });
    expect([whole.storyId, trimmed.storyId]).toEqual([a.storyId, a.storyId]);
  });

  it('write-thru versions within the day are one story as before', async () => {
    const index = new MemoryStoryIndex();
    const v1 = await index.add({ id: 'V1', url: 'https://wire.example/storm-1', body: WRITE_THRU.v1, publishedAt: at(0) });
    const v2 = await index.add({ id: 'V2', url: 'https://wire.example/storm-2', body: WRITE_THRU.v2, publishedAt: at(6) });
    const v3 = await index.add({ id: 'V3', url: 'https://wire.example/storm-3', body: WRITE_THRU.v3, publishedAt: at(12) });
    expect([v2.storyId, v3.storyId]).toEqual([v1.storyId, v1.storyId]);
  });
});

describe('figures', () => {
  it('distinct numbers of two or more digits, years left out, in order; the lead counted', () => {
    const tokens = 'on may 15 2024 the index rose 3 5 percent to 3026 83 points 15 more text'.split(' ');
    expect(figuresOf(tokens)).toEqual({ figures: ['15', '3026', '83'], leadFigures: 3 });
  });

  it("the page's header lines are not read: their figures are the page's", () => {
    const tokens = 'portal news 2023 01 12 08 39 57 the index rose 3 5 percent to 3026 83 points'.split(' ');
    expect(figuresOf(tokens, 8)).toEqual({ figures: ['3026', '83'], leadFigures: 2 });
  });
});

describe('a day apart, Chinese templates and portal headers (probe realdd4)', () => {
  /** One day's yuan central parity, as Xinhua words it: the day, the rate, the step. */
  const fixing = (day: number, rate: string, euro: string): string =>
    body([
      `新华社北京12月${day}日电 来自中国外汇交易中心的数据显示，${day}日人民币对美元汇率中间价报${rate}，较前一交易日调升22个基点。`,
      `中国人民银行授权中国外汇交易中心公布，12月${day}日银行间外汇市场人民币汇率中间价为1美元对人民币${rate}元，1欧元对人民币${euro}元。`,
    ]);

  it("the next day's fixing (the month and the step kept, the rate changed) is another story; a copy of the same day's joins", async () => {
    const index = new MemoryStoryIndex();
    const d4 = await index.add({ id: 'F4', url: 'https://portal.example/fx-4', body: fixing(4, '7.1865', '8.3912'), publishedAt: at(0) });
    const d5 = await index.add({ id: 'F5', url: 'https://portal.example/fx-5', body: fixing(5, '7.1843', '8.4036'), publishedAt: at(24) });
    expect(d5.storyId).not.toBe(d4.storyId);
    const copy = await index.add({ id: 'C5', url: 'https://other.example/fx', body: fixing(5, '7.1843', '8.4036'), publishedAt: at(45) });
    expect(copy.storyId).toBe(d5.storyId);
  });

  it("a trimmed repost the next day joins although its page header carries the page's time", async () => {
    const story = [
      '新华社北京12月3日电（记者魏玉坤）国家发展改革委3日发布消息，国家发展改革委、财政部近日下达提前批建设项目清单，涉及项目215个，总投资约2800亿元。',
      '国家发展改革委有关负责人表示，本批项目重点支持生态修复、重大水利工程、城市地下管网改造、高标准农田建设等领域，项目前期工作较为成熟。',
      '该负责人说，下一步将会同有关部门和地方加快推进项目建设，强化资金使用监管，确保项目早开工、早见效。',
      '据介绍，今年以来已累计下达专项资金支持建设项目1465个。',
    ];
    const index = new MemoryStoryIndex();
    const full = await index.add({ id: 'S', url: 'https://wire.example/s', body: body(story), publishedAt: at(0) });
    const header = 'Portal News > 新闻 > 大陆新闻 > 时事要闻 > 正文 2025-12-04 18:39:57 source xinhua';
    const repost = await index.add({
      id: 'R',
      url: 'https://mirror.example/r',
      body: body([header, ...story.slice(0, 2)]),
      publishedAt: at(30),
    });
    expect(repost.storyId).toBe(full.storyId);
  });
});

/**
 * Two agencies' Chinese reports of one official release (probe 7): Xinhua's and CNS's reports
 * of a statistics release open with the same official sentence, and Xinhua's one-sentence urgent
 * (新华社快讯：…) is found whole in CNS's report. Texts credited to different agencies link only
 * as copies or by resemblance (compare.ts `otherAgencies`); the credits are read in simplified and
 * traditional characters (detect-agency.ts: 日電, 快訊).
 */
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../src/dedupe/compare.js';
import { detectAgency } from '../../../src/dedupe/detect-agency.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { body } from './texts.js';

const URGENT = '新华社快讯：海关总署9日发布数据，前10个月我国货物贸易进出口总值36.02万亿元，同比增长3.6%。';
const CNS = [
  '中新社北京11月9日电 （记者 李晓喻）中国海关总署9日发布数据，前10个月我国货物贸易进出口总值36.02万亿元，同比增长3.6%。其中，出口20.75万亿元，增长6.2%；进口15.27万亿元，增长0.2%。',
  '海关总署统计分析司司长吕大良表示，前10个月我国外贸运行总体平稳，展现出较强韧性，对共建“一带一路”国家进出口增长6.1%。',
  '他表示，下阶段将继续推动外贸稳规模、优结构，支持企业开拓多元化市场。',
];
const XINHUA = [
  '新华社北京11月9日电（记者邹多为）海关总署9日发布数据，前10个月我国货物贸易进出口总值36.02万亿元，同比增长3.6%，增速较前三季度加快0.1个百分点。',
  '从贸易方式看，一般贸易进出口23.55万亿元，增长4.3%，占我国外贸总值的65.4%。民营企业进出口20.1万亿元，增长8.7%。',
  '业内专家认为，随着一系列稳外贸政策持续落地，外贸有望延续稳中向好态势。',
];

const f = (url: string, text: string) => dedupeFeatures({ url, body: text });

describe('two agencies, one release', () => {
  it.each([
    ['新華社北京11月9日電 海關總署9日發布數據', 'Xinhua'],
    ['新华社快讯：海关总署9日发布数据', 'Xinhua'],
    ['新華社快訊：海關總署9日發布數據', 'Xinhua'],
    ['中新社北京11月9日電 （記者 李曉喻）', 'China News Service'],
  ])('credit %s', (line, agency) => {
    expect(detectAgency(body([line, '前10个月我国货物贸易进出口总值36.02万亿元，同比增长3.6%。']))).toBe(agency);
  });

  it("Xinhua's urgent, found whole in CNS's report, does not link to it; it does link to Xinhua's own report", () => {
    const urgent = f('https://portal.example/a', body(['门户网 > 财经', URGENT]));
    const cns = f('https://portal.example/b', body(CNS));
    const xinhua = f('https://portal.example/c', body(XINHUA));
    expect(comparePair(urgent, cns).match).toBe(false);
    expect(comparePair(urgent, xinhua).match).toBe(true);
    expect(comparePair(cns, xinhua).match).toBe(false);
  });

  it('a copy of either report still links to it', () => {
    const cns = f('https://chinanews.example/1', body(CNS));
    const copy = f('https://portal.example/9', body(['门户网 > 财经', ...CNS.slice(0, 2), '（责任编辑：王洋）']));
    expect(comparePair(cns, copy).match).toBe(true);
  });

  it("Sputnik's Chinese report quoting the same spokesman is credited, and does not link to Xinhua's", () => {
    // Both quote the spokesman's whole answer: 100+ characters in common, over the floor (probe realdd4).
    const answer =
      '“我们希望美方有关人士客观理性看待中国和中美关系，从美国自身利益和中美共同利益出发，同中方相向而行，推动发展相互尊重、和平共处、合作共赢的中美关系。”';
    const xinhua = [
      '新华社北京1月11日电（记者成欣）针对美国新一届国会众议院成立有关委员会一事，外交部发言人汪文斌11日表示，中方希望美方有关人士客观理性看待中国和中美关系。',
      '当日例行记者会上，有记者就此提问。该委员会为跨党派机构，得到了国会议员的支持。',
      `${answer}汪文斌说。`,
    ];
    const sputnik = [
      '俄罗斯卫星通讯社北京1月11日电 中国外交部发言人汪文斌11日在例行记者会上表示，希望美方客观理性看待中国和中美关系，同中方相向而行，推动发展相互尊重、和平共处、合作共赢的中美关系。',
      '有记者提问，美国众议院以多数票通过了成立一个特别委员会的决议，发言人对此有何评论？',
      `汪文斌指出：${answer}`,
    ];
    expect(detectAgency(body(sputnik))).toBe('Sputnik');
    expect(comparePair(f('https://portal.example/x', body(xinhua)), f('https://sputnik.example/s', body(sputnik))).match).toBe(false);
  });
});

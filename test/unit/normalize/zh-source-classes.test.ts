/**
 * Chinese source lines by class (probe zhsrc: pages written from how mainland, Hong Kong, Taiwanese
 * and Singaporean sites print them): the compound labels (信息来源, 稿件来源, 本文来源, 文章来源, 来源于)
 * with either colon, spaces or none, after a date; title marks kept off the name (《人民日报》);
 * two outlets joined by a dash and lists (each kept, the agency among them credited); an agency's app
 * (新华社客户端: Xinhua); outlets' openers (【明報專訊】: 明報, 香港文匯報訊: 香港文匯報) and agencies'
 * (【新華社電】). Negatives: a chart's or picture's source, a sentence, the web, a portal's "compiled" (综合) where its
 * source goes.
 */
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { parseZhLead } from '../../../src/normalize/zh-lead.js';
import { zhAgencyOf, zhSourceNames, zhSourceValue } from '../../../src/normalize/zh-source.js';

describe('Chinese source labels', () => {
  it.each<[string, string[], string[]]>([
    ['来源：新华社', ['新华社'], ['Xinhua']],
    ['信息来源：市政府办公室 浏览次数：312', ['市政府办公室'], []],
    ['发布时间：2024-05-15 信息来源:区融媒体中心', ['区融媒体中心'], []],
    ['发布日期：2024-05-15信息来源：市卫健委', ['市卫健委'], []],
    ['2024-05-15 10:30来源：新华日报', ['新华日报'], []],
    ['2024-05-15 06:23 稿件来源：新民晚报 作者：王蔚', ['新民晚报'], []],
    ['稿件来源：县融媒体中心\u3000\u3000发布时间：2024-05-15', ['县融媒体中心'], []],
    ['本文来源：澎湃新闻 责任编辑：王晓_NBJ1234', ['澎湃新闻'], []],
    ['文章来源：省教育厅', ['省教育厅'], []],
    ['本文来源于经济日报', ['经济日报'], []],
    ['来源于：人民网', ['人民网'], []],
    ['2024-05-15 06:30 来源 ： 新华日报', ['新华日报'], []],
    ['2024年05月15日 10:30 來源：中央社', ['中央社'], ['CNA']],
    ['2024-05-15 10:30 【来源：新华网】', ['新华网'], ['Xinhua']],
    ['（来源：科技日报）', ['科技日报'], []],
    ['来源：人民日报 记者 张三', ['人民日报'], []],
  ])('%s', (line, sources, agencies) => {
    expect(findCredits([line])).toEqual({ agencies, sources });
  });
});

describe('source values', () => {
  it.each<[string, string[]]>([
    ['《人民日报》', ['人民日报']],
    ['《 人民日报 》（ 2024年05月15日   第 04 版）', ['人民日报']],
    ['《环球时报》', ['环球时报']],
    ['人民网－人民日报', ['人民网', '人民日报']],
    ['人民网-人民日报海外版', ['人民网', '人民日报海外版']],
    ['经济日报-中国经济网', ['经济日报', '中国经济网']],
    ['新华社、央视新闻', ['新华社', '央视新闻']],
    ['南方日报、南方+', ['南方日报', '南方+']],
    ['人民网-国际频道', ['人民网']],
    ['网络，如有侵权请联系删除', []],
    ['本站原创', []],
    ['网络整理', []],
  ])('%s', (value, names) => {
    expect(zhSourceNames(value)).toEqual(names);
  });

  it('reads the outlet from the line after a label that stands alone (a table cell of its own)', () => {
    expect(findCredits(['发布时间：2008-05-15', '来源：', '人民日报', '点击：128'])).toEqual({ agencies: [], sources: ['人民日报'] });
    expect(findCredits(['信息来源', '新华社'])).toEqual({ agencies: ['Xinhua'], sources: ['新华社'] });
    expect(findCredits(['来源：', '2008-05-15'])).toEqual({ agencies: [], sources: [] });
  });

  it('an agency among several outlets is credited, each outlet kept', () => {
    expect(findCredits(['来源：新华社、央视新闻'])).toEqual({ agencies: ['Xinhua'], sources: ['新华社', '央视新闻'] });
    expect(findCredits(['来源：人民网－人民日报'])).toEqual({ agencies: [], sources: ['人民网', '人民日报'] });
  });

  it.each<[string, string | undefined]>([
    ['新华社客户端', 'Xinhua'],
    ['新华网', 'Xinhua'],
    ['中国新闻网', 'China News Service'],
    ['人民日报', undefined],
    ['央视新闻客户端', undefined],
    ['新华社区', undefined],
    ['新华社微博', 'Xinhua'],
    ['路透中文网', 'Reuters'],
    ['共同体', undefined],
  ])('the agency of %s', (name, agency) => {
    expect(zhAgencyOf(name)?.name).toBe(agency);
  });
});

describe('not a source line', () => {
  it.each([
    '数据来源：国家统计局',
    '图片来源：视觉中国',
    '资料来源：国家统计局网站',
    '这些数据来源于国家统计局的抽样调查。',
    '本文来源于网络，如有侵权请联系删除',
    '来源：本站原创',
    '2024年05月15日 16:30 综合',
  ])('%s', (line) => {
    expect(findCredits([line])).toEqual({ agencies: [], sources: [] });
  });

  it('finds no label in a line without one', () => {
    expect(zhSourceValue('据新华社报道，相关部门将出台措施。')).toBeNull();
  });
});

describe("outlets' and agencies' openers", () => {
  it.each<[string, string[], string[]]>([
    ['【明報專訊】立法會昨日三讀通過條例草案。', ['明報'], []],
    ['【大公報訊】記者林檳報道：立法會昨日三讀通過條例草案。', ['大公報'], []],
    ['【星島日報報道】天文台今日凌晨改發八號烈風信號。', ['星島日報'], []],
    ['【香港文匯報訊】記者 費小燁 報道：立法會昨日三讀通過條例草案。', ['香港文匯報'], []],
    ['香港文匯報訊（記者 鄭伊莎）天文台今日凌晨改發八號烈風信號。', ['香港文匯報'], []],
    ['新京报讯（记者 吴采倩）首届数字文化消费博览会15日开幕。', ['新京报'], []],
    ['本报讯（记者 陈杰）首届数字文化消费博览会15日开幕。', [], []],
    ['经审讯，犯罪嫌疑人对其违法事实供认不讳。', [], []],
  ])('%s', (line, sources, agencies) => {
    expect(findCredits([line])).toEqual({ agencies, sources });
  });

  it.each<[string, string[]]>([
    ['【新華社電】美國聯邦準備理事會宣布維持基準利率不變。', ['Xinhua']],
    ['【中新社电】美国联邦储备委员会宣布维持基准利率不变。', ['China News Service']],
    ['〔中央社電〕行政院今天召開院會。', ['CNA']],
  ])('%s', (lead, agencies) => {
    const z = parseZhLead(lead);
    expect(z?.agencies).toEqual(agencies);
    expect(z?.wire).toBe(true);
    expect(z?.place).toBeNull();
  });

  it("an outlet's bracketed opener is no agency credit", () => {
    expect(parseZhLead('【明報專訊】立法會昨日三讀通過條例草案。')?.agencies ?? []).toEqual([]);
  });

  it('a reporter of an agency in running text is no dateline', () => {
    expect(parseZhLead('新华社记者日前从有关部门获悉，首届博览会15日开幕。')).toBeNull();
  });
});

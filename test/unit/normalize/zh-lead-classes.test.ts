/**
 * Chinese leads (probe 8): an agency credited by a phrase opening the text (`据新华社报道，`,
 * `综合新华社、法新社报道`) but not further down or after a dated opener; other agencies' datelines
 * (`路透北京5月15日 - `, `（法新社華盛頓14日電）`, `【新華社北京十四日電】`, `韩联社首尔5月15日电`) and the
 * place as written (`新华网湖北宜昌…`); local datelines (`（吉隆坡15日讯）`, `（北京综合讯）`); an outlet's own
 * dateline is no agency credit (`人民网成都5月15日电 （王军）`); `…讯（记者 X）` openers; and a lead
 * below the header lines a text container holds. Lines written the way Chinese outlets print them.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';
import { stripWireMarkup } from '../../../src/normalize/strip-wire-markup.js';
import { parseZhLead } from '../../../src/normalize/zh-lead.js';

const REF = new Date('2024-05-15T03:00:00Z');

describe('agency credits in a lead phrase', () => {
  it.each([
    ['据新华社报道，5月14日，我国成功发射一颗卫星。', ['Xinhua']],
    ['據新華社報道：嫦娥六號探測器13日成功實施近月制動。', ['Xinhua']],
    ['南都讯 据新华社报道，5月14日，我国在酒泉卫星发射中心成功发射卫星。', ['Xinhua']],
    ['【大公報訊】據新華社報道：嫦娥六號探測器13日成功實施近月制動。', ['Xinhua']],
    ['本报讯 综合新华社、法新社报道，日本气象厅14日说，近海发生6.2级地震。', ['Xinhua', 'AFP']],
    ['（綜合塔斯社、路透社報道）俄羅斯總統普京提名新任國防部長。', ['TASS', 'Reuters']],
    ['（据新华社电）农业农村部近日印发方案。', ['Xinhua']],
    // A dated opener: the phrase after it quotes the agency.
    ['中新网5月15日电 据韩联社报道，韩国统计厅15日发布数据。', ['China News Service']],
    ['（北京综合讯）据新华社报道，中国国家统计局星期五公布数据。', []],
    // A report's date, a report heading, a news agency that is none (彭博社 is Bloomberg, an outlet).
    ['据路透社5月14日报道，以色列军队当天继续发动空袭。', []],
    ['【环球网报道】据路透社报道，美国商务部14日公布数据。', []],
    ['据彭博社报道，英伟达股价周二再创历史新高。', []],
  ])('%s', (lead, agencies) => {
    expect(parseZhLead(lead)?.agencies ?? []).toEqual(agencies);
  });

  it('counts the phrase only in the first paragraph', () => {
    const w = stripWireMarkup('当地时间5月13日，美国得克萨斯州遭遇强风暴袭击。\n\n据美联社报道，风暴造成至少4人死亡。');
    expect([...w.agencies, ...w.leadPhrase]).toEqual([]);
  });

  it('keeps a bare phrase apart: a credit unless the page signs the story itself', () => {
    const w = stripWireMarkup('据新华社报道，5月14日，我国成功发射一颗卫星。\n\n卫星顺利进入预定轨道。');
    expect(w.agencies).toEqual([]);
    expect(w.leadPhrase).toEqual(['Xinhua']);
    const page = (byline: string): string =>
      `<html><body><h1>斯洛伐克總理菲佐遇槍擊受重傷</h1>${byline}<div>發佈日期：2024-05-15 23:48</div><div class="content"><p>據法新社報道，斯洛伐克總理菲佐周三在中部城鎮出席活動時遭槍擊，身受重傷，已被送往醫院搶救，槍手當場被捕。</p><p>歐盟多國領導人對事件表示譴責，並呼籲各方保持克制，當局已展開調查。</p></div></body></html>`;
    expect(extractArticle(page(''), 'https://www.example.hk/a/1').agency).toEqual(['AFP']);
    expect(extractArticle(page('<div class="author">撰文：國際新聞組</div>'), 'https://www.example.hk/a/1').agency).toEqual([]);
  });

  it('reads closing credits in brackets', () => {
    expect(findCredits(['农业农村部近日印发方案。', '（据新华社电）']).agencies).toEqual(['Xinhua']);
    expect(findCredits(['克里姆林宮發言人表示。（綜合塔斯社、路透社報道）']).agencies).toEqual(['TASS', 'Reuters']);
    expect(findCredits(['今年将继续推进。（综合）', '他说，据悉（记者 张三）']).agencies).toEqual([]);
  });
});

describe('agency datelines', () => {
  it.each([
    ['路透北京5月15日 - 中国人民银行周三开展中期借贷便利操作。', '北京', 'Reuters'],
    ['（法新社華盛頓14日電）美國聯邦參議院今天通過一項法案。', '華盛頓', 'AFP'],
    ['【新華社北京十四日電】國鐵集團十四日公布旅客發送量。', '北京', 'Xinhua'],
    ['韩联社首尔5月15日电 韩国统计厅15日发布数据。', '首尔', 'Yonhap'],
    ['新华网湖北宜昌5月15日电 (记者 邹声文 刘紫凌) 记者从三峡总公司获悉。', '湖北宜昌', 'Xinhua'],
    ['新华社三亚5月15日电 今天海南发布消息。', '三亚', 'Xinhua'],
    ['德新社柏林5月15日电 德国政府今天宣布。', '柏林', 'dpa'],
  ])('%s', (lead, place, agency) => {
    const d = parseDateline(lead, REF);
    expect(d?.dateline.place).toBe(place);
    expect(d?.agency).toBe(agency);
  });

  it('dates a Chinese-numeral day', () => {
    expect(parseDateline('【新華社北京十四日電】國鐵集團公布。', REF)?.dateline.date).toBe('2024-05-14');
  });

  it('cuts an agency dateline from the text and keeps an outlet one', () => {
    expect(stripWireMarkup('（法新社華盛頓14日電）美國聯邦參議院今天通過一項法案。', REF).body).toBe('美國聯邦參議院今天通過一項法案。');
    expect(stripWireMarkup('（吉隆坡15日讯）首相安华表示。', REF).body).toBe('（吉隆坡15日讯）首相安华表示。');
  });
});

describe("outlets' own datelines", () => {
  it.each([
    ['人民网成都5月15日电 （王军）5月15日，记者从四川省交通运输厅获悉。', '成都', ['王军']],
    ['本报北京5月14日电（记者刘诗瑶）记者从中国科学院获悉。', '北京', ['刘诗瑶']],
    ['央广网北京5月15日消息（记者 刘飞）据中央广播电视总台报道，农业农村部表示。', '北京', ['刘飞']],
    ['（吉隆坡15日讯）首相安华表示，政府将逐步落实柴油补贴合理化。', '吉隆坡', []],
    ['（北京14日综合电）中国商务部周二发表声明。', '北京', []],
    ['（北京综合讯）据新华社报道，中国国家统计局公布数据。', '北京', []],
  ])('%s', (lead, place, authors) => {
    const d = parseDateline(lead, REF);
    expect(d?.dateline.place).toBe(place);
    expect(d?.agency).toBeNull();
    expect(d?.authors).toEqual(authors);
  });

  it('takes the longest outlet name ending in 网, and an agency in brackets for a credit, not a place', () => {
    expect(parseZhLead('中国台湾网5月15日讯 据台湾媒体报道，台北今天发布数据。')?.place).toBeNull();
    const credit = parseZhLead('（新华社电）今天，国务院常务会议召开。');
    expect(credit?.place).toBeNull();
    expect(credit?.agencies).toEqual(['Xinhua']);
  });

  it('is no credit of People’s Daily', () => {
    expect(stripWireMarkup('人民网成都5月15日电 （王军）5月15日，记者获悉。', REF).agencies).toEqual([]);
  });
});

describe('outlet openers and their reporters', () => {
  it.each([
    ['本报讯（记者 陈杰）从今天起，北京出租车燃油附加费取消。', ['陈杰']],
    ['香港文匯報訊（記者 鄭伊莎）啟德體育園工程進入最後階段。', ['鄭伊莎']],
    ['【财新网】（记者 王琼慧）央行5月15日发布的金融统计数据显示。', ['王琼慧']],
    ['新京报贝壳财经讯（记者 王俊）近日，多家中小银行再次下调存款利率。', ['王俊']],
    ['荆楚网（湖北日报网）讯（记者 王晓涵 通讯员 光谷宣）5月15日，记者获悉。', ['王晓涵']],
    ['长江日报-长江网5月15日讯（记者黄琪 通讯员钟晓芳）5月15日起，武汉新开通公交线路。', ['黄琪', '钟晓芳']],
    ['新华社太原5月14日电（李国利 王宇）5月14日，我国成功发射卫星。', ['李国利', '王宇']],
    ['〔記者鄭鴻達／台北報導〕國防部今天公布共機動態。', ['鄭鴻達']],
    ['〔記者吳仁捷∕新竹報導〕北二高昨天下午發生三車追撞事故。', ['吳仁捷']],
    // Not reporters: a photographer, a compiled report, running text.
    ['本报讯（记者 张三 摄）昨日，市民在公园赏花。', []],
    ['本报讯（综合）昨日，市民在公园赏花。', []],
    ['资讯（记者 张三）昨日，市民在公园赏花。', []],
    ['他说（记者 张三）昨日到场。', []],
  ])('%s', (lead, authors) => {
    expect(parseZhLead(lead)?.authors ?? []).toEqual(authors);
  });

  it('finds the lead below a kicker and the date and source line', () => {
    const w = stripWireMarkup(
      '光电转换效率刷新世界纪录\n\n2024年05月15日05:42 | 来源：人民网－人民日报\n\n本报北京5月14日电（记者刘诗瑶）记者从中国科学院获悉：研究团队研制出一种新型电池。',
      REF,
    );
    expect(w.dateline?.place).toBe('北京');
    expect(w.authors).toEqual(['刘诗瑶']);
    // A sentence before it is the lead: what follows is no lead.
    expect(stripWireMarkup('记者从中国科学院获悉：研究团队研制出一种新型电池。\n\n本报讯（记者 陈杰）从今天起。', REF).authors).toEqual([]);
  });
});

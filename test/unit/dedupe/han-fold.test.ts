/**
 * Traditional and simplified Chinese copies of one story (han-fold.ts): a Xinhua story in
 * simplified characters reposted in traditional characters by Hong Kong, Macau and Taiwan outlets
 * links to it; an independent Taiwanese report of the same event does not. Found by a syndication
 * probe (probe 7): the traditional reposts formed stories of their own.
 */
import { describe, expect, it } from 'vitest';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { dedupeKeys } from '../../../src/dedupe/dedupe-keys.js';
import { foldHan } from '../../../src/dedupe/han-fold.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { body } from './texts.js';

/** A Xinhua-style story (written for these tests), in simplified characters. */
const SIMPLIFIED = [
  '新华社杭州6月3日电（记者王俊）记者3日从浙江省交通运输厅获悉，杭州至温州高速铁路当日正式开通运营，全长260公里，设计时速350公里，杭州至温州最快旅行时间缩短至1小时15分钟。',
  '据介绍，杭温高铁沿线设杭州西、富阳西、桐庐东、诸暨东、义乌北、东阳、磐安、仙居、永嘉、温州北等10座车站，其中东阳、磐安等地结束了不通铁路的历史。',
  '浙江省交通运输厅有关负责人表示，杭温高铁的开通将进一步完善长三角地区高速铁路网络，对促进浙江山区县经济发展、推动共同富裕示范区建设具有重要意义。',
];
/** The same text as a Hong Kong paper prints it: traditional characters, its own credit line, "按年"-style edits absent here. */
const TRADITIONAL = [
  '【本報訊】據新華社報道，記者3日從浙江省交通運輸廳獲悉，杭州至溫州高速鐵路當日正式開通運營，全長260公里，設計時速350公里，杭州至溫州最快旅行時間縮短至1小時15分鐘。',
  '據介紹，杭溫高鐵沿線設杭州西、富陽西、桐廬東、諸暨東、義烏北、東陽、磐安、仙居、永嘉、溫州北等10座車站，其中東陽、磐安等地結束了不通鐵路的歷史。',
  '浙江省交通運輸廳有關負責人表示，杭溫高鐵的開通將進一步完善長三角地區高速鐵路網絡，對促進浙江山區縣經濟發展、推動共同富裕示範區建設具有重要意義。',
];
/** A Taiwanese outlet's own report of the same opening: other words, some of the same facts. */
const INDEPENDENT = [
  '（中央社台北3日電）中國大陸杭州至溫州的高速鐵路今天通車，全長約260公里，最高時速350公里，兩地車程縮短為1小時15分鐘。',
  '官媒報導指出，這條高鐵經過浙江多個山區縣市，其中部分地區過去沒有鐵路。分析人士認為，北京近年持續擴張高鐵網絡，但部分路線客流不足，地方債務壓力也隨之升高。',
  '台灣高鐵公司則表示，目前沒有與大陸業者合作的計畫，將持續提升本身的營運效率與服務品質。',
];

const T0 = Date.parse('2026-06-03T02:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

describe('foldHan', () => {
  it.each([
    ['traditional characters fold to simplified', ['鐵', '路', '網', '絡'], ['铁', '路', '网', '络']],
    ['Hong Kong and Taiwan variant forms fold alike', ['衞', '綫', '裏', '着'], ['卫', '线', '里', '着']],
    ['simplified text and other scripts are left as they are', ['铁', 'road', '2026', 'москва'], ['铁', 'road', '2026', 'москва']],
  ])('%s', (_name, tokens, folded) => {
    expect(foldHan(tokens)).toEqual(folded);
  });

  it('returns the same array when nothing folds (no copy for most texts)', () => {
    const tokens = ['新', '华', '社', 'xinhua'];
    expect(foldHan(tokens)).toBe(tokens);
  });
});

describe('traditional and simplified copies', () => {
  it('share their shingles, while the exact hashes stay those of the text as written', () => {
    const s = dedupeFeatures({ url: 'https://news.example/a', body: body(SIMPLIFIED) });
    const t = dedupeFeatures({ url: 'https://hk.example/b', body: body(SIMPLIFIED.map(toTraditional)) });
    expect(t.shingles).toEqual(s.shingles);
    expect(t.bodyHash).not.toBe(s.bodyHash);
    expect(dedupeKeys({ body: body(SIMPLIFIED.map(toTraditional)) }).contentHash).toBe(t.bodyHash);
  });

  it.each([
    ['simplified first', [0, 1, 2]],
    ['traditional first', [1, 0, 2]],
    ['the independent report first', [2, 1, 0]],
  ])('a traditional repost joins the simplified story, an independent report does not (%s)', async (_name, order) => {
    const texts = [
      { id: 'S', url: 'https://news.example/2026-06/03/c_1.htm', body: body(['新华网 > 地方', ...SIMPLIFIED, '【责任编辑：李明】']) },
      { id: 'T', url: 'https://hkpaper.example/china/3001.html', body: body(['大公報 > 中國', ...TRADITIONAL, '責任編輯：陳文']) },
      { id: 'N', url: 'https://twagency.example/news/202606030101', body: body(INDEPENDENT) },
    ];
    const index = new MemoryStoryIndex();
    const story = new Map<string, string>();
    for (const i of order) {
      const a = texts[i]!;
      story.set(a.id, (await index.add({ ...a, publishedAt: at(i * 30) })).storyId);
    }
    expect(story.get('T')).toBe(story.get('S'));
    expect(story.get('N')).not.toBe(story.get('S'));
  });
});

/** The traditional forms of the characters of SIMPLIFIED that have one (a test helper, not the fold's table). */
function toTraditional(p: string): string {
  const map: Record<string, string> = {
    华: '華',
    讯: '訊',
    记: '記',
    俊: '俊',
    从: '從',
    浙: '浙',
    输: '輸',
    厅: '廳',
    获: '獲',
    悉: '悉',
    温: '溫',
    铁: '鐵',
    当: '當',
    开: '開',
    运: '運',
    营: '營',
    长: '長',
    设: '設',
    计: '計',
    时: '時',
    缩: '縮',
    钟: '鐘',
    据: '據',
    绍: '紹',
    杭: '杭',
    线: '線',
    阳: '陽',
    庐: '廬',
    东: '東',
    诸: '諸',
    暨: '暨',
    义: '義',
    乌: '烏',
    车: '車',
    站: '站',
    结: '結',
    历: '歷',
    关: '關',
    负: '負',
    责: '責',
    进: '進',
    步: '步',
    区: '區',
    网: '網',
    络: '絡',
    对: '對',
    县: '縣',
    经: '經',
    济: '濟',
    发: '發',
    展: '展',
    动: '動',
    范: '範',
    电: '電',
    这: '這',
    达: '達',
    现: '現',
    约: '約',
    为: '為',
    过: '過',
    仙: '仙',
    嘉: '嘉',
    磐: '磐',
    兴: '興',
    个: '個',
    业: '業',
    国: '國',
    说: '說',
    应: '應',
    与: '與',
    实: '實',
    旅: '旅',
    项: '項',
    会: '會',
  };
  return [...p].map((c) => map[c] ?? c).join('');
}

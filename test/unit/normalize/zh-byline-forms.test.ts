/**
 * Chinese bylines (probe 8): Taiwanese slash bylines (`經濟日報／ 記者 曾仁凱／即時報導`, `中央社／ 台北15日電`),
 * Malaysian `报导：`, `作者/`, `（文/刘洋 图/陈晨 …）`; on a board only the thread's starter; an office or
 * an outlet is no person; a structured author the page shows as its editor gives way to the
 * visible byline.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { bylineNames, cleanNames } from '../../../src/normalize/clean-names.js';
import { findCredits } from '../../../src/normalize/find-credits.js';

describe('byline forms', () => {
  it.each([
    ['凤凰网财经讯 作者/吴晓', ['吴晓']],
    ['（文/刘洋 图/陈晨 编辑/黄婷 审核/周敏）', ['刘洋']],
    ['报导：陈俊良', ['陈俊良']],
    ['2024/05/15 11:02:15 經濟日報／ 記者 曾仁凱／即時報導', ['曾仁凱']],
    ['2024-05-15 11:02 聯合報／ 記者 林良齊 ／台北即時報導', ['林良齊']],
    // A wire's dateline names no writer; neither does a sentence about a report.
    ['2024-05-15 11:02 中央社／ 台北15日電', []],
    ['当地媒体的报导称，事故原因仍在调查。', []],
    // New-media bylines: a bar for the colon (丨 U+4E28, ｜, |), the label in brackets, a space after
    // a leading 作者, more writer labels (撰稿, 发布者, 投稿人), a Latin name after a Chinese label.
    ['文丨茉莉', ['茉莉']],
    ['作者丨茉莉', ['茉莉']],
    ['文 | 茉莉', ['茉莉']],
    ['撰文｜茉莉', ['茉莉']],
    ['撰文丨茉莉\u3000编辑丨李四', ['茉莉']],
    ['【作者】茉莉', ['茉莉']],
    ['作者 茉莉', ['茉莉']],
    ['撰稿/茉莉', ['茉莉']],
    ['发布者：茉莉', ['茉莉']],
    ['投稿人：茉莉', ['茉莉']],
    ['作者：Joel Spolsky', ['Joel Spolsky']],
    ['文丨Alice Wang', ['Alice Wang']],
    // Not bylines: a heading about the author, bars between words, a sentence.
    ['作者 简介：茉莉，北京大学教授', []],
    ['中文丨英文', []],
    ['散文|小说|诗歌', []],
    ['他说文/图都由记者提供', []],
  ])('%s', (line, names) => {
    expect(cleanNames(bylineNames([line]))).toEqual(names);
  });
});

describe('boards', () => {
  it('names the thread starter, not the repliers', () => {
    const lines = [
      '楼主 作者： 雨夜听风 提交日期： 2005-5-15 11:02:00',
      '离开老家十年了，今年五一回去一趟。',
      '1楼 作者： 路过的猫 提交日期： 2005-5-15 11:35:12',
      '作者：山里人家 回复日期：2005-5-15 13:20:45',
    ];
    expect(cleanNames(bylineNames(lines))).toEqual(['雨夜听风']);
  });
  it('takes the first post head when the floors are not numbered', () => {
    const lines = ['作者：老李说事 发表于 2006-5-15 11:02', '说得有道理。', '作者：秋水长天 发表于 2006-5-15 12:10'];
    expect(cleanNames(bylineNames(lines))).toEqual(['老李说事']);
  });
  it('keeps a news byline with its time', () => {
    expect(cleanNames(bylineNames(['作者：芊草凡凡 时间：2005-08-22 19:13:18']))).toEqual(['芊草凡凡']);
  });
});

describe('people, not offices or outlets', () => {
  it.each(['对外贸易处', '宣传部', '办公室', '市政府办', '新京报', '明報', '环球时报', '国际新闻组', '统计局', '某某科技公司'])(
    '%s',
    (name) => {
      expect(cleanNames([name])).toEqual([]);
    },
  );
  // Japanese given names end in 司 (健司): no office.
  it.each(['刘洋', '欧阳明月', '陈俊良', '王处', '山田健司'])('%s', (name) => {
    expect(cleanNames([name])).toEqual([name]);
  });
});

describe('slash bylines credit their outlet', () => {
  it('a wire', () => {
    const c = findCredits(['2024-05-15 11:02 中央社／ 台北15日電']);
    expect(c.agencies).toEqual(['CNA']);
    expect(c.sources).toEqual(['中央社']);
  });
  it('a paper', () => {
    const c = findCredits(['2024-05-15 11:02 聯合報／ 記者 林良齊 ／台北即時報導']);
    expect(c.agencies).toEqual([]);
    expect(c.sources).toEqual(['聯合報']);
  });
  it('dates the story from the byline box', () => {
    const html =
      '<html><body><h1>台股盤中突破兩萬一千點 再創歷史新高</h1><section class="authors">2024-05-15 11:02 中央社／ 台北15日電</section><div class="article"><p>台股今天早盤在電子股帶動下走高，盤中突破21000點，再創歷史新高，成交量同步放大。</p><p>法人指出，AI伺服器需求強勁，帶動相關供應鏈股價上揚，外資連續多日買超。</p></div></body></html>';
    const a = extractArticle(html, 'https://udn.example.com/news/story/1');
    expect(a.dateline?.place).toBe('台北');
    expect(a.agency).toEqual(['CNA']);
  });
});

describe('structured authors', () => {
  const page = (author: string, lede: string): string =>
    `<html><head><meta name="author" content="${author}"></head><body><h1>中国4月社会消费品零售总额同比增长2.3%</h1><div class="content"><p>${lede}中国国家统计局15日发布数据显示，4月份，社会消费品零售总额35699亿元，同比增长2.3%。</p><p>国家统计局新闻发言人表示，服务零售额继续较快增长，升级类商品消费需求持续释放。</p></div><div class="left_name">【编辑:付子豪】</div></body></html>`;
  it("the page's editor gives way to the reporter", () => {
    expect(extractArticle(page('付子豪', '中新社北京5月15日电 (记者 王恩博)'), 'https://www.example.com.cn/a/1.shtml').authors).toEqual([
      '王恩博',
    ]);
    expect(extractArticle(page('付子豪', '中新网5月15日电 '), 'https://www.example.com.cn/a/1.shtml').authors).toEqual([]);
  });
  it('an outlet gives way to the reporter', () => {
    expect(extractArticle(page('新京报', '新京报讯（记者 赵敏）'), 'https://www.example.com.cn/a/1.shtml').authors).toEqual(['赵敏']);
  });
  it('a writer who is not the editor stays', () => {
    expect(extractArticle(page('李明', ''), 'https://www.example.com.cn/a/1.shtml').authors).toEqual(['李明']);
  });
});

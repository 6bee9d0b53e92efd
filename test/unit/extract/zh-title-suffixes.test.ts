// Chinese portals' <title> suffixes (meta10 probe): the headline comes out without the site, its
// channels and the keywords some portals put between them. Titles written for these tests in the
// portals' house forms; not copied from any page.
import { describe, expect, it } from 'vitest';
import { stripSiteName } from '../../../src/extract/pick-title.js';

const H = '前四个月国民经济运行稳中有进';

describe('Chinese title suffixes', () => {
  it.each<[string, string, string]>([
    [`${H}_新华网`, 'www.xinhuanet.com', H],
    [`${H}--时政--人民网`, 'politics.people.com.cn', H],
    [`${H} - 中新网`, 'www.chinanews.com.cn', H],
    [`${H}_滚动新闻_中国政府网`, 'www.gov.cn', H],
    // keywords between the headline and the site
    [`${H}|国务院|工业增加值_新浪新闻`, 'news.sina.com.cn', H],
    [`${H}｜统计局｜GDP_新浪财经`, 'finance.sina.com.cn', H],
    // the site's name with its domain in brackets
    [`${H}_新闻频道_央视网(cctv.com)`, 'news.cctv.com', H],
    // a channel named after the site
    [`${H}_凤凰网资讯_凤凰网`, 'news.ifeng.com', H],
    [`${H}_澎湃号·政务_澎湃新闻-The Paper`, 'www.thepaper.cn', H],
    // Near misses: a feature's second half, a colon headline, a headline with a bar inside.
    ['稳中有进——访国家统计局负责人_新华网', 'www.xinhuanet.com', '稳中有进——访国家统计局负责人'],
    ['国家统计局：前四个月国民经济运行稳中有进-中新网', 'www.chinanews.com.cn', '国家统计局：前四个月国民经济运行稳中有进'],
  ])('%s', (title, host, want) => {
    expect(stripSiteName(title, [], host)).toBe(want);
  });
});

// meta14 probe: a blog's name closing the title however short the headline, and old templates
// that put the site and its section first.
describe('Chinese titles with a blog name or a leading site', () => {
  it.each<[string, string, string]>([
    ['秋天的回忆 - 茉莉的博客', 'www.example-blog.cn', '秋天的回忆'],
    ['旧书店 - 读书论坛', 'bbs.example.com', '旧书店'],
    ['某某网 - 新闻中心 - 两岸经贸交流持续升温', 'www.example-portal.com', '两岸经贸交流持续升温'],
    ['某某日报 - 全市开展冬季安全大检查行动', 'www.example-city.cn', '全市开展冬季安全大检查行动'],
    // Near misses: two short halves; a kicker that is no outlet's name before a headline of two parts.
    ['北京 - 上海', 'www.example.cn', '北京 - 上海'],
    ['两会声音 - 代表建议加强养老服务', 'www.example.cn', '两会声音 - 代表建议加强养老服务'],
  ])('%s', (title, host, want) => {
    expect(stripSiteName(title, [], host)).toBe(want);
  });
});

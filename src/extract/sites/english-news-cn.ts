import type { SiteRule } from '../site-rule.js';

/** Xinhua (english.news.cn, xinhuanet.com/english, english.xinhuanet.com). */
export const englishNewsCn: SiteRule = {
  id: 'english.news.cn',
  domains: ['english.news.cn', 'xinhuanet.com/english', 'english.xinhuanet.com'],
  site: 'Xinhua',
  timeZone: 'Asia/Shanghai',
  agency: 'Xinhua',
  body: ['#detailContent', '.detail .content'],
  remove: ['.editor', '.share', '.related'],
  title: ['.head-line h1 .title', '.head-line h1', 'h1'],
  date: ['.header-time', '.info .time', '.time'],
  editor: ['.editor'],
};

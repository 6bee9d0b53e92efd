import type { SiteRule } from '../site-rule.js';

/** Yonhap News Agency (yna.co.kr). */
export const yonhap: SiteRule = {
  id: 'yna.co.kr',
  domains: ['yna.co.kr'],
  site: 'Yonhap News Agency',
  timeZone: 'Asia/Seoul',
  agency: 'Yonhap',
  body: ['.story-news.article', '.article-story', '.article'],
  remove: ['.article-sns', '.related-zone', '.keyword-zone', '.copyright'],
  title: ['.title-article01 .tit', 'h1'],
  date: ['.update-time', '.txt-time'],
};

import type { SiteRule } from '../site-rule.js';

/** 新华网 (news.cn, xinhuanet.com). */
export const newsCn: SiteRule = {
  id: 'news.cn',
  domains: ['news.cn', 'xinhuanet.com'],
  site: '新华网',
  timeZone: 'Asia/Shanghai',
  agency: 'Xinhua',
  body: ['#detailContent', '#p-detail', '.main-aticle'],
  remove: ['.editor', '#articleEdit', '.share', '.related'],
  title: ['.head-line h1 .title', '.head-line h1', 'h1'],
  date: ['.header-time', '.info .time', '.h-time'],
  editor: ['.editor', '#articleEdit'],
};

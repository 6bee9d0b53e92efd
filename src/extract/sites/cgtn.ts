import type { SiteRule } from '../site-rule.js';

/** CGTN (cgtn.com). */
export const cgtn: SiteRule = {
  id: 'cgtn.com',
  domains: ['cgtn.com'],
  site: 'CGTN',
  timeZone: 'Asia/Shanghai',
  body: ['#cmsMainContent', '.text.en', '.cg-article-content'],
  remove: ['.cg-share', '.related-news', '.cmsImage', '.cmsImageDesc', '.text-source-hidden'],
  title: ['.news-title', 'h1'],
  date: ['.date', '.news-date'],
};

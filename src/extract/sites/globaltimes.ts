import type { SiteRule } from '../site-rule.js';

/** Global Times (globaltimes.cn). */
export const globalTimes: SiteRule = {
  id: 'globaltimes.cn',
  domains: ['globaltimes.cn'],
  site: 'Global Times',
  timeZone: 'Asia/Shanghai',
  body: ['.article_right', '.article_content'],
  remove: ['.article_footer', '.share', '.related_articles'],
  title: ['.article_title', 'h1'],
  date: ['.pub_time'],
  byline: ['.byline', '.author_share_left'],
};

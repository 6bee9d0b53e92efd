import type { SiteRule } from '../site-rule.js';

/** ANI News (aninews.in). */
export const ani: SiteRule = {
  id: 'aninews.in',
  domains: ['aninews.in'],
  site: 'ANI News',
  timeZone: 'Asia/Kolkata',
  agency: 'ANI',
  body: ['#article-content', '.content.count-br', '.story-content'],
  remove: ['.shareicons', '.related-stories', '.tags'],
  title: ['.title', 'h1'],
  date: ['.time-red', '.publish-date'],
};

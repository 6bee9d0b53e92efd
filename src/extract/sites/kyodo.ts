import type { SiteRule } from '../site-rule.js';

/** Kyodo News (kyodonews.net). */
export const kyodo: SiteRule = {
  id: 'kyodonews.net',
  domains: ['kyodonews.net'],
  site: 'Kyodo News',
  timeZone: 'Asia/Tokyo',
  agency: 'Kyodo',
  body: ['.article-body', '.main-article'],
  remove: ['.sns', '.related', '.article-tags'],
  title: ['.article-header h1', 'h1'],
  date: ['.credit p', '.date'],
};

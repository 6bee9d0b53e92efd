import type { SiteRule } from '../site-rule.js';

/** TASS (tass.com). */
export const tassCom: SiteRule = {
  id: 'tass.com',
  domains: ['tass.com'],
  site: 'TASS',
  timeZone: 'Europe/Moscow',
  agency: 'TASS',
  body: ['.text-content', '.text-block', '.news-content'],
  remove: ['.tags', '.share', '.related-news'],
  title: ['.news-header__title', 'h1'],
  date: ['.news-header__date', '.date'],
};

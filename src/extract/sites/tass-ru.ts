import type { SiteRule } from '../site-rule.js';

/** ТАСС (tass.ru). */
export const tassRu: SiteRule = {
  id: 'tass.ru',
  domains: ['tass.ru'],
  site: 'ТАСС',
  timeZone: 'Europe/Moscow',
  agency: 'TASS',
  body: ['.text-content', '.text-block', '.news-content'],
  remove: ['.tags', '.share', '.related-news'],
  title: ['.news-header__title', 'h1'],
  date: ['.news-header__date', '.date'],
};

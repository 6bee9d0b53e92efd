import type { SiteRule } from '../site-rule.js';

/** РИА Новости (ria.ru). */
export const ria: SiteRule = {
  id: 'ria.ru',
  domains: ['ria.ru'],
  site: 'РИА Новости',
  timeZone: 'Europe/Moscow',
  agency: 'RIA Novosti',
  body: ['.article__body'],
  remove: ['.article__tags', '.article__share', '.article__announce', '.article__block[data-type="article"]'],
  title: ['.article__title', 'h1'],
  date: ['.article__info-date a', '.article__info-date'],
};

import type { SiteRule } from '../site-rule.js';

/** France 24 (france24.com). */
export const france24: SiteRule = {
  id: 'france24.com',
  domains: ['france24.com'],
  site: 'France 24',
  timeZone: 'Europe/Paris',
  body: ['.t-content__body', '.article__text'],
  remove: ['.m-em-quote', '.o-self-promo', '.m-interstitial', '.t-content__tags'],
  title: ['.t-content__title', 'h1'],
  byline: ['.m-from-author'],
};

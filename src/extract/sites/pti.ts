import type { SiteRule } from '../site-rule.js';

/** Press Trust of India (ptinews.com). */
export const pti: SiteRule = {
  id: 'ptinews.com',
  domains: ['ptinews.com'],
  site: 'Press Trust of India',
  timeZone: 'Asia/Kolkata',
  agency: 'PTI',
  body: ['.storyDetails', '.full-details'],
  remove: ['.share-links', '.related'],
  title: ['.full-details h1', 'h1'],
  date: ['.date-time', '.time'],
};

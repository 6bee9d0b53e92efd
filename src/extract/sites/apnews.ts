import type { SiteRule } from '../site-rule.js';

/** AP News (apnews.com, ap.org). */
export const apNews: SiteRule = {
  id: 'apnews.com',
  domains: ['apnews.com', 'ap.org'],
  site: 'AP News',
  timeZone: 'America/New_York',
  agency: 'AP',
  body: ['.RichTextStoryBody', '.Article', '.RichTextBody'],
  remove: ['.Advertisement', '.Page-actions', '.RelatedStories', '.Enhancement'],
  title: ['.Page-headline', 'h1'],
  byline: ['.Page-authors'],
};

import type { SiteRule } from '../site-rule.js';

/** Reuters (reuters.com). */
export const reuters: SiteRule = {
  id: 'reuters.com',
  domains: ['reuters.com'],
  site: 'Reuters',
  timeZone: 'Europe/London',
  agency: 'Reuters',
  body: ['[data-testid="ArticleBody"]', '.article-body__content', '.ArticleBodyWrapper'],
  remove: ['[data-testid="Toolbar"]', '.related-content', '.read-next'],
  title: ['[data-testid="Heading"]', 'h1'],
  byline: ['[data-testid="AuthorByline"]'],
};

import type { SiteRule } from '../site-rule.js';

/** Anadolu Agency (aa.com.tr). */
export const anadolu: SiteRule = {
  id: 'aa.com.tr',
  domains: ['aa.com.tr'],
  site: 'Anadolu Agency',
  timeZone: 'Europe/Istanbul',
  agency: 'Anadolu',
  body: ['.detay-icerik', '.detay-spot-category'],
  remove: [
    '.detay-icerik h6',
    '.detay-paylas',
    '.sticky-top',
    '.related-news',
    '.detay-foto-editor',
    '.detay-icerik p:contains("Anadolu Agency website contains only a portion")',
  ],
  title: ['.detay-spot-category h1', 'h1'],
  date: ['.tarih'],
};

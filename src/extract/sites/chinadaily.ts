import type { SiteRule } from '../site-rule.js';

/** China Daily (chinadaily.com.cn). */
export const chinaDaily: SiteRule = {
  id: 'chinadaily.com.cn',
  domains: ['chinadaily.com.cn'],
  site: 'China Daily',
  timeZone: 'Asia/Shanghai',
  body: ['#Content', '.article'],
  remove: ['.selectpage', '.share', '.related'],
  title: ['.lft_art h1', 'h1'],
  date: ['.info_l', '.info'],
};

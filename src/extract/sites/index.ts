/**
 * Every site rule. More specific hosts come first (english.news.cn before news.cn), and a
 * domain containing a path (xinhuanet.com/english) matches that path prefix only.
 */
import type { SiteRule } from '../site-rule.js';
import { enPeopleCn } from './en-people-cn.js';
import { peopleComCn } from './people-com-cn.js';
import { englishNewsCn } from './english-news-cn.js';
import { newsCn } from './news-cn.js';
import { chinaDaily } from './chinadaily.js';
import { cgtn } from './cgtn.js';
import { globalTimes } from './globaltimes.js';
import { tassCom } from './tass-com.js';
import { tassRu } from './tass-ru.js';
import { ria } from './ria.js';
import { apNews } from './apnews.js';
import { reuters } from './reuters.js';
import { france24 } from './france24.js';
import { yonhap } from './yonhap.js';
import { kyodo } from './kyodo.js';
import { anadolu } from './anadolu.js';
import { ani } from './ani.js';
import { pti } from './pti.js';

export const SITE_RULES: readonly SiteRule[] = [
  enPeopleCn,
  peopleComCn,
  englishNewsCn,
  newsCn,
  chinaDaily,
  cgtn,
  globalTimes,
  tassCom,
  tassRu,
  ria,
  apNews,
  reuters,
  france24,
  yonhap,
  kyodo,
  anadolu,
  ani,
  pti,
];

/** The rule for a URL, or undefined when the generic extractor should run. */
export function ruleForUrl(url: string): SiteRule | undefined {
  let host = '';
  let path = '';
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    path = u.pathname;
  } catch {
    return undefined;
  }
  return SITE_RULES.find((r) =>
    r.domains.some((d) => {
      const [dh, ...dp] = d.split('/');
      const prefix = dp.length > 0 ? `/${dp.join('/')}` : '';
      return (host === dh || host.endsWith(`.${dh}`)) && path.startsWith(prefix);
    }),
  );
}

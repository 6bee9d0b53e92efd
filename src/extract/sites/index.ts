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

/** Each rule's domains split once into host and path prefix (`xinhuanet.com/english`: `/english`). */
const DOMAINS = SITE_RULES.map((rule) => ({
  rule,
  keys: rule.domains.map((d) => {
    const [host = '', ...path] = d.split('/');
    return { host, dotHost: `.${host}`, prefix: path.length > 0 ? `/${path.join('/')}` : '' };
  }),
}));

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
  return DOMAINS.find(({ keys }) => keys.some((k) => (host === k.host || host.endsWith(k.dotHost)) && path.startsWith(k.prefix)))?.rule;
}

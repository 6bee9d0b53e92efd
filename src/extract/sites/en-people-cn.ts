import type { SiteRule } from '../site-rule.js';

/** People's Daily Online (en.people.cn). */
export const enPeopleCn: SiteRule = {
  id: 'en.people.cn',
  domains: ['en.people.cn'],
  site: "People's Daily Online",
  timeZone: 'Asia/Shanghai',
  body: ['.d2txt_con', '.d2txtCon .d2txt', '#p_content'],
  remove: ['.d2_related', '.relatedStories', '.editor', '.share', '.d2txt_1'],
  title: ['.d2txtCon h1', 'h1'],
  date: ['.origin span', '.d2txt_1 span'],
  editor: ['.editor', '.edit'],
};

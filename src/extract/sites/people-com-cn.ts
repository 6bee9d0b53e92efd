import type { SiteRule } from '../site-rule.js';

/** 人民网 (people.com.cn). */
export const peopleComCn: SiteRule = {
  id: 'people.com.cn',
  domains: ['people.com.cn'],
  site: '人民网',
  timeZone: 'Asia/Shanghai',
  body: ['.rm_txt_con', '#rwb_zw', '.box_con'],
  remove: ['.edit', '.box_pic', '.otitle', '.paper_num'],
  title: ['.rm_txt h1', 'h1'],
  date: ['.channel .col-1-1', '.rm_txt .col-1-1', '.box01 .fl'],
  editor: ['.edit', '.editor'],
};

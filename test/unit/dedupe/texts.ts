/**
 * Test texts (written for these tests) and the syndication transforms of the reposts-dev README,
 * applied the way outlets do. Not a test file: imported by the dedupe tests.
 */

export const PORT_STRIKE = [
  'Dock workers at the country’s three largest container ports walked off the job on Tuesday, halting the loading of more than 1,200 ships and stranding cargo worth an estimated $4.5 billion, union leaders said.',
  'The strike, the first nationwide stoppage in the sector since 1998, follows six months of failed talks over automation, pay and the length of night shifts. The union says 14,000 members took part.',
  '“We have been patient for half a year, and the employers have given us nothing but delays,” said Maria Okonjo, the union’s general secretary, speaking outside the harbour authority’s headquarters.',
  'The employers’ federation said it regretted the walkout and called the demands “unrealistic in the current economic climate”. It said it had offered a 4 percent rise over two years and a review of shift patterns.',
  'Economists warned that a prolonged stoppage could add to shortages of electronics and car parts before the holiday season, and push up freight rates that had only recently fallen from their pandemic peak.',
  'The transport ministry said it would appoint a mediator by the end of the week. Ships waiting offshore were told to expect delays of at least five days, and two carriers began diverting vessels to neighbouring countries.',
  'Talks are scheduled to resume on Friday. The union has said the strike will continue until a written offer on automation is on the table.',
];

export const TELESCOPE = [
  'Astronomers have detected water vapour in the atmosphere of a planet orbiting a small red star 120 light years away, the first such finding for a world in its star’s habitable zone, a team reported on Wednesday.',
  'The planet, about twice the size of Earth, was observed passing in front of its star eight times. Each time a little of the starlight filtered through its atmosphere, carrying the fingerprint of the molecules there.',
  '“Finding water is exciting, but it does not mean there is life,” said lead author Tomas Berg of the university’s observatory. “It means this is now one of the best places to look.”',
  'The team used archival data from a space telescope and ground-based instruments in Chile. They estimate that water could make up between 10 and 50 percent of the atmosphere.',
  'Other researchers cautioned that stellar activity can mimic some of the signals, and said follow-up observations with the next generation of telescopes would be needed to confirm the result.',
  'The findings were published in a peer-reviewed journal and will be presented at a conference in Tokyo next month.',
];

export const FLOOD = [
  'Heavy rain caused rivers to burst their banks across the northern provinces overnight, forcing the evacuation of about 9,000 residents and cutting power to dozens of villages, officials said on Sunday.',
  'Emergency services rescued people trapped on rooftops with boats and helicopters. Two people were reported missing after a car was swept off a bridge near the regional capital.',
  'The weather office issued its highest alert for three districts and said more rain was expected until Tuesday. Schools in the affected areas will remain closed on Monday.',
  'The prime minister said the army had been deployed to help with sandbags and the distribution of drinking water, and promised compensation for farmers whose crops were destroyed.',
  'It is the second major flood in the region this year. In March, storms damaged more than 2,000 homes and left thousands without clean water for weeks.',
];

/** A Chinese wire text (written for the tests) and an unrelated one. */
export const ZH_ECONOMY = [
  '新华社北京11月5日电 国家统计局5日发布数据显示，10月份全国规模以上工业增加值同比增长4.7%，比上月加快0.2个百分点。',
  '分行业看，41个大类行业中有30个行业增加值保持同比增长。其中，电气机械和器材制造业增长9.1%，计算机、通信和其他电子设备制造业增长8.3%。',
  '国家统计局新闻发言人表示，当前经济运行总体平稳，但外部环境依然复杂严峻，国内需求仍显不足，经济持续回升向好的基础还需巩固。',
  '专家认为，随着一系列稳增长政策效果持续显现，四季度经济有望保持回升态势，全年预期目标有望顺利实现。',
];
export const ZH_WEATHER = [
  '中央气象台6日继续发布寒潮蓝色预警，预计未来三天，受强冷空气影响，我国中东部大部地区气温将下降6至10摄氏度。',
  '内蒙古东部、东北地区等地的部分地区降温幅度可达12摄氏度以上，并伴有大风和降雪天气，局地有暴雪。',
  '气象专家提醒公众注意防寒保暖，农业生产单位应及时做好设施农业的防风防冻工作，交通部门需防范道路结冰的不利影响。',
];

export const body = (paragraphs: readonly string[]): string => paragraphs.join('\n\n');

/**
 * Two stories, a brief of each and a round-up quoting both briefs: the fixture of the round-up
 * rules (decide-story rule 3) in every arrival order.
 */
export const ROUNDUP_PAGES = {
  fullA: { url: 'https://a.example/strike', body: body(PORT_STRIKE) },
  briefA: { url: 'https://b.example/strike-brief', body: body(PORT_STRIKE.slice(0, 2)) },
  fullB: { url: 'https://c.example/flood', body: body(FLOOD) },
  briefB: { url: 'https://d.example/flood-brief', body: body(FLOOD.slice(0, 2)) },
  roundup: {
    url: 'https://e.example/news-in-brief',
    body: body(['News in brief: the main stories of the day.', ...PORT_STRIKE.slice(0, 2), ...FLOOD.slice(0, 2)]),
  },
};
const words = (ps: readonly string[]): string[] => ps.join(' ').split(/\s+/);

/** The named transforms; each returns a new body. */
export const TRANSFORMS: Record<string, (ps: readonly string[]) => string> = {
  plain: (ps) => body(ps),
  trim30: (ps) => body(ps.slice(0, Math.max(1, Math.round(ps.length * 0.3)))),
  trim50: (ps) => body(ps.slice(0, Math.round(ps.length * 0.5))),
  trim80: (ps) => body(ps.slice(0, Math.round(ps.length * 0.8))),
  teaser: (ps) => words(ps).slice(0, 40).join(' ') + '... Read more',
  update: (ps) =>
    body([
      'Officials gave new details on the matter on Friday, adding to an account first published earlier, and said an inquiry would follow.',
      ...ps,
    ]).replace(/\d+/, (n) => String(Number(n) + 3)),
  'local-paras': (ps) =>
    body([
      ...ps,
      'The story drew strong reactions from readers in Lagos, several of whom contacted the newsroom to ask how the change would affect them.',
      'For more coverage of regional news from Lagos, see our world section.',
    ]),
  resplit: (ps) => ps.flatMap((p) => p.split(/(?<=[.!?]) (?=[A-Z“])/)).join('\n\n'),
  'copyedit-numbers': (ps) =>
    body(ps)
      .replace(/(\d),(\d{3})/g, '$1$2')
      .replace(/ percent\b/g, '%')
      .replace(/harbour/g, 'harbor'),
  'copyedit-quotes': (ps) =>
    body(ps)
      .replace(/[“”]/g, '"')
      .replace(/’/g, "'")
      .replace(/neighbouring/g, 'neighboring'),
  'copyedit-fullwidth': (ps) => body(ps).replace(/, /g, '，').replace(/: /g, '：').replace(/\(/g, '（').replace(/\)/g, '）'),
  'copyedit-entities': (ps) =>
    body(ps)
      .replace(/’/g, '&#8217;')
      .replace(/&(?!#)/g, '&amp;')
      .replace(/ — /g, '&nbsp;&mdash; '),
  'copyedit-spelling': (ps) =>
    body(ps)
      .replace(/vapour/g, 'vapor')
      .replace(/harbour/g, 'harbor')
      .replace(/organi[sz]/g, 'organiz')
      .replace(/centre/g, 'center'),
  dateline: (ps) => 'LAGOS, Nov. 5 (Xinhua) -- ' + body(ps),
  'dateline-reuters': (ps) => 'LONDON (Reuters) - ' + body(ps),
  'dateline-ap': (ps) => 'WASHINGTON (AP) — ' + body(ps),
  'credit-webeditor': (ps) => body([...ps, '(Web editor: Zhang Kaiwei, Liang Jun)']),
  'credit-reporting': (ps) => body([...ps, '(Reporting by Peter Graff; Editing by Alistair Bell)']),
  'credit-source': (ps) => body(['Source: Xinhua', ...ps]),
  'credit-byline': (ps) => body(['By Gabriela Baczynska, Associated Press', ...ps]),
};

const STORM_A = [
  'A powerful storm pushed ashore on the southern coast early Monday, flooding low-lying neighborhoods and knocking out power to tens of thousands of homes, officials said.',
  'The weather service said winds reached 130 kilometers per hour as the storm made landfall near the fishing port before dawn, and warned of a dangerous surge along the bays.',
  'Emergency crews used boats to reach residents stranded on rooftops in two districts, and the regional governor asked the army for help with evacuations.',
  'Schools and the main airport were closed for the day, and ferry services to the islands were suspended until further notice, the transport ministry said.',
];
const STORM_B = [
  'At least six people were killed and dozens injured after the storm tore through the southern coast on Monday, the civil protection agency said in its evening update.',
  'Rescuers were still searching for four fishermen whose boat went missing off the port, and the agency said the toll could rise as crews reached cut-off villages.',
];
const STORM_C = [
  'The death toll from the storm that hit the southern coast rose to 11 on Tuesday as rescuers recovered the bodies of the missing fishermen, and the government declared a state of emergency.',
  'The prime minister visited the worst-hit districts by helicopter and promised money for rebuilding, as power companies said most homes would have electricity back within three days.',
];
/**
 * An agency story rewritten twice in a day ("write-thru"): v2 puts a new top on v1, v3 a new top on
 * v2 and drops v1's lead. v3 keeps too little of v1 to verify against it, but verifies against v2.
 */
export const WRITE_THRU = {
  v1: body(STORM_A),
  v2: body([...STORM_B, ...STORM_A]),
  v3: body([...STORM_C, ...STORM_B, ...STORM_A.slice(1)]),
};

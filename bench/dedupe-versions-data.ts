/**
 * The versions-and-furniture dev set (issue 10): generated from the real article texts of
 * `extraction-dev` (ground truth bodies, which are also the originals of `reposts-dev`), with
 * a fixed seed, in the `wirehouse import` JSONL shape plus gold fields (`story`, `class`,
 * `transform`) that the method never reads.
 *
 * Classes (one story kind each) and how they are made:
 *  - versions:  chains of 3-6 write-thru versions of one text: each version has its own new top
 *               paragraph and a window of the body; windows shift so neighbours share 30-70% of
 *               their paragraphs and the first and last share little or nothing; one shared
 *               paragraph per version is copy-edited; each version is carried by 1-3 outlets.
 *  - live:      a live file growing at the top: each snapshot adds 2-3 paragraphs above the last.
 *  - teasers:   a full copy, plus teasers (first 35-60 words + "Read more") and excerpts (2-3
 *               consecutive paragraphs from the middle) on other sites.
 *  - furniture: every page carries its site's furniture (header, navigation, a stock caption drawn
 *               from two per site, a site blurb, "Related" links, copyright): copies of one story
 *               on different sites, and hard negatives: different short stories on ONE site,
 *               sharing the header, the caption and the blurb.
 *  - round-ups: a "news in brief" page carrying the first paragraphs of 2-3 stories that also
 *               exist as full copies and stand-alone briefs; the round-up is its own story, and
 *               the brief stories are hard negatives of each other.
 *  - quotes:    independent reports that share one quoted sentence (hard negatives).
 *  - background: two stories of one agency sharing 1-2 background paragraphs (hard negatives).
 *  - event:     two agencies' independent reports of one event that share a long quote (two
 *               sentences, in quotation marks, inside a paragraph of their own) AND a background
 *               paragraph, each carried by a second outlet (hard negatives: what precision on a big
 *               event is up against).
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { mulberry32 } from './mulberry32.js';

const GROUND_TRUTH = resolve(process.env['WIREHOUSE_DATA'] ?? '../shared/data', 'extraction-dev/ground-truth.json');

/** One generated article (import shape + gold). */
export interface DevRecord {
  id: string;
  url: string;
  site: string;
  title: string;
  body: string;
  published: string;
  story: string;
  class: string;
  transform: string;
}

/** A hard-negative pair for the scorer's `--pairs`. */
export interface NegativePair {
  a: string;
  b: string;
  kind: string;
}

const SITE_NAMES = [
  'courier',
  'herald',
  'tribune',
  'gazette',
  'sentinel',
  'chronicle',
  'observer',
  'ledger',
  'dispatch',
  'examiner',
  'beacon',
  'monitor',
];
const AGENCY_DATELINE = ['(AP) — ', '(Reuters) - ', '(AFP) - ', ', Nov. 5 (Xinhua) -- '];

interface Site {
  host: string;
  header: string[];
  captions: string[];
  blurb: string;
  footer: string[];
}

function makeSites(): Site[] {
  return SITE_NAMES.map((n, i) => {
    const Name = n[0]!.toUpperCase() + n.slice(1);
    return {
      host: `${n}-news.example`,
      header: [`The ${Name}`, 'Home News World Business Sport Opinion Culture', `Subscribe to The ${Name} today`],
      captions: [
        `A general view of the ${['harbour', 'city centre', 'parliament building', 'river front'][i % 4]} at dusk, seen from the old bridge on a cold evening in the ${Name} photo archive.`,
        `People walk past shops on the main street of the town on a busy weekday afternoon, in a picture taken by ${Name} staff last year.`,
      ],
      blurb: `The ${Name} is an independent newspaper serving readers across the region since 19${20 + i}, with reporters in six towns and a newsroom open every day of the year.`,
      footer: [
        'Related',
        `Council approves new budget for ${Name.toLowerCase()} district`,
        'Weather: rain expected for the weekend',
        `© 2026 The ${Name}. All rights reserved.`,
      ],
    };
  });
}

/**
 * Real texts: paragraphs of >= 8 words, texts with >= 6 paragraphs, at most 30 paragraphs each.
 * A text of >= 24 paragraphs gives two (its halves): two reports on one subject that share no
 * sentence, which is what independent reports of one event look like to dedupe.
 */
function loadTexts(): string[][] {
  const gt = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8')) as Record<string, { articleBody: string }>;
  return Object.keys(gt)
    .sort()
    .map((k) =>
      gt[k]!.articleBody.split('\n')
        .map((p) => p.trim())
        .filter((p) => p.split(/\s+/).length >= 8),
    )
    .flatMap((ps) =>
      ps.length >= 24 ? [ps.slice(0, Math.min(15, ps.length >> 1)), ps.slice(ps.length >> 1, (ps.length >> 1) + 15)] : [ps.slice(0, 30)],
    )
    .filter((ps) => ps.length >= 6);
}

/** Replaces a few words of a paragraph (a copy-edit of a rewritten version). */
function copyEdit(p: string, r: () => number): string {
  const w = p.split(' ');
  for (let k = 0; k < 3; k++) {
    const i = Math.floor(r() * w.length);
    w[i] = ['also', 'now', 'then', 'still', 'again'][Math.floor(r() * 5)]!;
  }
  return w.join(' ');
}

/** A new top paragraph for version `v` (its own text: a rewrite of a held-back paragraph). */
function newTop(held: string, v: number): string {
  const lead = [
    'In the latest development,',
    'Updating earlier reports,',
    'As the day went on,',
    'Later on,',
    'By the evening,',
    'In a new turn,',
  ][v % 6];
  return `${lead} ${held.charAt(0).toLowerCase()}${held.slice(1)}`;
}

export interface DevSet {
  records: DevRecord[];
  negatives: NegativePair[];
}

/** Generates the set (deterministic in `seed`). */
export function generateVersionsSet(seed = 10): DevSet {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const sites = makeSites();
  const texts = loadTexts();
  const records: DevRecord[] = [];
  const negatives: NegativePair[] = [];
  let n = 0;
  let t = Date.parse('2026-11-20T06:00:00Z');
  const page = (
    story: string,
    cls: string,
    transform: string,
    paragraphs: readonly string[],
    site: Site,
    opts: { dateline?: string; minutes?: number } = {},
  ): DevRecord => {
    t += (opts.minutes ?? 20 + Math.floor(r() * 60)) * 60_000;
    const ps = [...paragraphs];
    if (opts.dateline && ps[0]) ps[0] = `${opts.dateline}${ps[0]}`;
    const caption = pick(site.captions);
    const body = [...site.header, ps[0] ?? '', caption, ...ps.slice(1), site.blurb, ...site.footer].join('\n');
    const rec: DevRecord = {
      id: `v${String(++n).padStart(4, '0')}`,
      url: `https://www.${site.host}/news/${story.toLowerCase()}-${n}`,
      site: site.host,
      title: (paragraphs[0] ?? '').split(' ').slice(0, 8).join(' '),
      body,
      published: new Date(t).toISOString(),
      story,
      class: cls,
      transform,
    };
    records.push(rec);
    return rec;
  };
  const dateline = (): string => {
    const d = pick(AGENCY_DATELINE);
    return d.startsWith(',') ? `BEIJING${d}` : `WASHINGTON ${d}`;
  };
  let ti = 0;
  // Every story gets a text of its own: a text reused by two gold stories would be a false negative.
  const nextText = (): string[] => {
    const text = texts[ti++];
    if (!text) throw new Error(`dedupe-versions: only ${texts.length} source texts`);
    return text;
  };

  // versions: chains of 3-6 versions, neighbours 30-70% overlap.
  for (let c = 0; c < 10; c++) {
    const ps = nextText();
    const story = `VER${c}`;
    const versions = 3 + Math.floor(r() * 4);
    const held = ps.slice(0, versions);
    const body = ps.slice(versions);
    const w = Math.max(4, Math.min(10, Math.floor(body.length * 0.6)));
    const dl = dateline();
    let start = 0;
    for (let v = 0; v < versions; v++) {
      const window = body.slice(start, start + w);
      if (window.length < 2) break;
      const edited = window.map((p, i) => (i === window.length - 1 && v > 0 ? copyEdit(p, r) : p));
      const copies = 1 + Math.floor(r() * 3);
      for (let k = 0; k < copies; k++)
        page(story, 'versions', `version${v}`, [newTop(held[v]!, v), ...edited], pick(sites), { dateline: dl });
      const overlap = 0.3 + r() * 0.4; // share of the window kept by the next version
      start += Math.max(1, Math.round(w * (1 - overlap)));
    }
  }

  // live files growing at the top.
  for (let c = 0; c < 6; c++) {
    const ps = nextText();
    const story = `LIVE${c}`;
    let top = Math.max(0, ps.length - 4);
    const site = pick(sites);
    for (let s = 0; s < 4 && top >= 0; s++) {
      page(story, 'live', `snapshot${s}`, ps.slice(top), s % 2 ? pick(sites) : site);
      top -= 2 + Math.floor(r() * 2);
    }
  }

  // teasers and excerpts.
  for (let c = 0; c < 8; c++) {
    const ps = nextText();
    const story = `TSR${c}`;
    const dl = dateline();
    page(story, 'teasers', 'full', ps, pick(sites), { dateline: dl });
    page(story, 'teasers', 'full', ps, pick(sites), { dateline: dl });
    const words = ps
      .join(' ')
      .split(/\s+/)
      .slice(0, 35 + Math.floor(r() * 26))
      .join(' ');
    page(story, 'teasers', 'teaser', [`${words}... Read more`], pick(sites));
    const from = Math.floor(ps.length / 3);
    page(story, 'teasers', 'excerpt', ps.slice(from, from + 2 + Math.floor(r() * 2)), pick(sites));
  }

  // furniture: copies of one story on different sites, and different short stories on one site.
  for (let c = 0; c < 4; c++) {
    const a = nextText().slice(0, 3);
    const b = nextText().slice(0, 3);
    const site = pick(sites);
    const ra = page(`FURA${c}`, 'furniture', 'brief', a, site);
    const rb = page(`FURB${c}`, 'furniture', 'brief', b, site);
    negatives.push({ a: ra.id, b: rb.id, kind: 'shared-furniture' });
    page(`FURA${c}`, 'furniture', 'brief-copy', a, pick(sites));
    page(`FURB${c}`, 'furniture', 'brief-copy', b, pick(sites));
  }

  // round-ups of 2-3 briefs whose stories exist on their own.
  for (let c = 0; c < 4; c++) {
    const k = 2 + (c % 2);
    const briefs: { story: string; ids: string[]; lead: string[] }[] = [];
    for (let j = 0; j < k; j++) {
      const ps = nextText();
      const story = `RUB${c}_${j}`;
      const full = page(story, 'roundups', 'full', ps, pick(sites));
      const brief = page(story, 'roundups', 'brief', ps.slice(0, 2), pick(sites));
      briefs.push({ story, ids: [full.id, brief.id], lead: ps.slice(0, 2) });
    }
    page(`RU${c}`, 'roundups', 'roundup', ['News in brief: the main stories of the day.', ...briefs.flatMap((b) => b.lead)], pick(sites));
    for (let x = 0; x < briefs.length; x++) {
      for (let y = x + 1; y < briefs.length; y++) {
        for (const a of briefs[x]!.ids) for (const b of briefs[y]!.ids) negatives.push({ a, b, kind: 'roundup-briefs' });
      }
    }
  }

  // independent reports sharing one quoted sentence.
  for (let c = 0; c < 4; c++) {
    const x = nextText();
    const y = [...nextText()];
    const quote = [...x].sort((p, q) => q.length - p.length)[0]!.split(/(?<=[.!?]) /)[0]!;
    y.splice(2, 0, `“${quote}”`);
    const rx = page(`QX${c}`, 'quotes', 'report', x, pick(sites));
    const ry = page(`QY${c}`, 'quotes', 'report', y, pick(sites));
    const rx2 = page(`QX${c}`, 'quotes', 'report-copy', x, pick(sites));
    negatives.push({ a: rx.id, b: ry.id, kind: 'shared-quote' }, { a: rx2.id, b: ry.id, kind: 'shared-quote' });
  }

  // two stories of one agency sharing background paragraphs.
  for (let c = 0; c < 4; c++) {
    const x = nextText();
    const y = [...nextText(), ...x.slice(-2)];
    const dl = dateline();
    const rx = page(`BGX${c}`, 'background', 'story', x, pick(sites), { dateline: dl });
    const ry = page(`BGY${c}`, 'background', 'story', y, pick(sites), { dateline: dl });
    negatives.push({ a: rx.id, b: ry.id, kind: 'shared-background' });
  }
  // two agencies' reports of one event sharing a long quote and a background paragraph.
  for (let c = 0; c < 4; c++) {
    const x = nextText();
    const y = [...nextText()];
    const longest = [...x].sort((p, q) => q.length - p.length)[0]!;
    const quote = longest
      .split(/(?<=[.!?]) /)
      .slice(0, 2)
      .join(' ');
    y.splice(1, 0, `“${quote}” the spokesperson said in a statement.`);
    y.push(x[x.length - 1]!);
    const rx = page(`EVX${c}`, 'event', 'report', x, pick(sites), { dateline: 'WASHINGTON (AP) — ' });
    const ry = page(`EVY${c}`, 'event', 'report', y, pick(sites), { dateline: 'WASHINGTON (Reuters) - ' });
    const rx2 = page(`EVX${c}`, 'event', 'report-copy', x, pick(sites), { dateline: 'WASHINGTON (AP) — ' });
    const ry2 = page(`EVY${c}`, 'event', 'report-copy', y, pick(sites), { dateline: 'WASHINGTON (Reuters) - ' });
    for (const a of [rx, rx2]) for (const b of [ry, ry2]) negatives.push({ a: a.id, b: b.id, kind: 'event-quote-background' });
  }
  return { records, negatives };
}

/**
 * Classes found by an independent syndication probe (hand-written outlets' pages, not the dev
 * set): a live blog or a briefs page that carries a story's teaser between other items joined that
 * story and then bridged others through it (rule 3e); a live blog quoting an agency's lead further
 * down was taken as that agency's text; a "Most Read" list of long headlines and newsletter or
 * subscription appeals glued a site's first pages together before its furniture was learned.
 */
import { describe, expect, it } from 'vitest';
import { detectAgency } from '../../../src/dedupe/detect-agency.js';
import { isListHeading, isTemplateLine } from '../../../src/dedupe/furniture.js';
import { comparisonParagraphs } from '../../../src/dedupe/comparison-text.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { FLOOD, PORT_STRIKE, TELESCOPE, body } from './texts.js';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

describe('rule 3e: a story lead quoted between other items', () => {
  const full = body(PORT_STRIKE);
  const teaser = PORT_STRIKE[0]!;
  const live = [
    'Good morning and welcome to our rolling coverage of the day’s news from around the region and beyond.',
    '09.05',
    body(FLOOD.slice(0, 3)),
    '11.40',
    'Over at the ports, the dispute has finally come to a head. The details:',
    teaser,
    '15.55',
    body(TELESCOPE.slice(0, 3)),
    'That is all from us today. Thanks for reading, and we will be back tomorrow morning.',
  ].join('\n\n');

  it('does not join the story whose full text carries the quoted lead at its top', async () => {
    const index = new MemoryStoryIndex();
    const f = await index.add({ id: 'F', url: 'https://wire.example/strike', body: full, publishedAt: at(0) });
    const t = await index.add({ id: 'T', url: 'https://teasers.example/strike', body: teaser, publishedAt: at(5) });
    expect(t.storyId).toBe(f.storyId);
    const l = await index.add({ id: 'L', url: 'https://live.example/blog', body: live, publishedAt: at(30) });
    expect(l.storyId).not.toBe(f.storyId);
  });

  it('a full copy that carries the teaser at its top still joins', async () => {
    const index = new MemoryStoryIndex();
    const t = await index.add({ id: 'T', url: 'https://teasers.example/strike', body: teaser, publishedAt: at(0) });
    const f = await index.add({ id: 'F', url: 'https://wire.example/strike', body: full, publishedAt: at(5) });
    expect(f.storyId).toBe(t.storyId);
    const c = await index.add({
      id: 'C',
      url: 'https://copy.example/strike',
      body: `Local desk note: our reporters followed the talks all week.\n\n${full}`,
      publishedAt: at(9),
    });
    expect(c.storyId).toBe(t.storyId);
  });

  it('a member alone in its story may be a middle excerpt: the longer text still joins it', async () => {
    const index = new MemoryStoryIndex();
    const excerpt = PORT_STRIKE[3]!;
    const e = await index.add({ id: 'E', url: 'https://excerpts.example/strike', body: excerpt, publishedAt: at(0) });
    const f = await index.add({ id: 'F', url: 'https://wire.example/strike', body: full, publishedAt: at(5) });
    expect(f.storyId).toBe(e.storyId);
  });
});

describe('a dateline credits the text in its lead only', () => {
  it('the lead, after a byline and a share bar', () => {
    expect(
      detectAgency(
        [
          'By Jane Roe',
          'Share this: Facebook Twitter',
          'TOKYO, June 12 (Reuters) - Japan’s carmaker said on Wednesday it would cut 9,000 jobs.',
          'More text follows here in a second paragraph of the story.',
        ].join('\n'),
      ),
    ).toBe('Reuters');
  });
  it('not a lead quoted further down a live blog', () => {
    const blog = [
      'Good morning and welcome to our rolling coverage of business, the markets and the world economy.',
      '09.05 BST',
      'Big news from Japan overnight, where a carmaker is taking the axe to its workforce. The details:',
      'TOKYO, June 12 (Reuters) - Japan’s Hoshino Motor said on Wednesday it would cut 9,000 jobs and close two plants.',
    ].join('\n');
    expect(detectAgency(blog)).toBeNull();
  });
  it('a closing credit at the end still counts', () => {
    expect(
      detectAgency(
        [
          'Der Bundestag hat am Freitag das Gesetz beschlossen, teilte die Verwaltung mit.',
          'Die Opposition kritisierte den Beschluss scharf und kündigte eine Klage an. (dpa)',
        ].join('\n'),
      ),
    ).toBe('dpa');
  });
});

describe('lists of other stories and appeals', () => {
  const page = [
    'The council voted 7-2 for the riverfront plan after nearly three hours of public comment on Monday.',
    'Get the River City Times Morning Report delivered to your inbox every weekday, with the top local headlines.',
    'Most Read',
    'Evansville man sentenced to 40 years in 2022 shooting on Fulton Avenue after a two-week trial',
    'Crews begin demolition of former stadium concession building this week as planned by the city',
    'Our journalism is made possible by subscribers like you. Subscribe today for as little as $1 a week.',
  ].join('\n');

  it('headlines under a list heading are template lines, however long; the list ends at a sentence', () => {
    expect(isListHeading('Most Read')).toBe(true);
    expect(isListHeading('Lesen Sie auch:')).toBe(true);
    expect(isListHeading('Most readers agreed with the plan')).toBe(false);
    expect(comparisonParagraphs(page)).toEqual([
      'The council voted 7-2 for the riverfront plan after nearly three hours of public comment on Monday.',
    ]);
  });
  it('a long line without final punctuation outside a list is kept (a headline-like sentence in the text)', () => {
    const text = ['The council met on Monday and voted on the plan for the riverfront and the new park', 'It was a long night.'].join('\n');
    expect(comparisonParagraphs(text)).toHaveLength(2);
  });
  it('list headings and rights notices in other languages', () => {
    for (const h of ['Leggi anche', 'Lee también', 'Czytaj także', '延伸阅读', 'あわせて読みたい', '관련 기사'])
      expect(isListHeading(h)).toBe(true);
    for (const l of [
      'Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento.',
      '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
      '声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请与我们联系。',
      '© dpa-infocom, dpa:240515-99-123456/2 · Alle Rechte vorbehalten',
    ])
      expect(isTemplateLine(l)).toBe(true);
    expect(isTemplateLine('Der Verlag hat alle Rechte an dem Roman an einen Filmproduzenten verkauft, teilte er mit.')).toBe(false);
  });
  it('newsletter and subscription appeals are template lines', () => {
    expect(isTemplateLine('Get the Morning Report delivered to your inbox every weekday, with the top local headlines.')).toBe(true);
    expect(isTemplateLine('Our journalism is made possible by readers like you. Subscribe today for as little as $1 a week.')).toBe(true);
    expect(isTemplateLine('The newspaper said its subscribers had fallen by a third since 2019, the first drop in a decade.')).toBe(false);
  });
});

describe('rule 3e at the top: a briefing whose first item is a story lead', () => {
  const full = body(PORT_STRIKE);
  const teaser = PORT_STRIKE[0]!;
  const briefing = [
    teaser,
    body(FLOOD.slice(0, 2)),
    body(TELESCOPE.slice(0, 2)),
    'Stay informed: our morning briefing arrives in your inbox every weekday at seven.',
  ].join('\n\n');

  it('does not join the story through the teaser', async () => {
    const index = new MemoryStoryIndex();
    const f = await index.add({ id: 'F', url: 'https://wire.example/strike', body: full, publishedAt: at(0) });
    const t = await index.add({ id: 'T', url: 'https://teasers.example/strike', body: teaser, publishedAt: at(5) });
    expect(t.storyId).toBe(f.storyId);
    const b = await index.add({ id: 'B', url: 'https://daily.example/briefing', body: briefing, publishedAt: at(30) });
    expect(b.storyId).not.toBe(f.storyId);
  });
});

/**
 * Scraped pages whose "Related" list gives each item a summary (helper probe realdd6: real wire
 * texts in furniture written per site). The summary is another story's first sentence, often its
 * teaser word for word; kept as text, it made a copy of story B read as a round-up of B and the
 * listed stories (and, with the agency datelines the summaries open with, as a briefs page), so
 * the copy stayed out of B's story. A list heading naming the site ("More from CoastNews24",
 * "More Environment Stories") is a list heading too. Consent and paywall notices written as
 * sentences are template lines: above the text, they were an "opening of its own" that made a real
 * paywalled copy read as a page quoting its story's teaser.
 */
import { describe, expect, it } from 'vitest';
import { comparisonParagraphs } from '../../../src/dedupe/comparison-text.js';
import { isListHeading, isTemplateLine } from '../../../src/dedupe/furniture.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { FLOOD, PORT_STRIKE, TELESCOPE, body } from './texts.js';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

const lead = (ps: readonly string[], dateline: string): string => `${dateline} ${ps[0]!}`;

/** A scraped page: header, B's text, then a list whose items are a headline and a summary. */
function scrapedPage(text: readonly string[], heading: string): string {
  return [
    'CoastNews24',
    'Home | Local | World | Weather | Traffic',
    ...text,
    'Our newsroom is committed to providing a forum for civil and constructive conversation.',
    heading,
    'Astronomers find water vapour on a planet in a habitable zone',
    lead(TELESCOPE, 'LONDON (AP) —'),
    'Floods force thousands from homes in the north',
    lead(FLOOD, 'HANOI (Reuters) -'),
    'Economists see growth slowing next year',
    'BERLIN (dpa) - Economists expect growth to slow to 0.8 percent next year as exports weaken, a survey showed on Monday.',
    'Please keep your comments respectful and relevant.',
  ].join('\n');
}

describe('summaries of a related list', () => {
  it('a heading naming the site or a section is a list heading; a sentence is not', () => {
    for (const h of ['More from CoastNews24', 'More from The Daily Ledger', 'More Environment Stories', 'Most recent World stories'])
      expect(isListHeading(h)).toBe(true);
    expect(isListHeading('More from the council meeting will follow.')).toBe(false);
  });

  it('drops the summaries between the headlines, the last one too', () => {
    const kept = comparisonParagraphs(scrapedPage(PORT_STRIKE.slice(0, 3), 'More from CoastNews24'));
    expect(kept.some((p) => p.includes('Astronomers') || p.includes('Heavy rain') || p.includes('Economists expect'))).toBe(false);
    expect(kept.filter((p) => PORT_STRIKE.includes(p))).toHaveLength(3);
  });

  it('near miss: text after one related headline inside a story is kept (more text follows it, not a headline)', () => {
    const page = [PORT_STRIKE[0]!, 'Related', 'Ports brace for a long dispute', PORT_STRIKE[1]!, PORT_STRIKE[2]!, PORT_STRIKE[3]!].join(
      '\n',
    );
    expect(comparisonParagraphs(page)).toEqual(PORT_STRIKE.slice(0, 4));
  });

  it('near miss: a paragraph of the story between two subheads under a list heading is kept when it is long', () => {
    const long = `${PORT_STRIKE[1]!} ${PORT_STRIKE[2]!} ${PORT_STRIKE[4]!}`;
    const page = [PORT_STRIKE[0]!, 'Read more', 'What the union wants', long, 'What comes next'].join('\n');
    expect(comparisonParagraphs(page)).toContain(long);
  });

  it('a cut copy whose list carries other stories’ teasers joins its story, not theirs', async () => {
    const index = new MemoryStoryIndex();
    const telescope = await index.add({ id: 'T', url: 'https://wire.example/telescope', body: body(TELESCOPE), publishedAt: at(0) });
    const teaser = await index.add({ id: 'TT', url: 'https://agg.example/t', body: lead(TELESCOPE, 'LONDON (AP) —'), publishedAt: at(2) });
    expect(teaser.storyId).toBe(telescope.storyId);
    const strike = await index.add({ id: 'S', url: 'https://wire.example/strike', body: body(PORT_STRIKE), publishedAt: at(5) });
    const copy = await index.add({
      id: 'C',
      url: 'https://coastnews24.example/strike',
      body: scrapedPage(PORT_STRIKE.slice(0, 3), 'More from CoastNews24'),
      publishedAt: at(30),
    });
    expect(copy.storyId).toBe(strike.storyId);
    expect(copy.storyId).not.toBe(telescope.storyId);
  });
});

describe('consent and paywall notices', () => {
  it('are template lines, in several languages', () => {
    for (const l of [
      'We use cookies and other tracking technologies to improve your browsing experience on our website.',
      'This website uses cookies to improve your experience. We will assume you are ok with this.',
      '*Billed as $4.00 plus GST every four weeks. After 24 weeks, price increases to the regular rate. Cancel any time.',
      'Already have an account? Log in here »',
      'Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.',
      'Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.',
      'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.',
      'Digital-Abo für 0,99 Euro im ersten Monat, jederzeit kündbar.',
    ])
      expect(isTemplateLine(l)).toBe(true);
  });
  it('near miss: news sentences about cookies, accounts and offers are text', () => {
    for (const l of [
      'The regulator fined the company for placing tracking cookies without consent, the authority said on Tuesday.',
      'Investors who already hold an account at the bank will be moved to the new platform next year, it said.',
      'The airline said customers could cancel their bookings free of charge until the end of the month.',
      'Die Behörde teilte mit, dass die Firma Cookies ohne Zustimmung der Nutzer gesetzt habe.',
    ])
      expect(isTemplateLine(l)).toBe(false);
  });
  it('a copy under a paywall offer, arriving before the full text, joins the teaser’s story', async () => {
    const index = new MemoryStoryIndex();
    const teaser = await index.add({ id: 'T', url: 'https://agg.example/t', body: body(PORT_STRIKE.slice(0, 1)), publishedAt: at(0) });
    // An outlet's short copy under its own closing lines: it opens with the teaser and shares too
    // little with the paywalled page to link to it.
    const short = [
      ...PORT_STRIKE.slice(0, 2),
      'The Coast Press is a member of the regional publishers group and follows its code of practice on accuracy and fairness.',
      'Letters to the editor may be edited for length and clarity and must include the writer’s full name and town.',
      'The Coast Press has served the harbour towns since 1921 and is printed six days a week at its plant on Mill Road.',
      'Corrections and clarifications are published on page two of the print edition and at the foot of the story online.',
    ].join('\n');
    const c = await index.add({ id: 'C', url: 'https://coastpress.example/strike', body: short, publishedAt: at(5) });
    expect(c.storyId).toBe(teaser.storyId);
    const paywalled = [
      'Ports walkout strands cargo worth billions',
      'Advertisement',
      'To continue reading, please subscribe:',
      'Monthly Digital Subscription',
      '*Billed as $4.00 plus tax every four weeks. After 24 weeks, price increases to the regular rate of $19.00 every four weeks. Offer available to new and qualified returning subscribers only. Cancel any time.',
      'Already have an account? Log in here »',
      ...PORT_STRIKE.slice(0, 4),
    ].join('\n');
    await index.add({ id: 'P', url: 'https://paper.example/strike', body: paywalled, publishedAt: at(10) });
    await index.add({ id: 'F', url: 'https://wire.example/strike', body: body(PORT_STRIKE), publishedAt: at(30) });
    expect(index.storyOf('F')).toBe(teaser.storyId);
    expect(index.storyOf('P')).toBe(teaser.storyId);
  });
});

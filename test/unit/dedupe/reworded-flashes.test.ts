/**
 * Reworded flashes (flash-link.ts): a one-line urgent or an outlet's "BREAKING:" page in its own
 * words joins the full story that follows (or that it follows shortly), in any order, while flashes
 * of other events that share its words (another person's death, another speaker's conviction,
 * a template's other figures, the next event of the same mission) stay apart. Before, a reworded
 * flash shared no shingle key with its story and always started a story of its own. Texts written
 * for these tests, modelled on AP, Reuters, AFP and dpa copy.
 */
import { describe, expect, it } from 'vitest';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { flashScore } from '../../../src/dedupe/flash-link.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { body } from './texts.js';

const T0 = Date.parse('2026-12-05T08:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

const OBIT = [
  'STOCKHOLM (AP) — Henrik Vallander, the Swedish conductor whose recordings of Sibelius and Mahler defined a generation of orchestral sound, has died. He was 85.',
  'His family said in a statement Sunday that Vallander died peacefully at his home outside Stockholm after a short illness, surrounded by his wife and children.',
  'Vallander led the Royal Stockholm Philharmonic for 22 years and was a frequent guest conductor in Vienna, Berlin and Chicago. His 1979 cycle of Sibelius symphonies won two Grammy Awards.',
  '“He made every orchestra he stood before sound like the best version of itself,” said the Swedish culture minister. “Sweden has lost one of its great artists.”',
];
const RATE = [
  'LONDON, Dec 5 (Reuters) - The Bank of England cut interest rates by a quarter of a percentage point to 4.25% on Friday in an unscheduled move, and said further gradual reductions were likely as inflation eased.',
  'The Monetary Policy Committee voted 7-2 for the cut, with two members preferring to keep Bank Rate at 4.5%, the central bank said in a statement.',
  'Governor Andrew Bailey said the committee needed to be careful not to cut rates too quickly or by too much, given the uncertain outlook for the world economy.',
];
const VERDICT = [
  'CINCINNATI (AP) — A federal jury on Thursday convicted former Ohio House Speaker Larry Householder and a former state Republican Party chair in a $60 million bribery scheme, the largest corruption case in the state’s history.',
  'Householder and lobbyist Matt Borges were found guilty of racketeering conspiracy after a six-week trial. They face up to 20 years in prison.',
  'Prosecutors said Householder used money secretly funneled from FirstEnergy Corp. to win control of the Ohio House and pass a $1.3 billion bailout of two nuclear plants.',
];
const QUAKE = [
  'LIMA (AFP) – A 6.8-magnitude earthquake struck off the coast of southern Peru on Friday, the US Geological Survey said, with no immediate reports of damage or casualties.',
  'The quake hit at 2:11 pm local time at a depth of 28 kilometres, about 40 kilometres southwest of the town of Atiquipa, according to the USGS.',
  'Peru’s navy said the quake did not pose a tsunami threat to the country’s coast, and residents of Arequipa said the shaking lasted nearly a minute.',
];
const KANZLER = [
  'Berlin (dpa) - Der CDU-Vorsitzende Friedrich Merz ist im zweiten Wahlgang zum Bundeskanzler gewählt worden. Im Bundestag erhielt er 325 Stimmen, neun mehr als die erforderliche Mehrheit.',
  'Im ersten Wahlgang am Vormittag hatte Merz die Kanzlermehrheit überraschend um sechs Stimmen verfehlt.',
  'Merz wird anschließend von Bundespräsident Frank-Walter Steinmeier ernannt und im Bundestag vereidigt.',
];
const LAUNCH = [
  'JIUQUAN, Oct. 30 (Xinhua) -- China launched the Shenzhou-19 crewed spaceship on Wednesday, sending three astronauts to its orbiting space station for a six-month mission.',
  'The spaceship, atop a Long March-2F carrier rocket, blasted off from the Jiuquan Satellite Launch Center in northwest China at 4:27 a.m. (Beijing Time), according to the China Manned Space Agency.',
  'About 10 minutes after the launch, the spaceship separated from the rocket and entered its designated orbit. The launch was a complete success, the agency said.',
];

const f = (text: readonly string[], url = 'https://paper.example/a/1') => dedupeFeatures({ url, body: body(text) });

describe('flash links', () => {
  it.each([
    ['an outlet’s reworded flash', 'BREAKING: Henrik Vallander, famed Swedish conductor, dead at 85.', OBIT],
    ['the agency’s own urgent', 'Swedish conductor Henrik Vallander, renowned for his Sibelius recordings, dies at 85, family says.', OBIT],
    ['an urgent in capitals', 'LONDON, Dec 5 (Reuters) - BANK OF ENGLAND CUTS BANK RATE TO 4.25% FROM 4.5%', RATE],
    ['a headline-style flash with its source', 'Magnitude 6.8 quake strikes off southern Peru - USGS', QUAKE],
    ['a German Eilmeldung', 'Eilmeldung: Bundestag wählt Merz im zweiten Wahlgang zum Bundeskanzler', KANZLER],
    ['a conviction', 'BREAKING: Jury convicts former Ohio House Speaker Larry Householder in $60 million bribery case', VERDICT],
  ])('links %s to the story it announces', (_name, flash, story) => {
    expect(flashScore(f([flash]), f(story))).toBeGreaterThan(0);
    expect(flashScore(f(story), f([flash]))).toBeGreaterThan(0);
  });

  it.each([
    ['another person’s death', 'BREAKING: Esko Aho, former Finnish prime minister, dead at 71.', OBIT],
    [
      'another speaker’s conviction (same words, other names)',
      'BREAKING: Jury convicts former Illinois House Speaker Michael Madigan in bribery case',
      VERDICT,
    ],
    ['a template’s other figures', 'Magnitude 5.8 quake strikes off southern Peru - USGS', QUAKE],
    ['another central bank', 'BREAKING: European Central Bank cuts deposit rate to 2.5% in surprise move', RATE],
    ['the failed first round', 'Eilmeldung: Merz verfehlt im ersten Wahlgang die Kanzlermehrheit', KANZLER],
    ['a flash about a consequence', 'BREAKING: Royal Stockholm Philharmonic cancels Monday concert to mourn Henrik Vallander.', OBIT],
  ])('does not link %s', (_name, flash, story) => {
    expect(flashScore(f([flash]), f(story))).toBe(0);
  });

  it('never links two flashes, nor two agencies', () => {
    expect(
      flashScore(
        f(['BREAKING: Bank of England cuts rates to 4.25%']),
        f(['BREAKING: Bank of England cuts interest rates to 4.25% in surprise move']),
      ),
    ).toBe(0);
    const apStory = f(['LIMA (AP) — ' + QUAKE[0]!.slice('LIMA (AFP) – '.length), ...QUAKE.slice(1)]);
    expect(flashScore(f(['LIMA (AFP) - Magnitude 6.8 quake strikes off southern Peru']), apStory)).toBe(0);
  });
});

describe('reworded flashes in the index', () => {
  const pages: Record<string, { url: string; body: string; minutes: number }> = {
    urgent: {
      url: 'https://apnews.com/article/vallander-dead-0a0b',
      body: body(['STOCKHOLM (AP) — Swedish conductor Henrik Vallander, renowned for his Sibelius recordings, dies at 85, family says.']),
      minutes: 0,
    },
    breaking: {
      url: 'https://post.example/breaking/vallander',
      body: body(['The Morning Post', 'BREAKING: Henrik Vallander, famed Swedish conductor, dead at 85.']),
      minutes: 5,
    },
    full: { url: 'https://apnews.com/article/vallander-obituary-1d2e', body: body(OBIT), minutes: 45 },
    copy: { url: 'https://thestar.example/arts/vallander-dies', body: body(['Arts', ...OBIT]), minutes: 60 },
    other: {
      url: 'https://post.example/breaking/aho',
      body: body(['BREAKING: Esko Aho, former Finnish prime minister, dead at 71.']),
      minutes: 10,
    },
  };
  it.each([
    ['flashes first', ['urgent', 'breaking', 'other', 'full', 'copy']],
    ['the story first', ['full', 'copy', 'other', 'urgent', 'breaking']],
    ['mixed', ['breaking', 'copy', 'other', 'urgent', 'full']],
  ])('the flashes join the story, the other death stays apart (%s)', async (_name, order) => {
    const index = new MemoryStoryIndex();
    for (const id of order) await index.add({ id, url: pages[id]!.url, body: pages[id]!.body, publishedAt: at(pages[id]!.minutes) });
    const story = index.storyOf('full');
    expect(['urgent', 'breaking', 'copy'].map((id) => index.storyOf(id))).toEqual([story, story, story]);
    expect(index.storyOf('other')).not.toBe(story);
  });

  it('a flash hours after a story of the same mission is news of its own', async () => {
    const index = new MemoryStoryIndex();
    await index.add({ id: 'launch', url: 'https://news.example/launch', body: body(LAUNCH), publishedAt: at(0) });
    await index.add({ id: 'launch-copy', url: 'https://paper.example/launch', body: body(['World', ...LAUNCH]), publishedAt: at(30) });
    const dock = 'BREAKING: China’s Shenzhou-19 spaceship docks with space station combination';
    await index.add({ id: 'dock', url: 'https://news.example/dock-flash', body: body([dock]), publishedAt: at(390) });
    expect(index.storyOf('dock')).not.toBe(index.storyOf('launch'));
  });
});

/**
 * Pages as outlets serve them (the session-34 real probe, 145 pages of the `pages` corpus): a
 * headline and a standfirst without final punctuation above the lead, photo captions written as
 * sentences with their credit ("(AP Photo/…)", "(Photo by … / AFP)", "… via REUTERS", "FILE -"),
 * between or above the paragraphs. Each outlet writes its own headline and picks its own picture,
 * so in a trimmed copy of 60-90 words they were a third of the text: the copy was under every
 * containment bar and its shared text started a dozen shingles down, off the lead path; and a
 * caption credited "(AFP)" above a Reuters lead made the page AFP's, so it could not contain the
 * Reuters text at all. Near-misses that must stay apart: two agencies' reports of one event
 * sharing an official's quote, each page with its own headline and caption.
 */
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../src/dedupe/compare.js';
import { detectAgency } from '../../../src/dedupe/detect-agency.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { headerLines, isCaptionLine } from '../../../src/dedupe/furniture.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';

/** A wire story written for this test (a ferry fire), one paragraph a line. */
const FERRY = [
  'A fire broke out on a passenger ferry crossing the strait on Thursday night, forcing more than 400 people to abandon ship into lifeboats, the coast guard said.',
  'All passengers and 38 crew members were rescued by fishing boats and two navy vessels within three hours, and 17 people were taken to hospital with burns and smoke inhalation.',
  'The fire started in the vehicle deck shortly after the ferry left port, a coast guard spokesman said, adding that the cause was not yet known and an inquiry had been opened.',
  'Television footage showed thick black smoke rising from the stern as lifeboats pulled away in calm seas. The ferry was later towed back to harbour.',
  'The operator said in a statement that it was cooperating fully with investigators and that all its other crossings would run as scheduled on Friday.',
  'It was the second fire on a ferry in the region this year. In March a cargo ship burned for two days after a container of batteries caught fire.',
];

/** The ferry story on a wire's own page: dateline and credit, every paragraph. */
const wire = (): string => ['PORT SANDER (Wire) — ' + FERRY[0], ...FERRY.slice(1)].join('\n\n');

/** An outlet's trimmed copy: its own headline and standfirst, a captioned picture, the first three paragraphs. */
function trimmedCopy(caption: string): string {
  return [
    'Hundreds rescued after fire engulfs ferry in the strait',
    'Coast guard says all on board were saved as inquiry opens into the cause',
    caption,
    FERRY[0],
    FERRY[1],
    FERRY[2],
  ].join('\n');
}

describe('photo captions written as sentences', () => {
  it.each([
    'Smoke rises from the stern of the ferry off the coast on Thursday, Nov. 12, 2026. (AP Photo/Lena Marsh)',
    'Rescued passengers wait on the quay early on Friday. (AP File Photo)',
    'FILE - The ferry is seen at its berth in the northern port, on July 4, 2025. (Tom Riva/Pool via AP, File)',
    'This handout picture taken on Thursday and released by the coast guard shows lifeboats near the ferry. (Photo by HANDOUT / COAST GUARD / AFP)',
    'A view shows the burned vehicle deck of the ferry in this image obtained by the coast guard. Coast Guard/Handout via REUTERS',
    'The prime minister speaks to reporters after visiting survivors in hospital. Credit: AP',
    'Helfer versorgen die Passagiere im Hafen. Foto: Anna Berg/dpa',
    'The photo shows the ferry being towed into the harbour on Friday morning.',
  ])('%s', (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it.each([
    'The coast guard said the cause of the fire was not yet known (an inquiry has been opened).',
    'The operator, which runs 14 crossings a day, said its other ships would sail as scheduled.',
    'The union said it would consider the offer (4 percent over two years) at a meeting on Friday.',
    'This photo exhibition, the first of its kind in the city, shows work by 40 young artists.',
    'PORT SANDER (AP) — A fire broke out on a passenger ferry crossing the strait on Thursday night.',
  ])('not a caption: %s', (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });

  it('a trimmed copy under a captioned picture links to the wire text; without the caption rule the caption kept it out', () => {
    const w = dedupeFeatures({ url: 'https://wire.example/ferry', body: wire() });
    const c = dedupeFeatures({
      url: 'https://gazette.example/world/ferry-fire',
      body: trimmedCopy(
        'Smoke rises from the stern of the ferry as lifeboats pull away from it in the strait late on Thursday, in an image made available by the coast guard. (Photo by HANDOUT / COAST GUARD / AFP)',
      ),
    });
    const p = comparePair(c, w);
    expect(p.match).toBe(true);
  });

  it("a caption's agency credit is the picture's, not the text's", () => {
    const page = [
      'Theme',
      'This handout video grab taken from footage posted on Thursday shows the ferry burning off the coast. (AFP)',
      'Ferry fire: hundreds rescued in the strait',
      'PORT SANDER (Reuters) - ' + FERRY[0],
      FERRY[1],
    ].join('\n');
    expect(detectAgency(page)).toBe('Reuters');
    expect(detectAgency(['Smoke rises from the ferry off the coast on Thursday. (AFP)', FERRY[0]].join('\n'))).toBe('AFP');
  });
});

describe('header lines above the lead', () => {
  it('a headline and a standfirst are header lines; a one-sentence brief keeps its headline', () => {
    const lines = trimmedCopy('x').split('\n');
    expect(headerLines([lines[0]!, lines[1]!, ...FERRY.slice(0, 3)])).toBe(2);
    expect(headerLines(['Hundreds rescued after fire engulfs ferry in the strait', FERRY[0]!])).toBe(0);
    expect(headerLines(FERRY)).toBe(0);
  });

  it('a trimmed copy under its own headline and standfirst joins the wire story, in either order', async () => {
    for (const order of [
      ['W', 'C'],
      ['C', 'W'],
    ]) {
      const index = new MemoryStoryIndex();
      const bodies: Record<string, { url: string; body: string }> = {
        W: { url: 'https://wire.example/ferry', body: wire() },
        C: {
          url: 'https://courier.example/ferry',
          body: trimmedCopy('Rescued passengers wait on the quay early on Friday after the fire. (AP Photo/Lena Marsh)'),
        },
      };
      const at = new Date('2026-11-12T22:00:00Z');
      const first = await index.add({ id: order[0]!, ...bodies[order[0]!]!, publishedAt: at });
      const second = await index.add({ id: order[1]!, ...bodies[order[1]!]!, publishedAt: at });
      expect(second.storyId).toBe(first.storyId);
    }
  });

  it("two agencies' reports of the fire sharing the spokesman's quote stay apart, headlines and captions and all", async () => {
    const other = [
      'Ferry blaze: coast guard opens inquiry',
      'Rescue boats circle the ferry after the fire on Thursday night. (AP Photo/Lena Marsh)',
      'PORT SANDER (AP) — Investigators boarded a ferry on Friday that caught fire in the strait a day earlier, as survivors described scrambling for lifeboats in the dark.',
      'The fire started in the vehicle deck shortly after the ferry left port, a coast guard spokesman said, adding that the cause was not yet known and an inquiry had been opened.',
      '“We heard a bang and then the lights went out,” said Irene Kato, 52, who was travelling with her two grandchildren. “People were calm, but everyone was frightened.”',
      'The ferry’s owner said the vessel had passed a safety inspection in September. Unions have long complained about overloaded vehicle decks on the route.',
    ].join('\n');
    const index = new MemoryStoryIndex();
    const at = new Date('2026-11-13T09:00:00Z');
    const a = await index.add({ id: 'W', url: 'https://wire.example/ferry', body: wire(), publishedAt: at });
    const c = await index.add({
      id: 'C',
      url: 'https://courier.example/ferry',
      body: trimmedCopy('Rescued passengers wait on the quay early on Friday after the fire. (AP Photo/Lena Marsh)'),
      publishedAt: at,
    });
    const b = await index.add({ id: 'B', url: 'https://ap.example/ferry-inquiry', body: other, publishedAt: at });
    expect(c.storyId).toBe(a.storyId);
    expect(b.storyId).not.toBe(a.storyId);
  });
});

/**
 * Rule 2b (decide-story.ts) on pages that give a date without a time (precision 'day', stored as
 * that day 00:00 UTC). In the session-34 real probe a Reuters story dated Monday on a New York
 * site was dated Tuesday by its copies in Nairobi, Johannesburg and Auckland, hours later: two
 * calendar days, 24 h apart as stored, so rule 2b read them as an agency's next-day follow-up and
 * cut every partial copy (cover 0.5-0.7) from the story. A day-precision gap now counts one day
 * less, and within that day of doubt only the figures test of rule 2b applies. Near-misses that
 * must stay apart: the next issue of a daily template dated the next day (other figures in the
 * lead), a follow-up two calendar days later, and the same pair at minute precision 24 h apart.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';

/** A wire story written for this test (a merger), one paragraph a line. */
const MERGER = [
  'NEW YORK (Wire) - Harbor Foods agreed on Monday to buy rival snack maker Crisp & Co for $6.2 billion in cash, creating the third-largest packaged food company in North America, the two companies said.',
  'The deal values Crisp at $48 a share, a premium of 31% to its closing price on Friday, and is expected to close in the first half of next year subject to regulatory approval.',
  'Harbor Chief Executive Dana Whitfield said the combined company would save about $400 million a year by 2029 by sharing factories, trucks and warehouses across 14 states.',
  '"Together we can put our brands in front of more shoppers at a lower cost," Whitfield told analysts on a conference call, adding that no plants would close in the first year.',
  'Crisp shares jumped 27% to $46.60 in early trading, while Harbor shares fell 3%. Analysts said antitrust regulators were likely to examine the overlap in the two firms potato chip brands.',
  'The deal is the largest in the packaged food industry this year, as makers of snacks and cereals seek scale to cope with higher ingredient costs and the rise of supermarket own brands.',
];

/** An outlet's copy: its own first line (local currency), three paragraphs of the wire, its own local angle. */
const COPY = [
  'Harbor Foods agreed on Monday to buy rival snack maker Crisp & Co for $6.2 billion (about Sh800 billion) in cash, creating the third-largest packaged food company in North America.',
  MERGER[1]!,
  MERGER[2]!,
  MERGER[4]!,
  'Crisp products are sold in Kenya through a distribution deal with a Nairobi wholesaler, which said on Tuesday that it expected no change to supplies or prices before the deal closes.',
  'Local snack makers have expanded quickly in the past five years, taking about a third of the market from imported brands, according to an industry association.',
];

/** One day's market close, a template whose words repeat daily with the day's figures. */
function close(index: string, points: string, pct: string, volume: string): string {
  return [
    `The benchmark index closed at ${index} points on the day, up ${points} points or ${pct} percent, with ${volume} million shares traded on the main board, the exchange said in its daily report.`,
    'Gains in banking and telecommunications shares outweighed losses among property developers, which fell for a third session on worries about rising borrowing costs and unsold homes.',
    'Foreign investors were net buyers for the session, the exchange said. The local currency was little changed against the dollar in late trade, dealers said.',
    'Trading will resume at 9.30 am on the next business day, the exchange said, adding that the derivatives market would close half an hour earlier than usual because of a systems upgrade.',
  ].join('\n\n');
}

const day = (d: string): { publishedAt: Date; publishedPrecision: 'day' } => ({
  publishedAt: new Date(`${d}T00:00:00Z`),
  publishedPrecision: 'day',
});

describe('dates without a time', () => {
  it('a copy dated the next calendar day joins the story, in either order', async () => {
    for (const order of [
      ['W', 'C'],
      ['C', 'W'],
    ]) {
      const index = new MemoryStoryIndex();
      const pages: Record<string, { url: string; body: string; publishedAt: Date; publishedPrecision: 'day' }> = {
        W: { url: 'https://wire.example/harbor-crisp', body: MERGER.join('\n\n'), ...day('2026-05-11') },
        C: { url: 'https://standard.example/business/harbor-crisp', body: COPY.join('\n\n'), ...day('2026-05-12') },
      };
      const first = await index.add({ id: order[0]!, ...pages[order[0]!]! });
      const second = await index.add({ id: order[1]!, ...pages[order[1]!]! });
      expect(second.storyId).toBe(first.storyId);
    }
  });

  it('the same copy 24 h later at minute precision is cut by rule 2b, as before', async () => {
    const index = new MemoryStoryIndex();
    const w = await index.add({
      id: 'W',
      url: 'https://wire.example/harbor-crisp',
      body: MERGER.join('\n\n'),
      publishedAt: new Date('2026-05-11T14:05:00Z'),
    });
    const c = await index.add({
      id: 'C',
      url: 'https://standard.example/business/harbor-crisp',
      body: COPY.join('\n\n'),
      publishedAt: new Date('2026-05-12T14:05:00Z'),
      publishedPrecision: 'minute',
    });
    expect(c.storyId).not.toBe(w.storyId);
  });

  it('two calendar days later a partial copy is cut, as a follow-up is', async () => {
    const index = new MemoryStoryIndex();
    const w = await index.add({ id: 'W', url: 'https://wire.example/harbor-crisp', body: MERGER.join('\n\n'), ...day('2026-05-11') });
    const c = await index.add({
      id: 'C',
      url: 'https://standard.example/business/harbor-crisp',
      body: COPY.join('\n\n'),
      ...day('2026-05-13'),
    });
    expect(c.storyId).not.toBe(w.storyId);
  });

  it("the next day's issue of a daily template stays apart (other figures); a copy of the day's issue joins", async () => {
    const index = new MemoryStoryIndex();
    const mon = await index.add({
      id: 'M',
      url: 'https://exchange.example/close/0511',
      body: close('7,412.35', '58.20', '0.79', '412'),
      ...day('2026-05-11'),
    });
    const copy = await index.add({
      id: 'MC',
      url: 'https://paper.example/markets/close',
      body: close('7,412.35', '58.20', '0.79', '412') + '\n\nFollow our markets page for live prices.',
      ...day('2026-05-11'),
    });
    const tue = await index.add({
      id: 'T',
      url: 'https://exchange.example/close/0512',
      body: close('7,389.10', '23.25', '0.31', '377'),
      ...day('2026-05-12'),
    });
    expect(copy.storyId).toBe(mon.storyId);
    expect(tue.storyId).not.toBe(mon.storyId);
  });
});

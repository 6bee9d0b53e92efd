/**
 * Records with no publication date (scrapers, listing pages and aggregators show none). In the
 * in-memory index the first-seen times only order the records, so an undated record has no time:
 * no time window or time rule keeps it from its story. Found by a probe of real syndicated copies
 * (stored public pages): undated copies were placed years from their story and none was linked.
 * A crawled page is different: its first-seen is the fetch time, a real time. Imported records
 * are as the in-memory index's (test/integration/dedupe/undated-import.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { articleTime, type StoryArticle } from '../../../src/dedupe/story-store.js';
import { FLOOD, PORT_STRIKE, body } from './texts.js';

const AT = new Date('2019-06-10T08:00:00Z');
const FURNITURE = 'Recommended Videos';

/** A copy with page furniture, a trimmed end and the first paragraph split: not byte-identical, so no exact key links it. */
function scraperCopy(): string {
  return body([FURNITURE, ...PORT_STRIKE.slice(0, 4), 'Have a news tip? Email the newsroom.']);
}

describe('an undated copy in the in-memory index', () => {
  it('joins the dated story it copies, whichever arrives first', async () => {
    for (const order of [
      ['A', 'B'],
      ['B', 'A'],
    ]) {
      const index = new MemoryStoryIndex();
      const records = {
        A: { id: 'A', url: 'https://wire.example/strike', body: body(PORT_STRIKE), publishedAt: AT },
        B: { id: 'B', url: 'https://scraper.example/p/123', body: scraperCopy(), publishedAt: null },
      };
      const [first, second] = order as ['A' | 'B', 'A' | 'B'];
      const x = await index.add(records[first]);
      const y = await index.add(records[second]);
      expect(y.storyId).toBe(x.storyId);
    }
  });

  it('a different story stays apart', async () => {
    const index = new MemoryStoryIndex();
    const a = await index.add({ id: 'A', url: 'https://wire.example/strike', body: body(PORT_STRIKE), publishedAt: AT });
    const b = await index.add({ id: 'B', url: 'https://scraper.example/p/9', body: body(FLOOD), publishedAt: null });
    expect(b.storyId).not.toBe(a.storyId);
  });
});

describe('the time an article is placed at', () => {
  const article = (publishedAt: Date | null, firstSeenIsFetchTime?: boolean): StoryArticle => ({
    id: '1',
    url: 'https://x.example/a',
    site: null,
    agency: null,
    title: '',
    body: '',
    publishedAt,
    firstSeenAt: new Date('2026-01-01T00:00:00Z'),
    ...(firstSeenIsFetchTime === undefined ? {} : { firstSeenIsFetchTime }),
  });
  it('published when known', () => {
    expect(articleTime(article(AT))).toBe(AT.getTime());
    expect(articleTime(article(AT, false))).toBe(AT.getTime());
  });
  it('fetched when undated and crawled; unknown when undated and imported', () => {
    expect(articleTime(article(null))).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(articleTime(article(null, true))).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(articleTime(article(null, false))).toBeNull();
  });
  it("the in-memory index's records were never fetched", async () => {
    const index = new MemoryStoryIndex();
    await index.add({ id: 'A', url: 'https://wire.example/strike', body: body(PORT_STRIKE), publishedAt: null });
    expect(index.store.articles.get('A')?.firstSeenIsFetchTime).toBe(false);
  });
});

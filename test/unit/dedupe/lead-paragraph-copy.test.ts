/**
 * `leadParagraph` is a copy of the first comparison paragraph, not a slice of the whole comparison
 * text: the feature cache keeps features for thousands of articles, and a slice kept each
 * article's whole text alive with it (issue 16: ~4 kB of each ~22 kB cache entry).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { bodyLines } from '../../../src/dedupe/furniture.js';

const paragraph = (i: number): string =>
  `Paragraph ${i} of the story says that officials met on Tuesday to discuss the budget for ${i} schools and ${i * 3} hospitals.`;

describe('dedupeFeatures leadParagraph', () => {
  it('is the first paragraph', () => {
    const body = [paragraph(1), paragraph(2)].join('\n\n');
    expect(dedupeFeatures({ url: 'https://example.com/a', site: 'x', agency: null, body }).leadParagraph).toBe(paragraph(1));
  });

  it('does not keep the whole text alive', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc !== 'function') return;
    const used = (): number => {
      gc();
      gc();
      return getHeapStatistics().used_heap_size;
    };
    const n = 400;
    const leads = new Array<string>(n);
    const before = used();
    for (let k = 0; k < n; k++) {
      // 40 paragraphs, ~5 kB of text; only the ~110-character lead is kept.
      const body = Array.from({ length: 40 }, (_, i) => paragraph(i + k * 100)).join('\n\n');
      leads[k] = dedupeFeatures({ url: `https://example.com/${k}`, site: 'x', agency: null, body }).leadParagraph;
    }
    // The recent-bodies memo (furniture.ts) keeps the last few bodies' lines: push them out.
    for (let i = 0; i < 100; i++) bodyLines(`other body ${i}`);
    const perLead = (used() - before) / n;
    expect(leads.every((l) => l.startsWith('Paragraph '))).toBe(true);
    // ~1.3 kB measured with copies (the lead and this test's own overhead), ~6 kB with slices.
    expect(perLead).toBeLessThan(3000);
  });
});

/**
 * visibleDate's per-line readings live in the LineContext they were read in and die with it. They
 * were kept in a module-level WeakMap keyed by the context, and V8's young-generation GC keeps a
 * WeakMap's values alive while their key is young, reachable or not: the lines (slices of the page's
 * markup) kept every page's markup past its extraction, and the old generation filled with whole
 * pages between full GCs (issue 16, peak RSS 415-506 MB in the end-to-end bench).
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { visibleDate, type LineContext } from '../../../src/extract/visible-dates.js';

const context = (): LineContext => ({ zone: 'UTC', order: null, foreignDays: new Set(), refDay: null });

/** `gc` with V8's young-generation option, when this Node lets a test expose it. */
function exposeGc(): ((o?: { type: 'minor' | 'major'; execution: 'sync' }) => void) | null {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as (o?: { type: 'minor' | 'major'; execution: 'sync' }) => void) : null;
}

const largeObjects = (): number => getHeapSpaceStatistics().find((s) => s.space_name === 'large_object_space')!.space_used_size;

describe('visibleDate line readings', () => {
  it('keeps them in the context and reads the same date again from them', () => {
    const ctx = context();
    const lines = ['Home | World', 'Published May 14, 2024 at 4:00 AM UTC', 'The text.'];
    const first = visibleDate(lines, ctx, null, 'pub', true);
    expect(first?.info.date.toISOString()).toBe('2024-05-14T04:00:00.000Z');
    expect(ctx.readings?.size).toBeGreaterThan(0);
    expect(visibleDate(lines, ctx, null, 'pub', true)).toEqual(first);
    // A fresh context reads afresh.
    expect(context().readings).toBeUndefined();
  });

  it('does not keep the markup its lines were cut from past the context (young GC)', () => {
    const gc = exposeGc();
    if (!gc) return;
    // Markup well over V8's large-object threshold (two bytes a character), decoded afresh as a
    // fetched page is, and a line sliced out of it as the parser cuts text.
    const bytes = Buffer.from(`<p>${'x’y '.repeat(100_000)}</p><p>Published May 14, 2024 at 4:00 AM UTC</p>`);
    const read = (): void => {
      const markup = bytes.toString('utf8');
      const at = markup.indexOf('Published');
      visibleDate([markup.slice(at, markup.indexOf('<', at))], context(), null, 'pub', true);
    };
    const size = 2 * 400_000;
    gc({ type: 'major', execution: 'sync' });
    let promoted = 0;
    for (let i = 0; i < 3; i++) {
      read();
      // RegExp's last match holds its subject (the line, a slice of the markup) until the next match.
      /x/.exec('x');
      const before = largeObjects();
      gc({ type: 'minor', execution: 'sync' });
      gc({ type: 'minor', execution: 'sync' });
      if (largeObjects() - before >= size) promoted++;
    }
    expect(promoted).toBe(0);
  });
});

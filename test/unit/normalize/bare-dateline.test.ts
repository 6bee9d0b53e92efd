/**
 * A dateline printed as a paragraph of its own above the lead (Anadolu's `<p>ANKARA</p>`, and the
 * sites that carry its copy): the place goes to the dateline and leaves the body. Negatives: a
 * kicker or label in capitals, a place over a short line, a lead with its own dateline.
 */
import { describe, expect, it } from 'vitest';
import { stripWireMarkup } from '../../../src/normalize/strip-wire-markup.js';

const LEAD = 'Exports rose 6.2% year-on-year in November to $23.4 billion, the trade minister said on Tuesday.';
const REST = 'Imports fell 3.1% to $28.9 billion, narrowing the foreign trade deficit, he told a news conference.';

describe('a bare dateline paragraph', () => {
  it.each([
    ['ANKARA', 'Ankara', 'Ankara'],
    ['İSTANBUL', 'İstanbul', 'Istanbul'],
    ['NEW DELHI', 'New Delhi', 'New Delhi'],
    // Not in the city table, named again in the text.
    ['GAZA CITY', 'Gaza City', null, 'Gaza Strip authorities said on Monday that a convoy of aid trucks had entered the enclave.'],
  ])('%s', (line, place, city, lead = LEAD) => {
    const w = stripWireMarkup([line, lead, REST].join('\n\n'));
    expect(w.dateline).toEqual({ place, city, date: null });
    expect(w.body).toBe([lead, REST].join('\n\n'));
  });

  it.each([
    ['a kicker in capitals', ['EXCLUSIVE', LEAD, REST]],
    ['a label of two words', ['BREAKING NEWS', LEAD, REST]],
    ['a place over a short line', ['ANKARA', 'Updated 14:05', LEAD]],
    ['an unknown place the text never names', ['KONYAALTI', LEAD, REST]],
    ['a place in title case', ['Ankara', LEAD, REST]],
  ])('not %s', (_name, paras) => {
    const w = stripWireMarkup(paras.join('\n\n'));
    expect(w.dateline).toBeNull();
    expect(w.body).toBe(paras.join('\n\n'));
  });

  it('not a place over a lead with its own dateline', () => {
    const paras = ['ANKARA', `LONDON (Reuters) - ${LEAD}`, REST];
    expect(stripWireMarkup(paras.join('\n\n')).body.startsWith('ANKARA\n\nLONDON')).toBe(true);
  });

  it('İZMİR in title case', () => {
    const lead = 'Firefighters brought a forest fire near İzmir under control on Sunday after three days, officials said.';
    expect(stripWireMarkup(['İZMİR', lead, REST].join('\n\n')).dateline?.place).toBe('İzmir');
  });
});

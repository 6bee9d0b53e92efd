/**
 * Byline classes found by the meta15 probe on pages that syndicate wire copy: what a byline box
 * holds besides writers (a dateline's place, two agencies, an editor's label) and AP's bylines
 * with a middle initial.
 */
import { describe, expect, it } from 'vitest';
import { bylineNames, cleanNames, editorNames } from '../../../src/normalize/clean-names.js';

describe('byline boxes that name no writer', () => {
  it.each([
    // A dateline's place with the agency's bracket, or alone in capitals.
    ['Wellington (AFP)', []],
    ['ISTANBUL', []],
    // Two agencies read as "Family, Given"; "ABC/Wires".
    ['Kyodo, AFP-JIJI', []],
    ['ABC/Wires', []],
    // Editors' labels.
    ['Edited By: Shashi Rai', []],
    ['Published By: Vadapalli Nithin Kumar', []],
    // Neighbours: inverted names, a writer with a bracketed desk, AP's middle initials.
    ['You, Xiaoying', ['Xiaoying You']],
    ['Kari Nordmann (NTB)', ['Kari Nordmann']],
    ['By GARY D. ROBERTSON Associated Press', ['Gary D. Robertson']],
    ['By JOSH BOAK Associated Press', ['Josh Boak']],
    ['By Jane Roe | Edited by: Mark Jones', ['Jane Roe']],
  ])('%s', (value, want) => {
    expect(cleanNames([value])).toEqual(want);
  });

  it.each([
    ['Edited By: Shashi Rai', [], ['Shashi Rai']],
    ['Published By: Vadapalli Nithin Kumar', [], ['Vadapalli Nithin Kumar']],
    ['Published by Jane Roe', ['Jane Roe'], []],
    ['By Anna Lee | Edited by: Mark Jones', ['Anna Lee'], ['Mark Jones']],
  ])('header line %s', (line, writers, editors) => {
    expect(bylineNames([line])).toEqual(writers);
    expect(editorNames([line])).toEqual(editors);
  });
});

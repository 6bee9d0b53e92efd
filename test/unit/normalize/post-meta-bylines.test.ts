/**
 * WordPress themes' post meta that names the category before the writer, or the date after the
 * writer with its preposition (meta10 probe): "Posted in Health by Jane Roe", "Filed under World
 * by …", "Posted by Maria Santos on May 15, 2024 in Local News". Lines written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { bylineNames, cleanNames } from '../../../src/normalize/clean-names.js';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { trimByline } from '../../../src/normalize/trim-byline.js';

const line = (text: string): string[] => cleanNames(bylineNames([text]));
/** A byline element's text, as the header's byline parts are read. */
const element = (text: string): string[] => cleanNames([trimByline(text)]);

describe('the category before the writer', () => {
  it.each<[string, string[]]>([
    ['Posted in Health by Thandi Mokoena', ['Thandi Mokoena']],
    ['Posted in Politics, Health by Thandi Mokoena', ['Thandi Mokoena']],
    ['Filed under World by Peter Okafor on 15 May 2024', ['Peter Okafor']],
    ['Published in Local News by Jane Roe | May 15, 2024', ['Jane Roe']],
    ['Publicado en Política por María López', ['María López']],
    ['This entry was posted in Health by Marcia Brown. Bookmark the permalink.', ['Marcia Brown']],
    // Near misses: no writer, a desk, a lower-case "by" in a sentence.
    ['Posted in Uncategorized | Leave a comment', []],
    ['Posted in News by admin', []],
    ['Posted in Local by News Desk', []],
    ['The plan was posted in March by the ministry', []],
  ])('%s', (text, names) => {
    expect(line(text)).toEqual(names);
  });

  it.each<[string, string[]]>([
    ['Posted in UAE by WAM | May 15, 2024', ['WAM']],
    ['Posted in Business by Reuters', ['Reuters']],
    ['Filed under World by AFP', ['AFP']],
    ['Posted by APP in National', ['APP']],
    ['Posted by Reuters on May 15, 2024', ['Reuters']],
    ['Posted by admin in News', []],
    ['This entry was posted in Health by Marcia Brown. Bookmark the permalink.', []],
    ['Posted in Health by Thandi Mokoena', []],
    ['The figures were posted in a report by Reuters on Monday and confirmed later by the ministry.', []],
  ])('credits: %s', (text, agencies) => {
    expect(findCredits([text]).agencies).toEqual(agencies);
  });
});

describe("the date's preposition after the writer", () => {
  it.each<[string, string[]]>([
    ['Posted by Maria Santos on May 15, 2024 in Local News', ['Maria Santos']],
    ['Von Anna Berger am 15.05.2024', ['Anna Berger']],
    ['Par Sophie Lefèvre le 15 mai 2024', ['Sophie Lefèvre']],
    // A surname that is a preposition's letters in capitals stays.
    ['By Jane Le 15 May 2024', ['Jane Le']],
  ])('%s', (text, names) => {
    expect(element(text)).toEqual(names);
  });
});

/**
 * Article bodies for the date tests' pages (date-elements, published-time-classes, update-lines,
 * url-date, date-titles, no-invented-dates): long enough to be the page's text, with no date of
 * their own, so whatever date a test reads comes from the markup it puts around them.
 */
const paragraphs = (lines: readonly string[]): string => lines.map((s) => `<p>${s}</p>`).join('');

/** A news story: a council's budget vote. */
export const COUNCIL_BODY = paragraphs([
  'The regional council approved the new budget on Thursday evening after a debate that lasted more than five hours, officials said.',
  'The plan raises spending on schools and roads, and it will be financed partly by selling two buildings the council no longer uses.',
  'Opposition members voted against it, arguing that the sale price was too low and that the process had not been transparent enough.',
]);

/** A wiki page's text: an item of a game. */
export const WIKI_BODY = paragraphs([
  'The Iron Sword is a one-handed weapon that players can forge at any anvil once they have learned the basic smithing recipe.',
  'It deals moderate damage and can be upgraded twice with iron ingots; many players keep it as a backup weapon for long trips.',
  'The sword can be sold to merchants for a small amount of gold or dismantled to recover one iron ingot at the forge in town.',
]);

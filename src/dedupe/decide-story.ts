/**
 * The story decision for one incoming article (issue 10: stories are connected verified links,
 * with guards instead of the old "never chain" rule). Pure: assign-story.ts gathers the inputs
 * from the store and applies the result.
 *
 * Rules:
 *  1. Same URL key as a candidate and the texts still overlap (resemblance or containment >=
 *     MIN_SAME_URL_OVERLAP) -> that story, method 'url' (a new version of the same page). The
 *     overlap test is there because sites that build URLs from the headline give two different
 *     articles with one headline the same URL. The new version still bridges (rule 4) the stories
 *     its text links to: outlets' copies of it that shared too little with the old version to
 *     join it formed a story of their own, and the page that is both versions makes them one.
 *  1b. The same for a new text of an article already placed (one row, its page fetched again):
 *     `revisionBridges`.
 *  2. Otherwise the article LINKS to every candidate it verifies against (`comparePair`), whatever
 *     that member's role: a write-thru v3 joins through v2, whoever published them.
 *  2b. A day or more apart (`at`), only copies link: the shorter almost wholly inside the longer
 *     or the two resembling, with the same figures (a next-day follow-up or the next issue of a
 *     daily template is another story).
 *  3. A link on which the article is the shorter text (found inside the member) or holds a
 *     minority of the member is refused when that member is a HUB: it already carries the
 *     OPENING of another text of its story (>= HUB_MIN_PART shared shingles, or the lead of a
 *     longer text that goes on elsewhere) in a different part, while the article's part is the
 *     article's own opening. That is a round-up (or a composite page) carrying brief A, so brief
 *     B (or full B), found in another part of it, does not join A's story through it. Teasers of
 *     one full text are short and wholly inside its top, so they mark no part; a write-thru
 *     carries the tail of the version before it, not its opening, so versions mark none either.
 *  3b. An article that is itself a round-up or composite of two stories (their openings in
 *     disjoint parts of it, neither holding the majority, together most of it) starts its own
 *     story: it is mostly other material than each of them (`isComposite`).
 *  3c. A hub member that, by 3b, is a round-up of its story and of the article leaves its story
 *     for one of its own (`detach`): the result no longer depends on which came first.
 *  3d. A round-up placed in a story of its own by 3b or 3c is marked so (`roundup`): later texts
 *     found inside it (a brief, the lead of a full story) do not join its story or bridge through
 *     it; only copies of the round-up (the same body, or each holding 80% of the other) join it.
 *  3e. A member that is one paragraph of the article (wherever it sits there), and the lead of its own
 *     story (another member carries it at its top) is a quoted FRAGMENT: a live blog or a briefs
 *     page carrying a story's teaser between other items. Fragments alone join no story.
 *  3f. A page that carries a text wholly, as a minority of itself, below an opening of its own
 *      (an intro line, other items), while another text opens with it and the page does not link
 *      to that text, QUOTES its lead (a briefing, a round-up): whichever of the three arrives last,
 *      the quoted text stays with the text it opens, and the page is marked a round-up (3d).
 *  4. When the article's links into two or more stories BRIDGE (see `bridgedStories`), those
 *     stories are one: they merge into the oldest (smallest id). A round-up, whose briefs sit in
 *     disjoint parts of it and each hold no more than half of it, never bridges.
 *  5. Else the best linked story wins: bridge links first, then score, then smallest story id.
 *  Titles and datelines are never compared: same headline / same dateline alone cannot merge.
 */
import type { MergeMethod, StoryRole } from '../domain.js';
import {
  comparePairOnce,
  DEFAULT_THRESHOLDS,
  SHORT_TEXT,
  spanOverlap,
  type LinkThresholds,
  type PairScore,
  type Spans,
} from './compare.js';
import { normalizeText, tokenize } from './comparison-text.js';
import type { DedupeFeatures } from './features.js';
import { SHINGLE_SIZE } from './fingerprint.js';
import { FLASH_MAX_TOKENS, withFlash } from './flash-link.js';

/** One stored article proposed as a candidate. */
export interface StoryCandidate {
  articleId: string;
  storyId: string;
  features: DedupeFeatures;
  /** The member is a round-up in a story of its own (rule 3d). */
  roundup?: boolean;
  /** When the member was published (else first seen), ms since the epoch; unknown when absent. */
  at?: number | null;
  /** `at` is a calendar day (00:00 UTC): the member's page gave a date only. */
  day?: boolean;
}

/** Join an existing story (merging others into it when the article bridges them). */
export interface JoinDecision {
  action: 'join';
  storyId: string;
  /** Stories the article bridges into `storyId` (empty when it only joins). */
  merge: string[];
  method: Exclude<MergeMethod, 'new'>;
  /** 1 for url/body_hash, else the verifying similarity (see `PairScore.score`). */
  score: number;
  /** The member the article was verified against (stored as `compared_article_id`). */
  comparedArticleId: string;
  /** Provisional role; `assignRoles` over the whole story is authoritative. */
  role: StoryRole;
  /** Round-up members to take out of their stories (rule 3c; absent when none). */
  detach?: Detach[];
  /** Links that verified / candidates compared (for logs). */
  verified: number;
  compared: number;
}

/** Start a new story with this article as its original. */
export interface NewDecision {
  action: 'new';
  method: 'new';
  /** See `JoinDecision.detach`. */
  detach?: Detach[];
  /** The article is a round-up of the stories it links to (rule 3b): its story is marked so (rule 3d). */
  roundup?: true;
}

/**
 * A member found to be a round-up of its story and of the article's (rule 3c): it leaves its story
 * for one of its own, as it would have started had both stories existed when it arrived.
 */
export interface Detach {
  articleId: string;
  storyId: string;
}

export type StoryDecision = JoinDecision | NewDecision;

/**
 * A same-URL version must still share this much text with the earlier one. A write-thru keeps most
 * paragraphs; two unrelated articles share < 0.05. 0.3 leaves room for heavy rewrites under one URL.
 */
export const MIN_SAME_URL_OVERLAP = 0.3;
/** Spans in a longer text overlapping less than this share of the smaller span are different parts. */
const SAME_PART = 0.3;

/** A verified link from the article to a candidate. */
export interface Link {
  c: StoryCandidate;
  pair: PairScore;
}

function methodOf(pair: PairScore): Exclude<MergeMethod, 'new' | 'url'> {
  return pair.exact === 'body_hash' ? 'body_hash' : pair.exact === 'lead_hash' ? 'lead_hash' : 'near_dup';
}

const byId = (x: string, y: string): number => Number(x) - Number(y) || (x < y ? -1 : x > y ? 1 : 0);

/** A strong text link first; a flash link's strength only bridges (see `withFlash`). */
const ranksStrong = (l: Link): number => Number(l.pair.bridge && !l.pair.flash);

function better(x: Link, y: Link): number {
  return (
    ranksStrong(y) - ranksStrong(x) || y.pair.score - x.pair.score || byId(x.c.storyId, y.c.storyId) || byId(x.c.articleId, y.c.articleId)
  );
}

/** The links of the article: every candidate it verifies against. */
export function linksOf(article: DedupeFeatures, candidates: readonly StoryCandidate[], t: LinkThresholds = DEFAULT_THRESHOLDS): Link[] {
  return pairsOf(article, candidates, t).filter((l) => l.pair.match);
}

/** The article compared with every candidate, verified or not (a reworded flash of it too, `withFlash`, given the article's time). */
function pairsOf(article: DedupeFeatures, candidates: readonly StoryCandidate[], t: LinkThresholds, at?: number | null): Link[] {
  if (at === undefined) return candidates.map((c) => ({ c, pair: comparePairOnce(article, c.features, t) }));
  return candidates.map((c) => {
    const pair = comparePairOnce(article, c.features, t);
    const flash = withFlash(pair, article, c.features, at, c.at);
    // A longer text links to a flash only while the flash's story holds no longer text: a story that
    // has its full text is found through it, and a second full text matching the flash's words is
    // another event's (the launch's flash and the docking story hours later).
    if (flash === pair || !flash.bridge) return { c, pair: flash };
    return { c, pair: candidates.some((o) => o.storyId === c.storyId && o.features.tokenCount > FLASH_MAX_TOKENS) ? pair : flash };
  });
}

/** A region starting within this many shingles of a text's top is that text's OPENING (its lead; a dateline or one edited word of slack). */
export const OPENING_SLACK = 12;
const opens = (spans: Spans): boolean => spans.length > 0 && spans[0]![0] <= OPENING_SLACK;

/**
 * True for a link that the hub rule checks: the article is the shorter text, found inside the
 * member, or holds a minority of it: the member may be a round-up or a composite page carrying
 * other stories (when one story is more than half of a two-story composite even resemblance
 * passes, so resemblance links are checked too). Exact copies never are.
 */
export function needsHubCheck(l: Link, t: LinkThresholds = DEFAULT_THRESHOLDS): boolean {
  return l.pair.exact !== 'body_hash' && (l.pair.shorter === 'a' || l.pair.bCover < t.hubCheckShare);
}

/**
 * A short text (under this many shared shingles, ~a brief paragraph) wholly inside the TOP of a
 * member (within TOP_SLACK positions) is teaser-like and is no evidence of a round-up: a teaser
 * marks no part of its full text as another story. A short text further down (a brief in a
 * round-up), or the lead of a longer text that goes on elsewhere (a full story whose first
 * paragraph a round-up carries), is evidence.
 */
export const HUB_MIN_PART = 60;
const TOP_SLACK = 60;
/**
 * A text holding under this share of its own shingles inside the member goes on elsewhere: the
 * member carries only its lead. (A teaser's page, with its own unlearned caption and blurb, still
 * holds about half of itself in its full text.)
 */
const LEAD_ONLY = 1 / 3;

/**
 * Rule 3: true when the member already carries the OPENING of another text of its story in a
 * different, non-overlapping part of it than the article's, and the article's part is the
 * article's own opening (`linked`: the texts of the member's story other than the member). A
 * round-up carries the leads of its briefs' stories one after the other; a write-thru carries
 * the TAIL of the version before it, after its own new top, so versions make no hubs.
 */
export function isHub(
  link: Link,
  linked: readonly DedupeFeatures[],
  t: LinkThresholds = DEFAULT_THRESHOLDS,
  article?: DedupeFeatures,
): boolean {
  if (!opens(link.pair.aSpans)) return false;
  return linked.some((other) => {
    const p = comparePairOnce(other, link.c.features, t);
    if (p.exact === 'body_hash' || p.shared === 0 || !opens(p.aSpans)) return false;
    if (article && carriesOpening(article, other, t)) return false;
    const teaserLike = p.shared < HUB_MIN_PART && p.aCover >= LEAD_ONLY && p.bSpans[0]![0] <= TOP_SLACK;
    return !teaserLike && spanOverlap(p.bSpans, link.pair.bSpans) < SAME_PART;
  });
}

/**
 * Shared shingles (about a sentence) from the top of another text that make the article one text
 * with it (see `carriesOpening`).
 */
const OPENING_RUN = 16;

/**
 * True when the article itself carries the opening of `other` (a run of >= OPENING_RUN shingles
 * at other's top): then `other`'s part of a member is no other story's. A write-thru that put a
 * new top over the version before looks like a round-up of two texts (new top, old version); an
 * outlet's trimmed copy of it (the new top and the old lead) is found in the top part, but carries
 * the old version's lead too. A brief of a round-up never carries the next brief's lead.
 */
function carriesOpening(article: DedupeFeatures, other: DedupeFeatures, t: LinkThresholds): boolean {
  const p = comparePairOnce(article, other, t);
  return p.bSpans.some(([from, to]) => from <= OPENING_SLACK && to - from + 1 >= OPENING_RUN);
}

/**
 * Rule 3b: true when the article is itself a round-up or composite of the stories it carries:
 * the chosen story's link and another story's part sit in disjoint parts of the article, each is
 * the opening of its member (a brief, or the lead of a full text), neither holds the majority of
 * the article, and together (with any further story's part) they hold most of it. The other part need not verify on its own (a
 * brief's lead under the absolute floor): a block of >= HUB_MIN_PART shingles opening another
 * story's text is evidence enough. Such a page is its own story; a full text that merely carries
 * its teaser and an excerpt (small shares of it) is not.
 */
function isComposite(chosen: Link, bridged: readonly string[], links: readonly Link[], pairs: readonly Link[], t: LinkThresholds): boolean {
  const group = links.filter((l) => bridged.includes(l.c.storyId));
  const cover = Math.max(...group.map((l) => l.pair.aCover));
  if (cover >= t.hubCheckShare || !opens(chosen.pair.bSpans)) return false;
  // The best part of each other story that qualifies.
  const parts = new Map<string, number>();
  for (const o of pairs) {
    const qualifies =
      !bridged.includes(o.c.storyId) &&
      (o.pair.match || o.pair.shared >= HUB_MIN_PART) &&
      opens(o.pair.bSpans) &&
      o.pair.aCover < t.hubCheckShare &&
      spanOverlap(chosen.pair.aSpans, o.pair.aSpans) < SAME_PART;
    if (qualifies) parts.set(o.c.storyId, Math.max(parts.get(o.c.storyId) ?? 0, o.pair.aCover));
  }
  return parts.size > 0 && chosen.pair.aCover + [...parts.values()].reduce((sum, x) => sum + x, 0) >= t.compositeMinCover;
}

/**
 * Rule 3d: a copy of a round-up, the only thing that joins a round-up's story: the same body, or
 * each text holding most of the other (COPY_SHARE). Resemblance is not enough: a brief that is
 * 55% of a two-brief round-up resembles it at ~0.5.
 */
const COPY_SHARE = 0.8;
function isCopy(pair: PairScore): boolean {
  return pair.exact === 'body_hash' || (pair.match && pair.aCover >= COPY_SHARE && pair.bCover >= COPY_SHARE);
}

/**
 * Rule 3c: true when the hub member of `link` is itself a round-up of its story and of the
 * article, judged by rule 3b from the member's side: the member, compared with the other members
 * of its story and with the article, carries the openings of both in disjoint parts that together
 * hold most of it. (A round-up that arrived before the second of its stories joined the first; the
 * second's arrival shows what it is.)
 */
function isCompositeMember(link: Link, linked: readonly DedupeFeatures[], article: DedupeFeatures, t: LinkThresholds): boolean {
  const member = link.c.features;
  const others: Link[] = linked.map((o, i) => ({
    c: { articleId: `o${i}`, storyId: 'story', features: o },
    pair: comparePairOnce(member, o, t),
  }));
  const own = others.filter((l) => l.pair.match).sort(better)[0];
  if (!own) return false;
  const self: Link = { c: { articleId: 'article', storyId: 'article', features: article }, pair: comparePairOnce(member, article, t) };
  return isComposite(
    own,
    ['story'],
    others.filter((l) => l.pair.match),
    [...others, self],
    t,
  );
}

/**
 * Rule 4: the stories the article makes one, oldest first (always including the chosen link's).
 * Two links bridge when both are strong (`PairScore.bridge`: each holds more than half of the
 * article, or resembles it), or when their spans overlap in the article (the same text of the
 * article verifies against both: write-thru v2 between v1 and v3, a live-file snapshot between
 * the older and the newer one). Disjoint parts of a round-up never bridge.
 */
function bridgedStories(first: Part, links: readonly Link[]): string[] {
  const best = new Map<string, Link>();
  for (const l of [...links].sort(better)) if (!best.has(l.c.storyId)) best.set(l.c.storyId, l);
  const joins = (x: Part, y: Part): boolean => (x.strong && y.strong) || spanOverlap(x.spans, y.spans) >= SAME_PART;
  const group = [first];
  for (const l of best.values()) {
    const part = partOf(l);
    if (part.storyId !== first.storyId && group.some((g) => joins(g, part))) group.push(part);
  }
  return [...new Set(group.map((p) => p.storyId))].sort(byId);
}

/** A story's place in the article, as rule 4 reads a link: strong or not, and its spans there. */
interface Part {
  storyId: string;
  strong: boolean;
  spans: Spans;
}
const partOf = (l: Link): Part => ({ storyId: l.c.storyId, strong: l.pair.bridge, spans: l.pair.aSpans });

/**
 * Rule 3e: a member that is a small piece of the article (a paragraph: under HUB_MIN_PART shared
 * shingles and FRAGMENT_SHARE of the article), wholly inside it, at its top or further down, is a
 * FRAGMENT the article quotes: a live blog or a news-in-brief page carrying a story's teaser
 * between other items: when another member of its story carries it at its top (the member is
 * that story's lead, as a brief or a teaser is). A middle excerpt is no story's lead, and a member
 * alone in its story may be either (it still joins). (A middle excerpt of several paragraphs, or
 * the first snapshot of a live file, is larger anyway.) Alone it does not join the article to that story; with another link into
 * the same story (a copy that also carries the full text) it does. A full text carries its own
 * teaser at its top, and a write-thru carries the version before it as a large share of itself.
 * (Until the one-big-event probe this held only away from the article's top; a morning briefing
 * whose first item is a story's lede joined that story through the lede's teaser. A full copy
 * carrying the teaser at its top also links to the member that carries it, so it still joins.)
 */
export const FRAGMENT_SHARE = 0.25;
function isFragment(l: Link, t: LinkThresholds): boolean {
  const p = l.pair;
  return (
    p.exact !== 'body_hash' && p.shorter === 'b' && p.shared < HUB_MIN_PART && p.bCover >= t.minWholeCover && p.aCover < FRAGMENT_SHARE
  );
}

/**
 * True when another candidate of the member's story carries the member wholly at its top (see rule
 * 3e), a page quoting it (`quoting`, rule 3f) aside.
 */
function isStoryLead(l: Link, pairs: readonly Link[], t: LinkThresholds, quoting: readonly Link[] = []): boolean {
  return pairs.some((o) => {
    if (o.c.storyId !== l.c.storyId || o.c.articleId === l.c.articleId || quoting.includes(o)) return false;
    const p = comparePairOnce(l.c.features, o.c.features, t);
    return p.shorter === 'a' && p.aCover >= t.minWholeCover && p.bSpans.length > 0 && p.bSpans[0]![0] <= TOP_SLACK;
  });
}

/**
 * Rule 3e's exception for urgents: a member under SHORT_TEXT (a flash or urgent of one or two
 * sentences) found at the very top of an article of its own agency is the first paragraph of the
 * full story the agency moved after it, not a quote, unless its story holds a text LONGER_LEAD
 * times its length that opens with it (then it is the lead of that text: a teaser, which a
 * briefing quotes). An urgent's story holds only the urgent and outlets' copies of it, which carry
 * it with their pages' furniture and are not that much longer.
 */
const LONGER_LEAD = 3;
function isUrgentOpening(l: Link, article: DedupeFeatures, pairs: readonly Link[], t: LinkThresholds): boolean {
  const member = l.c.features;
  const p = l.pair;
  if (member.shingles.length >= SHORT_TEXT || article.agency === null || article.agency !== member.agency) return false;
  if (p.aSpans.length === 0 || p.aSpans[0]![0] > OPENING_SLACK) return false;
  return !pairs.some((o) => {
    if (o.c.storyId !== l.c.storyId || o.c.articleId === l.c.articleId) return false;
    if (o.c.features.shingles.length < LONGER_LEAD * member.shingles.length) return false;
    const q = comparePairOnce(member, o.c.features, t);
    return q.shorter === 'a' && q.aCover >= t.minWholeCover && q.bSpans.length > 0 && q.bSpans[0]![0] <= TOP_SLACK;
  });
}

/**
 * Rule 3f: the article (a teaser, a brief) wholly inside two members of different stories that do
 * not link to each other, a minority of each, at the very top of one (F: the text it is the lead
 * of) and below an opening of the other's own (P: an intro sentence, a header, other items first),
 * shows P for a page QUOTING F's lead among other material: a morning briefing, a round-up. The
 * article joins F's story, not P's, and P is marked a round-up (detached, or marked where it is
 * when alone in its story: rule 3d then lets only its copies join it). Without this the article
 * bridged P into F's story (a teaser arriving after the briefing that quotes it); refusing the
 * bridge alone left P an unmarked story that took in the next brief it carries. A briefing whose
 * first line is the quoted lead is symmetric with the story and is not told apart here.
 */
const QUOTED_BELOW = 5;
/**
 * Two texts of one agency (credited, or on its site) are never page and quoted story in rule 3f: a
 * heavy write-thru keeps the old lede below its new top and little else of the version before, and
 * the old lede's teaser is what makes them one story. Briefings are outlets' pages (several
 * agencies' items, or none credited).
 */
const oneAgency = (x: DedupeFeatures, y: DedupeFeatures): boolean => x.agency !== null && x.agency === y.agency;
function quotingPages(links: readonly Link[], t: LinkThresholds): Link[] {
  const inside = links.filter(
    (l) =>
      !l.c.roundup &&
      l.pair.exact !== 'body_hash' &&
      l.pair.shorter === 'a' &&
      l.pair.aCover >= t.minWholeCover &&
      l.pair.bCover < t.hubCheckShare &&
      l.pair.bSpans.length > 0,
  );
  if (inside.length < 2) return [];
  const start = (l: Link): number => Math.min(...l.pair.bSpans.map(([from]) => from));
  const leads = inside.filter((l) => start(l) <= OPENING_SLACK);
  return inside.filter((p) =>
    leads.some(
      (f) =>
        f.c.storyId !== p.c.storyId &&
        start(p) - p.c.features.titleTokens >= start(f) + QUOTED_BELOW &&
        !oneAgency(p.c.features, f.c.features) &&
        !comparePairOnce(p.c.features, f.c.features, t).match,
    ),
  );
}

/**
 * Rule 3f from the other side: the article is the full text F, linked to a member T (a teaser, a
 * brief) wholly at its top, and T's story holds a page P carrying T wholly, as a minority of P,
 * below an opening of P's own, while P does not link to the article: P quotes T's lead (a briefing
 * that arrived before the story, and took in its teaser). P is no sign that T is a quoted fragment
 * (rule 3e), and it leaves the story marked a round-up. Candidates of the member's story only.
 */
function quotingMembers(article: DedupeFeatures, links: readonly Link[], pairs: readonly Link[], t: LinkThresholds): Link[] {
  const out: Link[] = [];
  for (const l of links) {
    const p = l.pair;
    if (p.shorter !== 'b' || p.bCover < t.minWholeCover || p.aCover >= t.hubCheckShare || p.aSpans.length === 0) continue;
    const top = firstFrom(p.aSpans);
    if (top > OPENING_SLACK) continue;
    // Cheap gate: a page to find needs a candidate of T's story that does not link to the article.
    if (!pairs.some((o) => o.c.storyId === l.c.storyId && !o.pair.match && !o.c.roundup)) continue;
    // The other candidates of T's story carrying T wholly, as a minority of themselves, and where.
    const carriers: Array<[Link, number]> = [];
    for (const o of pairs) {
      if (o.c.storyId !== l.c.storyId || o.c.articleId === l.c.articleId) continue;
      const q = comparePairOnce(l.c.features, o.c.features, t);
      if (q.shorter !== 'a' || q.aCover < t.minWholeCover || q.bCover >= t.hubCheckShare || q.bSpans.length === 0) continue;
      carriers.push([o, firstFrom(q.bSpans)]);
    }
    // A member carrying T higher than the article does is T's lead text, not the article (which
    // then quotes T itself: `quotesLead`).
    if (carriers.some(([, at]) => at + QUOTED_BELOW <= top)) continue;
    for (const [o, at] of carriers)
      if (
        at - o.c.features.titleTokens >= top + QUOTED_BELOW &&
        !o.pair.match &&
        !o.c.roundup &&
        !oneAgency(article, o.c.features) &&
        !out.includes(o)
      )
        out.push(o);
  }
  return out;
}

const firstFrom = (spans: Spans): number => Math.min(...spans.map(([from]) => from));

/**
 * Rule 3f with the page as the article: it carries a member T (a teaser, a brief) wholly, as a
 * minority of itself, below an opening of its own, while another candidate of T's story (F)
 * opens with T and does not link to the article: the article quotes F's lead (a briefing arriving
 * after the story and its teaser). The link to T does not join it to T's story (rule 3e does the
 * same for a fragment under FRAGMENT_SHARE of the article; a briefing of three items is larger).
 */
function quotesLead(article: DedupeFeatures, l: Link, pairs: readonly Link[], t: LinkThresholds): boolean {
  const p = l.pair;
  if (p.shorter !== 'b' || p.exact === 'body_hash' || p.bCover < t.minWholeCover || p.aCover >= t.hubCheckShare || p.aSpans.length === 0)
    return false;
  // Below the page's own title lines (an aggregator's headline over the teaser is no opening).
  const here = Math.min(...p.aSpans.map(([from]) => from)) - article.titleTokens;
  if (here < QUOTED_BELOW) return false;
  return pairs.some((o) => {
    if (o.c.storyId !== l.c.storyId || o.c.articleId === l.c.articleId || o.pair.match || oneAgency(article, o.c.features)) return false;
    const q = comparePairOnce(l.c.features, o.c.features, t);
    if (q.shorter !== 'a' || q.aCover < t.minWholeCover || q.bCover >= t.hubCheckShare || q.bSpans.length === 0) return false;
    const top = Math.min(...q.bSpans.map(([from]) => from));
    return top <= OPENING_SLACK && here >= top + QUOTED_BELOW;
  });
}

/**
 * Rule 2b: texts published a day or more apart (DAY_APART) link only as copies: the shorter almost
 * wholly inside the longer, or the two resembling, and not with other figures. An outlet reposting
 * a story days later carries the story; an agency's next-day follow-up repeating background
 * paragraphs, or the next issue of a daily template (a case tally, a market close: the same
 * words, other numbers), is another story. Versions of one story within the day are not affected.
 */
export const DAY_APART_MS = 20 * 3600 * 1000;
/** Figures of the shorter text the longer must also carry, a day apart, when its lead has none (see `sameFigures`). */
const MIN_SAME_FIGURES = 0.5;
/** Lead figures per one the longer text may miss, a day apart (see `sameFigures`). */
const LEAD_FIGURES_PER_MISS = 4;

function dayApartLink(l: Link, article: DedupeFeatures, t: LinkThresholds): boolean {
  const p = l.pair;
  if (p.exact === 'body_hash') return true;
  const [short, long] = p.shorter === 'a' ? [article, l.c.features] : [l.c.features, article];
  // A short text (under SHORT_TEXT: a flash, an urgent, a teaser, a trimmed brief) a day apart
  // links only when the stretch it shares is the same text, word for word (no shingle missing
  // inside its runs): two Yonhap urgents four days apart on one template ('North Korea fired an
  // unidentified ballistic missile toward the East Sea on Sunday/Thursday, ... JCS said') differ
  // by a weekday inside the sentence and carry no figures; a teaser or a trimmed copy reposted the
  // next day is the story's own text (its page's furniture lines sit outside the stretch).
  if (short.shingles.length < SHORT_TEXT && innerGaps(p) > 0) return false;
  if (p.resemblance < t.minResemblance && (p.shortCover < t.minWholeCover || !opensLonger(p, long))) return false;
  return sameFigures(short, long);
}

/** Shingles of the shorter text missing inside its shared runs (edited words, other figures). */
function innerGaps(p: PairScore): number {
  let span = 0;
  for (const [from, to] of p.shorter === 'a' ? p.aSpans : p.bSpans) span += to - from + 1;
  return span - p.shared;
}

/**
 * True when the shared text starts in the lead of the longer text (its first paragraph, or
 * within OPENING_SLACK shingles): a repost a day later, trimmed or a teaser, starts where the
 * story starts (a whole repost also resembles); a paragraph of it inside the next day's story
 * sits in its background, even one short paragraph down (an urgent quoted word for word the next
 * day: Interfax's rate decision as the second paragraph, 20 shingles down, while a Chinese
 * dateline left in the text puts a teaser's start 16 characters into the first).
 */
function opensLonger(p: PairScore, long: DedupeFeatures): boolean {
  let first = Infinity;
  for (const [from] of p.longSpans) if (from < first) first = from;
  return first <= Math.max(OPENING_SLACK, leadTokens(long) - SHINGLE_SIZE);
}

/** Tokens of a text's first comparison paragraph, counted once per features object. */
const LEAD_TOKENS = new WeakMap<DedupeFeatures, number>();
function leadTokens(f: DedupeFeatures): number {
  let n = LEAD_TOKENS.get(f);
  if (n === undefined) LEAD_TOKENS.set(f, (n = tokenize(normalizeText(f.leadParagraph)).length));
  return n;
}

/**
 * False when the longer text misses the shorter's lead figures (2 or more: the day's new count,
 * the index's close; one in four may be missing, none of two or three) or, without such a lead,
 * carries under half of all its figures (3 or more). A copy carries its lead's figures; the next
 * issue of a template changes one or two of them and keeps the rest (the day of the month, a
 * constant basis-point step: a yuan fixing whose two days shared "12" and "22" of three).
 */
function sameFigures(short: DedupeFeatures, long: DedupeFeatures): boolean {
  const other = new Set(long.figures);
  const count = (xs: readonly string[]): number => xs.filter((x) => other.has(x)).length;
  if (short.leadFigures >= 2) {
    const lead = short.figures.slice(0, short.leadFigures);
    return lead.length - count(lead) <= Math.floor(lead.length / LEAD_FIGURES_PER_MISS);
  }
  return short.figures.length < 3 || count(short.figures) >= MIN_SAME_FIGURES * short.figures.length;
}

const DAY_MS = 86_400_000;

/**
 * How far apart two publication times are for rule 2b: 'apart' (DAY_APART or more), 'maybe', or
 * null (within the day, or a time unknown). A time of day precision (`day`: the page gave a date
 * only, stored as that day 00:00 UTC) is some hour of that calendar day in the site's zone. Two
 * copies a calendar day apart may be an hour apart (a Nairobi or Auckland page dated the day
 * after the New York one: a Reuters story's copies were cut from each other as a next-day
 * follow-up is), so a day-precision gap counts one day less; within that day of doubt the pair is
 * 'maybe', and only the figures test applies (the next issue of a daily template, dated the next
 * day, carries the day's figures).
 */
function dayGap(x: number | null | undefined, xDay: boolean, y: number | null | undefined, yDay: boolean): 'apart' | 'maybe' | null {
  if (x === null || x === undefined || y === null || y === undefined) return null;
  const d = Math.abs(x - y);
  if (d < DAY_APART_MS) return null;
  return d - (xDay || yDay ? DAY_MS : 0) >= DAY_APART_MS ? 'apart' : 'maybe';
}

/** A link between texts that may be a day apart (dayGap 'maybe'): a copy, or not other figures. */
function maybeApartLink(l: Link, article: DedupeFeatures): boolean {
  if (l.pair.exact === 'body_hash') return true;
  const [short, long] = l.pair.shorter === 'a' ? [article, l.c.features] : [l.c.features, article];
  return sameFigures(short, long);
}

/** The verified links of the article after rules 2b, 3 and 3d, and the round-up members rule 3c detaches. */
function verifiedLinks(
  article: DedupeFeatures,
  pairs: readonly Link[],
  linkedOf: (articleId: string) => readonly DedupeFeatures[],
  t: LinkThresholds,
  at: number | null,
  day = false,
): { links: Link[]; detach: Detach[]; quoting: Link[]; quotes: boolean } {
  const detach: Detach[] = [];
  const links = pairs.filter((l) => {
    if (l.c.roundup && !isCopy(l.pair)) return false;
    if (l.pair.match) {
      const gap = dayGap(at, day, l.c.at, l.c.day === true);
      if (gap === 'apart' ? !dayApartLink(l, article, t) : gap === 'maybe' && !maybeApartLink(l, article)) return false;
    }
    if (!l.pair.match || !needsHubCheck(l, t)) return l.pair.match;
    const linked = linkedOf(l.c.articleId);
    if (!isHub(l, linked, t, article)) return true;
    if (isCompositeMember(l, linked, article, t)) detach.push({ articleId: l.c.articleId, storyId: l.c.storyId });
    return false;
  });
  // Rule 3e: stories reached by fragments only (a page quoting the fragment, rule 3f, is no sign).
  const quoting = quotingMembers(article, links, pairs, t);
  const quotes = links.filter((l) => quotesLead(article, l, pairs, t));
  const whole = new Set(
    links
      .filter((l) => !quotes.includes(l))
      .filter((l) => !isFragment(l, t) || !isStoryLead(l, pairs, t, quoting) || isUrgentOpening(l, article, pairs, t))
      .map((l) => l.c.storyId),
  );
  const kept = links.filter((l) => whole.has(l.c.storyId));
  return { links: kept, detach, quoting, quotes: quotes.length > 0 && kept.length < links.length };
}

/**
 * Rule 1b: the stories that a new text of an article already in `storyId` bridges into it (its
 * page was fetched again and the text had changed: an agency updating a story in place, under
 * one URL, as AP and Reuters do with write-thrus). As rule 1 for a new version under the same URL
 * key: the article's own story is a strong part of it, and every story a strong link of the new
 * text reaches (or one overlapping a link into its own story) joins it. Oldest first, `storyId`
 * included; just `[storyId]` when nothing bridges. (A round-up member, rule 3d, bridges nothing:
 * the caller does not ask.)
 */
export function revisionBridges(
  article: DedupeFeatures,
  storyId: string,
  candidates: readonly StoryCandidate[],
  linkedOf: (articleId: string) => readonly DedupeFeatures[] = () => [],
  t: LinkThresholds = DEFAULT_THRESHOLDS,
  at: number | null = null,
  day = false,
): string[] {
  const { links } = verifiedLinks(article, pairsOf(article, candidates, t, at), linkedOf, t, at, day);
  const own = links.filter((l) => l.c.storyId === storyId).sort(better)[0];
  return bridgedStories({ storyId, strong: true, spans: own ? own.pair.aSpans : [] }, links);
}

/**
 * Decides the story of `article`. `linkedOf(articleId)` gives, for a candidate reached by an
 * link the hub rule checks (see `needsHubCheck`), the features of the other members of its story (rule 3).
 */
export function decideStory(
  article: DedupeFeatures,
  candidates: readonly StoryCandidate[],
  linkedOf: (articleId: string) => readonly DedupeFeatures[] = () => [],
  t: LinkThresholds = DEFAULT_THRESHOLDS,
  at: number | null = null,
  day = false,
): StoryDecision {
  const sameUrl = candidates
    .filter((c) => c.features.urlKey === article.urlKey)
    .map((c) => ({ c, pair: comparePairOnce(article, c.features, t) }))
    .filter(({ pair }) => Math.max(pair.resemblance, pair.containment) >= MIN_SAME_URL_OVERLAP)
    .sort(better)[0];
  const pairs = pairsOf(article, candidates, t, at);
  const verified = verifiedLinks(article, pairs, linkedOf, t, at, day);
  const detach = verified.detach;
  let links = verified.links;
  if (sameUrl) {
    // The same page is the strongest link there is: it bridges every story that a strong link of
    // the article reaches (or one whose link overlaps the text the versions share).
    // A round-up's new version bridges nothing (rule 3d).
    const { c, pair } = sameUrl;
    const bridged = c.roundup ? [c.storyId] : bridgedStories({ storyId: c.storyId, strong: true, spans: pair.aSpans }, links);
    return {
      action: 'join',
      storyId: bridged[0]!,
      merge: bridged.slice(1),
      method: 'url',
      score: pair.score,
      comparedArticleId: c.articleId,
      role: 'update',
      verified: 1 + links.filter((l) => l.c.storyId !== c.storyId).length,
      compared: candidates.length,
    };
  }
  // Rule 3f: pages quoting the lead of a text the article opens, or of the article itself.
  const quoting = [...quotingPages(links, t), ...verified.quoting];
  const quoted: Detach[] = [];
  for (const l of quoting)
    if (!quoted.some((d) => d.articleId === l.c.articleId) && !detach.some((d) => d.articleId === l.c.articleId))
      quoted.push({ articleId: l.c.articleId, storyId: l.c.storyId });
  links = links.filter((l) => !quoting.includes(l));
  const all = [...detach, ...quoted];
  const extra = all.length ? { detach: all } : {};
  const chosen = [...links].sort(better)[0];
  if (!chosen) return { action: 'new', method: 'new', ...(verified.quotes ? { roundup: true as const } : {}), ...extra };
  const bridged = bridgedStories(partOf(chosen), links);
  if (isComposite(chosen, bridged, links, pairs, t)) return { action: 'new', method: 'new', roundup: true, ...extra };
  const target = bridged[0]!;
  const via = target === chosen.c.storyId ? chosen : links.filter((l) => l.c.storyId === target).sort(better)[0]!;
  return {
    action: 'join',
    storyId: target,
    merge: bridged.slice(1),
    method: methodOf(via.pair),
    score: via.pair.score,
    comparedArticleId: via.c.articleId,
    role: 'repost',
    // Rule 3c's round-ups stay when the article joins their story after all; rule 3f's pages leave it.
    ...(detach.some((d) => bridged.includes(d.storyId)) ? (quoted.length ? { detach: quoted } : {}) : extra),
    verified: links.length,
    compared: candidates.length,
  };
}

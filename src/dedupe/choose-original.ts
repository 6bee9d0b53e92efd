/**
 * Which member of a story is its original, and the role of every other member. Re-run whenever a
 * member joins: a better original arriving later (the agency's own copy, or an earlier-published
 * one) takes over, and the db layer updates `stories.original_article_id` and the roles.
 */
import type { StoryRole } from '../domain.js';
import { agencyForDomain } from '../normalize/agencies.js';

/** The agency that owns a host ("english.news.cn" -> "Xinhua"), or null (registry: src/normalize/agencies.ts). */
export function agencyOfHost(host: string | null): string | null {
  if (!host) return null;
  // Memoized: `agencyForDomain` scans every agency's domains, and the roles of a story ask it for
  // each member, at each assignment (issue 16). The registry is fixed at build time.
  let owner = OWNERS.get(host);
  if (owner === undefined) {
    owner = agencyForDomain(host)?.name ?? null;
    if (OWNERS.size >= OWNERS_MAX) OWNERS.clear();
    OWNERS.set(host, owner);
  }
  return owner;
}

/** Hosts seen (a collection has a few hundred outlets); cleared when full, which only costs recomputation. */
const OWNERS_MAX = 10_000;
const OWNERS = new Map<string, string | null>();

/** What `chooseOriginal` reads of each member. */
export interface StoryMember {
  articleId: string;
  urlKey: string;
  host: string | null;
  /** Agency of the text (credited, or detected in the text), if any. */
  agency: string | null;
  publishedAt: Date | null;
  /** When wirehouse first saw the article (arrival order). */
  firstSeenAt: Date | null;
  tokenCount: number;
}

const time = (d: Date | null): number => (d ? d.getTime() : Number.POSITIVE_INFINITY);

/** Earliest published, then earliest first-seen, then most complete, then smallest id (stable). */
function earlier(a: StoryMember, b: StoryMember): number {
  return (
    time(a.publishedAt) - time(b.publishedAt) ||
    time(a.firstSeenAt) - time(b.firstSeenAt) ||
    b.tokenCount - a.tokenCount ||
    (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0)
  );
}

/** True when the member sits on its agency's own site (and credits no other agency). */
function onAgencySite(m: StoryMember): boolean {
  const owner = agencyOfHost(m.host);
  return owner !== null && (m.agency === null || m.agency.toLowerCase() === owner.toLowerCase());
}

/**
 * A member at least this share of the story's most complete member's length is a COMPLETE version;
 * teasers (~0.15) and short excerpts are not, so an early teaser never becomes the original, while
 * the first, shorter version of a write-thru (often half of the last one) still is.
 */
export const COMPLETE_SHARE = 0.4;

/**
 * The original of a story: the agency's own copy if present (earliest of them), else the earliest
 * published (then first-seen) COMPLETE version. Throws on an empty list (a story has members).
 */
export function chooseOriginal(members: readonly StoryMember[]): StoryMember {
  const most = Math.max(0, ...members.map((m) => m.tokenCount));
  const complete = members.filter((m) => m.tokenCount >= COMPLETE_SHARE * most);
  const pool = members.some(onAgencySite) ? members.filter(onAgencySite) : complete.length ? complete : members;
  const best = [...pool].sort(earlier)[0];
  if (!best) throw new RangeError('dedupe: chooseOriginal needs at least one member');
  return best;
}

/** The reference text of a story for verification: its most complete member (then the earliest). */
export function chooseReference(members: readonly StoryMember[]): StoryMember {
  const best = [...members].sort((a, b) => b.tokenCount - a.tokenCount || earlier(a, b))[0];
  if (!best) throw new RangeError('dedupe: chooseReference needs at least one member');
  return best;
}

/**
 * Roles of all members: the original; 'update' for a later version from the same source (same URL
 * key as an earlier member, or another copy on the original's agency's own site — the source is
 * the detected agency, never the host alone); 'repost' for other outlets' copies.
 */
export function assignRoles(members: readonly StoryMember[]): { originalId: string; roles: Map<string, StoryRole> } {
  const original = chooseOriginal(members);
  const roles = new Map<string, StoryRole>();
  const sorted = [...members].sort(earlier);
  sorted.forEach((m, i) => {
    if (m.articleId === original.articleId) return void roles.set(m.articleId, 'original');
    const sameUrlEarlier = sorted.slice(0, i).some((e) => e.urlKey === m.urlKey);
    const owner = agencyOfHost(original.host);
    const sameSourceAsOriginal = owner !== null && onAgencySite(m) && agencyOfHost(m.host) === owner;
    roles.set(m.articleId, sameUrlEarlier || sameSourceAsOriginal ? 'update' : 'repost');
  });
  return { originalId: original.articleId, roles };
}

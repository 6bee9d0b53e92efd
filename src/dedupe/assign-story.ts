/**
 * The story algorithm, written once over the `StoryStore` interface (Postgres in src/db, memory in
 * memory-store.ts): lock keys, learn furniture, look up candidates, decide (decide-story.ts),
 * join or merge, recompute the original, the reference text and the roles.
 *
 * Concurrency: the article's lookup keys are locked first (two copies sharing a key serialize, so
 * the second sees the first). The stories the decision touches are then locked in id order and
 * re-checked: a story merged away meanwhile sends the decision round again with fresh candidates.
 * Two bridging articles at once therefore end in one story, and locks are only ever taken
 * keys-first, stories-second, each in one sorted order, so they cannot deadlock.
 *
 * A plain join of a small story (most assignments) first tries a shortcut: the candidates came
 * with the story's every member and version, so the new state is computed here and written in one
 * round trip if the story is unchanged and nobody is writing it (`StoryTx.tryJoin`, which only
 * tries locks, never waits); otherwise the locked path runs as above. Both end in the same state.
 */
import type { MergeMethod, StoryRole } from '../domain.js';
import { assignRoles, chooseReference, type StoryMember } from './choose-original.js';
import { DEFAULT_THRESHOLDS, type LinkThresholds } from './compare.js';
import {
  decideStory,
  revisionBridges,
  linksOf,
  needsHubCheck,
  type Detach,
  type StoryCandidate,
  type StoryDecision,
} from './decide-story.js';
import { dedupeFeatures, indexBands, type DedupeFeatures } from './features.js';
import { flashKeys } from './flash-link.js';
import { processFeatureCache, type FeatureCache } from './feature-cache.js';
import { FURNITURE_MIN_PAGES, paragraphKeys } from './furniture.js';
import type {
  JoinWrite,
  MemberRef,
  Membership,
  ParagraphCount,
  StoryArticle,
  StorySnapshot,
  StoryTx,
  StoryStore,
  StoryUpdate,
} from './story-store.js';
import { articleTime, dayOnly } from './story-store.js';

/** ±7 days: reposts come minutes to days after the original; a week bounds the lookup. */
export const DEFAULT_WINDOW_MS = 7 * 24 * 3600 * 1000;
/** Band hits kept per lookup, most shared keys first (bounds verification cost on boilerplate). */
export const MAX_BAND_CANDIDATES = 50;
/**
 * Stories of at most this many members are read whole with the candidates, so that joining one
 * takes a single round trip (`tryJoin`); larger ones are joined under locks.
 */
export const WHOLE_STORY_MEMBERS = 24;
/** Decision rounds before giving up on a story set that keeps being merged away (retryable). */
const MAX_ROUNDS = 5;

export interface AssignOptions {
  /** Candidates' features across assignments (default: the process-wide cache). */
  cache?: FeatureCache;
  windowMs: number;
  maxBandCandidates: number;
  furnitureMinPages: number;
  thresholds: LinkThresholds;
}

export const DEFAULT_ASSIGN_OPTIONS: AssignOptions = {
  windowMs: DEFAULT_WINDOW_MS,
  maxBandCandidates: MAX_BAND_CANDIDATES,
  furnitureMinPages: FURNITURE_MIN_PAGES,
  thresholds: DEFAULT_THRESHOLDS,
};

/** What an assignment did. */
export interface Assignment {
  storyId: string;
  role: StoryRole;
  method: MergeMethod;
  score: number;
  comparedArticleId: string | null;
  /** True when this call created the story. */
  created: boolean;
  /** True when the article was already a member (a re-run). */
  existing: boolean;
  /** Stories merged into `storyId` because this article bridged them. */
  merged: string[];
  /** Round-up members this article showed to be round-ups, moved to stories of their own (rule 3c). */
  detached?: string[];
  decision: StoryDecision | null;
}

/**
 * The site furniture is learned for: the site name, else the URL host; '' (learn nothing) for
 * records imported without a site or URL, whose placeholder host is shared by unrelated sources.
 */
export function siteOf(a: Pick<StoryArticle, 'site' | 'url'>): string {
  if (a.site && a.site !== NO_SITE_HOST) return a.site.toLowerCase();
  try {
    const host = new URL(a.url).hostname.toLowerCase().replace(/^www\d?\./, '');
    return host === NO_SITE_HOST ? '' : host;
  } catch {
    return '';
  }
}

/** The placeholder host of records imported without a URL (normalize's IMPORT_HOST). */
const NO_SITE_HOST = 'import.invalid';

/**
 * Features of articles within one transaction, each computed once with its site's furniture and
 * kept in the per-process cache: the incoming article's (with lookup keys) serve again when it is
 * a candidate of later lookups, as long as its text, fields and furniture are unchanged.
 */
class Features {
  private readonly cache = new Map<string, DedupeFeatures>();
  private readonly furniture = new Map<string, Set<string>>();
  constructor(
    private readonly tx: StoryTx,
    private readonly minPages: number,
    private readonly shared: FeatureCache = processFeatureCache,
  ) {}

  /** Computes the features of `articles` (lookup keys only when `keys`: the incoming article). */
  async load(articles: readonly StoryArticle[], withKeys = false): Promise<void> {
    const todo = articles.filter((a) => !this.cache.has(a.id));
    if (todo.length === 0) return;
    const sites = todo.map((a) => ({ a, site: siteOf(a) }));
    const missing = [...new Set(sites.map((s) => s.site))].filter((s) => !this.furniture.has(s));
    if (missing.length) for (const [site, set] of await this.tx.furniture(missing, this.minPages)) this.furniture.set(site, set);
    for (const { a, site } of sites) {
      const furniture = this.furniture.get(site);
      let f = this.shared.get(a, furniture, withKeys);
      if (f === undefined) {
        f = dedupeFeatures({ url: a.url, body: a.body, site: a.site, agency: a.agency }, furniture, { keys: withKeys });
        this.shared.set(a, furniture, f, withKeys);
      }
      this.cache.set(a.id, f);
    }
  }

  get(a: StoryArticle): DedupeFeatures {
    const f = this.cache.get(a.id);
    if (!f) throw new Error(`dedupe: features of ${a.id} not loaded`);
    return f;
  }
}

function member(a: StoryArticle, f: DedupeFeatures): StoryMember {
  return {
    articleId: a.id,
    urlKey: f.urlKey,
    host: f.host,
    agency: f.agency,
    publishedAt: a.publishedAt,
    firstSeenAt: a.firstSeenAt,
    tokenCount: f.tokenCount,
  };
}

/** A story's state recomputed from all its members (what `refresh` writes). */
interface StoryState {
  /** `roles`: only the members whose role changed. */
  update: StoryUpdate;
  /** Every member's role. */
  roles: Map<string, StoryRole>;
  /** Members still marked 'new' that are no longer the original (explained by `via`). */
  explained: string[];
}

/** Recomputes a story's original, reference, roles and summary from all its members (features loaded). */
function storyState(feats: Features, members: readonly MemberRef[], via: Pick<Membership, 'comparedArticleId'>): StoryState {
  const list = members.map((m) => member(m.article, feats.get(m.article)));
  const { originalId, roles } = assignRoles(list);
  const agency = list.find((m) => m.articleId === originalId)?.agency ?? list.find((m) => m.agency)?.agency ?? null;
  const changed = new Map([...roles].filter(([id, role]) => members.find((m) => m.article.id === id)?.role !== role));
  const original = members.find((m) => m.article.id === originalId)!.article;
  const firstPublishedAt = members.reduce<Date | null>((min, m) => {
    const t = m.article.publishedAt ?? m.article.firstSeenAt;
    return min === null || t < min ? t : min;
  }, null);
  return {
    update: {
      originalId,
      referenceId: chooseReference(list).articleId,
      agency,
      roles: changed,
      title: original.title,
      firstPublishedAt,
      memberCount: members.length,
    },
    roles,
    explained: members
      .filter((m) => m.method === 'new' && m.article.id !== originalId && m.article.id !== via.comparedArticleId)
      .map((m) => m.article.id),
  };
}

/**
 * Recomputes a story's original, reference, roles and summary from all its members, writes what
 * changed, and explains members still marked 'new' that are no longer the original (`via`).
 */
async function refresh(
  tx: StoryTx,
  feats: Features,
  storyId: string,
  via: Pick<Membership, 'method' | 'score' | 'comparedArticleId'>,
  read?: readonly MemberRef[],
  count: ParagraphCount | null = null,
): Promise<Map<string, StoryRole>> {
  const members = read ?? (await tx.members(storyId));
  await feats.load(members.map((m) => m.article));
  const { update, roles, explained } = storyState(feats, members, via);
  await tx.updateStory(storyId, update, count);
  if (explained.length) await tx.explainDisplaced(storyId, update.originalId, via);
  return roles;
}

/**
 * A plain join in one round trip, from the story as the candidates read it (`tryJoin`); the new
 * member's role, or null when the store declined (the story changed or is being written: the
 * caller takes the locked path, which ends the same as if this had not been tried).
 */
async function tryJoin(
  tx: StoryTx,
  feats: Features,
  self: StoryArticle,
  m: Membership,
  snapshot: StorySnapshot | undefined,
  count: ParagraphCount | null,
): Promise<StoryRole | null> {
  if (!tx.tryJoin || !snapshot) return null;
  // The members in the order addMember returns them (the new one last), so the result is the
  // locked path's to the agency fall-back.
  const members = [...snapshot.members, { ...m, article: self }];
  await feats.load(members.map((x) => x.article));
  const via = { method: m.method, score: m.score, comparedArticleId: self.id };
  const { update, roles, explained } = storyState(feats, members, via);
  const role = roles.get(self.id);
  const others = new Map([...update.roles].filter(([id]) => id !== self.id));
  const w: JoinWrite = {
    storyId: m.storyId,
    version: snapshot.version,
    articleId: self.id,
    member: { ...m, role: role ?? m.role },
    update: { ...update, roles: others },
    explained,
    via,
  };
  return (await tx.tryJoin(w, count)) ? (role ?? 'repost') : null;
}

/**
 * Re-elects a story's original, reference and roles from its members as they are now, by the rule
 * an assignment uses (after a takedown removed a member).
 */
export async function reelectStory(tx: StoryTx, storyId: string, opts: AssignOptions = DEFAULT_ASSIGN_OPTIONS): Promise<void> {
  await refresh(tx, new Features(tx, opts.furnitureMinPages, opts.cache), storyId, { method: 'new', score: 0, comparedArticleId: null });
}

/** Process-wide counts of the paths assignments took (logged when the service stops). */
export const assignStats = { assignments: 0, created: 0, tryJoins: 0, tryJoinDeclined: 0, locked: 0, retried: 0 };

/**
 * Puts an article in a story and returns the membership, or null when the article is gone.
 * Idempotent: an article already in a story keeps it. `revised`: the article's text changed since
 * it was placed (its page was fetched again); it keeps its story, which takes in the stories the
 * new text bridges (decide-story.ts rule 1b) and has its original and roles re-elected.
 */
export async function assignStory(
  store: StoryStore,
  articleId: string,
  opts: AssignOptions = DEFAULT_ASSIGN_OPTIONS,
  revised = false,
): Promise<Assignment | null> {
  return store.transaction(async (tx) => {
    const self = await tx.article(articleId);
    if (!self) return null;
    assignStats.assignments++;
    const feats = new Features(tx, opts.furnitureMinPages, opts.cache);
    await feats.load([self], true);
    const f = feats.get(self);
    const bands = indexBands(f);
    const at = articleTime(self);
    const day = dayOnly(self);
    // Flash keys are stored and looked up under different salts (flash-link.ts); both are locked,
    // so a flash and the story it announces, arriving together, are decided one after the other.
    const flash = flashKeys(f);
    await tx.lockKeys(
      [
        'u:' + f.urlKey,
        ...(f.bodyHash ? ['h:' + f.bodyHash] : []),
        ...(f.leadHash ? ['l:' + f.leadHash] : []),
        ...[...bands, ...flash.store, ...flash.lookup].map((b) => 'b:' + b),
      ],
      self,
      [...bands, ...flash.store],
      at,
    );
    // Counted by the last write of the transaction: the per-site rows are shared by every page of
    // a site, and are locked from there to the commit only.
    const site = siteOf(self);
    const count: ParagraphCount | null = site ? { site, articleId: self.id, keys: paragraphKeys(self.body) } : null;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const found = await tx.candidates({
        article: self,
        urlKey: f.urlKey,
        bodyHash: f.bodyHash,
        leadHash: f.leadHash,
        bands: [...bands, ...flash.lookup],
        at,
        windowMs: opts.windowMs,
        limit: opts.maxBandCandidates,
        whole: WHOLE_STORY_MEMBERS,
      });
      const own = found.self;
      if (own && !revised) return { ...own, created: false, existing: true, merged: [], decision: null };
      const refs = found.members.filter((c) => c.article.id !== self.id);
      await feats.load(refs.map((c) => c.article));
      const candidates: StoryCandidate[] = refs.map((c) => ({
        articleId: c.article.id,
        storyId: c.storyId,
        features: feats.get(c.article),
        at: articleTime(c.article),
        ...(dayOnly(c.article) ? { day: true } : {}),
        ...(c.roundup ? { roundup: true } : {}),
      }));
      const linked = await linkedTexts(tx, feats, f, candidates, found.stories, opts.thresholds);
      if (own) {
        const bridged = own.roundup
          ? [own.storyId]
          : revisionBridges(f, own.storyId, candidates, (id) => linked.get(id) ?? [], opts.thresholds, at, day);
        await tx.lockStories(bridged);
        const alive = await tx.liveStories(bridged);
        if (bridged.some((id) => !alive.has(id))) {
          assignStats.retried++;
          continue;
        }
        const [into, ...merge] = bridged as [string, ...string[]];
        if (merge.length) await tx.mergeStories(into, merge, self.id);
        const roles = await refresh(tx, feats, into, { method: own.method, score: own.score, comparedArticleId: self.id });
        return {
          ...own,
          storyId: into,
          role: roles.get(self.id) ?? own.role,
          created: false,
          existing: true,
          merged: merge,
          decision: null,
        };
      }
      const decision = decideStory(f, candidates, (id) => linked.get(id) ?? [], opts.thresholds, at, day);
      const detach = decision.detach ?? [];
      if (decision.action === 'new') {
        if (detach.length) await tx.lockStories(detach.map((d) => d.storyId));
        const detached = await detachAll(tx, feats, refs, detach);
        // A story of one: the article is its original, reference and only member.
        assignStats.created++;
        const storyId = await tx.createStory(self, f.agency, count, decision.roundup === true);
        return {
          storyId,
          role: 'original',
          method: 'new',
          score: 1,
          comparedArticleId: null,
          created: true,
          existing: false,
          merged: [],
          detached,
          decision,
        };
      }
      const joining: Membership = {
        storyId: decision.storyId,
        role: decision.role,
        method: decision.method,
        score: decision.score,
        comparedArticleId: decision.comparedArticleId,
      };
      const joined = (role: StoryRole, detached: string[]): Assignment => ({
        storyId: decision.storyId,
        role,
        method: decision.method,
        score: decision.score,
        comparedArticleId: decision.comparedArticleId,
        created: false,
        existing: false,
        merged: decision.merge,
        detached,
        decision,
      });
      // The common case, a plain join of a small story, without waiting for locks (one round trip).
      if (decision.merge.length === 0 && detach.length === 0) {
        const snap = found.stories?.get(decision.storyId);
        if (snap) assignStats.tryJoins++;
        const role = await tryJoin(tx, feats, self, joining, snap, count);
        if (role) return joined(role, []);
        if (snap) assignStats.tryJoinDeclined++;
      }
      assignStats.locked++;
      const touched = [decision.storyId, ...decision.merge];
      await tx.lockStories([...touched, ...detach.map((d) => d.storyId)]);
      // A story merged away while we waited sends the decision round again (for a plain join,
      // addMember finds it gone; a merge checks all of them first).
      if (decision.merge.length) {
        const alive = await tx.liveStories(touched);
        if (touched.some((s) => !alive.has(s))) {
          assignStats.retried++;
          continue;
        }
        await tx.mergeStories(decision.storyId, decision.merge, self.id);
      }
      const members = await tx.addMember(self.id, joining);
      if (!members) {
        assignStats.retried++;
        continue;
      }
      const detached = await detachAll(tx, feats, refs, detach);
      // A page that left the story just joined (decide-story rule 3f): its members are read again.
      const left = detach.some((d) => touched.includes(d.storyId));
      const roles = await refresh(
        tx,
        feats,
        decision.storyId,
        { method: decision.method, score: decision.score, comparedArticleId: self.id },
        left ? undefined : members,
        count,
      );
      return joined(roles.get(self.id) ?? 'repost', detached);
    }
    throw new Error(`dedupe: stories of article ${self.id} kept changing during ${MAX_ROUNDS} rounds`);
  });
}

/**
 * Moves round-up members out of their stories (rule 3c; the stories are locked by the caller) and
 * re-elects what is left of each story. Returns the ids of the members moved.
 */
async function detachAll(tx: StoryTx, feats: Features, refs: readonly MemberRef[], detach: readonly Detach[]): Promise<string[]> {
  const moved: string[] = [];
  for (const d of detach) {
    const ref = refs.find((r) => r.article.id === d.articleId);
    if (!ref || (await tx.detachMember(ref.article, d.storyId, feats.get(ref.article).agency)) === null) continue;
    moved.push(d.articleId);
    await refresh(tx, feats, d.storyId, { method: 'new', score: 0, comparedArticleId: null });
  }
  return moved;
}

/** Members of a story read for the hub rule (bounded: a huge story is read by its latest members). */
const HUB_MEMBERS = 60;

/** Newest first by article id, as `StoryTx.members(storyId, limit)` returns them. */
const newestFirst = (x: MemberRef, y: MemberRef): number =>
  Number(y.article.id) - Number(x.article.id) || (x.article.id < y.article.id ? 1 : x.article.id > y.article.id ? -1 : 0);

/**
 * For each candidate reached by an inside link, the other members of its story (decide-story rule
 * 3). A small story came whole with the candidates (`stories`, the same snapshot): its members are
 * taken from there, in the order `members` would return them (rule 3c's tie-break between equally
 * good links follows the list's order), so only larger stories cost a read.
 */
async function linkedTexts(
  tx: StoryTx,
  feats: Features,
  f: DedupeFeatures,
  candidates: readonly StoryCandidate[],
  stories: ReadonlyMap<string, StorySnapshot> | undefined,
  t: LinkThresholds,
): Promise<Map<string, DedupeFeatures[]>> {
  const out = new Map<string, DedupeFeatures[]>();
  const byStory = new Map<string, MemberRef[]>();
  for (const l of linksOf(f, candidates, t).filter((x) => needsHubCheck(x, t))) {
    let refs = byStory.get(l.c.storyId);
    if (!refs) {
      const whole = stories?.get(l.c.storyId);
      refs = whole ? [...whole.members].sort(newestFirst).slice(0, HUB_MEMBERS) : await tx.members(l.c.storyId, HUB_MEMBERS);
      byStory.set(l.c.storyId, refs);
      await feats.load(refs.map((r) => r.article));
    }
    out.set(
      l.c.articleId,
      refs.filter((r) => r.article.id !== l.c.articleId).map((r) => feats.get(r.article)),
    );
  }
  return out;
}

import type { ContentPack, Employee, GradeBand, PolicyParameters, PolicyRule, Post, PublicationState, RingFence } from '../content/types.js';

/** How a person will be selected for a new post they are ring-fenced for. */
export type Selection =
  /** More people than posts, or a higher-graded post: "a competitive selection process will be necessary". */
  | { readonly kind: 'competitive'; readonly reasons: readonly string[] }
  /** "If only one person expresses an interest in a post then they would be slotted into the role". */
  | { readonly kind: 'slot-in-if-sole-applicant' };

export interface PoolPlace {
  readonly newPost: Post;
  readonly state: PublicationState;
  /** People whose current post is in this pool. */
  readonly poolSize: number;
  /** Posts to fill, from the new post's FTE; null when the pack does not say. */
  readonly places: number | null;
  readonly selection: Selection;
  readonly note?: string;
}

/**
 * Where a person's current post stands. Exactly one applies to each employee: it follows
 * from their post's change and the ring fences HR has published (or not yet).
 */
export type PostStatus =
  | { readonly kind: 'continuing'; readonly post: Post; readonly changed: boolean }
  | { readonly kind: 'slotted-in'; readonly post: Post; readonly into: Post; readonly state: PublicationState; readonly note?: string }
  | { readonly kind: 'ring-fenced'; readonly post: Post; readonly pools: readonly PoolPlace[] }
  | { readonly kind: 'at-risk-no-pool'; readonly post: Post; readonly state: PublicationState; readonly note?: string }
  | {
      readonly kind: 'pools-not-published';
      readonly post: Post;
      /** New posts the ring-fence rule would normally consider; indicative only. */
      readonly indicative: readonly Post[];
      readonly rule: PolicyRule | null;
    };

export type PostStatusKind = PostStatus['kind'];

export function findPolicy<K extends PolicyParameters['kind']>(
  pack: ContentPack,
  kind: K,
): { rule: PolicyRule; parameters: Extract<PolicyParameters, { kind: K }> } | null {
  for (const rule of pack.policies) {
    if (rule.parameters?.kind === kind) {
      return { rule, parameters: rule.parameters as Extract<PolicyParameters, { kind: K }> };
    }
  }
  return null;
}

export function postStatus(pack: ContentPack, employee: Employee): PostStatus {
  const post = pack.posts.get(employee.postId);
  if (post === undefined) {
    // The loader guarantees every staff post exists; reaching here means a programming error.
    throw new Error(`post ${employee.postId} of ${employee.id} is not in the pack`);
  }
  const rows = ringFenceRows(pack).byCurrentPost.get(post.id) ?? [];
  const slotIn = rows.find((r) => r.basis === 'slot-in' && r.newPostId !== null);
  if (slotIn?.newPostId) {
    const into = pack.posts.get(slotIn.newPostId);
    if (into) return { kind: 'slotted-in', post, into, state: slotIn.state, ...noteOf(slotIn) };
  }
  if (post.change === 'continuing' || post.change === 'new' || (post.change === 'changed' && rows.length === 0)) {
    return { kind: 'continuing', post, changed: post.change === 'changed' };
  }
  const none = rows.find((r) => r.newPostId === null);
  if (none) return { kind: 'at-risk-no-pool', post, state: none.state, ...noteOf(none) };
  if (rows.length === 0) {
    const rule = findPolicy(pack, 'ring-fence');
    return {
      kind: 'pools-not-published',
      post,
      indicative: rule ? indicativePosts(pack, post, rule.parameters.gradesEitherSide) : [],
      rule: rule?.rule ?? null,
    };
  }
  const pools = rows.flatMap((row) => {
    const newPost = row.newPostId === null ? undefined : pack.posts.get(row.newPostId);
    return newPost ? [poolPlace(pack, post, newPost, row)] : [];
  });
  return { kind: 'ring-fenced', post, pools };
}

/** How many people hold each post, counted once per pack (staff lists run to tens of thousands). */
const holdersCache = new WeakMap<ContentPack, ReadonlyMap<string, number>>();

function holdersByPost(pack: ContentPack): ReadonlyMap<string, number> {
  let holders = holdersCache.get(pack);
  if (holders === undefined) {
    const counts = new Map<string, number>();
    for (const e of pack.staff.values()) counts.set(e.postId, (counts.get(e.postId) ?? 0) + 1);
    holders = counts;
    holdersCache.set(pack, holders);
  }
  return holders;
}

export interface RingFenceRows {
  readonly byCurrentPost: ReadonlyMap<string, readonly RingFence[]>;
  readonly byNewPost: ReadonlyMap<string, readonly RingFence[]>;
}

/**
 * ringfences.csv grouped by current post and by new post (rows in file order), once per
 * pack: status, pool sizes and pool audiences look rows up for every person asked about,
 * and scanning every row each time made a manager's team answer on a 20,000-staff pack
 * take hundreds of milliseconds.
 */
const ringFenceCache = new WeakMap<ContentPack, RingFenceRows>();

export function ringFenceRows(pack: ContentPack): RingFenceRows {
  let rows = ringFenceCache.get(pack);
  if (rows === undefined) {
    const byCurrentPost = new Map<string, RingFence[]>();
    const byNewPost = new Map<string, RingFence[]>();
    const add = (map: Map<string, RingFence[]>, key: string, row: RingFence) => {
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    };
    for (const row of pack.ringFences) {
      add(byCurrentPost, row.currentPostId, row);
      if (row.newPostId !== null) add(byNewPost, row.newPostId, row);
    }
    rows = { byCurrentPost, byNewPost };
    ringFenceCache.set(pack, rows);
  }
  return rows;
}

function noteOf(row: RingFence): { note?: string } {
  return row.note ? { note: row.note } : {};
}

function poolPlace(pack: ContentPack, post: Post, newPost: Post, row: RingFence): PoolPlace {
  const holders = holdersByPost(pack);
  let poolSize = 0;
  for (const r of ringFenceRows(pack).byNewPost.get(newPost.id) ?? []) poolSize += holders.get(r.currentPostId) ?? 0;
  const places = newPost.fte === null ? null : Math.max(1, Math.floor(newPost.fte + 1e-9));
  const reasons: string[] = [];
  if (isHigherGraded(newPost, post)) reasons.push(`the new post is graded ${newPost.grade}, above your post's ${post.grade}`);
  if (places !== null && poolSize > places) {
    reasons.push(`${poolSize} people are in the pool for ${places} ${places === 1 ? 'post' : 'posts'}`);
  }
  return {
    newPost,
    state: row.state,
    poolSize,
    places,
    selection: reasons.length > 0 ? { kind: 'competitive', reasons } : { kind: 'slot-in-if-sole-applicant' },
    ...noteOf(row),
  };
}

function isHigherGraded(newPost: Post, current: Post): boolean {
  return (
    newPost.payScale === current.payScale &&
    newPost.gradeBand !== null &&
    current.gradeBand !== null &&
    newPost.gradeBand.min > current.gradeBand.max
  );
}

/** "The ring fence will normally include posts either on the same grade and/or one grade either above or below." */
export function indicativePosts(pack: ContentPack, post: Post, gradesEitherSide: number): Post[] {
  if (post.gradeBand === null) return [];
  const reach: GradeBand = { min: post.gradeBand.min - gradesEitherSide, max: post.gradeBand.max + gradesEitherSide };
  return [...pack.posts.values()]
    .filter(
      (p) =>
        p.change === 'new' &&
        p.payScale === post.payScale &&
        p.gradeBand !== null &&
        p.gradeBand.min <= reach.max &&
        p.gradeBand.max >= reach.min,
    )
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** Whether the person's post is deleted, whatever happens next: "should consider themselves to be at risk". */
export function isAtRisk(status: PostStatus): boolean {
  return status.post.change === 'deleted';
}

const reportsCache = new WeakMap<ContentPack, ReadonlyMap<string, readonly Employee[]>>();

export function directReports(pack: ContentPack, managerId: string): readonly Employee[] {
  let byManager = reportsCache.get(pack);
  if (byManager === undefined) {
    const map = new Map<string, Employee[]>();
    for (const e of pack.staff.values()) {
      if (e.managerId === null) continue;
      const list = map.get(e.managerId);
      if (list) list.push(e);
      else map.set(e.managerId, [e]);
    }
    for (const list of map.values()) list.sort((a, b) => a.name.localeCompare(b.name));
    byManager = map;
    reportsCache.set(pack, byManager);
  }
  return byManager.get(managerId) ?? [];
}

import type { Post, PublicationState, RingFence } from '../content/types.js';
import { mutable, round2 } from './gen-shared.js';
import type { Random } from './random.js';

export interface Pool {
  readonly post: Post;
  readonly state: PublicationState;
  /** People whose current post is in the pool. */
  readonly size: number;
}

type Outcome = 'slot-in' | 'pool' | 'none' | 'unpublished';

/**
 * Ring fences for one service. Deleted posts are slotted in (one to one), put into pools
 * by the ring-fence rule (same pay scale, within one grade, falling back to the nearest
 * grades), told there is no pool, or left with pools not yet published. A quarter of
 * changed posts also join pools.
 */
export function ringFencesFor(
  r: Random,
  old: readonly Post[],
  created: readonly Post[],
  holders: ReadonlyMap<string, number>,
): { rows: RingFence[]; pools: Pool[] } {
  const published = r.chance(0.45);
  const state = (): PublicationState => ((r.chance(0.1) ? !published : published) ? 'published' : 'provisional');
  const rows: RingFence[] = [];
  const deleted = old.filter((p) => p.change === 'deleted');
  // Shares by quota rather than by chance, so that even a small pack shows every status.
  const outcome = new Map<string, Outcome>(deleted.map((p) => [p.id, 'pool']));
  const open = r.shuffled(deleted.filter((p) => p.tier !== 3 && p.tier !== 4));
  const quota = (share: number) => (open.length >= 4 ? Math.max(1, Math.round(open.length * share)) : Math.round(open.length * share));
  const shares: [Outcome, number][] = [
    ['slot-in', quota(0.12)],
    ['none', quota(0.1)],
    ['unpublished', quota(0.2)],
  ];
  let next = 0;
  for (const [kind, n] of shares) for (let i = 0; i < n && next < open.length; i++) outcome.set((open[next++] as Post).id, kind);
  const candidates = [...created];
  const slotTargets = new Set<string>();
  for (const p of deleted) {
    if (outcome.get(p.id) !== 'slot-in') continue;
    // Front-line posts are untiered today and often tier 6 in the new structure.
    const into = nearest(candidates.filter((c) => !slotTargets.has(c.id) && (c.tier ?? 6) === (p.tier ?? 6)), p)[0];
    if (into === undefined) {
      outcome.set(p.id, 'pool');
      continue;
    }
    slotTargets.add(into.id);
    rows.push({ newPostId: into.id, currentPostId: p.id, basis: 'slot-in', state: state(), note: `slot-in: the same role, ${p.grade} to ${into.grade}` });
    mutable(into).fte = round2(p.fte ?? holders.get(p.id) ?? 1);
  }
  for (const p of deleted) {
    if (outcome.get(p.id) === 'none') rows.push({ newPostId: null, currentPostId: p.id, basis: 'ring-fence', state: state(), note: 'no comparable new post' });
  }

  const poolable = [...deleted.filter((p) => outcome.get(p.id) === 'pool'), ...old.filter((p) => p.change === 'changed' && r.chance(0.25))];
  const inPool = new Set<string>();
  const pools: { post: Post; state: PublicationState; size: number; members: Post[] }[] = [];
  for (const target of created) {
    if (slotTargets.has(target.id) || poolable.length === 0) continue;
    const size = r.weighted<[number, number]>([
      [[1, 1], 0.25],
      [[2, 4], 0.35],
      [[5, 10], 0.28],
      [[11, 25], 0.12],
    ]);
    const want = Math.min(poolable.length, r.int(size[0], size[1]));
    const members = nearest(poolable, target).slice(0, want);
    pools.push({ post: target, state: state(), size: 0, members });
    for (const m of members) inPool.add(m.id);
  }
  // A post meant for a pool that no pool drew on joins the pool nearest its grade.
  for (const p of poolable) {
    if (inPool.has(p.id) || pools.length === 0) continue;
    const pool = nearestPool(pools, p);
    pool.members.push(p);
    inPool.add(p.id);
  }
  for (const pool of pools) {
    if (pool.members.length === 0) continue;
    let headcount = 0;
    for (const m of pool.members) {
      headcount += holders.get(m.id) ?? 0;
      rows.push({ newPostId: pool.post.id, currentPostId: m.id, basis: 'ring-fence', state: pool.state, ...ruleNote(m, pool.post) });
    }
    pool.size = headcount;
    // Management posts are single; elsewhere some pools have more people than places.
    const single = pool.post.tier !== null && pool.post.tier <= 5;
    mutable(pool.post).fte = single ? 1 : Math.max(1, Math.round(headcount * (0.4 + 0.7 * r.next())));
  }
  for (const p of created) if (p.fte === null) mutable(p).fte = r.int(1, 8);
  return { rows, pools: pools.filter((p) => p.members.length > 0).map(({ post, state: s, size }) => ({ post, state: s, size })) };
}

function gradeDistance(a: Post, b: Post): number {
  if (a.payScale !== b.payScale || a.gradeBand === null || b.gradeBand === null) return 100;
  if (a.gradeBand.max < b.gradeBand.min) return b.gradeBand.min - a.gradeBand.max;
  if (b.gradeBand.max < a.gradeBand.min) return a.gradeBand.min - b.gradeBand.max;
  return 0;
}

/** Posts nearest in grade to `target` first (the ring-fence rule), ties in list order. */
function nearest(posts: readonly Post[], target: Post): Post[] {
  return posts
    .map((p, i) => ({ p, i, d: gradeDistance(p, target) + (p.tier === target.tier ? 0 : 0.5) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.p);
}

function nearestPool<T extends { post: Post }>(pools: readonly T[], p: Post): T {
  let best = pools[0] as T;
  let bestD = Infinity;
  for (const pool of pools) {
    const d = gradeDistance(p, pool.post);
    if (d < bestD) {
      best = pool;
      bestD = d;
    }
  }
  return best;
}

function ruleNote(current: Post, target: Post): { note?: string } {
  const d = gradeDistance(current, target);
  if (d <= 1 && current.gradeBand && target.gradeBand) {
    return { note: `derived: ${current.payScale} ${current.gradeBand.min} within one grade of ${target.gradeBand.min}` };
  }
  return {};
}


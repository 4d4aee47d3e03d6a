import { slugify } from '../content/document.js';
import type { Employee, Post, RingFence } from '../content/types.js';
import { createPeople, employeeId } from './gen-people.js';
import { newPosts, oldPosts, type TreeNode } from './gen-posts.js';
import { ringFencesFor, type Pool } from './gen-ring-fences.js';
import { mutable, round2, type ServiceSections } from './gen-shared.js';
import type { Random } from './random.js';
import { SERVICES } from './vocabulary.js';

/**
 * The people and posts of a synthetic directorate: services, each a management tree
 * (every manager has 3 to 15 direct reports), the posts people hold, the new posts, and
 * the ring fences between them. Shares are shaped on real restructures: most management
 * posts deleted, a third or so of posts continuing, some slot-ins, pools from a single
 * post to a few dozen, some posts with no pool and some whose pools are not published.
 */
export interface Organisation {
  readonly services: readonly ServiceSections[];
  readonly posts: readonly Post[];
  readonly ringFences: readonly RingFence[];
  readonly staff: readonly Employee[];
  /** New posts that have a ring fence (a pool), for timeline audiences. */
  readonly pools: readonly Pool[];
}

export interface OrganisationOptions {
  readonly staff: number;
  readonly posts: number;
  /** The consultation's first day: service and birth dates are drawn before it. */
  readonly opens: string;
}

export function generateOrganisation(r: Random, options: OrganisationOptions): Organisation {
  const serviceCount = Math.max(3, Math.min(SERVICES.length, Math.round(options.posts / 80)));
  const services = SERVICES.slice(0, serviceCount).map((service) => ({ service, slug: slugify(service.name) }));
  const weights = services.map(() => 0.5 + r.next());
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const staffShares = splitByWeight(options.staff, weights, totalWeight, 4);
  // Roughly 28% of posts are new; the rest are today's posts, shared out like the staff.
  const oldPostTarget = Math.max(serviceCount * 4, Math.round(options.posts * 0.72));
  const oldShares = splitByWeight(oldPostTarget, weights, totalWeight, 4);

  const posts: Post[] = [];
  const staff: Employee[] = [];
  const ringFences: RingFence[] = [];
  const pools: Pool[] = [];
  const holders = new Map<string, number>();
  const people = createPeople(r, options);
  const perService: { s: ServiceSections; old: Post[] }[] = [];

  services.forEach((s, i) => {
    const tree = managementTree(r, staffShares[i] ?? 4, staff.length);
    const old = oldPosts(r, s, tree, oldShares[i] ?? 4);
    posts.push(...old.posts);
    tree.forEach((node, n) => {
      const post = old.holderPost[n] as Post;
      holders.set(post.id, (holders.get(post.id) ?? 0) + 1);
      const managerId = node.managerIndex === null ? null : employeeId(node.managerIndex, options.staff);
      staff.push(people(node.index, post, managerId));
    });
    perService.push({ s, old: old.posts });
  });

  // Old posts' FTE is what their holders work; new posts' is set from their pools below.
  const fteByPost = new Map<string, number>();
  for (const e of staff) fteByPost.set(e.postId, (fteByPost.get(e.postId) ?? 0) + e.fte);
  for (const p of posts) mutable(p).fte = r.chance(0.15) && (holders.get(p.id) ?? 0) <= 1 ? null : round2(fteByPost.get(p.id) ?? 1);

  const newTotal = Math.max(serviceCount * 3, options.posts - posts.length);
  const newShares = splitByWeight(newTotal, perService.map((x) => x.old.length), posts.length, 3);
  perService.forEach(({ s, old }, i) => {
    const created = newPosts(r, s, newShares[i] ?? 3);
    posts.push(...created);
    const fences = ringFencesFor(r, old, created, holders);
    ringFences.push(...fences.rows);
    pools.push(...fences.pools);
  });
  return { services, posts, ringFences, staff, pools };
}

/** Shares `total` out in proportion to `weights`, each at least `min`, summing to `total` when it can. */
function splitByWeight(total: number, weights: readonly number[], weightSum: number, min: number): number[] {
  const shares = weights.map((w) => Math.max(min, Math.floor((total * w) / weightSum)));
  let rest = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % shares.length, rest--) shares[i] = (shares[i] ?? 0) + 1;
  return shares;
}

/**
 * A management tree, breadth first: each manager takes 3 to 15 direct reports, never
 * leaving 1 or 2 people over (who could not make a team of 3 under anyone).
 */
function managementTree(r: Random, size: number, firstIndex: number): TreeNode[] {
  const nodes: TreeNode[] = [{ index: firstIndex, depth: 0, managerIndex: null, reports: 0 }];
  let remaining = size - 1;
  for (let next = 0; remaining > 0; next++) {
    const manager = nodes[next] as TreeNode;
    let k = r.int(3, 15);
    if (remaining <= 15 && remaining >= 3) k = remaining;
    else k = Math.min(k, remaining - 3);
    for (let j = 0; j < k; j++) nodes.push({ index: firstIndex + nodes.length, depth: manager.depth + 1, managerIndex: manager.index, reports: 0 });
    manager.reports = k;
    remaining -= k;
  }
  return nodes;
}

import type { GradeBand, Post, PostChange } from '../content/types.js';
import { mutable, sectionIds, type ServiceSections } from './gen-shared.js';
import type { Random } from './random.js';
import { AREAS, MANAGER_ROLES, TEAM_LEAD_ROLES, WORKER_ROLES } from './vocabulary.js';

/** A person in a service's management tree, indexed in staff order. */
export interface TreeNode {
  readonly index: number;
  readonly depth: number;
  readonly managerIndex: number | null;
  reports: number;
}

type Level = 'tier3' | 'tier4' | 'tier5' | 'lead' | 'worker';

interface Grading {
  readonly grade: string;
  readonly payScale: string;
  readonly gradeBand: GradeBand | null;
}

/** The head of a service is tier 3, their reports tier 4, theirs tier 5; deeper managers lead teams. */
function levelOf(node: TreeNode): Level {
  if (node.reports === 0) return 'worker';
  if (node.depth === 0) return 'tier3';
  if (node.depth === 1) return 'tier4';
  if (node.depth === 2) return 'tier5';
  return 'lead';
}

const TIER: Record<Level, number | null> = { tier3: 3, tier4: 4, tier5: 5, lead: null, worker: null };

function grading(r: Random, s: ServiceSections, level: Level): Grading {
  const njc = (low: number, high: number): Grading => {
    const g = r.int(low, high);
    return r.chance(0.2) ? { grade: `G${g}/${g + 1}`, payScale: 'NJC', gradeBand: { min: g, max: g + 1 } } : { grade: `G${g}`, payScale: 'NJC', gradeBand: { min: g, max: g } };
  };
  switch (level) {
    case 'tier3':
      return njc(17, 18);
    case 'tier4':
      return njc(15, 16);
    case 'tier5':
      return njc(13, 14);
    case 'lead':
      return njc(11, 12);
    case 'worker': {
      const code = s.service.code;
      if (['EE', 'EP', 'SEN', 'WD'].includes(code) && r.chance(0.35)) {
        const g = r.int(1, 20);
        return { grade: `S${g}`, payScale: 'Soulbury', gradeBand: { min: g, max: g } };
      }
      if (['EH', 'YJ', 'PA', 'HW'].includes(code) && r.chance(0.25)) {
        const g = r.int(12, 30);
        return { grade: `JNC${g}`, payScale: 'JNC', gradeBand: { min: g, max: g } };
      }
      return njc(4, 10);
    }
  }
}

function title(r: Random, s: ServiceSections, level: Level): string {
  const specialism = r.pick(s.service.specialisms);
  switch (level) {
    case 'tier3':
      return `Head of ${s.service.name}`;
    case 'tier4':
      return `${specialism} ${r.pick(MANAGER_ROLES)}`;
    case 'tier5':
      return `${specialism} ${r.pick(TEAM_LEAD_ROLES)}`;
    case 'lead':
      return `${specialism} ${r.pick(TEAM_LEAD_ROLES)}${r.chance(0.4) ? ` (${r.pick(AREAS)})` : ''}`;
    case 'worker':
      return `${specialism} ${r.pick(WORKER_ROLES)}${r.chance(0.25) ? ` (${r.pick(AREAS)})` : ''}`;
  }
}

function makePost(r: Random, s: ServiceSections, id: string, level: Level, change: PostChange, source: string): Post {
  const g = grading(r, s, level);
  return { id, title: title(r, s, level), service: s.service.name, tier: TIER[level], ...g, fte: null, change, source };
}

function postChange(r: Random, level: Level): PostChange {
  if (level === 'tier3') return 'deleted';
  if (level === 'tier4') return r.chance(0.85) ? 'deleted' : 'changed';
  return r.weighted<PostChange>([
    ['deleted', 0.56],
    ['continuing', 0.36],
    ['changed', 0.08],
  ]);
}

/**
 * Today's posts for a service's tree: a post per management level (several at the wider
 * levels), the rest front-line and support posts. Managers hold posts of their level;
 * everyone else is spread over the front-line posts, a few posts holding many people.
 */
export function oldPosts(r: Random, s: ServiceSections, tree: readonly TreeNode[], target: number): { posts: Post[]; holderPost: Post[] } {
  const ids = sectionIds(s.slug);
  const byLevel = new Map<Level, TreeNode[]>();
  for (const node of tree) {
    const level = levelOf(node);
    byLevel.set(level, [...(byLevel.get(level) ?? []), node]);
  }
  const managerPostCount: Record<Exclude<Level, 'worker'>, number> = {
    tier3: Math.min(1, byLevel.get('tier3')?.length ?? 0),
    tier4: Math.min(3, byLevel.get('tier4')?.length ?? 0),
    tier5: Math.min(5, byLevel.get('tier5')?.length ?? 0),
    lead: Math.min(4, byLevel.get('lead')?.length ?? 0),
  };
  const managerPosts = Object.values(managerPostCount).reduce((a, b) => a + b, 0);
  const workerCount = byLevel.get('worker')?.length ?? 0;
  const workerPosts = Math.max(1, Math.min(workerCount, target - managerPosts));

  const posts: Post[] = [];
  const postsOf = new Map<Level, Post[]>();
  let n = 0;
  const add = (level: Level, count: number) => {
    const list: Post[] = [];
    for (let i = 0; i < count; i++) {
      const change = postChange(r, level);
      const letter = change === 'deleted' ? 'D' : change === 'changed' ? 'X' : 'C';
      const source = change === 'deleted' ? ids.deleted : ids.continuing;
      const post = makePost(r, s, `${s.service.code}-${letter}-${String(++n).padStart(4, '0')}`, level, change, source);
      list.push(post);
      posts.push(post);
    }
    postsOf.set(level, list);
  };
  add('tier3', managerPostCount.tier3);
  add('tier4', managerPostCount.tier4);
  add('tier5', managerPostCount.tier5);
  add('lead', managerPostCount.lead);
  add('worker', workerPosts);

  // Lognormal weights: most front-line posts have a handful of holders, a few have dozens.
  const workerList = postsOf.get('worker') ?? [];
  const weights = workerList.map(() => Math.exp(1.1 * r.normal()));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const holderPost: Post[] = [];
  const seen = new Map<Level, number>();
  for (const node of tree) {
    const level = levelOf(node);
    const list = postsOf.get(level) ?? [];
    const i = seen.get(level) ?? 0;
    seen.set(level, i + 1);
    let post: Post | undefined;
    // Every post gets a first holder before any gets a second.
    if (i < list.length) post = list[i];
    else if (level === 'worker') post = workerList[weightedIndex(r, weights, weightSum)];
    else post = r.pick(list);
    holderPost.push(post ?? (posts[0] as Post));
  }
  return { posts, holderPost };
}

function weightedIndex(r: Random, weights: readonly number[], sum: number): number {
  let x = r.next() * sum;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

export function newPosts(r: Random, s: ServiceSections, count: number): Post[] {
  const source = sectionIds(s.slug).created;
  const posts: Post[] = [];
  // One head of service, a few managers and team leaders, the rest front-line posts.
  const tier4 = Math.max(1, Math.min(3, Math.round(count * 0.06)));
  const tier5 = Math.min(4, Math.round(count * 0.08));
  const lead = Math.min(4, Math.round(count * 0.08));
  for (let i = 0; i < count; i++) {
    const level: Level = i === 0 ? 'tier3' : i <= tier4 ? 'tier4' : i <= tier4 + tier5 ? 'tier5' : i <= tier4 + tier5 + lead ? 'lead' : 'worker';
    const post = mutable(makePost(r, s, `${s.service.code}-N-${String(i + 1).padStart(4, '0')}`, level, 'new', source));
    if (level === 'worker' && r.chance(0.5)) post.tier = 6;
    // New posts whose job descriptions are still being evaluated have no comparable grade.
    if (level !== 'tier3' && r.chance(0.05)) Object.assign(post, r.chance(0.6) ? { grade: 'TBC' } : { grade: 'Hay evaluation needed' }, { gradeBand: null });
    posts.push(post);
  }
  return posts;
}


import { contentError } from './content-error.js';
import type { Located } from './pack-files.js';
import type {
  Audience,
  Consultation,
  ConsultationDocument,
  ContentError,
  Employee,
  Faq,
  Milestone,
  PolicyRule,
  Post,
  RingFence,
} from './types.js';
import { audienceLabel } from './values.js';

export interface PackParts {
  readonly consultation: Located<Consultation> | null;
  readonly document: ConsultationDocument | null;
  readonly posts: readonly Located<Post>[];
  readonly ringFences: readonly Located<RingFence>[];
  readonly staff: readonly Located<Employee>[];
  readonly timeline: readonly Located<Milestone>[];
  readonly faqs: readonly Located<Faq>[];
  readonly policies: readonly Located<PolicyRule>[];
}

/** Posts and staff by id, the last row with an id winning: the pack's own maps, built once for the checks and the pack. */
export interface PackMaps {
  readonly posts: ReadonlyMap<string, Post>;
  readonly staff: ReadonlyMap<string, Employee>;
}

export function packMaps(parts: Pick<PackParts, 'posts' | 'staff'>): { posts: Map<string, Post>; staff: Map<string, Employee> } {
  return { posts: byId(parts.posts), staff: byId(parts.staff) };
}

/**
 * Checks that only make sense across files: ids that must exist elsewhere, ids that must
 * be unique, sources that must be real sections. Each error points at the referring line.
 */
export function crossCheck(parts: PackParts, maps: PackMaps = packMaps(parts)): ContentError[] {
  const errors: ContentError[] = [];
  const push = (item: Located<unknown>, field: string, message: string) =>
    errors.push(contentError(item.file, item.lineOf(field) ?? item.line, field, message));

  // A map holds one entry per id, so one smaller than its file has a repeated id to report.
  if (maps.posts.size !== parts.posts.length) checkUnique(parts.posts, (p) => p.id, 'id', 'post id', push);
  if (maps.staff.size !== parts.staff.length) checkUnique(parts.staff, (e) => e.id, 'employee_id', 'employee id', push);
  checkUnique(parts.staff, (e) => e.email, 'email', 'email address', push);
  checkUnique(parts.staff.filter((e) => e.value.slackUserId !== null), (e) => e.slackUserId ?? '', 'slack_user_id', 'Slack user id', push);
  checkUnique(parts.timeline, (m) => m.id, 'id', 'milestone id', push);
  checkUnique(parts.timeline.filter((m) => m.value.action !== null), (m) => m.action?.id ?? '', 'action.id', 'action id', push);
  checkUnique(parts.faqs, (f) => f.id, 'id', 'FAQ id', push);
  checkUnique(parts.policies, (r) => r.id, 'id', 'policy rule id', push);
  checkUnique(parts.policies.filter((r) => r.value.parameters !== null), (r) => r.parameters?.kind ?? '', 'parameters.kind', 'parameters kind', push);

  // Sources: only checkable when the document itself was readable.
  if (parts.document !== null) {
    const sections = new Set(parts.document.sections.map((s) => s.id));
    const checkSource = (item: Located<unknown>, field: string, id: string) => {
      if (!sections.has(id)) push(item, field, `"${id}" is not a section id of consultation/document.md`);
    };
    if (parts.consultation) {
      checkSource(parts.consultation, 'respond.source', parts.consultation.value.respond.source);
      checkSource(parts.consultation, 'feedback.source', parts.consultation.value.feedback.source);
    }
    for (const post of parts.posts) checkSource(post, 'source', post.value.source);
    for (const m of parts.timeline) checkSource(m, 'source', m.value.source);
    for (const faq of parts.faqs) faq.value.sources.forEach((s) => checkSource(faq, 'source', s));
    for (const rule of parts.policies) rule.value.sources.forEach((s) => checkSource(rule, 'source', s));
  }

  const { posts, staff } = maps;

  const slotIns = new Map<string, number>();
  const pairs = new Set<string>();
  const noneFor = new Set(parts.ringFences.filter((r) => r.value.newPostId === null).map((r) => r.value.currentPostId));
  for (const row of parts.ringFences) {
    const { newPostId, currentPostId, basis } = row.value;
    const current = posts.get(currentPostId);
    if (!current) push(row, 'current_post_id', `"${currentPostId}" is not a post in consultation/posts.csv`);
    else if (current.change !== 'deleted' && current.change !== 'changed') {
      push(row, 'current_post_id', `"${currentPostId}" is a ${current.change} post; a ring fence draws on deleted or changed posts`);
    }
    if (newPostId === null) continue;
    const target = posts.get(newPostId);
    if (!target) push(row, 'new_post_id', `"${newPostId}" is not a post in consultation/posts.csv (write none for no ring fence)`);
    else if (target.change !== 'new') push(row, 'new_post_id', `"${newPostId}" is a ${target.change} post; a ring fence is for a new post`);
    if (noneFor.has(currentPostId)) {
      push(row, 'current_post_id', `"${currentPostId}" also has a row saying none; remove one of them`);
    }
    const pair = `${newPostId}\u0000${currentPostId}`;
    if (pairs.has(pair)) push(row, 'current_post_id', `"${currentPostId}" is already in the ring fence of "${newPostId}"`);
    pairs.add(pair);
    if (basis === 'slot-in') slotIns.set(currentPostId, (slotIns.get(currentPostId) ?? 0) + 1);
  }
  for (const row of parts.ringFences) {
    if (row.value.basis === 'slot-in' && (slotIns.get(row.value.currentPostId) ?? 0) > 1) {
      push(row, 'basis', `"${row.value.currentPostId}" is slotted in to more than one new post; slotting in is one current post to one new post`);
    }
  }

  for (const person of parts.staff) {
    const e = person.value;
    const post = posts.get(e.postId);
    if (!post) push(person, 'post_id', `"${e.postId}" is not a post in consultation/posts.csv`);
    else if (post.change === 'new') push(person, 'post_id', `"${e.postId}" is a new post; staff.csv lists each person's current post`);
    if (e.managerId !== null) {
      if (e.managerId === e.id) push(person, 'manager_id', 'is the person themself');
      else if (!staff.has(e.managerId)) push(person, 'manager_id', `"${e.managerId}" is not a staff member`);
    }
    if (e.dateOfBirth !== null && e.dateOfBirth >= e.serviceStart) {
      push(person, 'date_of_birth', 'is not before service_start');
    }
  }
  const inLoop = managerLoops(staff);
  const idsUnique = staff.size === parts.staff.length;
  for (const person of parts.staff) {
    // A second row with an id already used is not the one the map holds: walk its own chain.
    const e = person.value;
    if ((idsUnique || staff.get(e.id) === e) ? inLoop.has(e.id) : managerChainLoops(e, staff)) {
      push(person, 'manager_id', 'leads round in a circle back to this person; check the line managers');
    }
  }

  const tiers = new Set(parts.posts.map((p) => p.value.tier).filter((t): t is number => t !== null));
  const pools = new Set(parts.ringFences.map((r) => r.value.newPostId).filter((id): id is string => id !== null));
  const checkAudience = (item: Located<unknown>, audiences: readonly Audience[]) => {
    for (const a of audiences) {
      const label = audienceLabel(a);
      switch (a.kind) {
        case 'tier':
          if (!tiers.has(a.tier)) push(item, 'audience', `${label}: no post in consultation/posts.csv is tier ${a.tier}`);
          break;
        case 'pool':
          if (!posts.has(a.newPostId)) push(item, 'audience', `${label}: "${a.newPostId}" is not a post in consultation/posts.csv`);
          else if (!pools.has(a.newPostId)) push(item, 'audience', `${label}: consultation/ringfences.csv has no ring fence for "${a.newPostId}"`);
          break;
        case 'employee':
          if (!staff.has(a.employeeId)) push(item, 'audience', `${label}: "${a.employeeId}" is not a staff member`);
          break;
        case 'everyone':
        case 'at-risk':
        case 'ring-fenced':
        case 'managers':
          break;
      }
    }
  };
  for (const m of parts.timeline) checkAudience(m, m.value.audience);
  for (const faq of parts.faqs) checkAudience(faq, faq.value.audience);

  return errors;
}

/** Values by id, the last row winning as in the pack; a loop rather than new Map(pairs) saves 20,000 pairs. */
export function byId<T extends { readonly id: string }>(items: readonly Located<T>[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.value.id, item.value);
  return map;
}

function checkUnique<T>(
  items: readonly Located<T>[],
  key: (value: T) => string,
  field: string,
  what: string,
  push: (item: Located<unknown>, field: string, message: string) => void,
): void {
  // Most files repeat nothing: a set answers that at one lookup an item, and only a file
  // with a repeat is read again to name each repeat's first use.
  const keys = new Set<string>();
  for (const item of items) keys.add(key(item.value));
  if (keys.size === items.length) return;
  const first = new Map<string, Located<T>>();
  for (const item of items) {
    const k = key(item.value);
    const earlier = first.get(k);
    if (earlier === undefined) {
      first.set(k, item);
      continue;
    }
    const where = earlier.file === item.file ? `line ${earlier.line ?? '?'}` : earlier.file;
    push(item, field, `${what} "${k}" is already used (${where}); each must be unique`);
  }
}

/**
 * The ids of everyone whose chain of line managers comes back to them, in one pass over
 * the staff map: each person has at most one manager, so the chains form a graph in which
 * every loop is found by walking each chain once, not once per person in it.
 */
function managerLoops(staff: ReadonlyMap<string, Employee>): Set<string> {
  const inLoop = new Set<string>();
  /** The walk that reached an id first; a later walk stops there. */
  const walkOf = new Map<string, number>();
  let walk = 0;
  for (const first of staff.keys()) {
    if (walkOf.has(first)) continue;
    walk++;
    const path: string[] = [];
    let id: string | null = first;
    while (id !== null && !walkOf.has(id)) {
      const person = staff.get(id);
      if (person === undefined) break;
      walkOf.set(id, walk);
      path.push(id);
      id = person.managerId;
    }
    // Reaching an id this same walk passed through closes a loop: it and everyone after it.
    if (id !== null && walkOf.get(id) === walk) {
      for (let i = path.indexOf(id); i < path.length; i++) inLoop.add(path[i] as string);
    }
  }
  return inLoop;
}

/** One person's chain walked on its own: for a row whose id another row already took. */
function managerChainLoops(start: Employee, staff: ReadonlyMap<string, Employee>): boolean {
  const seen = new Set<string>([start.id]);
  let next = start.managerId;
  while (next !== null) {
    if (next === start.id) return true;
    if (seen.has(next)) return false; // a loop further up; reported on its own members
    seen.add(next);
    next = staff.get(next)?.managerId ?? null;
  }
  return false;
}

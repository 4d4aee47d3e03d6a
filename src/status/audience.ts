import type { Audience, ContentPack, Employee } from '../content/types.js';
import { postStatus, ringFenceRows } from './post-status.js';

/**
 * Whether a person is in one of a milestone's (or FAQ's) audiences. The pack's cross-checks
 * guarantee every id here exists, so an unknown one simply matches nobody.
 */
export function isInAudience(pack: ContentPack, employee: Employee, audiences: readonly Audience[]): boolean {
  return audiences.some((audience) => matches(pack, employee, audience));
}

function matches(pack: ContentPack, employee: Employee, audience: Audience): boolean {
  switch (audience.kind) {
    case 'everyone':
      return true;
    case 'at-risk':
      return pack.posts.get(employee.postId)?.change === 'deleted';
    case 'ring-fenced': {
      const status = postStatus(pack, employee).kind;
      return status === 'ring-fenced' || status === 'slotted-in';
    }
    case 'managers':
      return isManager(pack, employee.id);
    case 'tier':
      return pack.posts.get(employee.postId)?.tier === audience.tier;
    case 'pool':
      return ringFenceRows(pack).byNewPost.get(audience.newPostId)?.some((r) => r.currentPostId === employee.postId) ?? false;
    case 'employee':
      return employee.id === audience.employeeId;
  }
}

/** Managers of each pack, found once: the pack is immutable, so the set never goes stale. */
const managersByPack = new WeakMap<ContentPack, ReadonlySet<string>>();

export function isManager(pack: ContentPack, employeeId: string): boolean {
  let managers = managersByPack.get(pack);
  if (managers === undefined) {
    managers = new Set([...pack.staff.values()].map((e) => e.managerId).filter((id): id is string => id !== null));
    managersByPack.set(pack, managers);
  }
  return managers.has(employeeId);
}

/** Everyone in the audiences, in staff order. */
export function audienceMembers(pack: ContentPack, audiences: readonly Audience[]): Employee[] {
  return [...pack.staff.values()].filter((e) => isInAudience(pack, e, audiences));
}

import type { ContentPack, Employee, Milestone } from '../content/types.js';
import { audienceMembers } from '../status/audience.js';

/** Action ids each person has marked done (or HR imported as done), by employee id. */
export type Completions = ReadonlyMap<string, ReadonlySet<string>>;

export const NO_COMPLETIONS: Completions = new Map();

export function hasCompleted(completed: Completions, employeeId: string, actionId: string): boolean {
  return completed.get(employeeId)?.has(actionId) ?? false;
}

export function isForEveryone(m: Milestone): boolean {
  return m.audience.some((a) => a.kind === 'everyone');
}

// A pack never changes once loaded (a reload is a new pack), so who a milestone is for can
// be worked out once per pack. The scheduler plans on every tick; without this, 20,000
// staff times a ring-fence lookup each would be recomputed every minute.
const membersCache = new WeakMap<ContentPack, Map<string, readonly Employee[]>>();

/** Everyone in the milestone's audience, in staff order. */
export function milestoneMembers(pack: ContentPack, m: Milestone): readonly Employee[] {
  let byMilestone = membersCache.get(pack);
  if (!byMilestone) membersCache.set(pack, (byMilestone = new Map()));
  let members = byMilestone.get(m.id);
  if (!members) byMilestone.set(m.id, (members = audienceMembers(pack, m.audience)));
  return members;
}

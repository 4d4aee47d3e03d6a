import type { ContentPack } from '../content/types.js';
import { postStatus, type PostStatusKind } from '../status/post-status.js';

function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The lines `npm run check` prints for a valid pack: enough for HR to see the pack is the one they meant. */
export function packSummary(pack: ContentPack): string[] {
  const c = pack.consultation;
  const posts = countBy(pack.posts.values(), (p) => p.change);
  const states = countBy(pack.ringFences, (r) => r.state);
  const statuses = countBy(pack.staff.values(), (e) => postStatus(pack, e).kind);
  const n = (kind: PostStatusKind) => statuses.get(kind) ?? 0;
  const atRisk = n('slotted-in') + n('ring-fenced') + n('at-risk-no-pool') + n('pools-not-published');
  const managers = new Set([...pack.staff.values()].map((e) => e.managerId).filter((id) => id !== null));
  const milestones = countBy(pack.timeline, (m) => m.status);
  return [
    `${c.title} (${c.organisation})`,
    `  consultation: ${c.opens} to ${c.closes}, times in ${c.timeZone}`,
    `  document: ${pack.document.sections.length} sections`,
    `  posts: ${pack.posts.size} (${posts.get('deleted') ?? 0} deleted, ${posts.get('new') ?? 0} new, ${posts.get('continuing') ?? 0} continuing, ${posts.get('changed') ?? 0} changed)`,
    `  ring fences: ${pack.ringFences.length} rows (${states.get('published') ?? 0} published, ${states.get('provisional') ?? 0} provisional)`,
    `  staff: ${pack.staff.size}, of whom ${managers.size} manage others`,
    `    at risk: ${atRisk} (slotted in ${n('slotted-in')}, ring-fenced ${n('ring-fenced')}, no pool ${n('at-risk-no-pool')}, pools not yet published ${n('pools-not-published')})`,
    `    continuing: ${n('continuing')}`,
    `  timeline: ${pack.timeline.length} milestones (${milestones.get('confirmed') ?? 0} confirmed, ${milestones.get('provisional') ?? 0} provisional)`,
    `  FAQs: ${pack.faqs.length}; policy rules: ${pack.policies.length}`,
  ];
}

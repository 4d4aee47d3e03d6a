import type { ContentPack, Employee } from '../content/types.js';
import { upcomingFor } from '../status/deadlines.js';
import { directReports, postStatus, type PostStatus } from '../status/post-status.js';
import { assertNever } from '../assert-never.js';
import { describeWhen } from './describe-milestone.js';
import type { Source } from './reply.js';
import { dataSource } from './sources.js';

/** One line per status, for a manager scanning their team. */
export function statusHeadline(status: PostStatus): string {
  switch (status.kind) {
    case 'continuing':
      return status.changed ? 'post continues, with changes' : 'post continues';
    case 'slotted-in':
      return `at risk; proposed slot-in to ${status.into.title}${status.state === 'provisional' ? ' (provisional)' : ''}`;
    case 'ring-fenced': {
      const n = status.pools.length;
      const provisional = status.pools.some((p) => p.state === 'provisional') ? ' (provisional)' : '';
      return `at risk; ring-fenced for ${n} new ${n === 1 ? 'post' : 'posts'}: ${status.pools.map((p) => p.newPost.title).join(', ')}${provisional}`;
    }
    case 'at-risk-no-pool':
      return `at risk; no ring fence${status.state === 'provisional' ? ' (provisional)' : ''}`;
    case 'pools-not-published':
      return 'at risk; ring fences not yet published';
    default:
      return assertNever(status);
  }
}

/** A manager's direct reports (and nobody else): each one's status and next action. */
export function describeTeam(pack: ContentPack, manager: Employee, now: Date): { text: string; sources: Source[] } {
  const reports = directReports(pack, manager.id);
  if (reports.length === 0) {
    return { text: 'You have no direct reports in the consultation staff list, so there is no team to show.', sources: [dataSource('Staff list', 'consultation/staff.csv')] };
  }
  const lines = reports.map((e) => {
    const next = upcomingFor(pack, e, now).find((m) => m.action !== null);
    const action = next?.action ? `; next: ${next.action.text} by ${describeWhen(next.when)}${next.status === 'provisional' ? ' (provisional)' : ''}` : '';
    const post = pack.posts.get(e.postId);
    return `- **${e.name}** (${post?.title ?? e.postId}): ${statusHeadline(postStatus(pack, e))}${action}`;
  });
  return {
    text: [`**Your direct reports (${reports.length}):**`, ...lines, '', 'Ask about one of them by name for the detail.'].join('\n'),
    sources: [dataSource('Staff list', 'consultation/staff.csv'), dataSource('Posts list', 'consultation/posts.csv'), dataSource('Ring fences', 'consultation/ringfences.csv')],
  };
}

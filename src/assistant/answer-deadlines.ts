import type { ContentPack, Employee } from '../content/types.js';
import { upcomingFor } from '../status/deadlines.js';
import { milestoneLine } from './describe-milestone.js';
import type { ReplyAction, Source } from './reply.js';
import { dataSource, sectionSource, uniqueSources } from './sources.js';

const LIMIT = 8;

export interface DeadlinesText {
  readonly text: string;
  readonly sources: readonly Source[];
  readonly actions: readonly ReplyAction[];
}

/**
 * The dates that apply to a person from `now` on, with what they must do. `done` holds
 * the action ids the person has marked done; those are shown as done, not as to-dos.
 */
export function describeDeadlines(
  pack: ContentPack,
  employee: Employee,
  now: Date,
  who: 'you' | 'them',
  done: ReadonlySet<string> = new Set(),
): DeadlinesText {
  const upcoming = upcomingFor(pack, employee, now);
  const you = who === 'you';
  if (upcoming.length === 0) {
    return {
      text: `There are no more dates in the timeline for ${you ? 'you' : employee.name}.`,
      sources: [dataSource('Timeline', 'consultation/timeline.yaml')],
      actions: [],
    };
  }
  const shown = upcoming.slice(0, LIMIT);
  const lines = shown.map((m) => {
    const line = milestoneLine(m);
    return m.action && done.has(m.action.id) ? `- ${line} _(marked done)_` : `- ${line}`;
  });
  if (upcoming.length > shown.length) lines.push(`- and ${upcoming.length - shown.length} later dates`);
  const actions: ReplyAction[] = you
    ? shown.flatMap((m) => (m.action && !done.has(m.action.id) ? [{ kind: 'mark-done' as const, actionId: m.action.id, label: m.action.text }] : []))
    : [];
  return {
    text: [`**${you ? 'Your' : `${employee.name}'s`} next dates:**`, ...lines].join('\n'),
    sources: uniqueSources([dataSource('Timeline', 'consultation/timeline.yaml'), ...shown.map((m) => sectionSource(pack, m.source))]),
    actions,
  };
}

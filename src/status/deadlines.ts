import type { ContentPack, Employee, IsoDate, Milestone, When } from '../content/types.js';
import { instantToZoned } from '../time/zoned.js';
import { isInAudience } from './audience.js';

/** The last day a milestone matters on: its date, its day, or the end of its window. */
export function lastDay(when: When): IsoDate {
  switch (when.kind) {
    case 'date':
      return when.date;
    case 'time':
      return (when.end ?? when.start).slice(0, 10);
    case 'window':
      return when.to;
  }
}

export function firstDay(when: When): IsoDate {
  switch (when.kind) {
    case 'date':
      return when.date;
    case 'time':
      return when.start.slice(0, 10);
    case 'window':
      return when.from;
  }
}

/**
 * Milestones still ahead (or under way) on `now` for a person, soonest first. Compared by
 * calendar day in the pack's time zone: a milestone today is still shown today.
 */
export function upcomingFor(pack: ContentPack, employee: Employee | null, now: Date): Milestone[] {
  const today = instantToZoned(now, pack.consultation.timeZone).date;
  return pack.timeline
    .filter((m) => lastDay(m.when) >= today)
    .filter((m) => (employee === null ? m.audience.some((a) => a.kind === 'everyone') : isInAudience(pack, employee, m.audience)))
    .sort((a, b) => startKey(a.when).localeCompare(startKey(b.when)) || a.id.localeCompare(b.id));
}

/** Sorts a timed milestone after an all-day one on the same day: `2011-02-16` < `2011-02-16T09:30`. */
function startKey(when: When): string {
  return when.kind === 'time' ? when.start : firstDay(when);
}

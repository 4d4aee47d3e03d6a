import type { ContentPack } from '../content/types.js';
import { milestoneTimes, whenKey } from './milestone-times.js';
import { ANNOUNCE, byFireTime, reminderKey, type PlannedReminder } from './planned-reminder.js';
import { nextWorkingTime, type QuietHours } from './quiet-hours.js';
import { hasCompleted, isForEveryone, milestoneMembers, type Completions } from './recipients.js';
import { dateChangedText } from './reminder-text.js';

export interface DateChangeInput {
  /** The pack people were told about. */
  readonly previous: ContentPack;
  /** The pack HR has just published. */
  readonly pack: ContentPack;
  readonly completed: Completions;
  readonly now: Date;
  readonly policy: QuietHours;
}

/**
 * One "date changed" notice per person for each milestone whose date or time moved
 * between two packs, while the old or the new date is still ahead. A milestone for
 * everyone gets one announcement. The reminders themselves need nothing here: their keys
 * hold the date they count from, so the planner stops planning the old ones and plans the
 * new ones by itself.
 *
 * Opt-outs do not apply: a notice that a date people were given is wrong is a correction,
 * not a nudge. People who have done the milestone's action are not told: the date no
 * longer asks anything of them.
 *
 * The key holds both dates, so the same reload seen twice (a restart, a second watcher
 * event) gives the same keys, and each later move gives new ones.
 */
export function planDateChanges(input: DateChangeInput): PlannedReminder[] {
  const { previous, pack, now, policy } = input;
  const timeZone = pack.consultation.timeZone;
  const before = new Map(previous.timeline.map((m) => [m.id, m]));
  const notices: PlannedReminder[] = [];
  for (const m of pack.timeline) {
    const old = before.get(m.id);
    if (!old || whenKey(old.when) === whenKey(m.when)) continue;
    const times = milestoneTimes(m.when, timeZone, policy);
    const oldTimes = milestoneTimes(old.when, previous.consultation.timeZone, policy);
    const until = Math.max(times.until.getTime(), oldTimes.until.getTime());
    if (until <= now.getTime()) continue;
    // In working time if that still comes before the new date; otherwise at once, since
    // a correction read late is worse than one read in the evening.
    const next = nextWorkingTime(now, timeZone, policy);
    const fireAt = next && next.getTime() < times.until.getTime() ? next : now;
    const moved = `moved-from:${whenKey(old.when)}`;
    const base = {
      kind: 'date-changed' as const,
      milestone: m,
      offset: null,
      fireAt,
      milestoneAt: times.at,
      until: new Date(until),
      essential: m.action?.essential ?? false,
      about: [],
      text: dateChangedText(pack, m, old.when),
    };
    if (isForEveryone(m)) {
      notices.push({ ...base, key: reminderKey('date-changed', m.id, ANNOUNCE, moved, whenKey(m.when)), recipient: ANNOUNCE });
      continue;
    }
    for (const e of milestoneMembers(pack, m)) {
      if (m.action && hasCompleted(input.completed, e.id, m.action.id)) continue;
      notices.push({ ...base, key: reminderKey('date-changed', m.id, e.id, moved, whenKey(m.when)), recipient: e.id });
    }
  }
  return notices.sort(byFireTime);
}

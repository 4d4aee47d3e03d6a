import type { ContentPack, Milestone } from '../content/types.js';
import { addDays, instantToZoned } from '../time/zoned.js';
import { anchorKey, milestoneTimes } from './milestone-times.js';
import { byFireTime, reminderKey, type PlannedReminder } from './planned-reminder.js';
import { nextWorkingTime, openingOn, type QuietHours } from './quiet-hours.js';
import { hasCompleted, isForEveryone, milestoneMembers, type Completions } from './recipients.js';
import { reminderText } from './reminder-text.js';

export interface SnoozeEntry {
  readonly employeeId: string;
  readonly milestoneId: string;
  readonly until: Date;
}

/**
 * When "Remind me tomorrow" reminds: the opening of the next working day after today
 * (Friday's snooze comes on Monday morning). Null when that is not before the milestone:
 * then there is no tomorrow to remind on, and the person is told so rather than promised
 * a reminder that would be skipped as too late.
 */
export function snoozeUntil(m: Milestone, now: Date, timeZone: string, policy: QuietHours): Date | null {
  const tomorrow = addDays(instantToZoned(now, timeZone).date, 1);
  const at = nextWorkingTime(openingOn(tomorrow, timeZone, policy), timeZone, policy);
  if (at === null || at.getTime() >= milestoneTimes(m.when, timeZone, policy).until.getTime()) return null;
  return at;
}

export interface SnoozeInput {
  readonly pack: ContentPack;
  readonly snoozes: readonly SnoozeEntry[];
  readonly completed: Completions;
  readonly optOuts: ReadonlySet<string>;
  /** The planning window, by send time: from <= fireAt < to. */
  readonly from: Date;
  readonly to: Date;
  readonly policy: QuietHours;
}

/**
 * A plan with snoozes applied: a snoozed person's DMs about that milestone before the
 * snooze ends are dropped, and one reminder goes when it ends. Its key holds the moment,
 * so snoozing again later gives a new reminder, and the same snooze seen on every tick
 * gives the same one. Done and opted out still win: a snooze is a delay, not a promise.
 */
export function withSnoozes(plan: readonly PlannedReminder[], input: SnoozeInput): PlannedReminder[] {
  if (input.snoozes.length === 0) return [...plan];
  const until = new Map(input.snoozes.map((s) => [`${s.employeeId}|${s.milestoneId}`, s.until.getTime()]));
  const kept = plan.filter((r) => {
    if (r.kind !== 'dm') return true;
    const end = until.get(`${r.recipient}|${r.milestone.id}`);
    return end === undefined || r.fireAt.getTime() >= end;
  });
  return [...kept, ...snoozedReminders(input)].sort(byFireTime);
}

function snoozedReminders(input: SnoozeInput): PlannedReminder[] {
  const { pack } = input;
  const timeZone = pack.consultation.timeZone;
  const byId = new Map(pack.timeline.map((m) => [m.id, m]));
  const reminders: PlannedReminder[] = [];
  for (const s of input.snoozes) {
    if (s.until.getTime() < input.from.getTime() || s.until.getTime() >= input.to.getTime()) continue;
    const m = byId.get(s.milestoneId);
    if (!m || isForEveryone(m)) continue;
    if (m.action && hasCompleted(input.completed, s.employeeId, m.action.id)) continue;
    const essential = m.action?.essential ?? false;
    if (!essential && input.optOuts.has(s.employeeId)) continue;
    // Someone HR has since taken out of the audience is not reminded of it.
    if (!milestoneMembers(pack, m).some((e) => e.id === s.employeeId)) continue;
    const times = milestoneTimes(m.when, timeZone, input.policy);
    const local = instantToZoned(s.until, timeZone);
    const offset = `snoozed:${local.date}T${local.time}`;
    reminders.push({
      key: reminderKey('dm', m.id, s.employeeId, offset, anchorKey(m.when)),
      kind: 'dm',
      recipient: s.employeeId,
      milestone: m,
      offset,
      fireAt: s.until,
      milestoneAt: times.at,
      until: times.until,
      essential,
      about: [],
      text: reminderText(pack, m),
    });
  }
  return reminders;
}

import type { ContentPack, Employee, Milestone } from '../content/types.js';
import { anchorKey } from './milestone-times.js';
import { ANNOUNCE, byFireTime, reminderKey, type PlannedReminder } from './planned-reminder.js';
import type { QuietHours } from './quiet-hours.js';
import { hasCompleted, isForEveryone, milestoneMembers, type Completions } from './recipients.js';
import { reminderSchedule, type ReminderSchedule, type ReminderSlot } from './reminder-schedule.js';
import { digestText, reminderText } from './reminder-text.js';

export interface PlanInput {
  readonly pack: ContentPack;
  readonly completed: Completions;
  /** People who turned off non-essential nudges (employee ids). */
  readonly optOuts: ReadonlySet<string>;
  /** The window, by send time: reminders with from <= fireAt < to. */
  readonly from: Date;
  readonly to: Date;
  readonly policy: QuietHours;
}

/**
 * The reminders that go out in a window. Pure: the same pack, completions and opt-outs
 * give the same reminders with the same keys, whenever and however often it is asked, so
 * the scheduler can plan on every tick and leave "was it sent?" to the ledger.
 *
 * - A milestone for everyone: one announcement per offset, to the channel. Completions
 *   and opt-outs cannot apply to a channel post.
 * - A targeted milestone: one DM per person in its audience per offset, except to people
 *   who marked its action done, and, unless HR marked the action essential, to people who
 *   opted out. A milestone with no action has nothing HR could mark essential, so its
 *   reminders are non-essential.
 * - An essential action: at its earliest offset, one digest to each manager with a direct
 *   report in the audience who has not done it, naming only those reports. Non-essential
 *   actions get no digest: they are the person's own choice (expressing interest in
 *   voluntary redundancy, sending views that the feedback keeps anonymous, booking a
 *   briefing), not something for a manager to chase.
 */
export function planReminders(input: PlanInput): PlannedReminder[] {
  const { pack, from, to } = input;
  const timeZone = pack.consultation.timeZone;
  const planned: PlannedReminder[] = [];
  for (const m of pack.timeline) {
    const schedule = reminderSchedule(m, timeZone, input.policy);
    const inWindow = schedule.slots.filter((s) => s.fireAt.getTime() >= from.getTime() && s.fireAt.getTime() < to.getTime());
    for (const slot of inWindow) planned.push(...remindersAt(input, m, schedule, slot));
    const earliest = schedule.slots[schedule.slots.length - 1];
    if (m.action?.essential && earliest && inWindow.includes(earliest)) planned.push(...digests(input, m, schedule, earliest));
  }
  return planned.sort(byFireTime);
}

function remindersAt(input: PlanInput, m: Milestone, schedule: ReminderSchedule, slot: ReminderSlot): PlannedReminder[] {
  const { pack } = input;
  const anchor = anchorKey(m.when);
  const essential = m.action?.essential ?? false;
  const text = reminderText(pack, m);
  const base = { milestone: m, offset: slot.offset, fireAt: slot.fireAt, milestoneAt: schedule.at, until: schedule.until, essential, about: [], text };
  if (isForEveryone(m)) {
    return [{ ...base, key: reminderKey('announcement', m.id, ANNOUNCE, slot.offset, anchor), kind: 'announcement', recipient: ANNOUNCE }];
  }
  return milestoneMembers(pack, m)
    .filter((e) => !(m.action && hasCompleted(input.completed, e.id, m.action.id)))
    .filter((e) => essential || !input.optOuts.has(e.id))
    .map((e) => ({ ...base, key: reminderKey('dm', m.id, e.id, slot.offset, anchor), kind: 'dm', recipient: e.id }));
}

function digests(input: PlanInput, m: Milestone, schedule: ReminderSchedule, slot: ReminderSlot): PlannedReminder[] {
  const { pack } = input;
  const action = m.action;
  if (!action) return [];
  const outstanding = new Map<string, Employee[]>();
  for (const e of milestoneMembers(pack, m)) {
    if (e.managerId === null || !pack.staff.has(e.managerId) || hasCompleted(input.completed, e.id, action.id)) continue;
    const reports = outstanding.get(e.managerId) ?? [];
    reports.push(e);
    outstanding.set(e.managerId, reports);
  }
  const anchor = anchorKey(m.when);
  return [...outstanding].map(([managerId, reports]) => {
    const sorted = [...reports].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return {
      key: reminderKey('manager-digest', m.id, managerId, slot.offset, anchor),
      kind: 'manager-digest',
      recipient: managerId,
      milestone: m,
      offset: slot.offset,
      fireAt: slot.fireAt,
      milestoneAt: schedule.at,
      until: schedule.until,
      essential: true,
      about: sorted.map((e) => e.id),
      text: digestText(pack, m, sorted),
    };
  });
}

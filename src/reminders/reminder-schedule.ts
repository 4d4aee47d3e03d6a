import type { Milestone } from '../content/types.js';
import { instantToZoned } from '../time/zoned.js';
import { milestoneTimes, offsetInstant, offsetLabel, type MilestoneTimes } from './milestone-times.js';
import { moveIntoWorkingTime, type QuietHours } from './quiet-hours.js';

export interface ReminderSlot {
  /** Normalised offset label, e.g. `7d`. */
  readonly offset: string;
  readonly minutes: number;
  /** The offset's own moment, before quiet hours. */
  readonly due: Date;
  /** When it is sent, after quiet hours. */
  readonly fireAt: Date;
}

export interface ReminderSchedule extends MilestoneTimes {
  /** Nearest the milestone first. */
  readonly slots: readonly ReminderSlot[];
  /** Offsets that quiet hours moved onto the same day as a nearer one, and were dropped. */
  readonly merged: readonly ReminderSlot[];
}

/**
 * When a milestone's reminders go out. The same for every recipient, so it is worked out
 * once per milestone, not once per person.
 *
 * When quiet hours bring two offsets onto the same day ("2d" and "1d" before a Monday both
 * become Friday 09:00), only the one nearest the milestone is kept: two reminders of one
 * thing on one morning read as a fault. Offsets that land on the same day by themselves
 * ("2h" and "30m") are both kept, that is what HR asked for, unless they coincide ("1d"
 * and "24h").
 */
export function reminderSchedule(m: Milestone, timeZone: string, policy: QuietHours): ReminderSchedule {
  const times = milestoneTimes(m.when, timeZone, policy);
  const seen = new Set<string>();
  const candidates: ReminderSlot[] = [];
  for (const offset of m.reminders) {
    const label = offsetLabel(offset);
    if (seen.has(label)) continue;
    seen.add(label);
    const due = offsetInstant(times.at, offset, timeZone);
    candidates.push({ offset: label, minutes: offset.minutes, due, fireAt: moveIntoWorkingTime(due, times.at, timeZone, policy) });
  }
  candidates.sort((a, b) => a.minutes - b.minutes || a.offset.localeCompare(b.offset));
  const slots: ReminderSlot[] = [];
  const merged: ReminderSlot[] = [];
  for (const slot of candidates) {
    const day = instantToZoned(slot.fireAt, timeZone).date;
    const clash = slots.some(
      (kept) =>
        kept.fireAt.getTime() === slot.fireAt.getTime() ||
        (instantToZoned(kept.fireAt, timeZone).date === day && (moved(kept) || moved(slot))),
    );
    (clash ? merged : slots).push(slot);
  }
  return { ...times, slots, merged };
}

function moved(slot: ReminderSlot): boolean {
  return slot.fireAt.getTime() !== slot.due.getTime();
}

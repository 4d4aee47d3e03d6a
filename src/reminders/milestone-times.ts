import type { ReminderOffset, When } from '../content/types.js';
import { addDays, instantToZoned, zonedToInstant } from '../time/zoned.js';
import { closingOn, openingOn, type QuietHours } from './quiet-hours.js';

/** The two instants that govern a milestone's reminders. */
export interface MilestoneTimes {
  /** Reminders count back from here, and are planned before it. */
  readonly at: Date;
  /** Until here the milestone is still ahead: a reminder sent late is still worth sending. */
  readonly until: Date;
}

/**
 * - `at` (a time): its start. A reminder after the briefing has begun helps nobody.
 * - `date`: the close of working time that day. A dated milestone with something to do
 *   ("Staff Preference Sheets due", "consultation closes") means "by the end of that day",
 *   so a reminder caught up at 10:00 that day is still worth sending. Offsets in days then
 *   land at 17:30 N days before, outside working time, which moves them to 09:00 that
 *   day: "7d" reads as "on the morning a week before".
 * - `window` (from-to): reminders count back from the opening of its first day, since
 *   people must prepare before interviews start, not before they end; it stays ahead
 *   until the close of its last day.
 */
export function milestoneTimes(when: When, timeZone: string, policy: QuietHours): MilestoneTimes {
  switch (when.kind) {
    case 'time': {
      const at = zonedToInstant(when.start, timeZone);
      return { at, until: at };
    }
    case 'date': {
      const at = closingOn(when.date, timeZone, policy);
      return { at, until: at };
    }
    case 'window':
      return { at: openingOn(when.from, timeZone, policy), until: closingOn(when.to, timeZone, policy) };
  }
}

/**
 * The local date or time reminders count back from, as written in the pack: part of each
 * reminder's key, so a key changes exactly when the date it counts from moves.
 */
export function anchorKey(when: When): string {
  switch (when.kind) {
    case 'time':
      return when.start;
    case 'date':
      return when.date;
    case 'window':
      return when.from;
  }
}

/** The whole of a milestone's when, for telling whether it moved. */
export function whenKey(when: When): string {
  switch (when.kind) {
    case 'time':
      return when.end === null ? when.start : `${when.start}/${when.end}`;
    case 'date':
      return when.date;
    case 'window':
      return `${when.from}/${when.to}`;
  }
}

/**
 * The moment an offset before `at` names, before any quiet-hours move. Days are calendar
 * days on the local clock ("7d" before 09:30 on 4 April is 09:30 on 28 March, though the
 * clocks changed between), hours and minutes are elapsed time ("2h" before 03:00 on the
 * night the clocks go forward is 00:00).
 */
export function offsetInstant(at: Date, offset: ReminderOffset, timeZone: string): Date {
  if (isDayOffset(offset)) {
    const local = instantToZoned(at, timeZone);
    return zonedToInstant(`${addDays(local.date, -offset.minutes / DAY_MINUTES)}T${local.time}`, timeZone);
  }
  return new Date(at.getTime() - offset.minutes * 60_000);
}

const DAY_MINUTES = 24 * 60;

function isDayOffset(offset: ReminderOffset): boolean {
  return /d$/i.test(offset.label.trim()) && offset.minutes % DAY_MINUTES === 0;
}

/** `7 D` -> `7d`: the label as it appears in keys, so respacing a file does not resend. */
export function offsetLabel(offset: ReminderOffset): string {
  return offset.label.replace(/\s+/g, '').toLowerCase();
}

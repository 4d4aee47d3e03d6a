import { z } from 'zod';
import type { IsoDate } from '../content/types.js';
import { addDays, instantToZoned, startOfDay, weekdayOf, zonedToInstant, type Weekday } from '../time/zoned.js';
import { englandAndWalesBankHolidays } from './bank-holidays.js';

/**
 * When reminders may be sent: working hours on working days, in the pack's time zone.
 * Nobody should be nudged about their job at 22:00 on a Sunday or on Christmas Day.
 */
export interface QuietHours {
  /** Working time opens, `HH:mm`. */
  readonly start: string;
  /** Working time closes, `HH:mm` (exclusive), or `24:00`. */
  readonly end: string;
  readonly days: ReadonlySet<Weekday>;
  /** Days off on working weekdays, in the pack's calendar. */
  readonly holidays: ReadonlySet<IsoDate>;
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Settings as they come from the environment: `hours: 09:00-17:30`, `days: mon-fri` (or
 * `mon,tue,thu`), `bank_holidays: england-and-wales` (or `none`). Strings, so each is one
 * environment variable.
 */
export const quietHoursSettings = z.strictObject({
  hours: z
    .string()
    .trim()
    .default('09:00-17:30')
    .transform((value, ctx) => {
      const m = /^(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(value);
      const start = m?.[1] ?? '';
      const end = m?.[2] ?? '';
      if (!HH_MM.test(start) || !(HH_MM.test(end) || end === '24:00') || end <= start) {
        ctx.addIssue({ code: 'custom', message: `expected working hours such as 09:00-17:30, found ${JSON.stringify(value)}` });
        return z.NEVER;
      }
      return { start, end };
    }),
  days: z
    .string()
    .trim()
    .default('mon-fri')
    .transform((value, ctx) => {
      const days = parseDays(value.toLowerCase());
      if (days === null) {
        ctx.addIssue({ code: 'custom', message: `expected working days such as mon-fri or mon,tue,thu, found ${JSON.stringify(value)}` });
        return z.NEVER;
      }
      return days;
    }),
  bank_holidays: z.enum(['england-and-wales', 'none'], 'expected england-and-wales or none').default('england-and-wales'),
});

export type QuietHoursSettings = z.input<typeof quietHoursSettings>;

/** Throws an Error naming the setting and what was expected. */
export function quietHoursFrom(settings: QuietHoursSettings = {}): QuietHours {
  const parsed = quietHoursSettings.safeParse(settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`reminder hours: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  const { hours, days, bank_holidays } = parsed.data;
  return {
    start: hours.start,
    end: hours.end,
    days,
    holidays: bank_holidays === 'none' ? new Set() : englandAndWalesBankHolidays().dates,
  };
}

/** 09:00-17:30, Monday to Friday, England and Wales bank holidays off. */
export const DEFAULT_QUIET_HOURS: QuietHours = quietHoursFrom();

function parseDays(value: string): ReadonlySet<Weekday> | null {
  const days = new Set<Weekday>();
  for (const part of value.split(',').map((p) => p.trim())) {
    const [first, last = first] = part.split('-').map((p) => p.trim());
    const a = DAY_NAMES.indexOf(first as (typeof DAY_NAMES)[number]);
    const b = DAY_NAMES.indexOf(last as (typeof DAY_NAMES)[number]);
    if (a < 0 || b < a) return null;
    for (let d = a; d <= b; d++) days.add((d + 1) as Weekday);
  }
  return days.size > 0 ? days : null;
}

export function isWorkingDay(date: IsoDate, policy: QuietHours): boolean {
  return policy.days.has(weekdayOf(date)) && !policy.holidays.has(date);
}

export function isWorkingTime(instant: Date, timeZone: string, policy: QuietHours): boolean {
  const local = instantToZoned(instant, timeZone);
  return isWorkingDay(local.date, policy) && local.time >= policy.start && local.time < policy.end;
}

/** The instant working time opens on a day (whether or not the day is a working day). */
export function openingOn(date: IsoDate, timeZone: string, policy: QuietHours): Date {
  return zonedToInstant(`${date}T${policy.start}`, timeZone);
}

/** The instant working time closes on a day. */
export function closingOn(date: IsoDate, timeZone: string, policy: QuietHours): Date {
  return policy.end === '24:00' ? startOfDay(addDays(date, 1), timeZone) : zonedToInstant(`${date}T${policy.end}`, timeZone);
}

// Far enough to cross any run of holidays and weekends; a policy with no working day at
// all cannot be configured (days must name at least one).
const SEARCH_DAYS = 366;

/**
 * Where a reminder that should go out at `instant` is actually sent, given that it must
 * go in working time and should arrive before its milestone (`milestoneAt`).
 *
 * - In working time: unchanged.
 * - Early on a working day (before opening): that day's opening, if that is still before
 *   the milestone. A reminder "1 day before" an 08:00 start then arrives at 09:00 the day
 *   before, not a whole working day earlier.
 * - Otherwise (evening, weekend, bank holiday, or moving forward would reach the
 *   milestone): back to the opening of the last working day at or before it. Earlier,
 *   because a late reminder can be useless (the interview has started, the form is
 *   overdue) while an early one never is; at the opening, because that is when people
 *   read their messages, and a message at 17:29 on Friday is read on Monday.
 *
 * Only a policy with no working day in the year before the reminder can push it past the
 * milestone: then it goes at the next working time.
 */
export function moveIntoWorkingTime(instant: Date, milestoneAt: Date, timeZone: string, policy: QuietHours): Date {
  if (isWorkingTime(instant, timeZone, policy)) return instant;
  const local = instantToZoned(instant, timeZone);
  if (isWorkingDay(local.date, policy) && local.time < policy.start) {
    const opening = openingOn(local.date, timeZone, policy);
    if (opening.getTime() < milestoneAt.getTime()) return opening;
  }
  let date = local.date;
  for (let i = 0; i < SEARCH_DAYS; i++, date = addDays(date, -1)) {
    if (!isWorkingDay(date, policy)) continue;
    const opening = openingOn(date, timeZone, policy);
    if (opening.getTime() <= instant.getTime()) return opening;
  }
  return nextWorkingTime(instant, timeZone, policy) ?? instant;
}

/** The first working instant at or after `instant`; null if there is none within a year. */
export function nextWorkingTime(instant: Date, timeZone: string, policy: QuietHours): Date | null {
  if (isWorkingTime(instant, timeZone, policy)) return instant;
  let date = instantToZoned(instant, timeZone).date;
  for (let i = 0; i < SEARCH_DAYS; i++, date = addDays(date, 1)) {
    if (!isWorkingDay(date, policy)) continue;
    const opening = openingOn(date, timeZone, policy);
    if (opening.getTime() >= instant.getTime()) return opening;
  }
  return null;
}

import type { IsoDate, LocalDateTime } from '../content/types.js';

/**
 * Calendar dates with no time zone: a pack date is a day on the wall calendar, so day
 * arithmetic runs on UTC midnights, where every day is exactly 24 hours long and daylight
 * saving cannot shift a date by one.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** ISO weekday: Monday is 1, Sunday is 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** True only for a real calendar day written `YYYY-MM-DD`: 2011-02-29 and 2011-02-30 are false. */
export function isIsoDate(text: string): text is IsoDate {
  return dateParts(text) !== null;
}

/** True only for `YYYY-MM-DDTHH:mm` on a real day, hours 00-23 and minutes 00-59. */
export function isLocalDateTime(text: string): text is LocalDateTime {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m || !isIsoDate(m[1] ?? '')) return false;
  return Number(m[2]) <= 23 && Number(m[3]) <= 59;
}

/**
 * The parts of a real date, or null when the text is not one. Read by character codes, not
 * a regular expression: the pack loader checks two dates on each of 20,000 staff rows, and
 * a match array per check was a noticeable part of loading it.
 */
function dateParts(text: string): DateParts | null {
  if (text.length !== 10 || text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

const HYPHEN = 45;

/** The number written by the ASCII digits text[from..to), or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays: expected a whole number of days, got ${days}`);
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Days from `a` to `b`: positive when `b` is later, 0 on the same day. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

export function weekdayOf(date: IsoDate): Weekday {
  const sundayIsZero = new Date(toUtcMs(date)).getUTCDay();
  return (sundayIsZero === 0 ? 7 : sundayIsZero) as Weekday;
}

/**
 * Complete years from `from` to `to`, as for an age or length of service; negative when
 * `to` is earlier. Someone born on 29 February completes a year on 1 March in a common
 * year (as in the Family Law Reform Act 1969, s.9), which the month-then-day comparison
 * gives without a special case: 28 February sorts before 29 February, 1 March after.
 */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  const a = partsOrThrow(from);
  const b = partsOrThrow(to);
  if (to < from) return -wholeYearsBetween(to, from);
  const beforeAnniversary = b.month < a.month || (b.month === a.month && b.day < a.day);
  return b.year - a.year - (beforeAnniversary ? 1 : 0);
}

/** `2011-04-04` -> `Monday 4 April 2011`, the GOV.UK style (no comma, no ordinal). */
export function formatDate(date: IsoDate): string {
  // Spelled out rather than Intl's en-GB: ICU versions disagree on the comma after the weekday.
  const { year, month, day } = partsOrThrow(date);
  return `${WEEKDAYS[weekdayOf(date) - 1]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * `13:20` -> `1:20pm`, `09:00` -> `9am`, `12:00` -> `midday`, `00:00` -> `midnight`: the
 * GOV.UK style guide's times, which staff already read on council and government pages.
 */
export function formatTime(time: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  const hour = Number(m?.[1]);
  const minute = Number(m?.[2]);
  if (!m || hour > 23 || minute > 59) throw new RangeError(`formatTime: expected HH:mm, got "${time}"`);
  if (minute === 0 && hour === 12) return 'midday';
  if (minute === 0 && hour === 0) return 'midnight';
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'am' : 'pm';
  return minute === 0 ? `${hour12}${suffix}` : `${hour12}:${m[2]}${suffix}`;
}

function toUtcMs(date: IsoDate): number {
  const { year, month, day } = partsOrThrow(date);
  // Date.UTC maps years 0-99 onto 1900-1999; setUTCFullYear does not.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`date out of range: year ${year}`);
  return `${String(year).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function partsOrThrow(date: IsoDate): DateParts {
  const parts = dateParts(date);
  if (!parts) throw new RangeError(`expected a real date written YYYY-MM-DD, got "${date}"`);
  return parts;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

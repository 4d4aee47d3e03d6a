import type { IsoDate, LocalDateTime } from '../content/types.js';
import { isLocalDateTime, pad2, weekdayOf, type Weekday } from './calendar.js';

/**
 * Wall-clock times in an IANA zone <-> instants, using only Intl (the runtime's own tz
 * data), so the pack's dates mean the same in Slack, the console and the scheduler.
 * Callers that need dates as well as zones import from here: the calendar helpers are
 * re-exported so one import serves a module that formats what it computes.
 */
export * from './calendar.js';

export interface ZonedParts {
  readonly date: IsoDate;
  /** `HH:mm`, 24-hour. */
  readonly time: string;
  readonly weekday: Weekday;
}

const HOUR_MS = 60 * 60 * 1000;

// Building a DateTimeFormat is far slower than using one; reminder planning converts
// thousands of times per run, in at most a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch (cause) {
      throw new RangeError(`unknown time zone "${timeZone}"; expected an IANA name such as Europe/London`, { cause });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at `ms`, read back as if it were UTC (milliseconds). */
function wallClockMs(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const d = new Date(0);
  d.setUTCFullYear(parts['year'] ?? NaN, (parts['month'] ?? NaN) - 1, parts['day']);
  d.setUTCHours(parts['hour'] ?? NaN, parts['minute'], parts['second']);
  return d.getTime();
}

/** How far the zone's wall clock is ahead of UTC at instant `ms` (negative west of UTC). */
function offsetMs(ms: number, timeZone: string): number {
  // Whole seconds: formatToParts has no milliseconds, so drop them from the instant too.
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return wallClockMs(whole, timeZone) - whole;
}

/**
 * The instant a wall-clock time in `timeZone` names. A time that the clocks skip (the
 * spring-forward gap: Europe/London has no 01:30 on 2011-03-27) is moved forward by the
 * length of the gap: 01:30 becomes 02:30 BST, the instant a clock not yet put forward
 * would call 01:30 GMT. A time that happens twice (the autumn overlap) is the earlier of
 * the two, so a reminder is never late.
 */
export function zonedToInstant(local: LocalDateTime, timeZone: string): Date {
  if (!isLocalDateTime(local)) {
    throw new RangeError(`expected a real local time written YYYY-MM-DDTHH:mm, got "${local}"`);
  }
  const [year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN] = local.split(/[-T:]/).map(Number);
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(year, month - 1, day);
  asUtc.setUTCHours(hour, minute);
  const wall = asUtc.getTime();
  // Offsets a day either side bracket any one transition near this time (real offsets are
  // within ±14h). Zones do not change offset twice in two days, so two candidates suffice.
  const before = offsetMs(wall - 24 * HOUR_MS, timeZone);
  const after = offsetMs(wall + 24 * HOUR_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((t) => wallClockMs(t, timeZone) === wall);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // In a gap: read the time with the offset in force before the change, which lands the
  // same distance past the change as the requested time is past its start.
  return new Date(wall - before);
}

export function instantToZoned(instant: Date, timeZone: string): ZonedParts {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('instantToZoned: invalid Date');
  const wall = new Date(wallClockMs(ms, timeZone));
  const date = `${String(wall.getUTCFullYear()).padStart(4, '0')}-${pad2(wall.getUTCMonth() + 1)}-${pad2(wall.getUTCDate())}`;
  return { date, time: `${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}`, weekday: weekdayOf(date) };
}

/** The first instant of a calendar day in `timeZone` (01:00 where midnight is skipped). */
export function startOfDay(date: IsoDate, timeZone: string): Date {
  return zonedToInstant(`${date}T00:00`, timeZone);
}

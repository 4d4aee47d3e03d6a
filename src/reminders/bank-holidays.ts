import { z } from 'zod';
import { isRealDate } from '../content/values.js';
import type { IsoDate } from '../content/types.js';
import englandAndWales from './bank-holidays-england-and-wales.json' with { type: 'json' };

/**
 * Bank holidays ship as data, in the shape gov.uk publishes them (`division`, `events` of
 * `title`, `date`, `notes`), so a new year is a data edit: copy the entries from
 * https://www.gov.uk/bank-holidays.json. The file is validated on load because a mistyped
 * date would silently let reminders go out on a holiday.
 */
const bankHolidayFile = z.strictObject({
  division: z.string().min(1),
  source: z.string().min(1),
  events: z.array(
    z.strictObject({
      title: z.string().min(1),
      date: z.string().refine(isRealDate, 'expected a real date written YYYY-MM-DD'),
      notes: z.string().optional(),
    }),
  ),
});

export interface BankHolidays {
  readonly division: string;
  /** The dates, in the division's own calendar (for England and Wales, Europe/London). */
  readonly dates: ReadonlySet<IsoDate>;
  /** The first and last years the data covers; outside them every weekday counts as a working day. */
  readonly firstYear: number;
  readonly lastYear: number;
}

export function parseBankHolidays(data: unknown): BankHolidays {
  const parsed = bankHolidayFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`bank holiday data: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  const dates = parsed.data.events.map((e) => e.date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) throw new Error('bank holiday data: events: expected at least one date');
  return {
    division: parsed.data.division,
    dates: new Set(dates),
    firstYear: Number(first.slice(0, 4)),
    lastYear: Number(last.slice(0, 4)),
  };
}

let cached: BankHolidays | null = null;

/** England and Wales, 2010 to 2027, as shipped with the code. */
export function englandAndWalesBankHolidays(): BankHolidays {
  cached ??= parseBankHolidays(englandAndWales);
  return cached;
}

import { describe, expect, it } from 'vitest';
import { englandAndWalesBankHolidays, parseBankHolidays } from '../../src/reminders/bank-holidays.js';
import { addDays, weekdayOf } from '../../src/time/zoned.js';

const holidays = englandAndWalesBankHolidays();
const inYear = (year: number) => [...holidays.dates].filter((d) => d.startsWith(`${year}-`)).sort();

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function firstMonday(year: number, month: string): string {
  let d = `${year}-${month}-01`;
  while (weekdayOf(d) !== 1) d = addDays(d, 1);
  return d;
}

function lastMonday(year: number, month: string, days: number): string {
  let d = `${year}-${month}-${days}`;
  while (weekdayOf(d) !== 1) d = addDays(d, -1);
  return d;
}

/** A fixed-date holiday, moved to the next free weekday when it falls at a weekend. */
function substituted(taken: Set<string>, date: string): string {
  let d = date;
  while (weekdayOf(d) >= 6 || taken.has(d)) d = addDays(d, 1);
  taken.add(d);
  return d;
}

/**
 * The regular England and Wales pattern. The one-off changes are the exceptions the data
 * must hold: a rule-built list that matched the file everywhere would prove nothing about
 * them, and a typo in a regular date shows up as a difference here.
 */
function regular(year: number): string[] {
  const taken = new Set<string>();
  const e = easter(year);
  const dates = [
    substituted(taken, `${year}-01-01`),
    addDays(e, -2),
    addDays(e, 1),
    firstMonday(year, '05'),
    lastMonday(year, '05', 31),
    lastMonday(year, '08', 31),
  ];
  dates.push(substituted(taken, `${year}-12-25`), substituted(taken, `${year}-12-26`));
  return dates.sort();
}

const EXCEPTIONS: Record<number, { added: string[]; removed: string[] }> = {
  2011: { added: ['2011-04-29'], removed: [] }, // royal wedding
  2012: { added: ['2012-06-04', '2012-06-05'], removed: ['2012-05-28'] }, // Diamond Jubilee; spring holiday moved
  2020: { added: ['2020-05-08'], removed: ['2020-05-04'] }, // early May moved to VE Day
  2022: { added: ['2022-06-02', '2022-06-03', '2022-09-19'], removed: ['2022-05-30'] }, // Platinum Jubilee; state funeral
  2023: { added: ['2023-05-08'], removed: [] }, // coronation
};

describe('England and Wales bank holidays', () => {
  it('covers 2010 to 2027', () => {
    expect(holidays.firstYear).toBe(2010);
    expect(holidays.lastYear).toBe(2027);
    for (let year = 2010; year <= 2027; year++) expect(inYear(year).length).toBeGreaterThanOrEqual(8);
  });

  it('follows the regular pattern, with substitute days, in every year but the one-off changes', () => {
    for (let year = 2010; year <= 2027; year++) {
      const change = EXCEPTIONS[year] ?? { added: [], removed: [] };
      const expected = [...regular(year).filter((d) => !change.removed.includes(d)), ...change.added].sort();
      expect(inYear(year), String(year)).toEqual(expected);
    }
  });

  it('holds the substitute days people get wrong', () => {
    // Christmas on a Saturday: Monday and Tuesday off.
    expect(inYear(2010).slice(-2)).toEqual(['2010-12-27', '2010-12-28']);
    // Christmas on a Sunday: Boxing Day Monday, Christmas substitute Tuesday.
    expect(inYear(2011).slice(-2)).toEqual(['2011-12-26', '2011-12-27']);
    expect(inYear(2022).slice(-2)).toEqual(['2022-12-26', '2022-12-27']);
    // Boxing Day on a Saturday: Monday 28th.
    expect(inYear(2015).slice(-2)).toEqual(['2015-12-25', '2015-12-28']);
    // New Year's Day on a Saturday or Sunday.
    expect(inYear(2011)[0]).toBe('2011-01-03');
    expect(inYear(2012)[0]).toBe('2012-01-02');
    expect(inYear(2022)[0]).toBe('2022-01-03');
    expect(inYear(2023)[0]).toBe('2023-01-02');
  });

  it('never falls at a weekend', () => {
    for (const d of holidays.dates) expect(weekdayOf(d), d).toBeLessThan(6);
  });

  it('rejects a malformed file, naming the entry', () => {
    expect(() => parseBankHolidays({ division: 'x', source: 'y', events: [{ title: 'Oops', date: '2011-02-30' }] })).toThrow(
      'bank holiday data: events.0.date: expected a real date written YYYY-MM-DD',
    );
    expect(() => parseBankHolidays({ division: 'x', source: 'y', events: [] })).toThrow('expected at least one date');
  });
});

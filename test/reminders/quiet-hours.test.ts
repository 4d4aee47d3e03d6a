import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUIET_HOURS,
  isWorkingTime,
  moveIntoWorkingTime,
  nextWorkingTime,
  quietHoursFrom,
} from '../../src/reminders/quiet-hours.js';
import { zonedToInstant } from '../../src/time/zoned.js';
import { LONDON, london } from './fixtures.js';

const at = (local: string) => zonedToInstant(local, LONDON);
const far = at('2011-12-31T00:00');
const move = (local: string, milestone: Date = far) => london(moveIntoWorkingTime(at(local), milestone, LONDON, DEFAULT_QUIET_HOURS));

describe('working time', () => {
  it('is 09:00 up to 17:30, Monday to Friday, by the local clock', () => {
    expect(isWorkingTime(at('2011-03-25T09:00'), LONDON, DEFAULT_QUIET_HOURS)).toBe(true);
    expect(isWorkingTime(at('2011-03-25T17:29'), LONDON, DEFAULT_QUIET_HOURS)).toBe(true);
    expect(isWorkingTime(at('2011-03-25T17:30'), LONDON, DEFAULT_QUIET_HOURS)).toBe(false);
    expect(isWorkingTime(at('2011-03-25T08:59'), LONDON, DEFAULT_QUIET_HOURS)).toBe(false);
    expect(isWorkingTime(at('2011-03-26T11:00'), LONDON, DEFAULT_QUIET_HOURS)).toBe(false); // Saturday
  });

  it('uses the local clock on both sides of the clock change', () => {
    // 08:30 UTC is 08:30 GMT on Friday 25 March (too early) and 09:30 BST on Monday 28 March.
    expect(isWorkingTime(new Date('2011-03-25T08:30:00Z'), LONDON, DEFAULT_QUIET_HOURS)).toBe(false);
    expect(isWorkingTime(new Date('2011-03-28T08:30:00Z'), LONDON, DEFAULT_QUIET_HOURS)).toBe(true);
  });

  it('excludes bank holidays, including the royal wedding of 29 April 2011', () => {
    expect(isWorkingTime(at('2011-04-29T10:00'), LONDON, DEFAULT_QUIET_HOURS)).toBe(false);
    expect(isWorkingTime(at('2011-04-25T10:00'), LONDON, DEFAULT_QUIET_HOURS)).toBe(false); // Easter Monday
    expect(isWorkingTime(at('2011-04-28T10:00'), LONDON, DEFAULT_QUIET_HOURS)).toBe(true);
  });
});

describe('moving a reminder into working time', () => {
  it('leaves one in working time where it is', () => {
    expect(move('2011-03-23T14:15')).toBe('2011-03-23 14:15');
  });

  it('moves an evening one back to that morning', () => {
    expect(move('2011-03-23T19:00')).toBe('2011-03-23 09:00');
  });

  it('moves an early-morning one forward to the opening, when that is still before the milestone', () => {
    expect(move('2011-03-23T07:30', at('2011-03-24T07:30'))).toBe('2011-03-23 09:00');
  });

  it('moves an early-morning one back a working day when the opening would reach the milestone', () => {
    // 30 minutes before a 08:30 start on Wednesday: 09:00 Wednesday is too late.
    expect(move('2011-03-23T08:00', at('2011-03-23T08:30'))).toBe('2011-03-22 09:00');
  });

  it('moves a weekend one back to Friday morning', () => {
    expect(move('2011-03-26T09:30')).toBe('2011-03-25 09:00');
    expect(move('2011-03-27T16:00')).toBe('2011-03-25 09:00');
  });

  it('moves one on a bank holiday back past the holiday and the weekend before it', () => {
    // Easter Monday 25 April 2011, after Good Friday 22 April: back to Thursday 21 April.
    expect(move('2011-04-25T10:00')).toBe('2011-04-21 09:00');
    // The royal wedding, Friday 29 April 2011: back to Thursday 28 April.
    expect(move('2011-04-29T09:30')).toBe('2011-04-28 09:00');
  });

  it('handles 01:30 on 27 March 2011, a time London skipped', () => {
    // The wall clock went from 00:59 GMT to 02:00 BST; 01:30 is read as 02:30 BST.
    const skipped = at('2011-03-27T01:30');
    expect(skipped.toISOString()).toBe('2011-03-27T01:30:00.000Z');
    expect(london(skipped)).toBe('2011-03-27 02:30');
    expect(london(moveIntoWorkingTime(skipped, far, LONDON, DEFAULT_QUIET_HOURS))).toBe('2011-03-25 09:00');
    // Friday's 09:00 is GMT, Monday's is BST: an hour apart in UTC.
    expect(moveIntoWorkingTime(skipped, far, LONDON, DEFAULT_QUIET_HOURS).toISOString()).toBe('2011-03-25T09:00:00.000Z');
    expect(nextWorkingTime(skipped, LONDON, DEFAULT_QUIET_HOURS)?.toISOString()).toBe('2011-03-28T08:00:00.000Z');
  });

  it('moves across the autumn change too, when 01:30 happens twice', () => {
    expect(move('2011-10-30T01:30')).toBe('2011-10-28 09:00');
    expect(nextWorkingTime(at('2011-10-30T01:30'), LONDON, DEFAULT_QUIET_HOURS)?.toISOString()).toBe('2011-10-31T09:00:00.000Z');
  });
});

describe('next working time', () => {
  it('is the instant itself in working time, else the next opening', () => {
    expect(london(nextWorkingTime(at('2011-03-23T10:00'), LONDON, DEFAULT_QUIET_HOURS)!)).toBe('2011-03-23 10:00');
    expect(london(nextWorkingTime(at('2011-03-23T18:00'), LONDON, DEFAULT_QUIET_HOURS)!)).toBe('2011-03-24 09:00');
    expect(london(nextWorkingTime(at('2011-04-21T18:00'), LONDON, DEFAULT_QUIET_HOURS)!)).toBe('2011-04-26 09:00');
  });
});

describe('settings', () => {
  it('reads hours, days and bank holidays', () => {
    const policy = quietHoursFrom({ hours: '08:00-18:00', days: 'mon-thu,sat', bank_holidays: 'none' });
    expect(policy.start).toBe('08:00');
    expect(policy.end).toBe('18:00');
    expect([...policy.days].sort()).toEqual([1, 2, 3, 4, 6]);
    expect(policy.holidays.size).toBe(0);
    expect(isWorkingTime(at('2011-04-25T10:00'), LONDON, policy)).toBe(true); // Easter Monday, holidays off
    expect(isWorkingTime(at('2011-04-30T10:00'), LONDON, policy)).toBe(true); // Saturday
    expect(isWorkingTime(at('2011-04-25T08:30'), LONDON, policy)).toBe(true);
    expect(isWorkingTime(at('2011-04-25T18:00'), LONDON, policy)).toBe(false);
    expect(isWorkingTime(at('2011-04-29T10:00'), LONDON, policy)).toBe(false); // Friday
  });

  it('says what was expected', () => {
    expect(() => quietHoursFrom({ hours: '17:30-09:00' })).toThrow(
      'reminder hours: hours: expected working hours such as 09:00-17:30, found "17:30-09:00"',
    );
    expect(() => quietHoursFrom({ hours: '9-5' })).toThrow('expected working hours such as 09:00-17:30, found "9-5"');
    expect(() => quietHoursFrom({ days: 'fri-mon' })).toThrow(
      'reminder hours: days: expected working days such as mon-fri or mon,tue,thu, found "fri-mon"',
    );
    expect(() => quietHoursFrom({ days: 'weekdays' })).toThrow('found "weekdays"');
    expect(() => quietHoursFrom({ bank_holidays: 'scotland' } as never)).toThrow(
      'reminder hours: bank_holidays: expected england-and-wales or none',
    );
  });
});

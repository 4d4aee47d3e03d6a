import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatDate,
  formatTime,
  isIsoDate,
  isLocalDateTime,
  weekdayOf,
  wholeYearsBetween,
} from '../../src/time/calendar.js';

describe('addDays', () => {
  it.each([
    ['2011-02-28', 1, '2011-03-01'], // common year
    ['2012-02-28', 1, '2012-02-29'], // leap year
    ['2012-02-29', 1, '2012-03-01'],
    ['2000-02-28', 1, '2000-02-29'], // divisible by 400: leap
    ['1900-02-28', 1, '1900-03-01'], // divisible by 100 only: not leap
    ['2010-12-31', 1, '2011-01-01'],
    ['2011-03-01', -1, '2011-02-28'],
    ['2011-01-01', -1, '2010-12-31'],
    ['2011-03-26', 1, '2011-03-27'], // the clocks change overnight; the date does not drift
    ['2011-02-01', 62, '2011-04-04'], // consultation opens -> closes
    ['2011-04-04', 0, '2011-04-04'],
  ] as const)('%s + %i days = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('rejects a fraction of a day and a date that does not exist', () => {
    expect(() => addDays('2011-04-04', 0.5)).toThrow('addDays: expected a whole number of days, got 0.5');
    expect(() => addDays('2011-02-29', 1)).toThrow('expected a real date written YYYY-MM-DD, got "2011-02-29"');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, signed', () => {
    expect(daysBetween('2011-02-01', '2011-04-04')).toBe(62);
    expect(daysBetween('2011-04-04', '2011-02-01')).toBe(-62);
    expect(daysBetween('2011-04-04', '2011-04-04')).toBe(0);
    expect(daysBetween('2012-01-01', '2013-01-01')).toBe(366);
    expect(daysBetween('2011-01-01', '2012-01-01')).toBe(365);
    expect(daysBetween('2011-03-26', '2011-03-28')).toBe(2);
  });

  it('agrees with addDays', () => {
    for (let n = -800; n <= 800; n += 37) expect(daysBetween('2011-02-01', addDays('2011-02-01', n))).toBe(n);
  });
});

describe('isIsoDate and isLocalDateTime', () => {
  it.each([
    ['2011-04-04', true],
    ['2012-02-29', true],
    ['2000-02-29', true],
    ['2011-02-29', false],
    ['2011-02-30', false],
    ['1900-02-29', false],
    ['2011-04-31', false],
    ['2011-13-01', false],
    ['2011-00-10', false],
    ['2011-04-00', false],
    ['2011-4-4', false],
    ['04/04/2011', false],
    ['2011-04-04T09:00', false],
    ['', false],
  ])('isIsoDate(%j) is %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it.each([
    ['2011-02-16T09:30', true],
    ['2011-02-16T00:00', true],
    ['2011-02-16T23:59', true],
    ['2011-02-16T24:00', false],
    ['2011-02-16T09:60', false],
    ['2011-02-16T9:30', false],
    ['2011-02-16 09:30', false],
    ['2011-02-30T09:30', false],
    ['2011-02-16T09:30:00', false],
    ['2011-02-16', false],
  ])('isLocalDateTime(%j) is %s', (text, expected) => {
    expect(isLocalDateTime(text)).toBe(expected);
  });
});

describe('formatDate and formatTime', () => {
  it('writes dates in the GOV.UK style', () => {
    expect(formatDate('2011-04-04')).toBe('Monday 4 April 2011');
    expect(formatDate('2011-02-01')).toBe('Tuesday 1 February 2011');
    expect(formatDate('2012-02-29')).toBe('Wednesday 29 February 2012');
    expect(weekdayOf('2011-04-03')).toBe(7);
    expect(() => formatDate('2011-02-30')).toThrow(RangeError);
  });

  it.each([
    ['13:20', '1:20pm'],
    ['09:30', '9:30am'],
    ['09:00', '9am'],
    ['12:00', 'midday'],
    ['12:30', '12:30pm'],
    ['00:00', 'midnight'],
    ['00:05', '12:05am'],
    ['23:59', '11:59pm'],
  ])('formatTime(%s) is %s', (time, expected) => {
    expect(formatTime(time)).toBe(expected);
  });

  it.each(['24:00', '9:30', '09:60', '', '1.20pm'])('formatTime rejects %j', (time) => {
    expect(() => formatTime(time)).toThrow(`formatTime: expected HH:mm, got "${time}"`);
  });
});

describe('wholeYearsBetween', () => {
  it('counts a year only once its anniversary is reached', () => {
    expect(wholeYearsBetween('1966-04-04', '2011-04-04')).toBe(45);
    expect(wholeYearsBetween('1966-04-05', '2011-04-04')).toBe(44);
    expect(wholeYearsBetween('1999-04-04', '2011-04-03')).toBe(11);
    expect(wholeYearsBetween('2011-04-04', '2011-04-04')).toBe(0);
    expect(wholeYearsBetween('2011-04-04', '1966-04-04')).toBe(-45);
  });

  it('lets someone born on 29 February come of age on 1 March in a common year', () => {
    expect(wholeYearsBetween('1992-02-29', '2011-02-28')).toBe(18);
    expect(wholeYearsBetween('1992-02-29', '2011-03-01')).toBe(19);
    expect(wholeYearsBetween('1992-02-29', '2012-02-28')).toBe(19);
    expect(wholeYearsBetween('1992-02-29', '2012-02-29')).toBe(20);
  });

  it('rejects dates that do not exist', () => {
    expect(() => wholeYearsBetween('1966-02-30', '2011-04-04')).toThrow('expected a real date written YYYY-MM-DD, got "1966-02-30"');
  });
});

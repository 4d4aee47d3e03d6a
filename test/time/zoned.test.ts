import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantToZoned, startOfDay, zonedToInstant } from '../../src/time/zoned.js';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const iso = (local: string, tz: string) => zonedToInstant(local, tz).toISOString();

describe('zonedToInstant in Europe/London, 2011', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(iso('2011-02-16T09:30', LONDON)).toBe('2011-02-16T09:30:00.000Z');
    expect(iso('2011-07-01T09:30', LONDON)).toBe('2011-07-01T08:30:00.000Z');
  });

  it('moves a time in the 27 March gap forward by the hour the clocks skip', () => {
    // Clocks went from 01:00 GMT straight to 02:00 BST at 01:00Z.
    expect(iso('2011-03-27T00:59', LONDON)).toBe('2011-03-27T00:59:00.000Z');
    expect(iso('2011-03-27T01:00', LONDON)).toBe('2011-03-27T01:00:00.000Z');
    expect(iso('2011-03-27T01:30', LONDON)).toBe('2011-03-27T01:30:00.000Z');
    expect(instantToZoned(zonedToInstant('2011-03-27T01:30', LONDON), LONDON)).toEqual({ date: '2011-03-27', time: '02:30', weekday: 7 });
    expect(iso('2011-03-27T02:00', LONDON)).toBe('2011-03-27T01:00:00.000Z');
    expect(iso('2011-03-27T02:30', LONDON)).toBe('2011-03-27T01:30:00.000Z');
  });

  it('takes the earlier of the two 01:30s on 30 October', () => {
    // 01:00-01:59 happened twice: first in BST (00:00Z-00:59Z), then in GMT (01:00Z-01:59Z).
    expect(iso('2011-10-30T00:59', LONDON)).toBe('2011-10-29T23:59:00.000Z');
    expect(iso('2011-10-30T01:00', LONDON)).toBe('2011-10-30T00:00:00.000Z');
    expect(iso('2011-10-30T01:30', LONDON)).toBe('2011-10-30T00:30:00.000Z');
    expect(iso('2011-10-30T01:59', LONDON)).toBe('2011-10-30T00:59:00.000Z');
    expect(iso('2011-10-30T02:00', LONDON)).toBe('2011-10-30T02:00:00.000Z');
  });
});

describe('zonedToInstant west of UTC (America/New_York, 2011)', () => {
  it('reads EST and EDT', () => {
    expect(iso('2011-02-16T09:30', NEW_YORK)).toBe('2011-02-16T14:30:00.000Z');
    expect(iso('2011-07-01T09:30', NEW_YORK)).toBe('2011-07-01T13:30:00.000Z');
  });

  it('handles the 13 March gap and the 6 November overlap', () => {
    // 02:30 did not exist; it is read as 03:30 EDT.
    expect(iso('2011-03-13T02:30', NEW_YORK)).toBe('2011-03-13T07:30:00.000Z');
    // 01:30 happened at 05:30Z (EDT) and 06:30Z (EST); the earlier one wins.
    expect(iso('2011-11-06T01:30', NEW_YORK)).toBe('2011-11-06T05:30:00.000Z');
  });
});

describe('instantToZoned', () => {
  it('gives the wall-clock date, time and ISO weekday', () => {
    expect(instantToZoned(new Date('2011-04-04T11:00:00Z'), LONDON)).toEqual({ date: '2011-04-04', time: '12:00', weekday: 1 });
    // The same instant is still Sunday evening in New York.
    expect(instantToZoned(new Date('2011-04-04T03:59:00Z'), NEW_YORK)).toEqual({ date: '2011-04-03', time: '23:59', weekday: 7 });
    expect(instantToZoned(new Date('2011-10-30T00:30:00Z'), LONDON).time).toBe('01:30');
    expect(instantToZoned(new Date('2011-10-30T01:30:00Z'), LONDON).time).toBe('01:30');
  });

  it('round-trips every minute, landing on the earlier instant only in an overlap', () => {
    const minute = 60_000;
    const from = Date.UTC(2000, 0, 1) / minute;
    const to = Date.UTC(2030, 0, 1) / minute;
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.constantFrom(LONDON, NEW_YORK, 'Australia/Sydney', 'UTC'), (m, tz) => {
        const instant = new Date(m * minute);
        const local = instantToZoned(instant, tz);
        const back = zonedToInstant(`${local.date}T${local.time}`, tz);
        expect(instantToZoned(back, tz)).toEqual(local);
        expect([0, 60 * minute]).toContain(instant.getTime() - back.getTime());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('startOfDay', () => {
  it('is local midnight as an instant', () => {
    expect(startOfDay('2011-02-01', LONDON).toISOString()).toBe('2011-02-01T00:00:00.000Z');
    expect(startOfDay('2011-07-01', LONDON).toISOString()).toBe('2011-06-30T23:00:00.000Z');
    expect(startOfDay('2011-03-27', LONDON).toISOString()).toBe('2011-03-27T00:00:00.000Z');
    expect(startOfDay('2011-03-13', NEW_YORK).toISOString()).toBe('2011-03-13T05:00:00.000Z');
  });

  it('is 01:00 where the clocks skip midnight', () => {
    // Brazil's daylight saving began at midnight on 4 November 2018: there was no 00:00-00:59.
    const start = startOfDay('2018-11-04', 'America/Sao_Paulo');
    expect(start.toISOString()).toBe('2018-11-04T03:00:00.000Z');
    expect(instantToZoned(start, 'America/Sao_Paulo')).toMatchObject({ date: '2018-11-04', time: '01:00' });
  });
});

describe('invalid input', () => {
  it.each([
    ['2011-02-30T09:00', 'a day February does not have'],
    ['2011-03-27 01:30', 'a space instead of T'],
    ['2011-03-27T24:00', 'hour 24'],
    ['2011-03-27T09:60', 'minute 60'],
    ['2011-03-27T9:30', 'one-digit hour'],
    ['2011-03-27', 'a date without a time'],
  ])('rejects %s (%s)', (local) => {
    expect(() => zonedToInstant(local, LONDON)).toThrow(`expected a real local time written YYYY-MM-DDTHH:mm, got "${local}"`);
  });

  it('names an unknown zone', () => {
    expect(() => zonedToInstant('2011-03-27T09:30', 'Europe/Atlantis')).toThrow(
      'unknown time zone "Europe/Atlantis"; expected an IANA name such as Europe/London',
    );
  });

  it('rejects an invalid Date and an invalid day', () => {
    expect(() => instantToZoned(new Date(Number.NaN), LONDON)).toThrow(RangeError);
    expect(() => startOfDay('2011-02-29', LONDON)).toThrow(RangeError);
  });
});

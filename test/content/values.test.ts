import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../src/content/values.js';

/** The check held to an independent reference: the calendar as JavaScript's Date keeps it. */
function isDateByDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // rolls 2011-02-29 over to 1 March
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('isRealDate', () => {
  it.each([
    ['2011-02-28', true],
    ['2000-02-29', true],
    ['2024-02-29', true],
    ['1900-02-29', false],
    ['2011-02-29', false],
    ['2011-04-31', false],
    ['2011-13-01', false],
    ['2011-00-10', false],
    ['2011-01-00', false],
    ['2011-1-01', false],
    [' 2011-01-01', false],
    ['2011-01-01\n', false],
    ['٢٠١١-٠١-٠١', false],
  ])('%s is %s', (text, real) => {
    expect(isRealDate(text)).toBe(real);
  });

  it('agrees with JavaScript\'s own calendar on any text', () => {
    const digit = fc.constantFrom(...'0123456789');
    const nearDate = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const text = fc.oneof(nearDate, fc.string({ maxLength: 12 }), fc.array(fc.oneof(digit, fc.constant('-')), { maxLength: 11 }).map((cs) => cs.join('')));
    fc.assert(
      fc.property(text, (t) => {
        expect(isRealDate(t)).toBe(isDateByDate(t));
      }),
      { numRuns: 5000 },
    );
  });
});

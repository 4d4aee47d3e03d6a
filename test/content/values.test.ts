import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../src/content/values.js';
import { isIsoDate } from '../../src/time/calendar.js';

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

  it('agrees with the calendar module on any text', () => {
    const digit = fc.constantFrom(...'0123456789');
    const nearDate = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const text = fc.oneof(nearDate, fc.string({ maxLength: 12 }), fc.array(fc.oneof(digit, fc.constant('-')), { maxLength: 11 }).map((cs) => cs.join('')));
    fc.assert(
      fc.property(text, (t) => {
        expect(isRealDate(t)).toBe(isIsoDate(t));
      }),
      { numRuns: 5000 },
    );
  });
});

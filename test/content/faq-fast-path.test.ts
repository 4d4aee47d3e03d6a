import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { faqFrontMatterFast } from '../../src/content/faq-fast-path.js';
import { faqFrontMatter } from '../../src/content/schemas.js';

const TRICKY: unknown[] = ['', ' ', ' x ', 'Bad Id', 'redundancy pay', 'redundancy-pay', '2011-02-30', '2011-2-1', 'everyone', 'Everyone', 'tier:3', 'tier: 4', 'pool:NEW-1', 'employee:E1', 'nobody', 1, 1.5, true, null, [], [''], ['a', ''], ['x', 3], {}, { a: 1 }];

const field = (valid: readonly unknown[]) =>
  fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 8 })) });

/** Front matter as YAML gives it: each field present or not, sometimes a field that does not exist. */
const frontMatter = (trickyFields: boolean) => {
  const pick = (valid: readonly unknown[]) => (trickyFields ? field(valid) : fc.constantFrom(...valid));
  return fc
    .record(
      {
        id: pick(['redundancy-pay', 'what-is-a-ring-fence', ' padded-id ']),
        question: pick(['What is my redundancy pay?', '  Why?  ']),
        variants: pick([[], ['How much?', 'pay?'], [' spaced ']]),
        tags: pick([[], ['pay'], ['ring fence', 'selection']]),
        audience: pick(['everyone', ['at-risk', 'tier:3'], 'pool:NEW-1', [' managers ']]),
        updated: pick(['2011-02-01', '2000-02-29']),
        source: pick(['redundancy', ['redundancy', 'making-appointments']]),
        extra: fc.constantFrom('x'),
      },
      // The required fields are always there (a missing one is plainly refused); the rest come and go.
      { requiredKeys: ['id', 'question', 'updated', 'source'] },
    )
    .map((fields) => {
      // The unknown field only when tricky fields are asked for; the schema refuses it.
      const { extra, ...known } = fields;
      return trickyFields && extra !== undefined ? fields : known;
    });
};

describe('faqFrontMatterFast', () => {
  it('accepts front matter only when the schema does, and gives exactly what the schema gives', () => {
    fc.assert(
      fc.property(fc.oneof(frontMatter(true), fc.constantFrom<unknown>(null, [], 'text', 3)), (value) => {
        const fast = faqFrontMatterFast(value);
        if (fast === null) return;
        const parsed = faqFrontMatter.safeParse(value);
        expect(parsed.success, JSON.stringify(value)).toBe(true);
        expect(fast).toStrictEqual(parsed.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['an empty list of sources', { source: [] }],
    ['an empty list of audiences', { audience: [] }],
    ['an audience that is no kind of audience', { audience: 'nobody' }],
    ['a field that does not exist', { answer: 'x' }],
  ])('leaves %s to zod', (_name, change) => {
    const valid = { id: 'pay', question: 'Why?', updated: '2011-02-01', source: 'redundancy' };
    expect(faqFrontMatterFast(valid)).not.toBeNull();
    expect(faqFrontMatterFast({ ...valid, ...change })).toBeNull();
    expect(faqFrontMatter.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('takes all valid front matter, so zod is left only the FAQs with problems', () => {
    fc.assert(
      fc.property(frontMatter(false), (value) => {
        expect(faqFrontMatter.safeParse(value).success).toBe(true);
        expect(faqFrontMatterFast(value)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

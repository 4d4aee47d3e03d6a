import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cellsByName, type ColumnIndex, type CsvColumns } from '../../src/content/csv-table.js';
import { postRowFast, ringFenceRowFast, staffRowFast, type FastRow } from '../../src/content/row-fast-paths.js';
import { POST_COLUMNS, postRow, RING_FENCE_COLUMNS, ringFenceRow, STAFF_COLUMNS, staffRow } from '../../src/content/schemas.js';

/** Cells that are wrong, or right only after trimming, or edge cases of a rule. */
const TRICKY = [
  '', ' ', ' x ', 'x y', '0', '-1', '1.5', '0x1', '1e0', '.5', '1.', 'Infinity', 'NaN', '2011-02-30', '2011-2-3', ' 2011-02-01',
  'none', 'NONE', 'Permanent', ' permanent', 'new ', 'a@b', '@b.c', 'a@b.c', 'u0ab', 'U0', 'E 1', 'e1', '10-11', '11-10', '10 - 12',
  '1000', '13', '3.5', '\u00a0x', 'x\u00a0', 'EI-D-014', 'ei-d-014', 'making-appointments', 'Making-Appointments',
];

type Spec = Readonly<Record<string, readonly string[]>>;

const STAFF: Spec = {
  employee_id: ['E001', 'e.1_x-2'],
  name: ['Alex Carter', "Jo O'Neill"],
  email: ['alex@example.org', 'Alex.Carter@Example.ORG'],
  slack_user_id: ['', 'U0123ABCD', 'W12'],
  post_id: ['OLD-1'],
  grade: ['G10', 'Hay evaluation needed'],
  fte: ['1', '0.6', '.5', '1.0'],
  manager_id: ['', 'E002'],
  service_start: ['2010-01-04', '2000-02-29'],
  contract: ['permanent', 'fixed-term', 'covering'],
  date_of_birth: ['', '1980-05-05'],
  weekly_pay: ['', '310', '512.50'],
};

const POSTS: Spec = {
  id: ['NEW-1', 'EI-D-014'],
  title: ['Hub Manager'],
  service: ['Early Help'],
  tier: ['', '3', '12'],
  grade: ['G15'],
  pay_scale: ['NJC'],
  grade_band: ['', '10', '10-11', '9 - 9'],
  fte: ['', '0.6', '15'],
  change: ['deleted', 'new', 'continuing', 'changed'],
  source: ['making-appointments'],
  note: ['', 'Hay evaluation pending'],
};

const RING_FENCES: Spec = {
  new_post_id: ['NEW-1', 'none', 'None'],
  current_post_id: ['OLD-1'],
  basis: ['slot-in', 'ring-fence'],
  state: ['published', 'provisional'],
  note: ['', 'slot-in: the same role'],
};

/** A row as the CSV reader hands it on: cells in header order, optional columns sometimes left out of the file. */
function rows(spec: Spec, columns: CsvColumns, trickyShare: number) {
  const cell = (name: string) =>
    fc.oneof(
      { weight: 100 - trickyShare, arbitrary: fc.constantFrom(...(spec[name] ?? [''])) },
      { weight: trickyShare, arbitrary: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 12 })) },
    );
  return fc.record({
    present: fc.subarray([...columns.optional]),
    values: fc.record(Object.fromEntries([...columns.required, ...columns.optional].map((name) => [name, cell(name)]))),
  }).map(({ present, values }) => {
    const names = [...columns.required, ...present];
    const at: Record<string, number> = {};
    for (const name of [...columns.required, ...columns.optional]) at[name] = names.indexOf(name);
    return { cells: names.map((name) => values[name] ?? ''), at: at as ColumnIndex };
  });
}

const TABLES = [
  { file: 'staff.csv', spec: STAFF, columns: STAFF_COLUMNS, schema: staffRow, fast: staffRowFast as FastRow<unknown> },
  { file: 'posts.csv', spec: POSTS, columns: POST_COLUMNS, schema: postRow, fast: postRowFast as FastRow<unknown> },
  { file: 'ringfences.csv', spec: RING_FENCES, columns: RING_FENCE_COLUMNS, schema: ringFenceRow, fast: ringFenceRowFast as FastRow<unknown> },
];

describe.each(TABLES)('the fast path for $file', ({ spec, columns, schema, fast }) => {
  const known = [...columns.required, ...columns.optional];
  const viaZod = (cells: readonly string[], at: ColumnIndex) => (schema as z.ZodType).safeParse(cellsByName(cells, at, known));

  it('accepts a row only when its schema does, and gives exactly what the schema gives', () => {
    fc.assert(
      fc.property(rows(spec, columns, 15), ({ cells, at }) => {
        const value = fast(cells, at);
        if (value === null) return;
        const parsed = viaZod(cells, at);
        expect(parsed.success, JSON.stringify(cells)).toBe(true);
        expect(value).toStrictEqual(parsed.data);
        // Same keys in the same order, so the values look alike wherever they go.
        expect(JSON.stringify(value)).toBe(JSON.stringify(parsed.data));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes every valid row, so zod is left only the rows with problems', () => {
    fc.assert(
      fc.property(rows(spec, columns, 0), ({ cells, at }) => {
        expect(viaZod(cells, at).success).toBe(true);
        expect(fast(cells, at)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

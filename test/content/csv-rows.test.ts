import { describe, expect, it } from 'vitest';
import { eachCsvRow, parseCsvTable } from '../../src/content/csv-table.js';

const columns = { required: ['id', 'name'], optional: ['note'] };

describe('eachCsvRow', () => {
  it('hands on each row with where each column is, a missing optional column at -1', () => {
    const seen: unknown[] = [];
    const errors = eachCsvRow('name,id\n# comment\nAlex,E1\n\nSam,"E,2"\n', 'f.csv', columns, (cells, line, at) => seen.push({ cells: [...cells], line, at }));
    expect(errors).toEqual([]);
    expect(seen).toEqual([
      { cells: ['Alex', 'E1'], line: 3, at: { id: 1, name: 0, note: -1 } },
      { cells: ['Sam', 'E,2'], line: 5, at: { id: 1, name: 0, note: -1 } },
    ]);
  });

  it('reports a quote never closed alone, even after a bad header or row, as parseCsvTable does', () => {
    const text = 'id,nmae\nE1\nE2,"Alex\n';
    const expected = [{ file: 'f.csv', line: 3, field: null, message: 'is not valid CSV: a quoted cell is never closed; check for a missing "' }];
    expect(eachCsvRow(text, 'f.csv', columns, () => undefined)).toEqual(expected);
    expect(parseCsvTable(text, 'f.csv', columns)).toEqual({ ok: false, errors: expected });
  });

  it('stops handing on rows after one with the wrong number of cells', () => {
    const lines: number[] = [];
    const errors = eachCsvRow('id,name\nE1,A\nE2\nE3,C\n', 'f.csv', columns, (_cells, line) => lines.push(line));
    expect(errors.map((e) => e.line)).toEqual([3]);
    expect(lines).toEqual([2]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCsvTable, splitCsvRecords } from '../../src/content/csv-table.js';

describe('splitCsvRecords', () => {
  it('reads quoted commas, doubled quotes and cells across lines, keeping each record start line', () => {
    const text = 'a,b,c\n# a comment, with commas\n\n1, "x, y" ,"say ""hi"""\n2,"two\nlines",5\'10"\n3,,\n';
    const result = splitCsvRecords(text);
    expect(result).toEqual({
      ok: true,
      records: [
        { cells: ['a', 'b', 'c'], line: 1 },
        { cells: ['1', 'x, y', 'say "hi"'], line: 4 },
        { cells: ['2', 'two\nlines', '5\'10"'], line: 5 },
        { cells: ['3', '', ''], line: 7 },
      ],
    });
  });

  it('reads a last line with no line end', () => {
    expect(splitCsvRecords('a,b\n1,2')).toEqual({ ok: true, records: [{ cells: ['a', 'b'], line: 1 }, { cells: ['1', '2'], line: 2 }] });
  });

  it('names the line of a quote that is never closed', () => {
    expect(splitCsvRecords('a,b\n1,2\n3,"open\n4,5\n')).toEqual({ ok: false, line: 3, message: 'a quoted cell is never closed; check for a missing "' });
  });

  it('refuses text after a closing quote', () => {
    const result = splitCsvRecords('a,b\n1,"x"y\n');
    expect(result).toMatchObject({ ok: false, line: 2 });
  });
});

describe('parseCsvTable', () => {
  const columns = { required: ['id', 'name'], optional: ['note'] };

  it('maps cells to columns in any order and fills missing optional columns with blanks', () => {
    const result = parseCsvTable('name,id\nAlex,E1\n', 'f.csv', columns);
    expect(result).toEqual({ ok: true, rows: [{ line: 2, cells: { id: 'E1', name: 'Alex', note: '' } }] });
  });

  it('reports a quote never closed as a CSV error with its line', () => {
    const result = parseCsvTable('id,name\nE1,"Alex\n', 'f.csv', columns);
    expect(result).toEqual({
      ok: false,
      errors: [{ file: 'f.csv', line: 2, field: null, message: 'is not valid CSV: a quoted cell is never closed; check for a missing "' }],
    });
  });

  it('reports every short or long row, not only the first', () => {
    const result = parseCsvTable('id,name\nE1\nE2,B,C\nE3,C\n', 'f.csv', columns);
    expect(result.ok ? [] : result.errors.map((e) => e.line)).toEqual([2, 3]);
  });
});

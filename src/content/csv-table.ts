import { contentError } from './content-error.js';
import type { ContentError } from './types.js';

export interface CsvRow {
  /** 1-based line in the file where the row starts. */
  readonly line: number;
  /** Cell text by column name, trimmed; a missing optional column reads as ''. */
  readonly cells: Readonly<Record<string, string>>;
}

export interface CsvColumns {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; errors: ContentError[] };

/**
 * Reads a CSV table HR maintains by hand or from a spreadsheet export: header first,
 * columns in any order, `#` comment lines, blank lines ignored. Unknown columns are an
 * error because a misspelt header would otherwise silently drop a whole column.
 */
export function parseCsvTable(text: string, file: string, columns: CsvColumns): CsvResult {
  const parsed = splitCsvRecords(text);
  if (!parsed.ok) return { ok: false, errors: [contentError(file, parsed.line, null, `is not valid CSV: ${parsed.message}`)] };
  const records = parsed.records;

  const [header, ...body] = records;
  if (header === undefined) {
    return {
      ok: false,
      errors: [contentError(file, null, null, `is empty; expected a header line with the columns ${columns.required.join(', ')}`)],
    };
  }
  const errors: ContentError[] = [];
  const names = header.cells.map((name) => name.toLowerCase());
  const known = new Set([...columns.required, ...columns.optional]);
  const seen = new Set<string>();
  names.forEach((name) => {
    if (!known.has(name)) {
      errors.push(contentError(file, header.line, name || '(blank)', `is not a column of this file; expected columns: ${[...known].join(', ')}`));
    } else if (seen.has(name)) {
      errors.push(contentError(file, header.line, name, 'appears twice in the header'));
    }
    seen.add(name);
  });
  for (const name of columns.required) {
    if (!seen.has(name)) errors.push(contentError(file, header.line, name, 'column is missing from the header'));
  }
  if (errors.length > 0) return { ok: false, errors };

  const rows: CsvRow[] = [];
  for (const { cells: record, line } of body) {
    if (record.length !== names.length) {
      errors.push(
        contentError(file, line, null, `has ${record.length} cells but the header has ${names.length} columns (${names.join(', ')}); quote any cell that contains a comma`),
      );
      continue;
    }
    const cells: Record<string, string> = {};
    for (const name of known) cells[name] = '';
    names.forEach((name, i) => {
      cells[name] = record[i] ?? '';
    });
    rows.push({ line, cells });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rows };
}


interface CsvRecord {
  readonly cells: string[];
  /** Line the record starts on, 1-based. */
  readonly line: number;
}

type SplitResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/**
 * RFC 4180 records with HR's conveniences: a line starting with `#` is a comment, blank
 * lines are skipped, space around a cell is trimmed, and a quote inside an unquoted cell is
 * just a character (`5'10"`). A single pass over the text: a 20,000-person staff list is
 * a few megabytes and is read on every reload.
 */
export function splitCsvRecords(text: string): SplitResult {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    // At the start of a line: skip blank and comment lines.
    let j = i;
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    if (j >= n) break;
    if (text[j] === '\n' || text[j] === '#') {
      const end = text.indexOf('\n', j);
      if (end < 0) break;
      i = end + 1;
      line++;
      continue;
    }
    const start = line;
    const cells: string[] = [];
    for (;;) {
      while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
      if (text[i] === '"') {
        const quoteLine = line;
        let value = '';
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) return { ok: false, line: quoteLine, message: 'a quoted cell is never closed; check for a missing "' };
          const chunk = text.slice(i, q);
          for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
          value += chunk;
          if (text[q + 1] === '"') {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
        if (i < n && text[i] !== ',' && text[i] !== '\n') {
          return { ok: false, line, message: 'text follows a closing quote; a quote inside a quoted cell is written twice ("")' };
        }
        cells.push(value.trim());
      } else {
        let end = i;
        while (end < n && text[end] !== ',' && text[end] !== '\n') end++;
        cells.push(text.slice(i, end).trim());
        i = end;
      }
      if (i >= n || text[i] === '\n') break;
      i++; // the comma
    }
    records.push({ cells, line: start });
    i++;
    line++;
  }
  return { ok: true, records };
}

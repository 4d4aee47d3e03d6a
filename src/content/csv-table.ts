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

/** Where each known column sits in a row's cells: its index, or -1 for an optional column the file leaves out. */
export type ColumnIndex = Readonly<Record<string, number>>;

/**
 * Reads a CSV table HR maintains by hand or from a spreadsheet export: header first,
 * columns in any order, `#` comment lines, blank lines ignored. Unknown columns are an
 * error because a misspelt header would otherwise silently drop a whole column.
 */
export function parseCsvTable(text: string, file: string, columns: CsvColumns): CsvResult {
  const known = [...columns.required, ...columns.optional];
  const rows: CsvRow[] = [];
  const errors = eachCsvRow(text, file, columns, (cells, line, at) => {
    rows.push({ line, cells: cellsByName(cells, at, known) });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/** One row's cells by column name, as parseCsvTable returns them and the zod row schemas take them. */
export function cellsByName(cells: readonly string[], at: ColumnIndex, known: readonly string[]): Record<string, string> {
  const named: Record<string, string> = {};
  for (const name of known) named[name] = cellAt(cells, at, name);
  return named;
}

/** One cell of a row by column name: '' for an optional column the file leaves out. */
export function cellAt(cells: readonly string[], at: ColumnIndex, name: string): string {
  const i = at[name] ?? -1;
  return i < 0 ? '' : (cells[i] ?? '');
}

/**
 * parseCsvTable without an object per row: calls `row` with each data row's cells as it
 * reads them, so the pack loader can validate a 20,000-person list without holding every
 * row's cells at once. Returns the errors parseCsvTable would report; when there are any,
 * the file is rejected as a whole and the caller must drop what `row` was given.
 */
export function eachCsvRow(
  text: string,
  file: string,
  columns: CsvColumns,
  row: (cells: readonly string[], line: number, at: ColumnIndex) => void,
): ContentError[] {
  let header: HeaderResult | null = null;
  const lengthErrors: ContentError[] = [];
  const scanned = scanCsvRecords(text, (cells, line) => {
    if (header === null) {
      header = readHeader(cells, line, file, columns);
      return;
    }
    // After a bad header or row, keep reading only to find a syntax error, which outranks them.
    if (!header.ok) return;
    if (cells.length !== header.names.length) {
      lengthErrors.push(
        contentError(file, line, null, `has ${cells.length} cells but the header has ${header.names.length} columns (${header.names.join(', ')}); quote any cell that contains a comma`),
      );
    }
    if (lengthErrors.length === 0) row(cells, line, header.at);
  });
  if (!scanned.ok) return [contentError(file, scanned.line, null, `is not valid CSV: ${scanned.message}`)];
  const read = header as HeaderResult | null;
  if (read === null) {
    return [contentError(file, null, null, `is empty; expected a header line with the columns ${columns.required.join(', ')}`)];
  }
  if (!read.ok) return read.errors;
  return lengthErrors;
}

type HeaderResult = { ok: true; names: readonly string[]; at: ColumnIndex } | { ok: false; errors: ContentError[] };

function readHeader(cells: readonly string[], line: number, file: string, columns: CsvColumns): HeaderResult {
  const errors: ContentError[] = [];
  const names = cells.map((name) => name.toLowerCase());
  const known = new Set([...columns.required, ...columns.optional]);
  const seen = new Set<string>();
  names.forEach((name) => {
    if (!known.has(name)) {
      errors.push(contentError(file, line, name || '(blank)', `is not a column of this file; expected columns: ${[...known].join(', ')}`));
    } else if (seen.has(name)) {
      errors.push(contentError(file, line, name, 'appears twice in the header'));
    }
    seen.add(name);
  });
  for (const name of columns.required) {
    if (!seen.has(name)) errors.push(contentError(file, line, name, 'column is missing from the header'));
  }
  if (errors.length > 0) return { ok: false, errors };
  const at: Record<string, number> = {};
  for (const name of known) at[name] = -1;
  names.forEach((name, i) => {
    at[name] = i;
  });
  return { ok: true, names, at };
}

export interface CsvRecord {
  readonly cells: string[];
  /** Line the record starts on, 1-based. */
  readonly line: number;
}

type SplitResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };
type ScanResult = { ok: true } | { ok: false; line: number; message: string };

/** Every record of the text at once; see scanCsvRecords. */
export function splitCsvRecords(text: string): SplitResult {
  const records: CsvRecord[] = [];
  const scanned = scanCsvRecords(text, (cells, line) => {
    records.push({ cells, line });
  });
  return scanned.ok ? { ok: true, records } : scanned;
}

const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;
const COMMA = 44;
const QUOTE = 34;
const HASH = 35;

/**
 * RFC 4180 records with HR's conveniences: a line starting with `#` is a comment, blank
 * lines are skipped, space around a cell is trimmed, and a quote inside an unquoted cell is
 * just a character (`5'10"`). A single pass over the text by character code, handing each
 * record on as it ends: a 20,000-person staff list is a few megabytes and is read on
 * every reload.
 */
function scanCsvRecords(text: string, record: (cells: string[], line: number) => void): ScanResult {
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    // At the start of a line: skip blank and comment lines.
    let j = i;
    let c = text.charCodeAt(j);
    while (c === SPACE || c === TAB) c = text.charCodeAt(++j);
    if (j >= n) break;
    if (c === NEWLINE || c === HASH) {
      const end = text.indexOf('\n', j);
      if (end < 0) break;
      i = end + 1;
      line++;
      continue;
    }
    const start = line;
    const cells: string[] = [];
    for (;;) {
      c = text.charCodeAt(i);
      while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
      if (c === QUOTE) {
        const quoteLine = line;
        let value = '';
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) return { ok: false, line: quoteLine, message: 'a quoted cell is never closed; check for a missing "' };
          for (let k = i; k < q; k++) if (text.charCodeAt(k) === NEWLINE) line++;
          value += text.slice(i, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        c = text.charCodeAt(i);
        while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
        if (i < n && c !== COMMA && c !== NEWLINE) {
          return { ok: false, line, message: 'text follows a closing quote; a quote inside a quoted cell is written twice ("")' };
        }
        cells.push(value.trim());
      } else {
        let end = i;
        while (end < n && c !== COMMA && c !== NEWLINE) c = text.charCodeAt(++end);
        cells.push(text.slice(i, end).trim());
        i = end;
      }
      if (i >= n || c === NEWLINE) break;
      i++; // the comma
    }
    record(cells, start);
    i++;
    line++;
  }
  return { ok: true };
}

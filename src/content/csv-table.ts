import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
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
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (cause) {
    const line = cause instanceof CsvError && typeof cause['lines'] === 'number' ? cause['lines'] : null;
    const reason = cause instanceof Error ? cause.message.replace(/^Invalid [^:]*: /, '') : 'unreadable';
    return { ok: false, errors: [contentError(file, line, null, `is not valid CSV: ${reason}`)] };
  }

  const [header, ...body] = records;
  if (header === undefined) {
    return {
      ok: false,
      errors: [contentError(file, null, null, `is empty; expected a header line with the columns ${columns.required.join(', ')}`)],
    };
  }
  const errors: ContentError[] = [];
  const names = header.record.map((name) => name.trim().toLowerCase());
  const known = new Set([...columns.required, ...columns.optional]);
  const seen = new Set<string>();
  names.forEach((name) => {
    if (!known.has(name)) {
      errors.push(contentError(file, header.info.lines, name || '(blank)', `is not a column of this file; expected columns: ${[...known].join(', ')}`));
    } else if (seen.has(name)) {
      errors.push(contentError(file, header.info.lines, name, 'appears twice in the header'));
    }
    seen.add(name);
  });
  for (const name of columns.required) {
    if (!seen.has(name)) errors.push(contentError(file, header.info.lines, name, 'column is missing from the header'));
  }
  if (errors.length > 0) return { ok: false, errors };

  const rows: CsvRow[] = [];
  let previousEnd = header.info.lines;
  for (const { record, info } of body) {
    // csv-parse reports the line a record ends on; a record starts after the last one ended,
    // past any comment or blank lines, so count those back from the end for multi-line cells.
    const extraLines = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const line = Math.max(previousEnd + 1, info.lines - extraLines);
    previousEnd = info.lines;
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


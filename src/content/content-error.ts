import type { ContentError } from './types.js';

export function contentError(
  file: string,
  line: number | null,
  field: string | null,
  message: string,
): ContentError {
  return { file, line, field, message };
}

/** `consultation/staff.csv line 14: manager_id: "E099" is not a staff member` */
export function formatContentError(error: ContentError): string {
  const where = error.line === null ? error.file : `${error.file} line ${error.line}`;
  const field = error.field === null ? '' : `${error.field}: `;
  return `${where}: ${field}${error.message}`;
}

/** Errors in file order, then line order, so HR can work down a file. */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/** A value shown inside an error message: quoted, and cut short so one bad cell can't flood the output. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const cut = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(cut);
}

import { formatContentError } from '../content/content-error.js';
import type { ContentError } from '../content/types.js';

/** Files whose error messages may quote a person's details (a name, an email, pay, a date of birth). */
const PERSONAL_FILES = new Set(['consultation/staff.csv']);

/**
 * A pack error as it may be posted in HR's channel: exactly as `npm run check` says it,
 * except that in staff.csv the quoted cell values are withheld. The place (file, line,
 * column) is enough to find the cell; the channel is read by more people than the one
 * whose pay or birthday it would show, and Slack keeps it searchable for good.
 */
export function shareablePackError(error: ContentError): string {
  const text = formatContentError(error);
  if (!PERSONAL_FILES.has(error.file)) return text;
  const where = formatContentError({ ...error, message: '' });
  return `${where}${error.message.replace(/"(?:[^"\\]|\\.)*"/g, '(value withheld)')}`;
}

import { contentError, shown } from '../content/content-error.js';
import { parseCsvTable } from '../content/csv-table.js';
import type { ContentError, ContentPack, IsoDate } from '../content/types.js';
import type { Completion } from '../store/action-records.js';
import { isIsoDate, startOfDay } from '../time/zoned.js';

export type CompletionsCsvResult = { readonly ok: true; readonly completions: Completion[] } | { readonly ok: false; readonly errors: ContentError[] };

const COLUMNS = { required: ['employee_id', 'action_id', 'completed_on'], optional: [] } as const;

/**
 * HR's record of who has done what (`employee_id,action_id,completed_on`), checked
 * against the pack the bot serves, every problem at once, each naming file, line and
 * column like the pack's own errors. One bad row fails the file: a half-imported file
 * would leave HR unsure which rows took.
 *
 * `today` (in the pack's time zone) rejects dates still to come, the usual sign of a
 * day and month swapped by a spreadsheet.
 */
export function parseCompletionsCsv(text: string, file: string, pack: ContentPack, today: IsoDate): CompletionsCsvResult {
  const table = parseCsvTable(text, file, { required: [...COLUMNS.required], optional: [...COLUMNS.optional] });
  if (!table.ok) return table;
  const actions = new Set(pack.timeline.flatMap((m) => (m.action ? [m.action.id] : [])));
  const errors: ContentError[] = [];
  const completions: Completion[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const employeeId = cells['employee_id'] ?? '';
    const actionId = cells['action_id'] ?? '';
    const date = cells['completed_on'] ?? '';
    const before = errors.length;
    if (!pack.staff.has(employeeId)) errors.push(contentError(file, line, 'employee_id', `${shown(employeeId)} is not in consultation/staff.csv`));
    if (!actions.has(actionId)) {
      errors.push(contentError(file, line, 'action_id', `${shown(actionId)} is not an action in consultation/timeline.yaml; its actions are ${[...actions].join(', ') || 'none'}`));
    }
    if (!isIsoDate(date)) errors.push(contentError(file, line, 'completed_on', `expected a real date written YYYY-MM-DD, e.g. 2011-04-20, found ${shown(date)}`));
    else if (date > today) errors.push(contentError(file, line, 'completed_on', `${date} is in the future; check the day and month are not swapped`));
    const pair = `${employeeId}|${actionId}`;
    const first = seen.get(pair);
    if (first !== undefined) errors.push(contentError(file, line, null, `repeats line ${first} (the same employee_id and action_id)`));
    else seen.set(pair, line);
    if (errors.length === before && isIsoDate(date)) {
      completions.push({ employeeId, actionId, source: 'csv', completedAt: startOfDay(date, pack.consultation.timeZone) });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, completions };
}

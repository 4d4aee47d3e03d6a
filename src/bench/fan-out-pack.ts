import { splitCsvRecords } from '../content/csv-table.js';
import { zonedToInstant } from '../time/zoned.js';
import { generatePack, scaledOptions } from './gen-pack.js';

/** The one milestone of a fan-out pack: everyone's preference sheet, due on a Wednesday. */
export const FAN_OUT_MILESTONE = 'preference-sheets';
const DUE = '2025-03-12';

/** When its reminder goes to everyone: the working day before, when working hours open (09:00, Tuesday 11 March 2025). */
export const FAN_OUT_AT: Date = zonedToInstant('2025-03-11T09:00', 'Europe/London');

/**
 * A pack whose timeline sends one DM to every member of staff at the same moment: the
 * synthetic organisation of `generatePack` with every current post listed for deletion
 * (so everyone is at risk) and one milestone for those at risk, with one reminder and no
 * action, so no manager digests either. The document and FAQs are kept small: the
 * scheduler never reads them, and a process restarting mid-fan-out should not spend its
 * time indexing them.
 */
export function fanOutPackFiles(staff: number, seed = 1): Map<string, string> {
  const files = generatePack({ ...scaledOptions(staff, seed), faqs: 20, docBytes: 64 * 1024 });
  files.set('consultation/posts.csv', everyCurrentPostDeleted(files.get('consultation/posts.csv') ?? ''));
  files.set(
    'consultation/timeline.yaml',
    `# Fan-out benchmark: one reminder to every member of staff at once.
milestones:
  - id: ${FAN_OUT_MILESTONE}
    title: Staff Preference Sheets due
    date: ${DUE}
    audience: at-risk
    reminders: [1d]
    status: provisional
    source: making-appointments
`,
  );
  return files;
}

function everyCurrentPostDeleted(csv: string): string {
  const split = splitCsvRecords(csv);
  if (!split.ok) throw new Error(`generated posts.csv line ${split.line}: ${split.message}`);
  const [header, ...rows] = split.records;
  const change = header?.cells.indexOf('change') ?? -1;
  if (!header || change < 0) throw new Error('generated posts.csv has no change column');
  const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [header.cells, ...rows.map((r) => r.cells.map((c, i) => (i === change && c !== 'new' ? 'deleted' : c)))];
  return `${lines.map((cells) => cells.map(cell).join(',')).join('\n')}\n`;
}

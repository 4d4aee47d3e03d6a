import { parseArgs } from 'node:util';
import { formatContentError } from '../content/content-error.js';
import { loadPack } from '../content/load-pack.js';
import type { ContentPack } from '../content/types.js';
import { planReminders } from '../reminders/plan.js';
import { ANNOUNCE, type PlannedReminder } from '../reminders/planned-reminder.js';
import { DEFAULT_QUIET_HOURS } from '../reminders/quiet-hours.js';
import { NO_COMPLETIONS } from '../reminders/recipients.js';
import { addDays, formatDate, formatTime, instantToZoned, isIsoDate, startOfDay } from '../time/zoned.js';
import { contentDir } from './content-dir.js';

const USAGE = 'usage: npm run -s reminders -- [--content DIR] --from YYYY-MM-DD --to YYYY-MM-DD [--json]';

/**
 * `npm run -s reminders -- --from 2011-02-01 --to 2011-02-28`: every reminder the plan
 * would send in those days (inclusive, in the pack's time zone), for HR to check before
 * anything goes out. Nobody has marked anything done in a preview, so it is the fullest
 * plan; the scheduler leaves out what people have done.
 */
function main(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let options: { dir: string; from: string; to: string; json: boolean };
  try {
    options = parseOptions(argv, env);
  } catch (error) {
    console.error(`reminders: ${error instanceof Error ? error.message : String(error)} (${USAGE})`);
    return 2;
  }
  const result = loadPack(options.dir);
  if (!result.ok) {
    console.error(`The pack in ${options.dir} has ${result.errors.length} ${result.errors.length === 1 ? 'problem' : 'problems'}:`);
    for (const error of result.errors) console.error(`  ${formatContentError(error)}`);
    return 1;
  }
  const pack = result.pack;
  const timeZone = pack.consultation.timeZone;
  const plan = planReminders({
    pack,
    completed: NO_COMPLETIONS,
    optOuts: new Set(),
    from: startOfDay(options.from, timeZone),
    to: startOfDay(addDays(options.to, 1), timeZone),
    policy: DEFAULT_QUIET_HOURS,
  });
  const lines = options.json ? plan.map((r) => JSON.stringify(asJson(pack, r))) : table(pack, plan, options.from, options.to);
  for (const line of lines) console.log(line);
  return 0;
}

function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): { dir: string; from: string; to: string; json: boolean } {
  const { values } = parseArgs({
    args: [...argv],
    options: { content: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  const from = dateOption('--from', values.from);
  const to = dateOption('--to', values.to);
  if (from > to) throw new Error(`--from ${from} is after --to ${to}`);
  return { dir: contentDir(values.content, env), from, to, json: values.json ?? false };
}

function dateOption(name: string, value: string | undefined): string {
  if (value === undefined) throw new Error(`${name} is required`);
  if (!isIsoDate(value)) throw new Error(`${name}: expected a real date written YYYY-MM-DD, e.g. 2011-02-01, found ${JSON.stringify(value)}`);
  return value;
}

function recipientName(pack: ContentPack, r: PlannedReminder): string {
  if (r.recipient === ANNOUNCE) return 'announcement channel';
  return pack.staff.get(r.recipient)?.name ?? r.recipient;
}

function asJson(pack: ContentPack, r: PlannedReminder): Record<string, unknown> {
  const timeZone = pack.consultation.timeZone;
  const local = instantToZoned(r.fireAt, timeZone);
  return {
    key: r.key,
    kind: r.kind,
    recipient: r.recipient,
    recipientName: recipientName(pack, r),
    milestone: r.milestone.id,
    action: r.milestone.action?.id ?? null,
    offset: r.offset,
    fireAt: r.fireAt.toISOString(),
    fireAtLocal: `${local.date}T${local.time}`,
    milestoneAt: r.milestoneAt.toISOString(),
    essential: r.essential,
    provisional: r.milestone.status === 'provisional',
    about: r.about,
    text: r.text,
  };
}

function table(pack: ContentPack, plan: readonly PlannedReminder[], from: string, to: string): string[] {
  const timeZone = pack.consultation.timeZone;
  const count = `${plan.length} ${plan.length === 1 ? 'reminder' : 'reminders'}`;
  const lines = [`${count} from ${formatDate(from)} to ${formatDate(to)} (${timeZone}); nobody has marked anything done in a preview.`];
  const rows = plan.map((r) => {
    const local = instantToZoned(r.fireAt, timeZone);
    const to = r.recipient === ANNOUNCE ? 'channel' : `${r.recipient} ${recipientName(pack, r)}`;
    const about = r.about.length > 0 ? ` (${r.about.length} outstanding)` : '';
    const flags = [r.essential ? 'essential' : '', r.milestone.status === 'provisional' ? 'provisional' : ''].filter(Boolean).join(', ');
    return {
      date: local.date,
      cells: [formatTime(local.time), r.kind, to, `${r.milestone.id}${r.offset ? ` ${r.offset}` : ''}${about}`, flags],
    };
  });
  const widths = [0, 1, 2, 3].map((i) => Math.max(0, ...rows.map((row) => row.cells[i]?.length ?? 0)));
  let day = '';
  for (const row of rows) {
    if (row.date !== day) {
      day = row.date;
      lines.push('', formatDate(day));
    }
    lines.push(`  ${row.cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()}`);
  }
  return lines;
}

process.exitCode = main(process.argv.slice(2), process.env);

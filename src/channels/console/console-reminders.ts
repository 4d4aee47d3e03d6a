import type { ContentPack } from '../../content/types.js';
import { planReminders } from '../../reminders/plan.js';
import { ANNOUNCE, type PlannedReminder } from '../../reminders/planned-reminder.js';
import { DEFAULT_QUIET_HOURS, type QuietHours } from '../../reminders/quiet-hours.js';
import { milestoneMembers } from '../../reminders/recipients.js';
import type { ActionRecords } from '../../store/action-records.js';
import { formatDate, formatTime, instantToZoned } from '../../time/zoned.js';

export interface ConsoleRemindersOptions {
  /** Where `/done` is recorded and completions and opt-outs are read; in memory when not given. */
  readonly actions?: Pick<ActionRecords, 'complete' | 'completions' | 'optOuts'>;
  readonly policy?: QuietHours;
}

export interface ConsoleReminders {
  /**
   * Lines showing the reminders that fire between two moments, for the person (or, for
   * nobody, only the announcements): each reminder once per chat, so walking over the
   * same days again repeats nothing; moving back fires nothing.
   */
  onTheWay(pack: ContentPack, from: Date, to: Date, employeeId: string | null): string[];
  /** `/done ACTION_ID`: one line saying what was recorded. */
  markDone(pack: ContentPack, employeeId: string | null, actionId: string, at: Date): string;
}

/**
 * The terminal's view of the reminders: the same plan the scheduler sends from, shown as
 * the chat's date moves, so HR can watch what people would be sent. Nothing is posted
 * and the delivery ledger is not touched: the chat's dates are make-believe.
 */
export function consoleReminders(options: ConsoleRemindersOptions = {}): ConsoleReminders {
  const actions = options.actions ?? memoryActions();
  const policy = options.policy ?? DEFAULT_QUIET_HOURS;
  const fired = new Set<string>();

  return {
    onTheWay(pack, from, to, employeeId) {
      if (to.getTime() <= from.getTime()) return [];
      const plan = planReminders({ pack, completed: actions.completions(), optOuts: actions.optOuts(), from, to: new Date(to.getTime() + 1), policy });
      const mine = plan.filter((r) => (r.recipient === ANNOUNCE || r.recipient === employeeId) && !fired.has(r.key));
      for (const r of mine) fired.add(r.key);
      if (mine.length === 0) return ['No reminders on the way.'];
      return [`Reminders on the way (${mine.length}):`, ...mine.flatMap((r) => ['', `${when(pack, r)}, ${where(r)}:`, r.text])];
    },

    markDone(pack, employeeId, actionId, at) {
      if (employeeId === null) return 'Be someone first (/as EMPLOYEE_ID): actions are marked done for a person.';
      const yours = pack.timeline.filter((m) => m.action !== null && milestoneMembers(pack, m).some((e) => e.id === employeeId));
      const m = yours.find((x) => x.action?.id === actionId);
      if (!m?.action) {
        const ids = yours.map((x) => x.action?.id ?? '').join(', ');
        return `"${actionId.slice(0, 60)}" is not one of your actions${ids ? `; yours are: ${ids}` : '; you have none in the timeline'}.`;
      }
      const fresh = actions.complete({ employeeId, actionId, source: 'console', completedAt: at });
      return fresh ? `Marked as done: ${m.action.text}. No more reminders about it.` : 'You had already marked this done.';
    },
  };
}

function when(pack: ContentPack, r: PlannedReminder): string {
  const local = instantToZoned(r.fireAt, pack.consultation.timeZone);
  return `${formatDate(local.date)}, ${formatTime(local.time)}`;
}

function where(r: PlannedReminder): string {
  if (r.recipient === ANNOUNCE) return 'in the announcement channel';
  return r.kind === 'manager-digest' ? 'to you, about your team' : 'to you';
}

/** For a chat with no store: completions last as long as the chat. */
function memoryActions(): Pick<ActionRecords, 'complete' | 'completions' | 'optOuts'> {
  const done = new Map<string, Set<string>>();
  return {
    complete({ employeeId, actionId }) {
      const set = done.get(employeeId) ?? new Set<string>();
      done.set(employeeId, set);
      if (set.has(actionId)) return false;
      set.add(actionId);
      return true;
    },
    completions: () => done,
    optOuts: () => new Set(),
  };
}

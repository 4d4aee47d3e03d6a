import type { ContentPack } from '../content/types.js';
import type { ActionRecords } from '../store/action-records.js';
import type { ReminderState } from '../store/reminder-state.js';
import { deliverReminders, type DeliveryReport, type ReminderChannel } from './deliver.js';
import { holdForWorkingTime } from './hold-for-working-time.js';
import type { LedgerState, ReminderLedger } from './ledger.js';
import { planReminders } from './plan.js';
import { ANNOUNCE, type PlannedReminder } from './planned-reminder.js';
import type { QuietHours } from './quiet-hours.js';
import type { Completions } from './recipients.js';
import { withSnoozes, type SnoozeEntry } from './snoozes.js';
import { dateChangesSinceTold } from './told-dates.js';

export interface ReminderRunDeps {
  /** The pack being served, read at the start of a run and again during it: HR may reload. */
  readonly pack: () => ContentPack;
  readonly actions: ActionRecords;
  readonly state: ReminderState;
  readonly ledger: ReminderLedger;
  readonly channel: ReminderChannel;
  readonly policy: QuietHours;
  /**
   * Whether there is a channel for announcements (milestones for everyone). Without one
   * they are recorded as skipped, not failed: nobody is unreachable, nothing was asked for.
   */
  readonly announce: boolean;
  /** The real clock; a run measures elapsed time with it. */
  readonly clock: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  /** Pause after each post (see DeliveryOptions). */
  readonly intervalMs?: number;
}

export interface RunReport extends DeliveryReport {
  /** The window planned: from <= fireAt < to. */
  readonly from: Date;
  readonly to: Date;
  /** Reminders due in this run, including date-change notices and retries. */
  readonly due: number;
  /** Late reminders kept for working time. */
  readonly held: number;
  /** Waiting reminders no longer in the plan: done, opted out, snoozed, or their date changed. */
  readonly dropped: number;
}

const SETTLED: ReadonlySet<LedgerState> = new Set(['sent', 'skipped', 'failed']);
const NO_ANNOUNCE_CHANNEL = 'no announcement channel is set (ANNOUNCE_CHANNEL)';
const NO_LONGER_PLANNED = 'no longer planned: done, opted out, snoozed, or its date changed';
const END_OF_TIME = new Date(8.64e15);

/**
 * One run of the scheduler, standing at `now`: plans the window since the last run
 * (after downtime, that is the whole time the bot was down), adds the reminders left
 * waiting by earlier runs and the notices of dates HR moved, and sends what is due.
 *
 * Catching up falls out of the window and the ledger: a reminder whose time passed while
 * the bot was down is in the window; `deliverReminders` sends it if its milestone is
 * still ahead and records it as skipped if not. The last run is recorded only after the
 * reminders are settled or recorded as waiting, so a crash mid-run plans the same window
 * again and the ledger keeps anything from going twice.
 */
export async function runReminders(now: Date, deps: ReminderRunDeps): Promise<RunReport> {
  const { ledger, state, policy } = deps;
  const started = deps.clock().getTime();
  // Elapsed real time on top of the moment the run stands on: a fan-out outlasts `now`.
  const clock = () => new Date(now.getTime() + (deps.clock().getTime() - started));
  const pack = deps.pack();
  const completed = deps.actions.completions();
  const optOuts = deps.actions.optOuts();
  const from = state.lastRun() ?? now;
  const to = new Date(now.getTime() + 1);
  // `sending` ones are checked against Slack by delivery first, then sent if they were not posted.
  const waiting = [...ledger.inState('planned'), ...ledger.inState('sending')];
  const earliest = waiting.reduce((min, e) => Math.min(min, e.fireAt.getTime()), from.getTime());
  const snoozes = deps.actions.snoozes(new Date(earliest - 1));
  const told = dateChangesSinceTold({ pack, told: state.toldDates(), completed, now, policy });
  for (const id of told.unseen) {
    const m = pack.timeline.find((x) => x.id === id);
    if (m) state.setToldDate(id, m.when, now);
  }

  const planFor = (p: ContentPack, windowFrom: Date, windowTo: Date) => planWindow({ pack: p, completed, optOuts, snoozes, policy }, windowFrom, windowTo);
  const due = [...planFor(pack, from, to), ...told.notices];
  const keys = new Set(due.map((r) => r.key));

  // Reminders left `planned` by earlier runs (Slack rate-limited or down, or held for working
  // time) are planned again at their own moment; the window no longer covers them.
  const retryKeys = new Set(waiting.filter((e) => !keys.has(e.key)).map((e) => e.key));
  for (const at of new Set(waiting.filter((e) => retryKeys.has(e.key)).map((e) => e.fireAt.getTime()))) {
    for (const r of planFor(pack, new Date(at), new Date(at + 1))) {
      if (retryKeys.has(r.key) && !keys.has(r.key)) {
        due.push(r);
        keys.add(r.key);
      }
    }
  }
  const missing = waiting.filter((e) => e.state === 'planned' && !keys.has(e.key)).map((e) => e.key);
  const dropped = dropUnplanned(missing, () => planFor(pack, to, END_OF_TIME), ledger, now);

  const timeZone = pack.consultation.timeZone;
  const { send, hold } = holdForWorkingTime(deps.announce ? due : skipAnnouncements(due, ledger, now), now, timeZone, policy);
  for (const r of hold) ledger.ensure(r, now);

  // HR can reload the pack during a long fan-out: a reminder the new pack no longer plans
  // (its date moved) is skipped rather than sent.
  const current = new WeakMap<ContentPack, ReadonlySet<string>>([[pack, keys]]);
  const stillPlanned = (key: string): boolean => {
    const p = deps.pack();
    let known = current.get(p);
    if (!known) {
      const notices = dateChangesSinceTold({ pack: p, told: state.toldDates(), completed, now, policy }).notices;
      current.set(p, (known = new Set([...planFor(p, new Date(earliest), to), ...notices].map((r) => r.key))));
    }
    return known.has(key);
  };

  const report = await deliverReminders(send, { ledger, channel: deps.channel, clock, sleep: deps.sleep, stillPlanned, ...(deps.intervalMs ? { intervalMs: deps.intervalMs } : {}) });

  // A moved date counts as told once every notice about it is settled; until then each run
  // plans the same notices again, so a crash or a held notice is not lost.
  for (const id of told.moved) {
    const m = pack.timeline.find((x) => x.id === id);
    const notices = told.notices.filter((n) => n.milestone.id === id);
    if (m && notices.every((n) => SETTLED.has(ledger.get(n.key)?.state ?? 'planned'))) state.setToldDate(id, m.when, now);
  }
  state.setLastRun(to);
  return { ...report, from, to, due: due.length, held: hold.length, dropped };
}

interface PlanContext {
  readonly pack: ContentPack;
  readonly completed: Completions;
  readonly optOuts: ReadonlySet<string>;
  readonly snoozes: readonly SnoozeEntry[];
  readonly policy: QuietHours;
}

function planWindow(c: PlanContext, from: Date, to: Date): PlannedReminder[] {
  const plan = planReminders({ pack: c.pack, completed: c.completed, optOuts: c.optOuts, from, to, policy: c.policy });
  return withSnoozes(plan, { pack: c.pack, snoozes: c.snoozes, completed: c.completed, optOuts: c.optOuts, from, to, policy: c.policy });
}

/**
 * Waiting reminders the plan no longer holds are skipped, except those it now plans
 * later (quiet hours changed): they stay waiting for their new moment. The later plan is
 * only worked out when something is missing, which is rare.
 */
function dropUnplanned(missing: readonly string[], later: () => readonly PlannedReminder[], ledger: ReminderLedger, now: Date): number {
  if (missing.length === 0) return 0;
  const laterKeys = new Set(later().map((r) => r.key));
  let dropped = 0;
  for (const key of missing) {
    if (laterKeys.has(key)) continue;
    ledger.markSkipped(key, NO_LONGER_PLANNED, now);
    dropped++;
  }
  return dropped;
}

function skipAnnouncements(due: readonly PlannedReminder[], ledger: ReminderLedger, now: Date): PlannedReminder[] {
  return due.filter((r) => {
    if (r.recipient !== ANNOUNCE) return true;
    if (r.fireAt.getTime() <= now.getTime() && ledger.ensure(r, now).state === 'planned') ledger.markSkipped(r.key, NO_ANNOUNCE_CHANNEL, now);
    return false;
  });
}

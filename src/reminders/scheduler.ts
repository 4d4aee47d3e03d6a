import cron, { type ScheduledTask } from 'node-cron';
import { runReminders, type ReminderRunDeps, type RunReport } from './run-reminders.js';

type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The log the scheduler writes: counts and reasons only, never who a reminder was for. */
export interface SchedulerLog {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface SchedulerDeps extends ReminderRunDeps {
  readonly log: SchedulerLog;
}

export interface ReminderScheduler {
  /**
   * One run standing at `now` (default: the clock when the run starts). Runs never
   * overlap: a second call waits for the first, because two at once could both find a
   * reminder unsent.
   */
  tick(now?: Date): Promise<RunReport>;
  /**
   * Catches up on what was missed while the bot was down, then runs every minute. Resolves
   * with the catch-up run (the minute ticks start at once either way).
   */
  start(): Promise<RunReport>;
  /** Stops the minute ticks, and a fan-out in progress at its next pause; waits for that. */
  stop(): Promise<void>;
}

/** Every minute: reminders are planned to the minute, and a run with nothing due is cheap. */
const EVERY_MINUTE = '* * * * *';

class SchedulerStopped extends Error {
  constructor() {
    super('the reminder scheduler was stopped');
    this.name = 'SchedulerStopped';
  }
}

/**
 * The reminder scheduler: node-cron ticks, `runReminders` decides. node-cron keeps
 * nothing across restarts and does not replay missed minutes, so the tick carries no
 * state: what was sent is in the ledger and where the last run stopped is in the store,
 * and a minute that is skipped or missed is made up by the next run's window.
 */
export function createReminderScheduler(deps: SchedulerDeps): ReminderScheduler {
  const { log } = deps;
  let chain: Promise<unknown> = Promise.resolve();
  let task: ScheduledTask | null = null;
  let stopping = false;

  // A stop lands between two posts: each post is recorded before the pause, so a run
  // broken off there leaves the ledger exact and the next start sends the rest.
  const run: ReminderRunDeps = {
    ...deps,
    sleep: async (ms) => {
      if (stopping) throw new SchedulerStopped();
      await deps.sleep(ms);
      if (stopping) throw new SchedulerStopped();
    },
  };

  const report = (r: RunReport): void => {
    const busy = r.sent.length + r.reconciled.length + r.skipped.length + r.failed.length + r.pending.length + r.held + r.dropped > 0;
    if (!busy) return;
    log.info('reminders run', {
      from: r.from.toISOString(),
      to: r.to.toISOString(),
      due: r.due,
      sent: r.sent.length,
      reconciled: r.reconciled.length,
      skipped: r.skipped.length,
      failed: r.failed.length,
      pending: r.pending.length,
      held: r.held,
      dropped: r.dropped,
    });
    // Reasons are Slack error codes and our own words; who could not be reached stays in the ledger.
    const reasons = new Map<string, number>();
    for (const f of r.failed) reasons.set(f.reason, (reasons.get(f.reason) ?? 0) + 1);
    for (const [reason, count] of reasons) log.warn('reminders not delivered', { count, reason });
  };

  const tick = (now?: Date): Promise<RunReport> => {
    const result = chain.then(() => {
      if (stopping) throw new SchedulerStopped();
      return runReminders(now ?? deps.clock(), run);
    });
    chain = result.then(report, (error: unknown) => {
      const code = (error as { code?: unknown } | null)?.code;
      if (error instanceof SchedulerStopped) log.info('reminder run stopped; the rest is sent after the next start');
      // Delivery writes each reminder's record before posting it, so a store that cannot be written stops the run there.
      else if (typeof code === 'string' && code.startsWith('SQLITE_')) {
        log.error('reminder run stopped: the store cannot be written, and no reminder is sent before its record is; the next run tries again', { error: code });
      } else log.error('reminder run failed', { error: error instanceof Error ? error.name : 'unknown' });
    });
    return result;
  };

  return {
    tick,
    start() {
      task ??= cron.schedule(
        EVERY_MINUTE,
        async () => {
          // `tick` logs a failure; the next minute's run tries again.
          await tick().catch(() => undefined);
        },
        {
          name: 'reminders',
          timezone: deps.pack().consultation.timeZone,
          noOverlap: true,
          // Missed minutes need no replay and no warning: the next run's window covers them.
          suppressMissedWarning: true,
          logger: {
            info: (m) => log.info(`node-cron: ${m}`),
            warn: (m) => log.warn(`node-cron: ${m}`),
            error: (m) => log.error(`node-cron: ${m instanceof Error ? m.name : m}`),
            debug: () => undefined,
          },
        },
      );
      return tick();
    },
    async stop() {
      stopping = true;
      if (task !== null) {
        await task.stop();
        await task.destroy();
        task = null;
      }
      await chain;
    },
  };
}

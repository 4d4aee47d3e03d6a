import type { PlannedReminder } from './planned-reminder.js';
import { isWorkingTime, nextWorkingTime, type QuietHours } from './quiet-hours.js';

/**
 * A reminder this much past its time is being caught up (the bot was down, or Slack
 * was), not sent on time by the minute's tick.
 */
const LATE_MS = 15 * 60_000;

/**
 * Which due reminders go now and which wait for working time. The plan already puts
 * every reminder in working time; only catching up can find one outside it (the bot
 * comes back at 22:00, or on a Sunday). Such a late reminder waits for the next working
 * time if its milestone is still ahead then, since nobody should be nudged about their
 * job at night; if waiting would pass the milestone it goes now, as a late reminder read
 * in the evening beats none. Reminders meant for now (a date-change notice that cannot
 * wait) are never held.
 */
export function holdForWorkingTime(
  due: readonly PlannedReminder[],
  now: Date,
  timeZone: string,
  policy: QuietHours,
): { send: PlannedReminder[]; hold: PlannedReminder[] } {
  if (isWorkingTime(now, timeZone, policy)) return { send: [...due], hold: [] };
  const next = nextWorkingTime(now, timeZone, policy);
  const send: PlannedReminder[] = [];
  const hold: PlannedReminder[] = [];
  for (const r of due) {
    const late = r.fireAt.getTime() < now.getTime() - LATE_MS;
    (late && next !== null && next.getTime() < r.until.getTime() ? hold : send).push(r);
  }
  return { send, hold };
}

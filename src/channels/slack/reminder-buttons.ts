import type { ContentPack } from '../../content/types.js';
import { parseReminderKey } from '../../reminders/planned-reminder.js';
import type { QuietHours } from '../../reminders/quiet-hours.js';
import { snoozeUntil } from '../../reminders/snoozes.js';
import type { ActionRecords } from '../../store/action-records.js';
import { formatDate, formatTime, instantToZoned } from '../../time/zoned.js';

export type ReminderButton = 'done' | 'snooze' | 'stop';

export interface ReminderButtonInput {
  readonly button: ReminderButton;
  /** The reminder's key, carried by the button. */
  readonly key: string;
  /** Who pressed it, matched to the staff list; null if they could not be. */
  readonly employeeId: string | null;
  readonly pack: ContentPack;
  readonly actions: ActionRecords;
  readonly policy: QuietHours;
  readonly now: Date;
}

/** What was recorded (for the log; ids only) and what to tell the person. */
export interface ReminderButtonResult {
  readonly recorded: 'done' | 'snoozed' | 'opted-out' | 'nothing';
  readonly text: string;
}

/**
 * A press of a reminder's button: records it and says what happens next. The key names
 * the person the reminder was for; only they can act on it (a DM is theirs, but a message
 * can be forwarded). An essential reminder cannot be turned off, whatever the button says.
 */
export function pressReminderButton(input: ReminderButtonInput): ReminderButtonResult {
  const { pack, actions, now } = input;
  const parts = parseReminderKey(input.key);
  if (input.employeeId === null) {
    return nothing("I can't match you to a staff record, so I can't record that. Your line manager or HR can help.");
  }
  if (parts === null || parts.recipient !== input.employeeId) return nothing('That reminder was for someone else, so I have not changed anything.');
  const m = pack.timeline.find((x) => x.id === parts.milestoneId);
  if (!m) return nothing('That date is no longer in the timeline, so there is nothing more to do about it.');
  const timeZone = pack.consultation.timeZone;

  switch (input.button) {
    case 'done': {
      if (!m.action) return nothing('There is nothing to mark done for this one.');
      const fresh = actions.complete({ employeeId: input.employeeId, actionId: m.action.id, source: 'button', completedAt: now });
      return { recorded: 'done', text: fresh ? `Marked as done: ${m.action.text}. I won't remind you about it again.` : 'You had already marked this done.' };
    }
    case 'snooze': {
      const until = snoozeUntil(m, now, timeZone, input.policy);
      if (until === null) return nothing(`${m.title} comes before I could remind you tomorrow, so this is the last reminder.`);
      actions.snooze({ employeeId: input.employeeId, milestoneId: m.id, until, snoozedAt: now });
      const local = instantToZoned(until, timeZone);
      return { recorded: 'snoozed', text: `I'll remind you again on ${formatDate(local.date)} at ${formatTime(local.time)}.` };
    }
    case 'stop': {
      if (m.action?.essential) return nothing("HR has marked this reminder essential, so it can't be turned off.");
      actions.optOut(input.employeeId, now);
      return { recorded: 'opted-out', text: "You won't get reminders HR hasn't marked essential any more. Essential ones, and your own questions, are not affected." };
    }
  }
}

function nothing(text: string): ReminderButtonResult {
  return { recorded: 'nothing', text };
}

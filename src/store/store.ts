import type { ReminderLedger } from '../reminders/ledger.js';
import type { ActionRecords } from './action-records.js';
import type { HomeViewers } from './home-viewers.js';
import type { IdentityCache } from './identity-cache.js';
import type { PendingQuestions } from './pending-questions.js';
import type { ProcessedDeliveries } from './processed-deliveries.js';
import type { QuestionLog } from './question-log.js';
import type { ReminderState } from './reminder-state.js';

/**
 * Everything the bot remembers, one small interface per concern, so a second
 * implementation (PostgreSQL, for more than one process) replaces this file's users'
 * dependency and nothing else.
 */
export interface Store {
  readonly deliveries: ProcessedDeliveries;
  readonly pending: PendingQuestions;
  readonly questions: QuestionLog;
  readonly identities: IdentityCache;
  readonly homeViewers: HomeViewers;
  /** Actions done, reminders snoozed, nudges turned off. */
  readonly actions: ActionRecords;
  /** The reminder scheduler's last run and the dates people were told. */
  readonly reminderState: ReminderState;
  /** What happened to each reminder (its own tables, on the same database). */
  readonly ledger: ReminderLedger;
  /** Runs `fn` atomically: all of its writes happen, or none. `fn` must be synchronous. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

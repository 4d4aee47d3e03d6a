/**
 * What the bot remembers, in SQLite under DATA_DIR: one small interface per concern
 * (deliveries seen, questions pending, the question log, Slack identities, Home tab
 * viewers, timeline actions, the reminder scheduler's state and ledger) and a SQLite
 * implementation, usable as `:memory:` in tests.
 */
export { openSqliteStore, openStore, STORE_FILE } from './open-store.js';
export type { Store } from './store.js';
export type { Feedback, QuestionEntry, QuestionLog, QuestionRecord } from './question-log.js';
export type { ActionRecords, Completion, CompletionSource, Snooze } from './action-records.js';
export type { ReminderState } from './reminder-state.js';

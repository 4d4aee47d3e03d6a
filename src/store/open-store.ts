import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ReminderLedger } from '../reminders/ledger.js';
import { SqliteActionRecords } from './action-records.js';
import { SqliteHomeViewers } from './home-viewers.js';
import { SqliteIdentityCache } from './identity-cache.js';
import { migrate } from './migrations.js';
import { SqlitePendingQuestions } from './pending-questions.js';
import { SqliteProcessedDeliveries } from './processed-deliveries.js';
import { SqliteQuestionLog } from './question-log.js';
import { SqliteReminderState } from './reminder-state.js';
import type { Store } from './store.js';

/** The database file every entry point shares, under DATA_DIR. */
export const STORE_FILE = 'restructure.sqlite';

/** Opens (creating if needed) the store in `dataDir`. */
export function openStore(dataDir: string): Store {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  return openSqliteStore(join(dir, STORE_FILE));
}

/**
 * Opens a SQLite store at `file`, or in memory with `:memory:` (tests). WAL lets a
 * report or the CLI read while the bot writes; `synchronous = NORMAL` is WAL's safe
 * pairing (a power cut may lose the last commit, never corrupt the file).
 */
export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return {
    deliveries: new SqliteProcessedDeliveries(db),
    pending: new SqlitePendingQuestions(db),
    questions: new SqliteQuestionLog(db),
    identities: new SqliteIdentityCache(db),
    homeViewers: new SqliteHomeViewers(db),
    actions: new SqliteActionRecords(db),
    reminderState: new SqliteReminderState(db),
    ledger: new ReminderLedger(db),
    transaction: (fn) => db.transaction(fn)(),
    close: () => db.close(),
  };
}

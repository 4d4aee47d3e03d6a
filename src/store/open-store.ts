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
 * How long a write waits for another connection's lock (the CLI importing completions)
 * before failing with SQLITE_BUSY. better-sqlite3 waits synchronously, holding up the
 * whole process, and a question's receipt is written before Slack is told "received"
 * (within 3 seconds): a second is ample for any of our transactions and still leaves
 * time to acknowledge when the file stays locked.
 */
const BUSY_TIMEOUT_MS = 1_000;

/**
 * Opens a SQLite store at `file`, or in memory with `:memory:` (tests). WAL lets a
 * report or the CLI read while the bot writes; `synchronous = NORMAL` is WAL's safe
 * pairing (a power cut may lose the last commit, never corrupt the file).
 */
export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return sqliteStore(db);
}

/**
 * The store on a connection already open, migrated first. Tests use it to give the bot a
 * connection SQLite opened read-only, or one whose file cannot grow (`max_page_count`).
 */
export function sqliteStore(db: Database.Database): Store {
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

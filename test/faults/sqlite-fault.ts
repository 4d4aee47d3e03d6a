import Database from 'better-sqlite3';
import { openSqliteStore, sqliteStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

/**
 * The bot's SQLite file failing under it, three ways, each as SQLite itself reports it:
 *
 * - `locked`: another connection holds the write lock (BEGIN EXCLUSIVE, as a long CLI
 *   import would); the bot's writes wait the production busy timeout, then fail with
 *   SQLITE_BUSY. Reads still work (WAL).
 * - `read-only`: the bot's connection is one SQLite opened read-only, which is what it
 *   does with a file the process may not write (chmod cannot show it when tests run as
 *   root); writes fail with SQLITE_READONLY.
 * - `full`: a full disk, simulated inside SQLite: the file may not grow past its size
 *   (`PRAGMA max_page_count`) and the pages of every table the bot adds rows to are
 *   filled, so a new row needs a page and fails with SQLITE_FULL. Filler rows are inert:
 *   they never expire, and are in no channel the bot reads.
 *
 * `clear()` ends the fault and returns the store to go on with: the same one, or, for a
 * read-only file, a new writable connection (the bot restarted once the file was fixed).
 */
export type FaultKind = 'locked' | 'read-only' | 'full';

export interface SqliteFault {
  readonly store: Store;
  clear(): Store;
  close(): void;
}

export const FAULT_CODES: Readonly<Record<FaultKind, string>> = { locked: 'SQLITE_BUSY', 'read-only': 'SQLITE_READONLY', full: 'SQLITE_FULL' };

export function openWithFault(kind: FaultKind, file: string): SqliteFault {
  // Created and migrated by a healthy process first, as a bot that ran before would leave it.
  openSqliteStore(file).close();
  switch (kind) {
    case 'locked': {
      const store = openSqliteStore(file);
      const locker = new Database(file);
      locker.exec('BEGIN EXCLUSIVE');
      const release = () => {
        if (locker.inTransaction) locker.exec('COMMIT');
      };
      return {
        store,
        clear() {
          release();
          return store;
        },
        close() {
          release();
          locker.close();
          store.close();
        },
      };
    }
    case 'read-only': {
      const store = sqliteStore(new Database(file, { readonly: true }));
      let writable: Store | null = null;
      return {
        store,
        clear: () => (writable ??= openSqliteStore(file)),
        close() {
          store.close();
          writable?.close();
        },
      };
    }
    case 'full': {
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      const store = sqliteStore(db);
      fill(db);
      return {
        store,
        clear() {
          db.pragma('max_page_count = 1073741823');
          return store;
        },
        close: () => store.close(),
      };
    }
  }
}

const NEVER = 8.64e15;
const FILLERS: readonly (readonly [string, readonly unknown[]])[] = [
  ['INSERT INTO processed_deliveries (key, expires_at) VALUES (?, ?)', [NEVER]],
  ["INSERT INTO pending_questions (id, channel, received_at, payload) VALUES (?, 'filler', 0, '')", []],
  ["INSERT INTO question_log (id, channel, surface, asked_at, question) VALUES (?, 'filler', 'dm', 0, '')", []],
  ['INSERT INTO slack_identities (user_id, email, fetched_at, expires_at) VALUES (?, NULL, 0, ?)', [NEVER]],
  ["INSERT INTO reminder_ledger (key, kind, recipient, milestone_id, fire_at, state, updated_at) VALUES (?, 'dm', '', '', 0, 'skipped', 0)", []],
];

function fill(db: Database.Database): void {
  db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`);
  for (const [sql, rest] of FILLERS) {
    const insert = db.prepare(sql);
    for (let i = 0; ; i++) {
      try {
        insert.run(`~filler-${i}`, ...rest);
      } catch (error) {
        if ((error as { code?: unknown }).code === 'SQLITE_FULL') break;
        throw error;
      }
    }
  }
}

import type { Database } from 'better-sqlite3';

/**
 * The schema, as an append-only list: entry N brings a database from version N to N+1
 * (SQLite's `user_version`). Never edit an entry that has shipped; add a new one.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE processed_deliveries (
    key        TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX processed_deliveries_expiry ON processed_deliveries (expires_at);

  CREATE TABLE pending_questions (
    id          TEXT PRIMARY KEY,
    channel     TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    payload     TEXT NOT NULL
  );

  CREATE TABLE question_log (
    id             TEXT PRIMARY KEY,
    channel        TEXT NOT NULL,
    surface        TEXT NOT NULL,
    asked_at       INTEGER NOT NULL,
    answered_at    INTEGER,
    question       TEXT NOT NULL,
    intent         TEXT,
    best_source    TEXT,
    confidence     REAL,
    abstained      INTEGER NOT NULL DEFAULT 0,
    asker_slack_id TEXT,
    feedback       TEXT CHECK (feedback IN ('up', 'down')),
    feedback_at    INTEGER,
    sent_to_hr_at  INTEGER
  );
  CREATE INDEX question_log_asked_at ON question_log (asked_at);

  CREATE TABLE slack_identities (
    user_id    TEXT PRIMARY KEY,
    email      TEXT,
    fetched_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );

  CREATE TABLE home_viewers (
    user_id        TEXT PRIMARY KEY,
    last_opened_at INTEGER NOT NULL
  );
  `,
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

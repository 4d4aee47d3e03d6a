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
  // Timeline actions and reminders: what people did, snoozed or turned off, and the scheduler's memory.
  `
  CREATE TABLE action_completions (
    employee_id  TEXT NOT NULL,
    action_id    TEXT NOT NULL,
    source       TEXT NOT NULL CHECK (source IN ('button', 'home', 'csv', 'console')),
    completed_at INTEGER NOT NULL,
    PRIMARY KEY (employee_id, action_id)
  );

  CREATE TABLE reminder_snoozes (
    employee_id  TEXT NOT NULL,
    milestone_id TEXT NOT NULL,
    until        INTEGER NOT NULL,
    snoozed_at   INTEGER NOT NULL,
    PRIMARY KEY (employee_id, milestone_id)
  );
  CREATE INDEX reminder_snoozes_until ON reminder_snoozes (until);

  CREATE TABLE nudge_opt_outs (
    employee_id  TEXT PRIMARY KEY,
    opted_out_at INTEGER NOT NULL
  );

  CREATE TABLE reminder_runs (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    last_run INTEGER NOT NULL
  );

  CREATE TABLE milestone_dates (
    milestone_id TEXT PRIMARY KEY,
    when_json    TEXT NOT NULL,
    updated_at   INTEGER NOT NULL
  );
  `,
  // HR answered a question with an FAQ, and whether its asker has been told (once).
  `
  ALTER TABLE question_log ADD COLUMN resolved_faq TEXT;
  ALTER TABLE question_log ADD COLUMN resolved_at INTEGER;
  ALTER TABLE question_log ADD COLUMN notified_at INTEGER;
  CREATE INDEX question_log_to_notify ON question_log (resolved_faq) WHERE notified_at IS NULL AND asker_slack_id IS NOT NULL;
  `,
];

/** The `user_version` of a database with every migration applied. */
export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

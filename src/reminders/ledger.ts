import type { Database } from 'better-sqlite3';
import type { PlannedReminder, ReminderKind } from './planned-reminder.js';

/**
 * - `planned`: due (or coming), not yet tried, or to be tried again.
 * - `sending`: about to be posted, or posted with no answer recorded. Its fate is unknown
 *   until the conversation's history is checked for its key; it is never simply resent.
 * - `sent`, `skipped` (its moment passed, or its date changed), `failed` (the person
 *   cannot be reached): final.
 */
export const LEDGER_STATES = ['planned', 'sending', 'sent', 'skipped', 'failed'] as const;
export type LedgerState = (typeof LEDGER_STATES)[number];

export interface LedgerEntry {
  readonly key: string;
  readonly kind: ReminderKind;
  readonly recipient: string;
  readonly milestoneId: string;
  readonly fireAt: Date;
  readonly state: LedgerState;
  readonly attempts: number;
  /** The conversation it was (or is being) posted to. */
  readonly conversation: string | null;
  /** Slack's message ts, once sent. */
  readonly ts: string | null;
  /** When it went into `sending`: how long a reminder's fate has been unknown. */
  readonly sendingSince: Date | null;
  /** Why it was skipped or failed, or the last transient error; never personal data. */
  readonly detail: string | null;
  readonly updatedAt: Date;
}

interface Row {
  key: string;
  kind: ReminderKind;
  recipient: string;
  milestone_id: string;
  fire_at: number;
  state: LedgerState;
  attempts: number;
  conversation: string | null;
  ts: string | null;
  sending_since: number | null;
  detail: string | null;
  updated_at: number;
}

/**
 * What happened to each reminder, in SQLite, so a restart neither resends nor forgets.
 * node-cron keeps nothing across restarts; this does. Every change is one statement, so
 * each is atomic on its own: a crash leaves a reminder in its last recorded state.
 *
 * The tables are the ledger's own, created on the database it is handed, so it can share
 * the bot's database file without a shared migration.
 */
export class ReminderLedger {
  private readonly insert;
  private readonly select;
  private readonly byState;
  private readonly update;
  private readonly counts;

  constructor(db: Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS reminder_ledger (
        key           TEXT PRIMARY KEY,
        kind          TEXT NOT NULL,
        recipient     TEXT NOT NULL,
        milestone_id  TEXT NOT NULL,
        fire_at       INTEGER NOT NULL,
        state         TEXT NOT NULL CHECK (state IN ('planned', 'sending', 'sent', 'skipped', 'failed')),
        attempts      INTEGER NOT NULL DEFAULT 0,
        conversation  TEXT,
        ts            TEXT,
        sending_since INTEGER,
        detail        TEXT,
        updated_at    INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS reminder_ledger_state ON reminder_ledger (state, fire_at);
    `);
    this.insert = db.prepare<[string, string, string, string, number, number]>(
      `INSERT OR IGNORE INTO reminder_ledger (key, kind, recipient, milestone_id, fire_at, state, updated_at)
       VALUES (?, ?, ?, ?, ?, 'planned', ?)`,
    );
    this.select = db.prepare<[string], Row>('SELECT * FROM reminder_ledger WHERE key = ?');
    this.byState = db.prepare<[string], Row>('SELECT * FROM reminder_ledger WHERE state = ? ORDER BY fire_at, key');
    this.update = db.prepare<Pick<Row, 'key' | 'state' | 'attempts' | 'conversation' | 'ts' | 'sending_since' | 'detail' | 'updated_at'>>(
      `UPDATE reminder_ledger SET state = @state, attempts = @attempts, conversation = @conversation, ts = @ts,
       sending_since = @sending_since, detail = @detail, updated_at = @updated_at WHERE key = @key`,
    );
    this.counts = db.prepare<[], { state: LedgerState; n: number }>('SELECT state, COUNT(*) AS n FROM reminder_ledger GROUP BY state');
  }

  /** The entry for a planned reminder, recording it as `planned` the first time it is seen. */
  ensure(r: PlannedReminder, now: Date): LedgerEntry {
    this.insert.run(r.key, r.kind, r.recipient, r.milestone.id, r.fireAt.getTime(), now.getTime());
    return this.getOrThrow(r.key);
  }

  get(key: string): LedgerEntry | null {
    const row = this.select.get(key);
    return row ? entryOf(row) : null;
  }

  inState(state: LedgerState): LedgerEntry[] {
    return this.byState.all(state).map(entryOf);
  }

  /** Written before the post, so a crash during it leaves a trace to reconcile. */
  markSending(key: string, conversation: string, now: Date): void {
    const e = this.getOrThrow(key);
    this.write(e, { state: 'sending', attempts: e.attempts + 1, conversation, sendingSince: now, detail: null }, now);
  }

  markSent(key: string, ts: string, now: Date, detail: string | null = null): void {
    this.write(this.getOrThrow(key), { state: 'sent', ts, detail }, now);
  }

  markSkipped(key: string, reason: string, now: Date): void {
    this.write(this.getOrThrow(key), { state: 'skipped', detail: reason }, now);
  }

  markFailed(key: string, reason: string, now: Date): void {
    this.write(this.getOrThrow(key), { state: 'failed', detail: reason }, now);
  }

  /** Known not to have been posted: back to `planned`, to be tried again. */
  markNotSent(key: string, reason: string, now: Date): void {
    this.write(this.getOrThrow(key), { state: 'planned', sendingSince: null, detail: reason }, now);
  }

  countByState(): Record<LedgerState, number> {
    const counts: Record<LedgerState, number> = { planned: 0, sending: 0, sent: 0, skipped: 0, failed: 0 };
    for (const { state, n } of this.counts.all()) counts[state] = n;
    return counts;
  }

  private getOrThrow(key: string): LedgerEntry {
    const e = this.get(key);
    if (!e) throw new Error(`reminder ledger: no entry for ${key}`);
    return e;
  }

  private write(
    e: LedgerEntry,
    change: Partial<Pick<LedgerEntry, 'state' | 'attempts' | 'conversation' | 'ts' | 'sendingSince' | 'detail'>>,
    now: Date,
  ): void {
    const next = { ...e, ...change };
    this.update.run({
      key: e.key,
      state: next.state,
      attempts: next.attempts,
      conversation: next.conversation,
      ts: next.ts,
      sending_since: next.sendingSince?.getTime() ?? null,
      detail: next.detail,
      updated_at: now.getTime(),
    });
  }
}

function entryOf(row: Row): LedgerEntry {
  return {
    key: row.key,
    kind: row.kind,
    recipient: row.recipient,
    milestoneId: row.milestone_id,
    fireAt: new Date(row.fire_at),
    state: row.state,
    attempts: row.attempts,
    conversation: row.conversation,
    ts: row.ts,
    sendingSince: row.sending_since === null ? null : new Date(row.sending_since),
    detail: row.detail,
    updatedAt: new Date(row.updated_at),
  };
}

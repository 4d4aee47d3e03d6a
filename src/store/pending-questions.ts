import type { Database } from 'better-sqlite3';

/**
 * Questions received but not yet answered. A chat platform is told "received" before the
 * answer is worked out (Slack wants that within three seconds), so a question is written
 * here on receipt and removed once answered: a crash in between leaves it here for the
 * next start to answer. The payload is the channel's own JSON.
 */
export interface PendingQuestion {
  readonly id: string;
  /** Which channel wrote it (`slack`); each channel recovers only its own. */
  readonly channel: string;
  readonly receivedAt: Date;
  readonly payload: string;
}

export interface PendingQuestions {
  add(question: PendingQuestion): void;
  remove(id: string): void;
  /** A channel's pending questions, oldest first. */
  list(channel: string): PendingQuestion[];
}

interface Row {
  id: string;
  channel: string;
  received_at: number;
  payload: string;
}

export class SqlitePendingQuestions implements PendingQuestions {
  private readonly insert;
  private readonly delete;
  private readonly select;

  constructor(db: Database) {
    this.insert = db.prepare<[string, string, number, string]>('INSERT OR IGNORE INTO pending_questions (id, channel, received_at, payload) VALUES (?, ?, ?, ?)');
    this.delete = db.prepare<[string]>('DELETE FROM pending_questions WHERE id = ?');
    this.select = db.prepare<[string], Row>('SELECT id, channel, received_at, payload FROM pending_questions WHERE channel = ? ORDER BY received_at, id');
  }

  add(q: PendingQuestion): void {
    this.insert.run(q.id, q.channel, q.receivedAt.getTime(), q.payload);
  }

  remove(id: string): void {
    this.delete.run(id);
  }

  list(channel: string): PendingQuestion[] {
    return this.select.all(channel).map((r) => ({ id: r.id, channel: r.channel, receivedAt: new Date(r.received_at), payload: r.payload }));
  }
}

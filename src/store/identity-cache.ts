import type { Database } from 'better-sqlite3';

/**
 * Chat user id -> the email address the platform gave for them (null when it gave none),
 * so a person is not looked up on every message. Entries expire: people change email.
 */
export interface CachedIdentity {
  readonly userId: string;
  readonly email: string | null;
  readonly fetchedAt: Date;
}

export interface IdentityCache {
  /** The entry, or null when there is none or it has expired at `now`. */
  get(userId: string, now: Date): CachedIdentity | null;
  put(userId: string, email: string | null, now: Date, keepForMs: number): void;
  purge(now: Date): number;
}

interface Row {
  user_id: string;
  email: string | null;
  fetched_at: number;
}

export class SqliteIdentityCache implements IdentityCache {
  private readonly select;
  private readonly upsert;
  private readonly expire;

  constructor(db: Database) {
    this.select = db.prepare<[string, number], Row>('SELECT user_id, email, fetched_at FROM slack_identities WHERE user_id = ? AND expires_at > ?');
    this.upsert = db.prepare<[string, string | null, number, number]>(
      'INSERT OR REPLACE INTO slack_identities (user_id, email, fetched_at, expires_at) VALUES (?, ?, ?, ?)',
    );
    this.expire = db.prepare<[number]>('DELETE FROM slack_identities WHERE expires_at <= ?');
  }

  get(userId: string, now: Date): CachedIdentity | null {
    const row = this.select.get(userId, now.getTime());
    return row ? { userId: row.user_id, email: row.email, fetchedAt: new Date(row.fetched_at) } : null;
  }

  put(userId: string, email: string | null, now: Date, keepForMs: number): void {
    this.upsert.run(userId, email, now.getTime(), now.getTime() + keepForMs);
  }

  purge(now: Date): number {
    return this.expire.run(now.getTime()).changes;
  }
}

import type { Database } from 'better-sqlite3';

/**
 * Which incoming deliveries have been taken on, so the same one is acted on once. Slack
 * retries an event it thinks went unacknowledged, and has been seen to send one message
 * twice under different event ids, so a delivery is known by several keys (event id,
 * message identity) and any one of them already seen makes it a repeat.
 */
export interface ProcessedDeliveries {
  /**
   * Records the keys and returns true if none was seen (and unexpired) before; returns
   * false, recording nothing, if any was. Keys are kept for `keepForMs` after `now`.
   */
  claim(keys: readonly string[], now: Date, keepForMs: number): boolean;
  /** Forgets keys that expired before `now`; returns how many. */
  purge(now: Date): number;
}

export class SqliteProcessedDeliveries implements ProcessedDeliveries {
  private readonly seen;
  private readonly put;
  private readonly expire;

  constructor(private readonly db: Database) {
    this.seen = db.prepare<[string, number], { key: string }>('SELECT key FROM processed_deliveries WHERE key = ? AND expires_at > ?');
    this.put = db.prepare<[string, number]>('INSERT OR REPLACE INTO processed_deliveries (key, expires_at) VALUES (?, ?)');
    this.expire = db.prepare<[number]>('DELETE FROM processed_deliveries WHERE expires_at <= ?');
  }

  claim(keys: readonly string[], now: Date, keepForMs: number): boolean {
    const at = now.getTime();
    return this.db.transaction(() => {
      if (keys.some((key) => this.seen.get(key, at) !== undefined)) return false;
      for (const key of keys) this.put.run(key, at + keepForMs);
      return true;
    })();
  }

  purge(now: Date): number {
    return this.expire.run(now.getTime()).changes;
  }
}

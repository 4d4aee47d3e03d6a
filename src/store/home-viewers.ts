import type { Database } from 'better-sqlite3';

/** People who have opened the app's Home tab: their view is republished when the pack changes. */
export interface HomeViewers {
  touch(userId: string, at: Date): void;
  /** Everyone who opened it at or after `since`, in the order they last opened it. */
  list(since: Date): string[];
}

export class SqliteHomeViewers implements HomeViewers {
  private readonly upsert;
  private readonly select;

  constructor(db: Database) {
    this.upsert = db.prepare<[string, number]>('INSERT OR REPLACE INTO home_viewers (user_id, last_opened_at) VALUES (?, ?)');
    this.select = db.prepare<[number], { user_id: string }>('SELECT user_id FROM home_viewers WHERE last_opened_at >= ? ORDER BY last_opened_at, user_id');
  }

  touch(userId: string, at: Date): void {
    this.upsert.run(userId, at.getTime());
  }

  list(since: Date): string[] {
    return this.select.all(since.getTime()).map((r) => r.user_id);
  }
}

import type { Database } from 'better-sqlite3';
import type { When } from '../content/types.js';

/**
 * The scheduler's memory between runs. node-cron keeps nothing across a restart, so what
 * it needs to pick up where it stopped lives here:
 * - the end of the last window it planned, so a start after downtime plans the missed span;
 * - each milestone's date as people were last told it, so a date HR moved (even while the
 *   bot was down) is noticed once, and the "date changed" notices survive a restart until
 *   they are all sent.
 */
export interface ReminderState {
  /** The end of the last window planned, or null before the first run. */
  lastRun(): Date | null;
  setLastRun(at: Date): void;
  /** Milestone id -> its date as people were told it. */
  toldDates(): ReadonlyMap<string, When>;
  setToldDate(milestoneId: string, when: When, at: Date): void;
}

export class SqliteReminderState implements ReminderState {
  private readonly selectRun;
  private readonly putRun;
  private readonly selectDates;
  private readonly putDate;

  constructor(db: Database) {
    this.selectRun = db.prepare<[], { last_run: number }>('SELECT last_run FROM reminder_runs WHERE id = 1');
    this.putRun = db.prepare<[number]>('INSERT OR REPLACE INTO reminder_runs (id, last_run) VALUES (1, ?)');
    this.selectDates = db.prepare<[], { milestone_id: string; when_json: string }>('SELECT milestone_id, when_json FROM milestone_dates');
    this.putDate = db.prepare<[string, string, number]>('INSERT OR REPLACE INTO milestone_dates (milestone_id, when_json, updated_at) VALUES (?, ?, ?)');
  }

  lastRun(): Date | null {
    const row = this.selectRun.get();
    return row ? new Date(row.last_run) : null;
  }

  setLastRun(at: Date): void {
    this.putRun.run(at.getTime());
  }

  toldDates(): ReadonlyMap<string, When> {
    // Only `setToldDate` writes these rows, from a validated pack's When.
    return new Map(this.selectDates.all().map((r) => [r.milestone_id, JSON.parse(r.when_json) as When]));
  }

  setToldDate(milestoneId: string, when: When, at: Date): void {
    this.putDate.run(milestoneId, JSON.stringify(when), at.getTime());
  }
}

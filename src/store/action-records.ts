import type { Database } from 'better-sqlite3';

/**
 * Where a completion came from: a reminder's button, the App Home tab, HR's CSV import,
 * or `/done` in the terminal chat. Kept so HR can tell a person's own click from an
 * import when a record is questioned.
 */
export const COMPLETION_SOURCES = ['button', 'home', 'csv', 'console'] as const;
export type CompletionSource = (typeof COMPLETION_SOURCES)[number];

export interface Completion {
  readonly employeeId: string;
  /** A timeline action id (`tier4-preference-sheet`). */
  readonly actionId: string;
  readonly source: CompletionSource;
  readonly completedAt: Date;
}

/** "Remind me tomorrow": no reminder of this milestone for this person before `until`, then one at `until`. */
export interface Snooze {
  readonly employeeId: string;
  readonly milestoneId: string;
  readonly until: Date;
  readonly snoozedAt: Date;
}

/**
 * What people did about the timeline's actions and reminders: actions done, reminders
 * snoozed, and who turned off non-essential nudges. The reminders read it on every run;
 * the assistant reads completions to show an action as done.
 */
export interface ActionRecords {
  /** True if recorded; false if the person had already done it (the first record stands). */
  complete(completion: Completion): boolean;
  /** All of them or, if any write fails, none; returns how many were new. */
  completeAll(completions: readonly Completion[]): number;
  completedBy(employeeId: string): ReadonlySet<string>;
  /** Action ids done, by employee id. */
  completions(): ReadonlyMap<string, ReadonlySet<string>>;
  /** A later snooze of the same milestone replaces an earlier one. */
  snooze(snooze: Snooze): void;
  /** Snoozes that end after `after`. */
  snoozes(after: Date): Snooze[];
  /** True if newly opted out. */
  optOut(employeeId: string, at: Date): boolean;
  /** True if they had opted out. */
  optIn(employeeId: string): boolean;
  optOuts(): ReadonlySet<string>;
}

export class SqliteActionRecords implements ActionRecords {
  private readonly insert;
  private readonly byEmployee;
  private readonly all;
  private readonly putSnooze;
  private readonly snoozesAfter;
  private readonly putOptOut;
  private readonly deleteOptOut;
  private readonly allOptOuts;

  constructor(private readonly db: Database) {
    this.insert = db.prepare<[string, string, string, number]>(
      // ON CONFLICT rather than OR IGNORE: only a repeat is skipped; a row the schema refuses still fails.
      'INSERT INTO action_completions (employee_id, action_id, source, completed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.byEmployee = db.prepare<[string], { action_id: string }>('SELECT action_id FROM action_completions WHERE employee_id = ?');
    this.all = db.prepare<[], { employee_id: string; action_id: string }>('SELECT employee_id, action_id FROM action_completions');
    this.putSnooze = db.prepare<[string, string, number, number]>(
      'INSERT OR REPLACE INTO reminder_snoozes (employee_id, milestone_id, until, snoozed_at) VALUES (?, ?, ?, ?)',
    );
    this.snoozesAfter = db.prepare<[number], { employee_id: string; milestone_id: string; until: number; snoozed_at: number }>(
      'SELECT employee_id, milestone_id, until, snoozed_at FROM reminder_snoozes WHERE until > ? ORDER BY until, employee_id, milestone_id',
    );
    this.putOptOut = db.prepare<[string, number]>('INSERT INTO nudge_opt_outs (employee_id, opted_out_at) VALUES (?, ?) ON CONFLICT DO NOTHING');
    this.deleteOptOut = db.prepare<[string]>('DELETE FROM nudge_opt_outs WHERE employee_id = ?');
    this.allOptOuts = db.prepare<[], { employee_id: string }>('SELECT employee_id FROM nudge_opt_outs');
  }

  complete(c: Completion): boolean {
    return this.insert.run(c.employeeId, c.actionId, c.source, c.completedAt.getTime()).changes === 1;
  }

  completeAll(completions: readonly Completion[]): number {
    return this.db.transaction(() => completions.reduce((n, c) => n + (this.complete(c) ? 1 : 0), 0))();
  }

  completedBy(employeeId: string): ReadonlySet<string> {
    return new Set(this.byEmployee.all(employeeId).map((r) => r.action_id));
  }

  completions(): ReadonlyMap<string, ReadonlySet<string>> {
    const done = new Map<string, Set<string>>();
    for (const r of this.all.all()) {
      let actions = done.get(r.employee_id);
      if (!actions) done.set(r.employee_id, (actions = new Set()));
      actions.add(r.action_id);
    }
    return done;
  }

  snooze(s: Snooze): void {
    this.putSnooze.run(s.employeeId, s.milestoneId, s.until.getTime(), s.snoozedAt.getTime());
  }

  snoozes(after: Date): Snooze[] {
    return this.snoozesAfter.all(after.getTime()).map((r) => ({
      employeeId: r.employee_id,
      milestoneId: r.milestone_id,
      until: new Date(r.until),
      snoozedAt: new Date(r.snoozed_at),
    }));
  }

  optOut(employeeId: string, at: Date): boolean {
    return this.putOptOut.run(employeeId, at.getTime()).changes === 1;
  }

  optIn(employeeId: string): boolean {
    return this.deleteOptOut.run(employeeId).changes === 1;
  }

  optOuts(): ReadonlySet<string> {
    return new Set(this.allOptOuts.all().map((r) => r.employee_id));
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Completion, CompletionSource } from '../../src/store/action-records.js';
import { openSqliteStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function open(file = ':memory:'): Store {
  const store = openSqliteStore(file);
  stores.push(store);
  return store;
}

const done = (employeeId: string, actionId: string, source: CompletionSource = 'button'): Completion => ({ employeeId, actionId, source, completedAt: new Date('2011-04-13T09:00:00Z') });

describe('the actions store', () => {
  it('records a completion once: the first record stands', () => {
    const { actions } = open();
    expect(actions.complete(done('E002', 'sheet'))).toBe(true);
    expect(actions.complete(done('E002', 'sheet', 'csv'))).toBe(false);
    expect(actions.complete(done('E002', 'vr', 'home'))).toBe(true);
    expect(actions.completedBy('E002')).toEqual(new Set(['sheet', 'vr']));
    expect(actions.completedBy('E003')).toEqual(new Set());
    expect(actions.completions()).toEqual(new Map([['E002', new Set(['sheet', 'vr'])]]));
  });

  it('imports all of a batch or, when one write fails, none of it', () => {
    const { actions } = open();
    expect(actions.completeAll([done('E001', 'sheet', 'csv'), done('E002', 'sheet', 'csv'), done('E001', 'sheet', 'csv')])).toBe(2);
    // A source the schema refuses stands for any write failing half way.
    const broken = { ...done('E004', 'sheet'), source: 'fax' as CompletionSource };
    expect(() => actions.completeAll([done('E003', 'sheet', 'csv'), broken])).toThrow(/CHECK constraint/);
    expect(actions.completedBy('E003')).toEqual(new Set());
  });

  it('keeps the latest snooze of a milestone, and lists those still running', () => {
    const { actions } = open();
    const at = (iso: string) => new Date(iso);
    actions.snooze({ employeeId: 'E002', milestoneId: 'sheets-due', until: at('2011-04-14T08:00:00Z'), snoozedAt: at('2011-04-13T09:00:00Z') });
    actions.snooze({ employeeId: 'E002', milestoneId: 'sheets-due', until: at('2011-04-15T08:00:00Z'), snoozedAt: at('2011-04-14T09:00:00Z') });
    actions.snooze({ employeeId: 'E004', milestoneId: 'sheets-due', until: at('2011-04-12T08:00:00Z'), snoozedAt: at('2011-04-11T09:00:00Z') });
    expect(actions.snoozes(at('2011-04-13T00:00:00Z'))).toEqual([
      { employeeId: 'E002', milestoneId: 'sheets-due', until: at('2011-04-15T08:00:00Z'), snoozedAt: at('2011-04-14T09:00:00Z') },
    ]);
  });

  it('turns non-essential nudges off and on again', () => {
    const { actions } = open();
    expect(actions.optOut('E002', new Date())).toBe(true);
    expect(actions.optOut('E002', new Date())).toBe(false);
    expect(actions.optOuts()).toEqual(new Set(['E002']));
    expect(actions.optIn('E002')).toBe(true);
    expect(actions.optOuts()).toEqual(new Set());
  });

  it('keeps everything, with the scheduler’s last run and told dates, across a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actions-'));
    dirs.push(dir);
    const file = join(dir, 'restructure.sqlite');
    const before = openSqliteStore(file);
    before.actions.complete(done('E002', 'sheet'));
    before.actions.optOut('E004', new Date(0));
    expect(before.reminderState.lastRun()).toBeNull();
    before.reminderState.setLastRun(new Date('2011-04-13T09:00:00.001Z'));
    before.reminderState.setToldDate('sheets-due', { kind: 'date', date: '2011-04-20' }, new Date(0));
    before.reminderState.setToldDate('briefing', { kind: 'time', start: '2011-04-13T14:00', end: null }, new Date(0));
    before.close();

    const after = open(file);
    expect(after.actions.completedBy('E002')).toEqual(new Set(['sheet']));
    expect(after.actions.optOuts()).toEqual(new Set(['E004']));
    expect(after.reminderState.lastRun()).toEqual(new Date('2011-04-13T09:00:00.001Z'));
    expect(after.reminderState.toldDates()).toEqual(
      new Map([
        ['sheets-due', { kind: 'date', date: '2011-04-20' }],
        ['briefing', { kind: 'time', start: '2011-04-13T14:00', end: null }],
      ]),
    );
  });
});

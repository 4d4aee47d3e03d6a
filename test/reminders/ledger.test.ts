import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderLedger } from '../../src/reminders/ledger.js';
import { planReminders } from '../../src/reminders/plan.js';
import { DEFAULT_QUIET_HOURS } from '../../src/reminders/quiet-hours.js';
import { NO_COMPLETIONS } from '../../src/reminders/recipients.js';
import { packWith, timeline } from './fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function reminders() {
  return planReminders({
    pack: packWith(
      timeline(`  - id: briefing
    title: Briefing session
    at: 2011-02-16 09:30
    audience: [at-risk]
    reminders: [7d, 1d]
    status: confirmed
    source: having-your-say
`),
    ),
    completed: NO_COMPLETIONS,
    optOuts: new Set(),
    from: new Date('2011-01-01T00:00:00Z'),
    to: new Date('2012-01-01T00:00:00Z'),
    policy: DEFAULT_QUIET_HOURS,
  });
}

describe('ReminderLedger', () => {
  it('keeps each reminder’s state in the database file, across a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    dirs.push(dir);
    const file = join(dir, 'bot.sqlite');
    const [a, b, c] = reminders();
    const t = new Date('2011-03-28T08:00:00Z');

    const db = new Database(file);
    const ledger = new ReminderLedger(db);
    expect(ledger.ensure(a!, t)).toMatchObject({ key: a!.key, state: 'planned', attempts: 0, conversation: null });
    ledger.ensure(b!, t);
    ledger.ensure(c!, t);
    ledger.markSending(a!.key, 'C0ANNOUNCE', t);
    ledger.markSent(a!.key, '1301299200.000100', t);
    ledger.markSending(b!.key, 'C0ANNOUNCE', t);
    ledger.markSkipped(c!.key, 'missed', t);
    db.close();

    const reopened = new ReminderLedger(new Database(file));
    expect(reopened.get(a!.key)).toMatchObject({ state: 'sent', ts: '1301299200.000100', attempts: 1, conversation: 'C0ANNOUNCE' });
    expect(reopened.inState('sending').map((e) => e.key)).toEqual([b!.key]);
    expect(reopened.get(b!.key)?.sendingSince?.toISOString()).toBe(t.toISOString());
    expect(reopened.countByState()).toEqual({ planned: 0, sending: 1, sent: 1, skipped: 1, failed: 0 });
    // Seeing a reminder again does not reset what happened to it.
    expect(reopened.ensure(a!, t).state).toBe('sent');
  });

  it('puts a reminder known not to have been posted back to planned', () => {
    const ledger = new ReminderLedger(new Database(':memory:'));
    const [a] = reminders();
    const t = new Date('2011-03-28T08:00:00Z');
    ledger.ensure(a!, t);
    ledger.markSending(a!.key, 'D1', t);
    ledger.markNotSent(a!.key, 'not found in the conversation after a restart', t);
    expect(ledger.get(a!.key)).toMatchObject({ state: 'planned', attempts: 1, sendingSince: null, detail: 'not found in the conversation after a restart' });
    ledger.markFailed(a!.key, 'their Slack account is deactivated', t);
    expect(ledger.inState('failed').map((e) => e.detail)).toEqual(['their Slack account is deactivated']);
  });

  it('refuses to change a reminder it has never recorded', () => {
    const ledger = new ReminderLedger(new Database(':memory:'));
    expect(() => ledger.markSent('dm|x|E001|1d|2011-01-01', '1', new Date())).toThrow('reminder ledger: no entry for dm|x|E001|1d|2011-01-01');
  });
});

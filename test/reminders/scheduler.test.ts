import { afterEach, describe, expect, it } from 'vitest';
import { dmChannelOf } from '../helpers/fake-slack.js';
import { ANNOUNCE_CHANNEL, at, startScheduler, type SchedulerHarness, schedulerPack } from './scheduler-harness.js';

/*
 * With working hours 09:00-17:30 on weekdays, the test timeline sends:
 * - sheets-due (Wed 20 April, essential): 7d on Wed 13 April 09:00 to E001, E002, E004,
 *   E006, with manager digests to E001 (about E002) and E005 (about E004, E006); 1d on
 *   Tue 19 April 09:00;
 * - vr-interest (non-essential): 1d on Tue 19 April 09:00;
 * - briefing (Wed 13 April 14:00): 2h at 12:00 that day;
 * - all-staff (for everyone): 1d, an announcement on Wed 20 April 10:00.
 */

let h: SchedulerHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function harness(options: { announce?: boolean } = {}): Promise<SchedulerHarness> {
  const pack = schedulerPack();
  h = await startScheduler(() => pack, options);
  return h;
}

const dm = (milestone: string, who: string, offset: string, anchor = '2011-04-20') => `dm|${milestone}|${who}|${offset}|${anchor}`;
const digest = (who: string) => `manager-digest|sheets-due|${who}|7d|2011-04-20`;
const AT_RISK = ['E001', 'E002', 'E004', 'E006'];

describe('the reminder scheduler', () => {
  it('catches up after two days down: sends what is still ahead, once, and skips what has passed', async () => {
    const { scheduler, posted, store, channelOf } = await harness();
    const first = scheduler();
    // The first run ever has nothing behind it: it plans from now on.
    expect((await first.tick(at('2011-04-12 10:00'))).sent).toEqual([]);
    await first.stop();

    // Down from Tuesday 10:00 to Thursday 10:00; the restarted process catches up on start.
    const restarted = scheduler({ clock: () => at('2011-04-14 10:00') });
    const report = await restarted.start();
    await restarted.stop();

    const sheets = AT_RISK.map((e) => dm('sheets-due', e, '7d'));
    expect(report.sent.sort()).toEqual([...sheets, digest('E001'), digest('E005')].sort());
    expect([...posted().values()].every((n) => n === 1)).toBe(true);
    // The briefing was on Wednesday at 14:00: its reminder is recorded as missed, not sent late.
    const briefing = AT_RISK.map((e) => dm('briefing', e, '2h', '2011-04-13T14:00'));
    expect(report.skipped.map((s) => s.key).sort()).toEqual(briefing.sort());
    expect(store.ledger.get(briefing[0]!)?.detail).toBe('missed: the milestone had passed when it could be sent');
    expect(channelOf(dm('sheets-due', 'E002', '7d'))).toBe(dmChannelOf('U0000002'));

    // The next minute has nothing new to send, and nothing goes twice.
    const again = scheduler();
    expect((await again.tick(at('2011-04-14 10:01'))).sent).toEqual([]);
    expect(posted().size).toBe(6);
  });

  it('keeps a caught-up reminder for working time when the bot comes back at the weekend', async () => {
    const { scheduler, posted } = await harness();
    const s = scheduler();
    await s.tick(at('2011-04-12 10:00'));
    const saturday = await s.tick(at('2011-04-16 11:00'));
    expect(saturday.sent).toEqual([]);
    expect(saturday.held).toBe(6);
    expect(posted().size).toBe(0);
    // Sunday's runs change nothing; Monday's opening sends them, once.
    expect((await s.tick(at('2011-04-17 11:00'))).sent).toEqual([]);
    const monday = await s.tick(at('2011-04-18 09:00'));
    expect(monday.sent).toHaveLength(6);
    expect((await s.tick(at('2011-04-18 09:01'))).sent).toEqual([]);
    expect([...posted().values()]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('leaves out actions done and non-essential nudges turned off, but never an essential one', async () => {
    const { scheduler, store, posted } = await harness();
    const s = scheduler();
    await s.tick(at('2011-04-12 10:00'));
    store.actions.optOut('E002', at('2011-04-12 10:00'));
    store.actions.complete({ employeeId: 'E004', actionId: 'sheet', source: 'csv', completedAt: at('2011-04-12 00:00') });

    const wednesday = await s.tick(at('2011-04-13 09:00'));
    // E002 opted out, but the preference sheet is essential; E004 has returned it.
    expect(wednesday.sent.filter((k) => k.startsWith('dm|')).sort()).toEqual([dm('sheets-due', 'E001', '7d'), dm('sheets-due', 'E002', '7d'), dm('sheets-due', 'E006', '7d')]);

    const tuesday = await s.tick(at('2011-04-19 09:00'));
    expect(tuesday.sent.sort()).toEqual(
      [...['E001', 'E002', 'E006'].map((e) => dm('sheets-due', e, '1d')), ...['E001', 'E004', 'E006'].map((e) => dm('vr-interest', e, '1d'))].sort(),
    );
    expect(posted().has(dm('vr-interest', 'E002', '1d'))).toBe(false);
  });

  it('holds a snoozed person’s reminder until the next working morning, then sends it once', async () => {
    const { scheduler, store, posted } = await harness();
    const s = scheduler();
    await s.tick(at('2011-04-12 10:00'));
    store.actions.snooze({ employeeId: 'E006', milestoneId: 'sheets-due', until: at('2011-04-14 09:00'), snoozedAt: at('2011-04-12 10:00') });
    await s.tick(at('2011-04-13 09:00'));
    expect(posted().has(dm('sheets-due', 'E006', '7d'))).toBe(false);
    const thursday = await s.tick(at('2011-04-14 09:00'));
    expect(thursday.sent).toEqual([dm('sheets-due', 'E006', 'snoozed:2011-04-14T09:00')]);
    await s.tick(at('2011-04-14 09:01'));
    // The snooze does not reach past its own end: the 1d reminder still goes.
    await s.tick(at('2011-04-19 09:00'));
    expect(posted().get(dm('sheets-due', 'E006', 'snoozed:2011-04-14T09:00'))).toBe(1);
    expect(posted().get(dm('sheets-due', 'E006', '1d'))).toBe(1);
  });

  it('sends each manager one digest naming only their own direct reports, in their DM', async () => {
    const { scheduler, slack, posted } = await harness();
    const s = scheduler();
    await s.tick(at('2011-04-12 10:00'));
    await s.tick(at('2011-04-13 09:00'));
    await s.tick(at('2011-04-19 09:00'));
    expect(posted().get(digest('E001'))).toBe(1);
    expect(posted().get(digest('E005'))).toBe(1);
    // Only the earliest offset has a digest: one per manager per deadline.
    expect([...posted().keys()].filter((k) => k.startsWith('manager-digest'))).toHaveLength(2);

    const names: Record<string, string[]> = { [dmChannelOf('U0000001')]: ['Sam Patel'], [dmChannelOf('U0000005')]: ['Kim Lee', 'Max Green'] };
    const everyName = ['Alex Carter', 'Sam Patel', 'Jo Smith', 'Kim Lee', 'Lee Brown', 'Max Green'];
    for (const call of slack.delivered('chat.postMessage')) {
      const text = String(call.args['text']);
      const allowed = names[String(call.args['channel'])] ?? [];
      for (const name of everyName) expect(text.includes(name), `${name} in a post to ${String(call.args['channel'])}`).toBe(allowed.includes(name) && text.startsWith('**Your team'));
    }
    const toE005 = slack.delivered('chat.postMessage').find((c) => c.args['channel'] === dmChannelOf('U0000005'))!;
    expect(String(toE005.args['text'])).toContain('2 of your direct reports have not yet marked this done: Return your sheet\n- Kim Lee\n- Max Green');
  });

  it('posts announcements to the announcement channel, and records them as skipped without one', async () => {
    const withChannel = await harness();
    let s = withChannel.scheduler();
    await s.tick(at('2011-04-20 09:59'));
    expect((await s.tick(at('2011-04-20 10:00'))).sent).toEqual(['announcement|all-staff|announce|1d|2011-04-21T10:00']);
    expect(withChannel.channelOf('announcement|all-staff|announce|1d|2011-04-21T10:00')).toBe(ANNOUNCE_CHANNEL);
    await withChannel.close();

    const without = await harness({ announce: false });
    s = without.scheduler();
    await s.tick(at('2011-04-20 09:59'));
    const report = await s.tick(at('2011-04-20 10:00'));
    expect(report.sent).toEqual([]);
    expect(without.store.ledger.get('announcement|all-staff|announce|1d|2011-04-21T10:00')).toMatchObject({ state: 'skipped', detail: 'no announcement channel is set (ANNOUNCE_CHANNEL)' });
    expect(without.posted().size).toBe(0);
  });

  it('sends a reminder Slack did not answer on a later run, after checking it was not posted', async () => {
    const { scheduler, slack, posted, store } = await harness();
    const s = scheduler();
    await s.tick(at('2011-04-13 08:59'));
    slack.failNext('chat.postMessage', 1);
    const first = await s.tick(at('2011-04-13 09:00'));
    expect(first.pending).toHaveLength(1);
    const key = first.pending[0]!.key;
    expect(store.ledger.get(key)?.state).toBe('sending');
    // An hour later the window has moved on, but the waiting reminder is planned again at its own time.
    const later = await s.tick(at('2011-04-13 10:00'));
    expect(later.sent).toEqual([key]);
    expect(posted().get(key)).toBe(1);
  });

  it('drops a waiting reminder once the person has done the action', async () => {
    const { scheduler, slack, store, posted } = await harness();
    const s = scheduler();
    await s.tick(at('2011-04-13 08:59'));
    slack.failNext('conversations.open', 1);
    const first = await s.tick(at('2011-04-13 09:00'));
    const key = first.pending[0]!.key;
    expect(store.ledger.get(key)?.state).toBe('planned');
    const employeeId = key.split('|')[2]!;
    store.actions.complete({ employeeId, actionId: 'sheet', source: 'button', completedAt: at('2011-04-13 09:30') });
    const later = await s.tick(at('2011-04-13 10:00'));
    expect(later.dropped).toBe(1);
    expect(store.ledger.get(key)).toMatchObject({ state: 'skipped', detail: 'no longer planned: done, opted out, snoozed, or its date changed' });
    expect(posted().has(key)).toBe(false);
  });
});

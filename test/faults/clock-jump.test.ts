import { afterEach, describe, expect, it } from 'vitest';
import { at, startScheduler, type SchedulerHarness, schedulerPack } from '../reminders/scheduler-harness.js';

/*
 * The machine's clock jumping a day forward under a running bot (an NTP correction, a VM
 * resumed from suspend). node-cron's next tick simply reads the new time; the scheduler
 * must treat the day it skipped like downtime: send once what is still ahead of its
 * milestone, and record the rest as missed rather than send it late.
 */

const DAY = 24 * 60 * 60_000;
const AT_RISK = ['E001', 'E002', 'E004', 'E006'];
const dm = (milestone: string, who: string, offset: string, anchor: string) => `dm|${milestone}|${who}|${offset}|${anchor}`;

let h: SchedulerHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('the clock jumping forward a day', () => {
  it('sends what is still ahead once on the next tick, and records the rest as skipped', async () => {
    const pack = schedulerPack();
    h = await startScheduler(() => pack);
    let clock = at('2011-04-12 14:30');
    const scheduler = h.scheduler({ clock: () => clock });
    expect((await scheduler.tick()).sent).toEqual([]);

    // Tuesday 14:30 -> Wednesday 14:30. Skipped over: the preference-sheet reminders at
    // 09:00 (the sheets are due next week) and the 12:00 reminder of the 14:00 briefing.
    clock = new Date(clock.getTime() + DAY);
    const jumped = await scheduler.tick();
    const sheets = [...AT_RISK.map((e) => dm('sheets-due', e, '7d', '2011-04-20')), 'manager-digest|sheets-due|E001|7d|2011-04-20', 'manager-digest|sheets-due|E005|7d|2011-04-20'];
    const briefing = AT_RISK.map((e) => dm('briefing', e, '2h', '2011-04-13T14:00'));
    expect(jumped.sent.sort()).toEqual(sheets.sort());
    expect(jumped.skipped.map((s) => s.key).sort()).toEqual(briefing.sort());
    expect(h.store.ledger.get(briefing[0]!)?.detail).toBe('missed: the milestone had passed when it could be sent');

    // The ticks after the jump find nothing new, and nothing has gone twice.
    clock = new Date(clock.getTime() + 60_000);
    expect((await scheduler.tick()).sent).toEqual([]);
    expect([...h.posted().values()]).toEqual(Array<number>(sheets.length).fill(1));
    expect(h.store.ledger.countByState()).toMatchObject({ sent: sheets.length, skipped: briefing.length, planned: 0, sending: 0, failed: 0 });
  });
});

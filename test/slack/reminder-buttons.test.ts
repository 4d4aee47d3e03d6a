import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/channels/slack/create-logger.js';
import { createSlackReminderChannel } from '../../src/channels/slack/reminder-channel.js';
import type { ContentPack } from '../../src/content/types.js';
import { createReminderScheduler, type ReminderScheduler } from '../../src/reminders/scheduler.js';
import { dmChannelOf, type SlackCall } from '../helpers/fake-slack.js';
import { blockAction } from '../helpers/slack-requests.js';
import { at, schedulerPack } from '../reminders/scheduler-harness.js';
import { buttonValue, fakeAssistant, startHarness, TestClock, type Harness } from './harness.js';

/*
 * The buttons on reminder DMs, end to end: the scheduler posts reminders through the
 * Slack reminder channel to the fake Slack, and the clicks come back as signed requests
 * into Bolt's real HTTP receiver. In the test pack E001, E002, E004 and E006 are at risk
 * (U0000001, ...); "sheets-due" is essential, "vr-interest" is not.
 */

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const SAM = 'U0000002'; // E002
const sheets = (who: string, offset = '7d') => `dm|sheets-due|${who}|${offset}|2011-04-20`;
const vr = (who: string) => `dm|vr-interest|${who}|1d|2011-04-20`;

async function start(now: string): Promise<{ h: Harness; pack: ContentPack; scheduler: ReminderScheduler; clock: TestClock }> {
  const pack = schedulerPack();
  const clock = new TestClock(at(now));
  h = await startHarness({ assistant: fakeAssistant(), pack, clock });
  const harness = h;
  const scheduler = createReminderScheduler({
    pack: () => pack,
    actions: harness.store.actions,
    state: harness.store.reminderState,
    ledger: harness.store.ledger,
    channel: createSlackReminderChannel(harness.config, () => pack, createLogger('error', () => undefined)),
    policy: harness.config.reminderHours,
    announce: false,
    clock: clock.now,
    sleep: async () => undefined,
    log: { info() {}, warn() {}, error() {} },
  });
  return { h: harness, pack, scheduler, clock };
}

/** The reminder DM carrying `key`, as Slack received it. */
function postOf(harness: Harness, key: string): SlackCall | undefined {
  return harness.fake.delivered('chat.postMessage').find((c) => (c.args['metadata'] as { event_payload?: { key?: string } } | undefined)?.event_payload?.key === key);
}

function buttons(call: SlackCall | undefined): string[] {
  const blocks = (call?.args['blocks'] ?? []) as { type: string; elements?: { action_id?: string }[] }[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => (b.elements ?? []).map((e) => e.action_id ?? ''));
}

/** Ephemeral replies to clicks, by text. */
function replies(harness: Harness): string[] {
  return harness.fake.calls.filter((c) => c.method === 'response_url').map((c) => String(c.args['text']));
}

describe('reminder buttons', () => {
  it('puts Done and Remind me tomorrow on a reminder DM, and Stop these nudges only when it is not essential', async () => {
    const { h, scheduler } = await start('2011-04-12 10:00');
    await scheduler.tick(at('2011-04-12 10:00'));
    await scheduler.tick(at('2011-04-13 09:00'));
    await scheduler.tick(at('2011-04-19 09:00'));
    expect(buttons(postOf(h, sheets('E002')))).toEqual(['reminder_done', 'reminder_snooze']);
    expect(buttons(postOf(h, vr('E002')))).toEqual(['reminder_done', 'reminder_snooze', 'reminder_stop']);
    expect(buttonValue(postOf(h, vr('E002')), 'reminder_stop')).toBe(vr('E002'));
    // A manager's digest is for reading: no buttons.
    expect(buttons(postOf(h, 'manager-digest|sheets-due|E001|7d|2011-04-20'))).toEqual([]);
    expect(postOf(h, sheets('E002'))?.args['channel']).toBe(dmChannelOf(SAM));
  });

  it('records Done from the button, and the person’s next reminder about it is not sent', async () => {
    const { h, scheduler, clock } = await start('2011-04-12 10:00');
    await scheduler.tick(at('2011-04-12 10:00'));
    await scheduler.tick(at('2011-04-13 09:00'));
    const key = buttonValue(postOf(h, sheets('E002')), 'reminder_done') ?? '';
    clock.advance(30 * 60_000);
    await h.deliver(blockAction('reminder_done', key, { user: SAM, channel: dmChannelOf(SAM), responseUrl: h.fake.responseUrl() }));
    expect(h.store.actions.completedBy('E002')).toEqual(new Set(['sheet']));
    expect(replies(h)).toEqual(["Marked as done: Return your sheet. I won't remind you about it again."]);

    const tuesday = await scheduler.tick(at('2011-04-19 09:00'));
    expect(tuesday.sent).toContain(sheets('E001', '1d'));
    expect(tuesday.sent).not.toContain(sheets('E002', '1d'));
    // A second click changes nothing and says so.
    await h.deliver(blockAction('reminder_done', key, { user: SAM, channel: dmChannelOf(SAM), responseUrl: h.fake.responseUrl() }));
    expect(replies(h)[1]).toBe('You had already marked this done.');
  });

  it('snoozes until the next working morning, and says when there is no tomorrow before the date', async () => {
    // Friday: tomorrow's reminder comes on Monday.
    const { h } = await start('2011-04-15 16:00');
    await h.deliver(blockAction('reminder_snooze', sheets('E002'), { user: SAM, responseUrl: h.fake.responseUrl() }));
    expect(h.store.actions.snoozes(new Date(0))).toEqual([{ employeeId: 'E002', milestoneId: 'sheets-due', until: at('2011-04-18 09:00'), snoozedAt: at('2011-04-15 16:00') }]);
    expect(replies(h)).toEqual(["I'll remind you again on Monday 18 April 2011 at 9am."]);

    // The briefing is at 14:00 on Wednesday 13 April: on that morning there is no tomorrow for it.
    h.clock.advance(at('2011-04-13 09:00').getTime() - at('2011-04-15 16:00').getTime());
    await h.deliver(blockAction('reminder_snooze', 'dm|briefing|E002|2h|2011-04-13T14:00', { user: SAM, responseUrl: h.fake.responseUrl() }));
    expect(replies(h)[1]).toBe('Briefing comes before I could remind you tomorrow, so this is the last reminder.');
    expect(h.store.actions.snoozes(new Date(0))).toHaveLength(1);
  });

  it('turns off non-essential nudges; an essential nudge cannot be opted out of', async () => {
    const { h, scheduler } = await start('2011-04-19 08:00');
    await h.deliver(blockAction('reminder_stop', sheets('E001'), { user: 'U0000001', responseUrl: h.fake.responseUrl() }));
    expect(h.store.actions.optOuts()).toEqual(new Set());
    expect(replies(h)).toEqual(["HR has marked this reminder essential, so it can't be turned off."]);

    await h.deliver(blockAction('reminder_stop', vr('E001'), { user: 'U0000001', responseUrl: h.fake.responseUrl() }));
    expect(h.store.actions.optOuts()).toEqual(new Set(['E001']));
    expect(replies(h)[1]).toContain("You won't get reminders HR hasn't marked essential any more.");

    await scheduler.tick(at('2011-04-19 08:00'));
    const tuesday = await scheduler.tick(at('2011-04-19 09:00'));
    expect(tuesday.sent).toContain(sheets('E001', '1d'));
    expect(tuesday.sent).not.toContain(vr('E001'));
    expect(tuesday.sent).toContain(vr('E002'));
  });

  it('changes nothing when someone presses a button on another person’s reminder', async () => {
    const { h } = await start('2011-04-13 10:00');
    for (const action of ['reminder_done', 'reminder_snooze', 'reminder_stop']) {
      await h.deliver(blockAction(action, vr('E002'), { user: 'U0000003', responseUrl: h.fake.responseUrl() }));
    }
    expect(h.store.actions.completions().size).toBe(0);
    expect(h.store.actions.snoozes(new Date(0))).toEqual([]);
    expect(h.store.actions.optOuts().size).toBe(0);
    expect(new Set(replies(h))).toEqual(new Set(['That reminder was for someone else, so I have not changed anything.']));
  });
});

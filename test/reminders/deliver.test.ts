import { webApi } from '@slack/bolt';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/content/types.js';
import { deliverReminders, type DeliveryOptions } from '../../src/reminders/deliver.js';
import { ReminderLedger } from '../../src/reminders/ledger.js';
import { planReminders } from '../../src/reminders/plan.js';
import type { PlannedReminder } from '../../src/reminders/planned-reminder.js';
import { DEFAULT_QUIET_HOURS } from '../../src/reminders/quiet-hours.js';
import { NO_COMPLETIONS } from '../../src/reminders/recipients.js';
import { REMINDER_EVENT_TYPE, SlackReminderChannel } from '../../src/reminders/slack-reminder-channel.js';
import { FakeResponse, FakeSlack, dmChannelOf, type Args } from '../helpers/fake-slack.js';
import { packWith, timeline } from './fixtures.js';

// 30 people at risk (OLD-2 is deleted), each with a Slack id, so a fan-out is 30 DMs.
const PEOPLE = Array.from({ length: 30 }, (_, i) => {
  const n = String(i + 1).padStart(3, '0');
  return { id: `E${n}`, user: `U0000${n}` };
});
const STAFF = [
  'employee_id,name,email,slack_user_id,post_id,grade,fte,manager_id,service_start,contract,date_of_birth,weekly_pay',
  ...PEOPLE.map((p) => `${p.id},Person ${p.id},${p.id.toLowerCase()}@example.org,${p.user},OLD-2,G9,1,,2005-01-01,permanent,,`),
].join('\n');

const sheets = (date: string) => `  - id: sheets-due
    title: Preference sheets due
    date: ${date}
    audience: at-risk
    action:
      id: sheet
      text: Return your sheet
      essential: true
    reminders: [7d, 2d, 1d]
    status: provisional
    source: having-your-say
  - id: briefing
    title: Briefing
    at: 2011-04-14 10:00
    audience: at-risk
    reminders: [1d]
    status: confirmed
    source: having-your-say
`;

const silent = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => 'error', setName() {} } as unknown as webApi.Logger;

let slack: FakeSlack;
let db: Database.Database;
let pack: ContentPack;
let now: Date;
let waits: number[];

beforeEach(async () => {
  slack = await FakeSlack.start();
  db = new Database(':memory:');
  pack = packWith({ ...timeline(sheets('2011-04-20')), 'consultation/staff.csv': STAFF });
  now = new Date('2011-04-13T08:30:00Z'); // 09:30 BST on Wednesday 13 April
  waits = [];
});

afterEach(async () => {
  db.close();
  await slack.close();
});

/** A fresh process: new client, new channel adapter, new ledger object on the same database. */
function options(overrides: Partial<DeliveryOptions> = {}, ledger = new ReminderLedger(db)): DeliveryOptions {
  const client = new webApi.WebClient('xoxb-test', {
    slackApiUrl: slack.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logger: silent,
  });
  return {
    ledger,
    channel: new SlackReminderChannel(client, { pack: () => pack, announceChannel: 'C0ANNOUNCE', render: (md) => md }),
    clock: () => now,
    sleep: async (ms) => {
      waits.push(ms);
    },
    intervalMs: 5,
    ...overrides,
  };
}

function due(p: ContentPack = pack, since = new Date('2011-04-01T00:00:00Z')): PlannedReminder[] {
  return planReminders({ pack: p, completed: NO_COMPLETIONS, optOuts: new Set(), from: since, to: new Date(now.getTime() + 1), policy: DEFAULT_QUIET_HOURS });
}

function dmKeys(kind = 'sheets-due'): string[] {
  return due().filter((r) => r.milestone.id === kind && r.kind === 'dm').map((r) => r.key);
}

/** Keys of every reminder Slack holds, counted, from the messages' metadata. */
function postedKeys(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of slack.delivered('chat.postMessage')) {
    const key = ((call.args['metadata'] as Args | undefined)?.['event_payload'] as Args | undefined)?.['key'];
    if (typeof key === 'string') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function expectEachPostedOnce(keys: readonly string[]): void {
  const posted = postedKeys();
  expect([...posted.keys()].sort()).toEqual([...keys].sort());
  expect([...posted.values()].every((n) => n === 1)).toBe(true);
}

describe('deliverReminders', () => {
  it('sends each due reminder once, to the person’s DM, with its key in the metadata', async () => {
    const report = await deliverReminders(due(), options());
    const keys = dmKeys();
    expect(keys).toHaveLength(30);
    // The briefing's 1d reminder (10:00 on 13 April) is not due yet at 09:30.
    expect(report.sent.sort()).toEqual([...keys].sort());
    expectEachPostedOnce(keys);
    const first = slack.delivered('chat.postMessage')[0]!;
    expect(first.args['channel']).toBe(dmChannelOf('U0000001'));
    expect(first.args['metadata']).toEqual({ event_type: REMINDER_EVENT_TYPE, event_payload: { key: 'dm|sheets-due|E001|7d|2011-04-20' } });
    expect(new ReminderLedger(db).countByState()).toMatchObject({ sent: 30, sending: 0, planned: 0 });

    const again = await deliverReminders(due(), options());
    expect(again.sent).toEqual([]);
    expect(slack.delivered('chat.postMessage')).toHaveLength(30);
  });

  it('after a crash between the post and recording it, finds the message and does not resend', async () => {
    class CrashAfterPost extends ReminderLedger {
      override markSent(): void {
        throw new Error('process killed');
      }
    }
    await expect(deliverReminders(due(), options({}, new CrashAfterPost(db)))).rejects.toThrow('process killed');
    expect(slack.delivered('chat.postMessage')).toHaveLength(1);
    expect(new ReminderLedger(db).countByState().sending).toBe(1);

    const report = await deliverReminders(due(), options());
    expect(report.reconciled).toEqual(['dm|sheets-due|E001|7d|2011-04-20']);
    expect(report.sent).toHaveLength(29);
    expectEachPostedOnce(dmKeys());
    expect(slack.callsTo('conversations.history')[0]?.args).toMatchObject({ channel: dmChannelOf('U0000001'), include_all_metadata: 'true' });
    expect(new ReminderLedger(db).get('dm|sheets-due|E001|7d|2011-04-20')).toMatchObject({ state: 'sent', detail: 'found in the conversation after a restart' });
  });

  it('after a crash between recording "sending" and the post, sends it once on restart', async () => {
    class CrashBeforePost extends ReminderLedger {
      override markSending(key: string, conversation: string, at: Date): void {
        super.markSending(key, conversation, at);
        throw new Error('process killed');
      }
    }
    await expect(deliverReminders(due(), options({}, new CrashBeforePost(db)))).rejects.toThrow('process killed');
    expect(slack.delivered('chat.postMessage')).toHaveLength(0);

    const report = await deliverReminders(due(), options());
    expect(report.reconciled).toEqual([]);
    expect(report.sent).toHaveLength(30);
    expectEachPostedOnce(dmKeys());
  });

  it('when Slack does not answer a post, checks the conversation before sending again', async () => {
    // First post: Slack keeps the message but the answer is lost. Second: nothing kept, 500.
    let calls = 0;
    slack.handle('chat.postMessage', (args, _call, fake) => {
      calls += 1;
      if (calls === 1) {
        fake.addMessage({ channel: String(args['channel']), text: String(args['text']), user: fake.botUserId, metadata: args['metadata'] });
        return new FakeResponse(500, 'upstream failure');
      }
      if (calls === 2) return new FakeResponse(503, 'upstream failure');
      const message = fake.addMessage({ channel: String(args['channel']), text: String(args['text']), user: fake.botUserId, metadata: args['metadata'] });
      return { channel: args['channel'], ts: message.ts };
    });
    const first = await deliverReminders(due(), options());
    expect(first.pending.map((p) => p.key)).toEqual(['dm|sheets-due|E001|7d|2011-04-20', 'dm|sheets-due|E002|7d|2011-04-20']);
    expect(first.sent).toHaveLength(28);

    const second = await deliverReminders(due(), options());
    expect(second.reconciled).toEqual(['dm|sheets-due|E001|7d|2011-04-20']);
    expect(second.sent).toEqual(['dm|sheets-due|E002|7d|2011-04-20']);
    const held = new Map<string, number>();
    for (const p of PEOPLE) {
      for (const m of slack.history(dmChannelOf(p.user))) {
        const key = (m.metadata as { event_payload?: { key?: string } }).event_payload?.key ?? '';
        held.set(key, (held.get(key) ?? 0) + 1);
      }
    }
    expect([...held.keys()].sort()).toEqual(dmKeys().sort());
    expect([...held.values()].every((n) => n === 1)).toBe(true);
  });

  it('rides out a 429 storm, waiting as long as each Retry-After says', async () => {
    slack.rateLimitNext('chat.postMessage', 25, 2);
    const report = await deliverReminders(due(), options());
    expect(report.sent).toHaveLength(30);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.status === 429)).toHaveLength(25);
    expect(waits.filter((w) => w === 2000)).toHaveLength(25);
    expectEachPostedOnce(dmKeys());
  });

  it('leaves reminders for the next run when the limits do not lift, and reports them', async () => {
    slack.rateLimitNext('chat.postMessage', 12, 1);
    const report = await deliverReminders(due(), options({ maxRateLimitWaits: 3 }));
    // Each of the first three reminders is tried four times (three waits), all 429.
    expect(report.pending.map((p) => p.key)).toEqual(dmKeys().slice(0, 3));
    expect(report.sent).toHaveLength(27);
    const next = await deliverReminders(due(), options());
    expect(next.sent).toEqual(dmKeys().slice(0, 3));
    expectEachPostedOnce(dmKeys());
  });

  it('skips the rest of a fan-out when HR moves the date in the middle of it', async () => {
    const oldKeys = dmKeys();
    let current = new Set(oldKeys);
    slack.handle('chat.postMessage', (args, call, fake) => {
      if (fake.delivered('chat.postMessage').length === 9) {
        // HR's edit lands while the tenth is being posted: the sheets are now due a week later.
        pack = packWith({ ...timeline(sheets('2011-04-27')), 'consultation/staff.csv': STAFF });
        current = new Set(due().map((r) => r.key));
      }
      const message = fake.addMessage({ channel: String(args['channel']), text: String(args['text']), user: fake.botUserId, metadata: args['metadata'] });
      return { channel: args['channel'], ts: message.ts, seq: call.seq };
    });
    const report = await deliverReminders(due(), options({ stillPlanned: (key) => current.has(key) }));
    expect(report.sent).toEqual(oldKeys.slice(0, 10));
    expect(report.skipped.map((s) => s.key)).toEqual(oldKeys.slice(10));
    expect(new Set(report.skipped.map((s) => s.reason))).toEqual(new Set(['its date changed before it was sent']));
    // The new date's 7d reminder is 20 April: nothing for it yet.
    expect(due().filter((r) => r.milestone.id === 'sheets-due')).toEqual([]);
  });

  it('after two days down, sends what is still ahead and records the rest as skipped', async () => {
    now = new Date('2011-04-15T10:00:00Z'); // 11:00 BST on Friday 15 April; down since the 13th
    const report = await deliverReminders(due(pack, new Date('2011-04-12T00:00:00Z')), options());
    // The 7d reminder of 13 April still comes before the sheets are due: sent.
    expect(report.sent).toEqual(dmKeys().filter((k) => k.includes('|7d|')));
    // The briefing began at 10:00 on 14 April: its reminders are too late.
    expect(report.skipped.map((s) => s.key)).toEqual(due().filter((r) => r.milestone.id === 'briefing').map((r) => r.key));
    expect(report.skipped[0]?.reason).toBe('missed: the milestone had passed when it could be sent');
    expect(new ReminderLedger(db).countByState()).toMatchObject({ sent: 30, skipped: 30 });
  });

  it('reports people who cannot be reached and goes on with everyone else', async () => {
    const staff = [
      STAFF.split('\n')[0],
      'E001,Unknown Person,unknown@example.org,,OLD-2,G9,1,,2005-01-01,permanent,,',
      'E002,Gone Person,gone@example.org,,OLD-2,G9,1,,2005-01-01,permanent,,',
      'E003,Closed Person,closed@example.org,U0000003,OLD-2,G9,1,,2005-01-01,permanent,,',
      'E004,Open Person,open@example.org,,OLD-2,G9,1,,2005-01-01,permanent,,',
    ].join('\n');
    pack = packWith({ ...timeline(sheets('2011-04-20')), 'consultation/staff.csv': staff });
    slack.handle('users.lookupByEmail', (args) => {
      if (args['email'] === 'gone@example.org') return { user: { id: 'U0000002', deleted: true } };
      if (args['email'] === 'open@example.org') return { user: { id: 'U0000004', deleted: false } };
      return { ok: false, error: 'users_not_found' };
    });
    slack.handle('conversations.open', (args) =>
      args['users'] === 'U0000003' ? { ok: false, error: 'user_disabled' } : { channel: { id: dmChannelOf(String(args['users'])) } },
    );
    const report = await deliverReminders(due(), options());
    expect(report.failed).toEqual([
      { key: 'dm|sheets-due|E001|7d|2011-04-20', recipient: 'E001', reason: 'no Slack account with their email (users_not_found)' },
      { key: 'dm|sheets-due|E002|7d|2011-04-20', recipient: 'E002', reason: 'their Slack account is deactivated' },
      { key: 'dm|sheets-due|E003|7d|2011-04-20', recipient: 'E003', reason: 'cannot open a direct message (user_disabled)' },
    ]);
    expect(report.sent).toEqual(['dm|sheets-due|E004|7d|2011-04-20']);
    // Failed is final: the next run does not try them again.
    await deliverReminders(due(), options());
    expect(slack.callsTo('users.lookupByEmail').filter((c) => c.args['email'] !== 'open@example.org')).toHaveLength(2);
  });

  it('keeps its pace: the pause after a post is what the post left of the interval', async () => {
    // Each post takes 40 ms of (simulated) Slack latency; posts should start every 100 ms.
    slack.handle('chat.postMessage', (args, _call, fake) => {
      now = new Date(now.getTime() + 40);
      const message = fake.addMessage({ channel: String(args['channel']), text: String(args['text']), user: fake.botUserId, metadata: args['metadata'] });
      return { channel: args['channel'], ts: message.ts };
    });
    await deliverReminders(due(), options({ intervalMs: 100 }));
    expect(waits).toEqual(Array<number>(30).fill(60));
  });

  it('posts announcements to the configured channel', async () => {
    pack = packWith({
      ...timeline(`  - id: all-staff
    title: All staff meeting
    at: 2011-04-14 10:00
    audience: everyone
    reminders: [1d]
    status: confirmed
    source: having-your-say
`),
      'consultation/staff.csv': STAFF,
    });
    now = new Date('2011-04-13T09:00:00Z');
    const report = await deliverReminders(due(), options());
    expect(report.sent).toEqual(['announcement|all-staff|announce|1d|2011-04-14T10:00']);
    expect(slack.history('C0ANNOUNCE')).toHaveLength(1);
  });
});

import { webApi } from '@slack/bolt';
import type { ContentPack } from '../../src/content/types.js';
import { DEFAULT_QUIET_HOURS } from '../../src/reminders/quiet-hours.js';
import { createReminderScheduler, type ReminderScheduler } from '../../src/reminders/scheduler.js';
import { SlackReminderChannel } from '../../src/reminders/slack-reminder-channel.js';
import { openSqliteStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { zonedToInstant } from '../../src/time/zoned.js';
import { FakeSlack, type Args } from '../helpers/fake-slack.js';
import { packWith } from './fixtures.js';

/**
 * The scheduler as main.ts builds it, on a SQLite store, posting through the real
 * SlackReminderChannel and WebClient to the fake Slack. Tests drive `tick(now)` (or
 * `start()`) themselves and never wait for node-cron.
 */

// At risk (deleted posts): E001 (OLD-1), E002 and E006 (OLD-2), E004 (OLD-4).
// E001 manages E002 and E003; E005 manages E004 and E006. Everyone has a Slack id.
export const STAFF = `employee_id,name,email,slack_user_id,post_id,grade,fte,manager_id,service_start,contract,date_of_birth,weekly_pay
E001,Alex Carter,alex.carter@example.org,U0000001,OLD-1,G14,1,,2001-05-01,permanent,,
E002,Sam Patel,sam.patel@example.org,U0000002,OLD-2,G9,0.6,E001,2010-01-04,permanent,,
E003,Jo Smith,jo.smith@example.org,U0000003,OLD-3,G11,1,E001,2005-09-01,fixed-term,,
E004,Kim Lee,kim.lee@example.org,U0000004,OLD-4,G8,1,E005,2008-09-01,permanent,,
E005,Lee Brown,lee.brown@example.org,U0000005,OLD-3,G11,1,,2002-09-01,permanent,,
E006,Max Green,max.green@example.org,U0000006,OLD-2,G9,1,E005,2009-09-01,permanent,,
`;

export const ANNOUNCE_CHANNEL = 'C0ANNOUNCE';

export const milestones = (sheetsDue = '2011-04-20') => `milestones:
  - id: sheets-due
    title: Preference sheets due
    date: ${sheetsDue}
    audience: at-risk
    action:
      id: sheet
      text: Return your sheet
      essential: true
    reminders: [7d, 1d]
    status: provisional
    source: having-your-say
  - id: vr-interest
    title: Voluntary redundancy interest
    date: 2011-04-20
    audience: at-risk
    action:
      id: vr
      text: Talk to your Deputy Director
    reminders: [1d]
    status: confirmed
    source: having-your-say
  - id: briefing
    title: Briefing
    at: 2011-04-13 14:00
    audience: at-risk
    reminders: [2h]
    status: confirmed
    source: having-your-say
  - id: all-staff
    title: All staff meeting
    at: 2011-04-21 10:00
    audience: everyone
    reminders: [1d]
    status: confirmed
    source: having-your-say
`;

const silent = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => 'error', setName() {} } as unknown as webApi.Logger;

/** The minimal pack with the staff and milestones above, as most scheduler tests use it. */
export function schedulerPack(): ContentPack {
  return packWith({ 'consultation/timeline.yaml': milestones(), 'consultation/staff.csv': STAFF });
}

export interface SchedulerHarness {
  readonly slack: FakeSlack;
  readonly store: Store;
  readonly logs: string[];
  /** A scheduler as one process would have it; call again for a restart on the same store. */
  scheduler(options?: { clock?: () => Date }): ReminderScheduler;
  /** Reminder keys posted to Slack (from the messages' metadata), with how often each was posted. */
  posted(): Map<string, number>;
  /** The Slack channel each reminder key was posted to. */
  channelOf(key: string): string | undefined;
  close(): Promise<void>;
}

export interface SchedulerOptions {
  readonly announce?: boolean;
  readonly clock?: () => Date;
  /** Where log lines go, as `level message key=value ...`. */
  readonly logs?: string[];
  /** The WebClient's timeout for one call (default: its own). */
  readonly timeoutMs?: number;
}

/** A scheduler as main.ts builds one, on any store, posting to a fake Slack through the real WebClient. */
export function schedulerOn(slack: FakeSlack, store: Store, pack: () => ContentPack, options: SchedulerOptions = {}): ReminderScheduler {
  const client = new webApi.WebClient('xoxb-test', {
    slackApiUrl: slack.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logger: silent,
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
  });
  const logs = options.logs ?? [];
  const log = (level: string) => (message: string, fields: Readonly<Record<string, unknown>> = {}) =>
    logs.push([level, message, ...Object.entries(fields).map(([k, v]) => `${k}=${String(v)}`)].join(' '));
  const announce = options.announce ?? true;
  return createReminderScheduler({
    pack,
    actions: store.actions,
    state: store.reminderState,
    ledger: store.ledger,
    channel: new SlackReminderChannel(client, { pack, announceChannel: announce ? ANNOUNCE_CHANNEL : null, render: (md) => md }),
    policy: DEFAULT_QUIET_HOURS,
    announce,
    clock: options.clock ?? (() => new Date(0)),
    sleep: async () => undefined,
    log: { info: log('info'), warn: log('warn'), error: log('error') },
  });
}

const keyOf = (args: Args) => ((args['metadata'] as Args | undefined)?.['event_payload'] as Args | undefined)?.['key'];

/** Reminder keys posted to Slack (from the messages' metadata), with how often each was posted. */
export function postedKeys(slack: FakeSlack): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of slack.delivered('chat.postMessage')) {
    const key = keyOf(call.args);
    if (typeof key === 'string') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export async function startScheduler(pack: () => ContentPack, options: { announce?: boolean } = {}): Promise<SchedulerHarness> {
  const slack = await FakeSlack.start();
  const store = openSqliteStore(':memory:');
  const logs: string[] = [];
  return {
    slack,
    store,
    logs,
    scheduler: (schedulerOptions = {}) => schedulerOn(slack, store, pack, { ...options, ...schedulerOptions, logs }),
    posted: () => postedKeys(slack),
    channelOf(key) {
      const call = slack.delivered('chat.postMessage').find((c) => keyOf(c.args) === key);
      return call ? String(call.args['channel']) : undefined;
    },
    async close() {
      store.close();
      await slack.close();
    },
  };
}

/** A London wall-clock time as an instant: `at('2011-04-13 09:00')`. */
export function at(local: string): Date {
  return zonedToInstant(local.replace(' ', 'T'), 'Europe/London');
}

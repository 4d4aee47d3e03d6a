import { afterEach, expect } from 'vitest';
import type { Assistant, Asker, Reply } from '../../src/assistant/reply.js';
import { SAMPLE_PACK_DIR } from '../../src/cli/content-dir.js';
import { loadConfig, type SlackConfig, type SlackTimings } from '../../src/config.js';
import { loadPack } from '../../src/content/load-pack.js';
import type { ContentPack } from '../../src/content/types.js';
import { createLogger } from '../../src/channels/slack/create-logger.js';
import { startSlack, type SlackDeps, type SlackHandle } from '../../src/channels/slack/start-slack.js';
import type { MarkActionDone } from '../../src/channels/slack/runtime.js';
import { openSqliteStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { FakeSlack, type SlackCall } from '../helpers/fake-slack.js';
import { send, TEST_SIGNING_SECRET, type SendOptions, type SlackRequest } from '../helpers/slack-requests.js';

/**
 * One running Slack channel for a test: the real Bolt app on its real HTTP receiver
 * (127.0.0.1, a free port), its WebClient pointed at a fake Slack, a SQLite store, a
 * clock the test controls and the log lines it wrote.
 */

/** Small retry timings so outages resolve in milliseconds; the shape of the policy is production's. */
export const FAST_TIMINGS: SlackTimings = {
  apiTimeoutMs: 1_000,
  apiRetries: 3,
  apiRetryMinMs: 5,
  apiRetryMaxMs: 20,
  apiRetryFactor: 2,
  dedupeForMs: 60 * 60_000,
  recoverWithinMs: 60 * 60_000,
  // Tests trigger retries themselves (handle.retryPending()) rather than wait for a timer.
  retryPendingEveryMs: 60 * 60_000,
  identityCacheMs: 24 * 60 * 60_000,
  hrGroupCacheMs: 10 * 60_000,
};

export const HR_CHANNEL = 'CHR0001';
export const HR_USER = 'UHR0001';
/** A Slack user no staff record matches, by id or by email. */
export const STRANGER = 'U9999999';

/** 10 February 2011, 10:00 London: consultation open, briefings ahead. */
export const CONSULTATION_DAY = new Date('2011-02-10T10:00:00Z');

let samplePack: ContentPack | undefined;
export function sample(): ContentPack {
  if (!samplePack) {
    const result = loadPack(SAMPLE_PACK_DIR);
    if (!result.ok) throw new Error('the sample pack does not load');
    samplePack = result.pack;
  }
  return samplePack;
}

export class TestClock {
  private at: number;
  constructor(start: Date = CONSULTATION_DAY) {
    this.at = start.getTime();
  }
  readonly now = (): Date => new Date(this.at);
  advance(ms: number): void {
    this.at += ms;
  }
}

export interface HarnessOptions {
  readonly assistant: Assistant;
  readonly pack?: ContentPack;
  readonly fake?: FakeSlack;
  readonly store?: Store;
  readonly clock?: TestClock;
  readonly timings?: Partial<SlackTimings>;
  readonly env?: Readonly<Record<string, string>>;
  readonly markActionDone?: MarkActionDone;
  /** HR's FAQ authoring and `reload`: the live pack's reload, and a way to fail writes. */
  readonly reloadPack?: SlackDeps['reloadPack'];
  readonly writeFaqBytes?: SlackDeps['writeFaqBytes'];
}

export interface Harness {
  readonly fake: FakeSlack;
  readonly handle: SlackHandle;
  readonly store: Store;
  readonly clock: TestClock;
  readonly config: SlackConfig;
  readonly logs: string[];
  readonly baseUrl: string;
  /** Sends a signed request to the app and returns Slack's view of the response. */
  send(request: SlackRequest, options?: SendOptions): Promise<Response>;
  /** Sends, expects 200, and waits until the app has finished what the request started. */
  deliver(request: SlackRequest, options?: SendOptions): Promise<void>;
  stop(): Promise<void>;
}

export function testConfig(fake: FakeSlack, timings: Partial<SlackTimings> = {}, env: Readonly<Record<string, string>> = {}): SlackConfig {
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-1234567890-0987654321-testtokenvalue',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    PORT: '0',
    HOST: '127.0.0.1',
    SLACK_API_URL: fake.apiUrl,
    SLACK_HR_CHANNEL: HR_CHANNEL,
    SLACK_HR_USER_IDS: HR_USER,
    ...env,
  });
  if (config.slack === null) throw new Error('expected a Slack configuration');
  return { ...config.slack, timings: { ...FAST_TIMINGS, ...timings } };
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const fake = options.fake ?? (await FakeSlack.start());
  addSampleUsers(fake);
  const store = options.store ?? openSqliteStore(':memory:');
  const clock = options.clock ?? new TestClock();
  const logs: string[] = [];
  const config = testConfig(fake, options.timings, options.env);
  const handle = await startSlack(config, {
    pack: options.pack ?? sample(),
    assistant: options.assistant,
    store,
    logger: createLogger('debug', (line) => logs.push(line)),
    now: clock.now,
    ...(options.markActionDone ? { markActionDone: options.markActionDone } : {}),
    ...(options.reloadPack ? { reloadPack: options.reloadPack } : {}),
    ...(options.writeFaqBytes ? { writeFaqBytes: options.writeFaqBytes } : {}),
  });
  await handle.idle();
  const baseUrl = `http://127.0.0.1:${handle.port ?? 0}`;
  const harness: Harness = {
    fake,
    handle,
    store,
    clock,
    config,
    logs,
    baseUrl,
    send: (request, sendOptions) => send(baseUrl, request, sendOptions),
    async deliver(request, sendOptions) {
      const response = await send(baseUrl, request, sendOptions);
      expect(response.status).toBe(200);
      await response.text();
      await handle.idle();
    },
    async stop() {
      await handle.stop(2_000);
      if (!options.store) store.close();
      if (!options.fake) await fake.close();
    },
  };
  return harness;
}

/** Staff in the sample pack without a slack_user_id are found by email; a few Slack-only users too. */
function addSampleUsers(fake: FakeSlack): void {
  fake.addUser({ id: 'U0000002', email: 'Robert.Hale@example.org', name: 'robert' });
  fake.addUser({ id: STRANGER, email: 'visitor@example.org', name: 'visitor' });
  fake.addUser({ id: 'U0NOEMAIL', email: null, name: 'noemail' });
  fake.addUser({ id: HR_USER, email: 'hr.partner@example.org', name: 'hr' });
}

/** A predictable stand-in for the core, for tests about the channel rather than the answers. */
export function fakeAssistant(): Assistant & { readonly asked: { question: string; asker: Asker; now: Date }[] } {
  const asked: { question: string; asker: Asker; now: Date }[] = [];
  const base = { sources: [], confidence: 1, abstained: false, actions: [] } as const;
  return {
    asked,
    reply(question, asker, now): Reply {
      asked.push({ question, asker, now });
      if (question === 'help') return { ...base, text: 'Help text.', private: false, intent: 'general' };
      if (/personal/i.test(question)) {
        return { ...base, text: `PERSONAL answer for ${asker.employeeId ?? 'nobody'}`, private: true, intent: 'my-status' };
      }
      if (/nearly/i.test(question)) {
        const nearest = 'Q&A: when does it <close>?';
        return { ...base, text: "I don't know; the nearest is another question.", confidence: 0.3, abstained: true, private: false, intent: 'general', actions: [{ kind: 'ask-hr', question }], nearest };
      }
      if (/unknowable/i.test(question)) {
        return { ...base, text: "I don't know.", confidence: 0.2, abstained: true, private: false, intent: 'general', actions: [{ kind: 'ask-hr', question }] };
      }
      return {
        ...base,
        text: `**General** answer to: ${question}`,
        private: false,
        intent: 'general',
        sources: [{ kind: 'faq', title: 'FAQ: When does consultation close?', ref: 'faq/when-does-consultation-close.md', updated: '2011-02-01' }],
      };
    },
    overview(asker): Reply | null {
      return asker.employeeId === null
        ? null
        : { ...base, text: `PERSONAL overview for ${asker.employeeId}`, private: true, intent: 'my-status', actions: [{ kind: 'mark-done', actionId: 'send-views', label: 'Send your views' }] };
    },
  };
}

/**
 * Everything the app sent that a channel (not a DM, not one person) can read: messages
 * posted or updated outside a DM, and any response-URL post that is not ephemeral.
 */
export function channelPosts(fake: FakeSlack): SlackCall[] {
  return fake.calls.filter(
    (c) =>
      ((c.method === 'chat.postMessage' || c.method === 'chat.update') && !String(c.args['channel'] ?? '').startsWith('D')) ||
      (c.method === 'response_url' && c.args['response_type'] !== 'ephemeral'),
  );
}

/** The value of a button in a posted message's blocks. */
export function buttonValue(call: SlackCall | undefined, actionId: string): string | undefined {
  const blocks = (call?.args['blocks'] ?? []) as { elements?: { action_id?: string; value?: string }[] }[];
  return blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)?.value;
}

/** The text and blocks of a call, as one string to search. */
export function contentOf(call: SlackCall): string {
  return JSON.stringify([call.args['text'], call.args['blocks'], call.args['view']]);
}

/**
 * The privacy rule, checked on every call the app made: nothing that a channel can read
 * holds anything personal. `markers` are strings that only personal answers contain.
 */
export function expectNothingPersonalInChannels(fake: FakeSlack, markers: readonly string[]): void {
  for (const call of channelPosts(fake)) {
    const content = contentOf(call);
    for (const marker of markers) {
      expect(content, `${call.method} to ${String(call.args['channel'])} holds "${marker}"`).not.toContain(marker);
    }
  }
}

/**
 * For a test file whose bot runs the stand-in core: the returned function starts a harness
 * (the stand-in core unless options say otherwise), and after each test the privacy rule is
 * checked on everything the app sent (the stand-in's personal answers say PERSONAL) and the
 * harness is stopped.
 */
export function standInHarness(): (options?: Partial<HarnessOptions>) => Promise<Harness> {
  let h: Harness | undefined;
  afterEach(async () => {
    if (h) expectNothingPersonalInChannels(h.fake, ['PERSONAL']);
    await h?.stop();
    h = undefined;
  });
  return async (options = {}) => (h = await startHarness({ assistant: fakeAssistant(), ...options }));
}

/** Private messages (DMs and ephemerals) went to this person only. */
export function expectPrivateMessagesOnlyTo(fake: FakeSlack, userId: string): void {
  for (const call of fake.calls) {
    if (call.method === 'chat.postEphemeral') expect(call.args['user']).toBe(userId);
    if (call.method === 'chat.postMessage' && String(call.args['channel']).startsWith('D')) expect(call.args['channel']).toBe(`D${userId.slice(1)}`);
  }
}

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultAssistant } from '../../src/assistant/default-assistant.js';
import type { Assistant } from '../../src/assistant/reply.js';
import { SENT_BY_DM } from '../../src/channels/slack/deliver.js';
import { dmChannelOf } from '../helpers/fake-slack.js';
import { appHomeOpened, appMention, directMessage, eventCallback, IDS, slashCommand } from '../helpers/slack-requests.js';
import { channelPosts, contentOf, expectNothingPersonalInChannels, expectPrivateMessagesOnlyTo, HR_USER, sample, startHarness, STRANGER, type Harness } from './harness.js';

/**
 * The privacy matrix, end to end: the real assistant on the sample pack, the real Bolt
 * app, a fake Slack. Whoever asks, however they ask, an answer drawn from a person's
 * record reaches only the asker (by DM, ephemeral message or response URL), and only if
 * DESIGN.md lets them see it: their own record, a manager their direct reports', HR anyone's.
 */

// People in the sample pack (consultation/staff.csv; all fictional).
const GILLIAN = 'U0000001'; // E001, manages Susan (E003), Mark Denton (E004) and Paul Kershaw (E005)
const SUSAN = 'U0000003'; // E003, Area Service Manager; manages Claire Ashworth (E008), Rachel Norris, Lucy Harding
const ROBERT = 'U0000002'; // E002, no slack_user_id: matched by email

let assistant: Assistant;
let personal: string[];
beforeAll(() => {
  const pack = sample();
  assistant = createDefaultAssistant(pack);
  // What only a personal answer can contain: anyone's name or email, and the phrasing of status answers.
  personal = [
    ...[...pack.staff.values()].flatMap((e) => [e.name, e.email]),
    'Your post',
    'your post,',
    'You are in the ring fence',
    'you should consider yourself at risk',
    'direct reports',
    "I can't match you",
    'I can only tell you about your own post',
    'Your next dates',
    'redundancy pay estimate:',
  ];
});

let h: Harness | undefined;
afterEach(async () => {
  if (h) {
    expectNothingPersonalInChannels(h.fake, personal);
    // Nor do the logs: no names, emails, statuses or what was asked (intents like my-status are fine).
    const logs = h.logs.join('\n');
    for (const marker of [...personal, 'at risk', 'ring-fenced', 'slotted', 'Area Service Manager', 'redundancy pay', 'status?']) expect(logs).not.toContain(marker);
  }
  await h?.stop();
  h = undefined;
});

const start = async () => (h = await startHarness({ assistant }));
const mention = (user: string, text: string, threadTs?: string) => eventCallback(appMention(text, { user, ...(threadTs ? { threadTs } : {}) }));

/** What the asker received privately (DMs, ephemerals, response-URL posts), each message's text and blocks as a string. */
function privateMessages(harness: Harness, userId: string): string[] {
  return harness.fake.calls
    .filter(
      (c) =>
        (c.method === 'chat.postMessage' && c.args['channel'] === dmChannelOf(userId)) ||
        (c.method === 'chat.postEphemeral' && c.args['user'] === userId) ||
        c.method === 'response_url',
    )
    .map(contentOf);
}

const privateTo = (harness: Harness, userId: string): string => privateMessages(harness, userId).join('\n');
const REFUSAL = 'I can only tell you about your own post, and managers about their direct reports';

describe('a personal question', () => {
  it('by mention in a channel: answered by DM, the channel sees nothing', async () => {
    const harness = await start();
    await harness.deliver(mention(SUSAN, 'is my post at risk?'));
    expect(channelPosts(harness.fake)).toEqual([]);
    expect(privateTo(harness, SUSAN)).toContain('*Your post, _Area Service Manager_ (16, tier 3), is listed for deletion');
    expect(harness.fake.delivered('chat.postEphemeral').map((c) => c.args['text'])).toEqual([SENT_BY_DM]);
    expectPrivateMessagesOnlyTo(harness.fake, SUSAN);
  });

  it('by mention in a thread: answered by DM, the thread sees nothing', async () => {
    const harness = await start();
    await harness.deliver(mention(SUSAN, 'which posts am I ring-fenced for?', '1299000000.000042'));
    expect(channelPosts(harness.fake)).toEqual([]);
    expect(privateTo(harness, SUSAN)).toContain('LADO Manager');
    expect(harness.fake.delivered('chat.postEphemeral')[0]?.args['thread_ts']).toBe('1299000000.000042');
    expectPrivateMessagesOnlyTo(harness.fake, SUSAN);
  });

  it('by slash command in a channel: answered through the response URL, ephemerally', async () => {
    const harness = await start();
    await harness.deliver(slashCommand('how much redundancy pay would I get?', { user: SUSAN, channel: IDS.channel, responseUrl: harness.fake.responseUrl() }));
    expect(channelPosts(harness.fake)).toEqual([]);
    const [answer] = harness.fake.delivered('response_url');
    expect(answer?.args['response_type']).toBe('ephemeral');
    expect(contentOf(answer!)).toMatch(/redundancy/i);
  });

  it('by DM: answered in the DM', async () => {
    const harness = await start();
    await harness.deliver(eventCallback(directMessage('when is my interview?', { user: SUSAN, channel: dmChannelOf(SUSAN) })));
    expect(harness.fake.delivered('chat.postMessage').map((c) => c.args['channel'])).toEqual([dmChannelOf(SUSAN)]);
    expect(privateTo(harness, SUSAN)).toContain('next dates');
    expectPrivateMessagesOnlyTo(harness.fake, SUSAN);
  });

  it('from someone matched by email works the same way', async () => {
    const harness = await start();
    await harness.deliver(mention(ROBERT, 'am I at risk?'));
    expect(channelPosts(harness.fake)).toEqual([]);
    expect(privateTo(harness, ROBERT)).toContain('Your post');
  });

  it('about status, in the Home tab: published to that person only', async () => {
    const harness = await start();
    await harness.deliver(eventCallback(appHomeOpened(SUSAN)));
    const [publish] = harness.fake.delivered('views.publish');
    expect(publish?.args['user_id']).toBe(SUSAN);
    expect(contentOf(publish!)).toContain('Area Service Manager');
  });
});

describe('a manager', () => {
  it('sees a direct report, privately, even when asking in a channel', async () => {
    const harness = await start();
    await harness.deliver(mention(GILLIAN, "what is Susan Whitfield's status?"));
    expect(channelPosts(harness.fake)).toEqual([]);
    expect(privateTo(harness, GILLIAN)).toContain("Susan Whitfield's post");
    expectPrivateMessagesOnlyTo(harness.fake, GILLIAN);
  });

  it('sees their team, privately', async () => {
    const harness = await start();
    await harness.deliver(mention(GILLIAN, 'how is my team affected?'));
    expect(channelPosts(harness.fake)).toEqual([]);
    const text = privateTo(harness, GILLIAN);
    expect(text).toContain('Mark Denton');
    expect(text).not.toContain('Claire Ashworth'); // Susan's report, not Gillian's
  });

  it("does not see a report's report, or anyone else, and the refusal is private too", async () => {
    const harness = await start();
    await harness.deliver(mention(GILLIAN, "what is Claire Ashworth's status?"));
    await harness.deliver(mention(GILLIAN, 'is <@U0000009> at risk?')); // Daniel Pryce, Mark Denton's report
    expect(channelPosts(harness.fake)).toEqual([]);
    const messages = privateMessages(harness, GILLIAN);
    expect(messages.filter((m) => m.includes(REFUSAL))).toHaveLength(2);
    expect(messages.join('\n')).not.toContain('Team Manager Assessment'); // Claire's and Daniel's post
  });
});

describe('someone without reports', () => {
  it("cannot see a colleague's record, by name or by Slack mention", async () => {
    const harness = await start();
    await harness.deliver(eventCallback(directMessage("is Mark Denton's job safe?", { user: 'U0000005', channel: dmChannelOf('U0000005') })));
    await harness.deliver(slashCommand('status of <@U0000003>', { user: 'U0000005', responseUrl: harness.fake.responseUrl() }));
    const messages = privateMessages(harness, 'U0000005');
    expect(messages.filter((m) => m.includes(REFUSAL))).toHaveLength(2);
    expect(messages.join('\n')).not.toContain('Area Service Manager');
  });
});

describe('HR', () => {
  it("sees anyone's record, privately, even when asking in a channel", async () => {
    const harness = await start();
    await harness.deliver(mention(HR_USER, "what is Daniel Pryce's status?"));
    await harness.deliver(mention(HR_USER, 'is <@U0000003> at risk?'));
    expect(channelPosts(harness.fake)).toEqual([]);
    const text = privateTo(harness, HR_USER);
    expect(text).toContain("Daniel Pryce's post");
    expect(text).toContain("Susan Whitfield's post");
    expectPrivateMessagesOnlyTo(harness.fake, HR_USER);
  });
});

describe('someone the pack does not list', () => {
  it('gets general answers only, privately told why and whom to ask', async () => {
    const harness = await start();
    await harness.deliver(mention(STRANGER, 'is my post at risk?'));
    expect(channelPosts(harness.fake)).toEqual([]);
    const text = privateTo(harness, STRANGER);
    expect(text).toContain("I can't match you to a staff record");
    expect(text).toContain("the email address on your Slack profile isn't in the consultation's staff list");
    expect(text).toContain('Tim Barnett');
  });

  it("cannot see anyone's record", async () => {
    const harness = await start();
    await harness.deliver(mention(STRANGER, "what is Susan Whitfield's status?"));
    expect(channelPosts(harness.fake)).toEqual([]);
    expect(privateTo(harness, STRANGER)).not.toContain('Area Service Manager');
  });
});

describe('a general question in a channel', () => {
  it('is answered in the thread for everyone, with its sources, and nothing personal', async () => {
    const harness = await start();
    await harness.deliver(mention(SUSAN, 'when does the consultation close?', '1299000000.000077'));
    const posts = channelPosts(harness.fake);
    expect(posts.map((c) => [c.args['channel'], c.args['thread_ts']])).toEqual([[IDS.channel, '1299000000.000077']]);
    const content = contentOf(posts[0]!);
    expect(content).toContain('4 April 2011');
    expect(content).toContain('FAQ: When does');
  });

  it('that the pack cannot answer is an abstention with Ask HR, still in the thread', async () => {
    const harness = await start();
    await harness.deliver(mention(SUSAN, 'what is the capital of France?'));
    const [post] = channelPosts(harness.fake);
    expect(contentOf(post!)).toContain("I don't know the answer to that");
    expect(contentOf(post!)).toContain('"action_id":"ask_hr"');
  });
});

import { describe, expect, it } from 'vitest';
import { dmChannelOf, FakeResponse } from '../helpers/fake-slack.js';
import {
  appHomeOpened,
  appMention,
  blockAction,
  directMessage,
  editedDirectMessage,
  eventCallback,
  IDS,
  slashCommand,
  viewSubmission,
} from '../helpers/slack-requests.js';
import { SENT_BY_DM } from '../../src/channels/slack/deliver.js';
import { buttonValue, channelPosts, contentOf, expectPrivateMessagesOnlyTo, fakeAssistant, HR_CHANNEL, sample, standInHarness, STRANGER, type Harness } from './harness.js';

/**
 * Every surface through the real Bolt app and HTTP receiver, with a stand-in core whose
 * personal answers say PERSONAL: the tests are about where things go, not what they say.
 */

const SUSAN = 'U0000003'; // E003 in the sample pack, matched by slack_user_id
const SUSAN_DM = dmChannelOf(SUSAN);

const start = standInHarness();

describe('direct messages', () => {
  it('answers in the DM, logs the question and clears it from pending', async () => {
    const assistant = fakeAssistant();
    const { fake, store, deliver } = await start({ assistant });
    await deliver(eventCallback(directMessage('When does it close?', { user: SUSAN, channel: SUSAN_DM })));
    const [post] = fake.delivered('chat.postMessage');
    expect(post?.args).toMatchObject({ channel: SUSAN_DM, text: '*General* answer to: When does it close?' });
    expect(assistant.asked).toEqual([{ question: 'When does it close?', asker: { employeeId: 'E003', isHr: false }, now: new Date('2011-02-10T10:00:00Z') }]);
    const [logged] = store.questions.list(new Date(0));
    expect(logged).toMatchObject({
      channel: 'slack',
      surface: 'dm',
      question: 'When does it close?',
      intent: 'general',
      bestSourceRef: 'faq/when-does-consultation-close.md',
      abstained: false,
      askerSlackId: SUSAN,
      feedback: null,
    });
    expect(logged?.answeredAt).not.toBeNull();
    expect(store.pending.list('slack')).toEqual([]);
  });

  it('keeps a personal answer in the DM, and a threaded DM in its thread', async () => {
    const { fake, deliver } = await start();
    await deliver(eventCallback(directMessage('my personal status', { user: SUSAN, channel: SUSAN_DM, threadTs: '1299000000.000001' })));
    expect(fake.delivered('chat.postMessage').map((c) => [c.args['channel'], c.args['thread_ts'], c.args['text']])).toEqual([
      [SUSAN_DM, '1299000000.000001', 'PERSONAL answer for E003'],
    ]);
    expectPrivateMessagesOnlyTo(fake, SUSAN);
  });

  it("ignores bot messages (its own included), edits and other subtypes", async () => {
    const { fake, store, deliver } = await start();
    await deliver(eventCallback(directMessage('from another app', { user: SUSAN, channel: SUSAN_DM, botId: 'B0OTHER' })));
    await deliver(eventCallback(directMessage('my own answer', { user: IDS.botUser, channel: SUSAN_DM, botId: IDS.bot, subtype: 'bot_message' })));
    await deliver(eventCallback(editedDirectMessage('edited question', '1299000000.000009', { user: SUSAN, channel: SUSAN_DM })));
    await deliver(eventCallback(directMessage('', { user: SUSAN, channel: SUSAN_DM, subtype: 'channel_join' })));
    expect(fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(store.questions.list(new Date(0))).toEqual([]);
    expect(store.pending.list('slack')).toEqual([]);
  });
});

describe('mentions in channels', () => {
  it('answers a general question in a thread under it', async () => {
    const { fake, deliver } = await start();
    const ts = '1299000000.000100';
    await deliver(eventCallback(appMention('when does it close?', { user: SUSAN, ts })));
    expect(fake.delivered('chat.postMessage').map((c) => [c.args['channel'], c.args['thread_ts'], c.args['text']])).toEqual([
      [IDS.channel, ts, '*General* answer to: when does it close?'],
    ]);
  });

  it('answers in the existing thread when mentioned inside one', async () => {
    const { fake, deliver } = await start();
    await deliver(eventCallback(appMention('when does it close?', { user: SUSAN, threadTs: '1299000000.000050' })));
    expect(fake.delivered('chat.postMessage')[0]?.args['thread_ts']).toBe('1299000000.000050');
  });

  it('sends a personal answer by DM, telling only the asker in the channel', async () => {
    const { fake, deliver } = await start();
    await deliver(eventCallback(appMention('what is my personal status?', { user: SUSAN, threadTs: '1299000000.000050' })));
    expect(fake.delivered('chat.postMessage').map((c) => [c.args['channel'], c.args['text']])).toEqual([[SUSAN_DM, 'PERSONAL answer for E003']]);
    expect(fake.delivered('chat.postEphemeral').map((c) => c.args)).toEqual([
      { channel: IDS.channel, user: SUSAN, text: SENT_BY_DM, thread_ts: '1299000000.000050' },
    ]);
    expect(channelPosts(fake)).toEqual([]);
  });

  it('answers ephemerally when Slack will not open a DM', async () => {
    const { fake, deliver } = await start();
    fake.handle('conversations.open', () => ({ ok: false, error: 'cannot_dm_bot' }));
    await deliver(eventCallback(appMention('my personal status', { user: SUSAN })));
    expect(fake.delivered('chat.postEphemeral').map((c) => [c.args['channel'], c.args['user'], c.args['text']])).toEqual([
      [IDS.channel, SUSAN, 'PERSONAL answer for E003'],
    ]);
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('escapes what people typed, so an answer quoting it pings nobody', async () => {
    const { fake, deliver } = await start();
    // Slack escapes a typed "<!channel>"; a real @channel arrives as <!channel> and is dropped.
    await deliver(eventCallback(appMention('&lt;!channel&gt; and <!here> and &lt;@U0000005&gt; &amp; co', { user: SUSAN })));
    const [post] = fake.delivered('chat.postMessage');
    expect(post?.args['text']).toBe('*General* answer to: &lt;!channel&gt; and and &lt;@U0000005&gt; &amp; co');
    expect(contentOf(post!)).not.toMatch(/<!channel>|<!here>|<@U0000005>/);
  });
});

describe('the slash command', () => {
  it('acknowledges at once and answers privately through the response URL', async () => {
    const { fake, send, handle } = await start();
    const responseUrl = fake.responseUrl();
    const response = await send(slashCommand('when does it close?', { user: SUSAN, responseUrl }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    await handle.idle();
    expect(fake.delivered('response_url').map((c) => [c.args['url'], c.args['response_type'], c.args['text']])).toEqual([
      [responseUrl, 'ephemeral', '*General* answer to: when does it close?'],
    ]);
    expect(channelPosts(fake)).toEqual([]);
  });

  it('explains itself on help, with the configured command name', async () => {
    const { fake, deliver } = await start({ env: { SLACK_COMMAND: '/reorg' } });
    await deliver(slashCommand('', { command: '/reorg', user: SUSAN, responseUrl: fake.responseUrl() }));
    const text = String(fake.delivered('response_url')[0]?.args['text']);
    expect(text).toContain('Help text.');
    expect(text).toContain('`/reorg status`: where your post stands.');
  });

  it('answers status with the overview, and deadlines with the deadlines question', async () => {
    const assistant = fakeAssistant();
    const { fake, deliver } = await start({ assistant });
    await deliver(slashCommand('status', { user: SUSAN, responseUrl: fake.responseUrl() }));
    await deliver(slashCommand('deadlines', { user: SUSAN, responseUrl: fake.responseUrl() }));
    expect(fake.delivered('response_url')[0]?.args['text']).toBe('PERSONAL overview for E003');
    expect(assistant.asked.map((a) => a.question)).toEqual(['What are my next deadlines?']);
  });

  it('falls back to a DM when the response URL has expired', async () => {
    const { fake, deliver } = await start();
    fake.handle('response_url', () => new FakeResponse(404, 'expired_url'));
    await deliver(slashCommand('my personal status', { user: SUSAN, responseUrl: fake.responseUrl() }));
    expect(fake.delivered('chat.postMessage').map((c) => [c.args['channel'], c.args['text']])).toEqual([[SUSAN_DM, 'PERSONAL answer for E003']]);
  });
});

describe('the App Home tab', () => {
  it("publishes the person's overview when they open it", async () => {
    const { fake, store, deliver } = await start();
    await deliver(eventCallback(appHomeOpened(SUSAN)));
    const [publish] = fake.delivered('views.publish');
    expect(publish?.args['user_id']).toBe(SUSAN);
    expect(contentOf(publish!)).toContain('PERSONAL overview for E003');
    expect(store.homeViewers.list(new Date(0))).toEqual([SUSAN]);
  });

  it('tells someone the pack does not list why, and whom to ask', async () => {
    const { fake, deliver } = await start();
    await deliver(eventCallback(appHomeOpened(STRANGER)));
    const content = contentOf(fake.delivered('views.publish')[0]!);
    expect(content).toContain("I can't match you to a staff record");
    expect(content).toContain("the email address on your Slack profile isn't in the consultation's staff list");
    expect(content).toContain('Tim Barnett');
  });

  it('republishes every opened Home tab when the pack changes', async () => {
    const { fake, deliver, handle } = await start();
    await deliver(eventCallback(appHomeOpened(SUSAN)));
    await deliver(eventCallback(appHomeOpened('U0000005')));
    const next = fakeAssistant();
    next.overview = (asker) => ({ text: `PERSONAL new overview for ${asker.employeeId}`, sources: [], confidence: 1, abstained: false, private: true, intent: 'my-status', actions: [] });
    await handle.onPackChanged(sample(), next);
    expect(fake.delivered('views.publish').slice(2).map((c) => [c.args['user_id'], contentOf(c).includes(`PERSONAL new overview for ${c.args['user_id'] === SUSAN ? 'E003' : 'E005'}`)])).toEqual([
      [SUSAN, true],
      ['U0000005', true],
    ]);
  });

  it('records a Done click for the person and republishes their tab', async () => {
    const done: [string, string][] = [];
    const { fake, deliver } = await start({ markActionDone: (employeeId, actionId) => done.push([employeeId, actionId]) });
    await deliver(eventCallback(appHomeOpened(SUSAN)));
    expect(JSON.stringify(fake.delivered('views.publish')[0]?.args['view'])).toContain('mark_done:0');
    await deliver(blockAction('mark_done:0', 'send-views', { user: SUSAN }));
    // An action id the timeline does not have is ignored.
    await deliver(blockAction('mark_done:0', 'made-up', { user: SUSAN }));
    expect(done).toEqual([['E003', 'send-views']]);
    expect(fake.delivered('views.publish')).toHaveLength(2);
  });
});

describe('feedback', () => {
  it('stores thumbs up and down on the answer; the last click wins', async () => {
    const { fake, store, deliver } = await start();
    await deliver(eventCallback(directMessage('When does it close?', { user: SUSAN, channel: SUSAN_DM })));
    const questionId = buttonValue(fake.delivered('chat.postMessage')[0], 'feedback_up') ?? '';
    await deliver(blockAction('feedback_up', questionId, { user: SUSAN, responseUrl: fake.responseUrl() }));
    expect(store.questions.get(questionId)?.feedback).toBe('up');
    await deliver(blockAction('feedback_down', questionId, { user: SUSAN, responseUrl: fake.responseUrl() }));
    expect(store.questions.get(questionId)?.feedback).toBe('down');
    expect(fake.delivered('response_url').map((c) => [c.args['response_type'], c.args['replace_original']])).toEqual([
      ['ephemeral', false],
      ['ephemeral', false],
    ]);
  });
});

describe('"Ask: <the nearest entry>" on an abstention', () => {
  it('asks the nearest entry for whoever presses it, privately, and logs it as asked by button', async () => {
    const assistant = fakeAssistant();
    const { fake, store, deliver } = await start({ assistant });
    await deliver(eventCallback(appMention('<@U0000005> nearly answerable', { user: SUSAN })));
    const [answer] = fake.delivered('chat.postMessage');
    expect(answer?.args['channel']).toBe(IDS.channel); // a general abstention, in the thread
    const value = buttonValue(answer, 'ask_nearest') ?? '';
    expect(value).toBe('Q&amp;A: when does it &lt;close&gt;?');

    await deliver(blockAction('ask_nearest', value, { user: STRANGER, channel: IDS.channel, responseUrl: fake.responseUrl(), triggerId: 'near-1' }));
    expect(assistant.asked.at(-1)).toMatchObject({ question: 'Q&A: when does it <close>?', asker: { employeeId: null } });
    const [ephemeral] = fake.delivered('response_url');
    expect(ephemeral?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: '*General* answer to: Q&amp;A: when does it &lt;close&gt;?' });
    expect(fake.delivered('chat.postMessage')).toHaveLength(1); // nothing more in the channel
    const logged = store.questions.list(new Date(0)).find((q) => q.surface === 'button');
    expect(logged).toMatchObject({ question: 'Q&A: when does it <close>?', askerSlackId: STRANGER, abstained: false });
    expect(store.pending.list('slack')).toEqual([]);
  });

  it('answers a click once, however often Slack delivers it', async () => {
    const assistant = fakeAssistant();
    const { fake, deliver } = await start({ assistant });
    const click = blockAction('ask_nearest', 'When does it close?', { user: SUSAN, channel: SUSAN_DM, responseUrl: fake.responseUrl(), triggerId: 'near-2' });
    await deliver(click);
    await deliver(click);
    expect(assistant.asked.map((a) => a.question)).toEqual(['When does it close?']);
    expect(fake.delivered('response_url')).toHaveLength(1);
  });

  it('keeps a personal answer to a click private, even when pressed under a channel message', async () => {
    const { fake, deliver } = await start();
    await deliver(blockAction('ask_nearest', 'my personal status', { user: SUSAN, channel: IDS.channel, responseUrl: fake.responseUrl(), triggerId: 'near-3' }));
    expect(fake.delivered('response_url').map((c) => [c.args['response_type'], c.args['text']])).toEqual([['ephemeral', 'PERSONAL answer for E003']]);
    expect(channelPosts(fake)).toEqual([]);
  });

  it('ignores a click that carries no question', async () => {
    const assistant = fakeAssistant();
    const { fake, store, deliver } = await start({ assistant });
    await deliver(blockAction('ask_nearest', '', { user: SUSAN, responseUrl: fake.responseUrl(), triggerId: 'near-4' }));
    expect(assistant.asked).toEqual([]);
    expect(store.questions.list(new Date(0))).toEqual([]);
  });
});

describe('Ask HR on an abstention', () => {
  async function abstain(harness: Harness, user = SUSAN): Promise<string> {
    await harness.deliver(eventCallback(appMention('an unknowable <@U0000005> question &lt;!channel&gt;', { user })));
    const value = buttonValue(harness.fake.delivered('chat.postMessage').at(-1), 'ask_hr');
    expect(value).toBeDefined();
    return value ?? '';
  }

  it('asks first in a modal, then posts the question to HR without the asker, and tells them', async () => {
    const harness = await start();
    const { fake, store, deliver } = harness;
    const questionId = await abstain(harness);
    await deliver(blockAction('ask_hr', questionId, { user: SUSAN, channel: IDS.channel, triggerId: 'trigger-1' }));
    const [open] = fake.delivered('views.open');
    expect(open?.args['trigger_id']).toBe('trigger-1');
    expect(open?.args['view']).toMatchObject({ callback_id: 'ask_hr_submit', private_metadata: questionId });
    expect(contentOf(open!)).toContain('an unknowable Paul Kershaw question &lt;!channel&gt;');

    await deliver(viewSubmission('ask_hr_submit', { user: SUSAN, privateMetadata: questionId, values: { share: { share_identity: { type: 'checkboxes', selected_options: [] } } } }));
    const toHr = fake.delivered('chat.postMessage').filter((c) => c.args['channel'] === HR_CHANNEL);
    expect(toHr).toHaveLength(1);
    const hrContent = contentOf(toHr[0]!);
    expect(hrContent).toContain('Asked anonymously');
    expect(hrContent).toContain('&lt;!channel&gt;');
    expect(hrContent).not.toContain(SUSAN);
    expect(fake.delivered('chat.postMessage').filter((c) => c.args['channel'] === SUSAN_DM).map((c) => c.args['text'])).toEqual([
      "I've sent your question to HR without your name.",
    ]);
    expect(store.questions.get(questionId)?.sentToHrAt).not.toBeNull();

    // Submitting again (a double click, a second modal) does not post twice.
    await deliver(viewSubmission('ask_hr_submit', { user: SUSAN, privateMetadata: questionId, values: {} }));
    expect(fake.delivered('chat.postMessage').filter((c) => c.args['channel'] === HR_CHANNEL)).toHaveLength(1);
  });

  it("names the asker when they agree", async () => {
    const harness = await start();
    const questionId = await abstain(harness);
    await harness.deliver(
      viewSubmission('ask_hr_submit', { user: SUSAN, privateMetadata: questionId, values: { share: { share_identity: { type: 'checkboxes', selected_options: [{ value: 'share' }] } } } }),
    );
    const toHr = harness.fake.delivered('chat.postMessage').find((c) => c.args['channel'] === HR_CHANNEL);
    expect(contentOf(toHr!)).toContain(`Asked by <@${SUSAN}>`);
  });

  it('lets only the asker send it', async () => {
    const harness = await start();
    const questionId = await abstain(harness);
    await harness.deliver(blockAction('ask_hr', questionId, { user: 'U0000005', channel: IDS.channel, responseUrl: harness.fake.responseUrl() }));
    expect(harness.fake.callsTo('views.open')).toEqual([]);
    expect(String(harness.fake.delivered('response_url')[0]?.args['text'])).toContain('Only the person who asked can send this question to HR.');
    await harness.deliver(viewSubmission('ask_hr_submit', { user: 'U0000005', privateMetadata: questionId }));
    expect(harness.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === HR_CHANNEL)).toEqual([]);
  });

  it('says so when HR cannot be reached, and lets them try again', async () => {
    const harness = await start();
    const questionId = await abstain(harness);
    harness.fake.handle('chat.postMessage', (args) => (args['channel'] === HR_CHANNEL ? { ok: false, error: 'not_in_channel' } : { channel: args['channel'], ts: '1.1' }));
    await harness.deliver(viewSubmission('ask_hr_submit', { user: SUSAN, privateMetadata: questionId }));
    expect(String(harness.fake.delivered('chat.postMessage').find((c) => c.args['channel'] === SUSAN_DM)?.args['text'])).toContain("I couldn't reach HR's channel");
    expect(harness.store.questions.get(questionId)?.sentToHrAt).toBeNull();
  });

  it('offers no Ask HR button without an HR channel', async () => {
    const harness = await start({ env: { SLACK_HR_CHANNEL: '' } });
    await harness.deliver(eventCallback(appMention('an unknowable question', { user: SUSAN })));
    expect(JSON.stringify(harness.fake.delivered('chat.postMessage')[0]?.args['blocks'])).not.toContain('ask_hr');
  });
});

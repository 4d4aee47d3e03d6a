import { describe, expect, it } from 'vitest';
import { dmChannelOf } from '../helpers/fake-slack.js';
import { appMention, directMessage, eventCallback, IDS, slashCommand } from '../helpers/slack-requests.js';
import { standInHarness } from './harness.js';

/**
 * Slack rate limiting and outages: the bot never crashes, the answer arrives once Slack
 * recovers within the WebClient's retry budget (here 3 retries, milliseconds apart), and
 * it is never posted twice. Past the budget the question stays pending until Slack is back.
 */

const SUSAN = 'U0000003';
const SUSAN_DM = dmChannelOf(SUSAN);

const start = standInHarness();
const question = () => eventCallback(directMessage('When does it close?', { user: SUSAN, channel: SUSAN_DM }));

describe('rate limits', () => {
  it('waits out a 429 for as long as Retry-After says, then posts once', async () => {
    const { fake, deliver } = await start();
    fake.rateLimitNext('chat.postMessage', 1, 1);
    await deliver(question());
    const attempts = fake.callsTo('chat.postMessage');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(990);
    expect(fake.delivered('chat.postMessage')).toHaveLength(1);
  });

  it('keeps every answer, once each, under a per-method rate limit', async () => {
    const { fake, deliver, send, handle } = await start();
    fake.rateLimit('chat.postMessage', 2, 60_000, 0);
    await deliver(question());
    // The limit's window never ends in this test, so lift it after a while to let the rest through.
    const sent = Promise.all([send(question()), send(question()), send(question())]);
    await fake.waitFor('chat.postMessage', { ok: false, where: (c) => c.status === 429 });
    fake.resetHandlers();
    await sent;
    await handle.idle();
    expect(fake.delivered('chat.postMessage')).toHaveLength(4);
    expect(new Set(fake.delivered('chat.postMessage').map((c) => c.response?.['ts'])).size).toBe(4);
  });
});

describe('outages', () => {
  it('retries through Slack failing with 500, and posts once', async () => {
    const { fake, deliver, store } = await start();
    fake.failNext('chat.postMessage', 3, 500);
    await deliver(question());
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([500, 500, 500, 200]);
    expect(fake.delivered('chat.postMessage')).toHaveLength(1);
    expect(store.pending.list('slack')).toEqual([]);
  });

  it('abandons a hung call after the timeout and posts once', async () => {
    const { fake, deliver } = await start({ timings: { apiTimeoutMs: 150 } });
    fake.hangNext('chat.postMessage', 1);
    await deliver(question());
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([null, 200]);
    expect(fake.delivered('chat.postMessage')).toHaveLength(1);
  });

  it('keeps the question pending past the retry budget and answers once Slack is back', async () => {
    const { fake, deliver, store, handle, logs } = await start();
    fake.failNext('chat.postMessage', 100, 503);
    await deliver(question());
    expect(fake.delivered('chat.postMessage')).toEqual([]);
    expect(store.pending.list('slack')).toHaveLength(1);
    expect(store.questions.list(new Date(0))[0]?.answeredAt).toBeNull();
    expect(logs.some((l) => l.includes('answer not delivered; it stays pending') && l.includes('slack_webapi_http_error:503'))).toBe(true);

    await handle.retryPending(); // Slack still down: still pending, nothing posted
    expect(store.pending.list('slack')).toHaveLength(1);

    fake.resetHandlers();
    await handle.retryPending();
    await handle.retryPending(); // nothing left to do
    expect(fake.delivered('chat.postMessage')).toHaveLength(1);
    expect(store.pending.list('slack')).toEqual([]);
    expect(store.questions.list(new Date(0))[0]?.answeredAt).not.toBeNull();
  });

  it('does not tell a staff member they are unknown because users.info failed', async () => {
    const { fake, deliver, handle } = await start();
    fake.failNext('users.info', 100, 500);
    // Robert Hale has no slack_user_id in the pack: he is matched by email.
    await deliver(eventCallback(directMessage('my personal status', { user: 'U0000002', channel: 'D0000002' })));
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    fake.resetHandlers();
    await handle.retryPending();
    expect(fake.delivered('chat.postMessage').map((c) => c.args['text'])).toEqual(['PERSONAL answer for E002']);
  });

  it('retries a response URL that fails, and answers the command once', async () => {
    const { fake, deliver } = await start();
    fake.failNext('response_url', 2, 502);
    await deliver(slashCommand('when does it close?', { user: SUSAN, responseUrl: fake.responseUrl() }));
    expect(fake.callsTo('response_url').map((c) => c.status)).toEqual([502, 502, 200]);
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('drops, rather than retries forever, an answer Slack refuses', async () => {
    const { fake, deliver, store, handle, logs } = await start();
    fake.handle('chat.postMessage', () => ({ ok: false, error: 'not_in_channel' }));
    await deliver(eventCallback(appMention('when does it close?', { user: SUSAN })));
    await handle.retryPending();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(store.pending.list('slack')).toEqual([]);
    expect(logs.some((l) => l.includes('answer refused by Slack; not retried') && l.includes('not_in_channel'))).toBe(true);
  });

  it('still answers by DM when the pointer to it cannot be shown in the channel', async () => {
    const { fake, deliver } = await start();
    fake.failNext('chat.postEphemeral', 100, 500);
    await deliver(eventCallback(appMention('my personal status', { user: SUSAN })));
    expect(fake.delivered('chat.postMessage').map((c) => c.args['channel'])).toEqual([SUSAN_DM]);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === IDS.channel)).toEqual([]);
  });
});

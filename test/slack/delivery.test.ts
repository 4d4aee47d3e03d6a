import { describe, expect, it } from 'vitest';
import { appMention, directMessage, eventCallback, IDS, nextEventId, send, sign, slashCommand, type SlackRequest } from '../helpers/slack-requests.js';
import { createLogger } from '../../src/channels/slack/create-logger.js';
import { startSlack } from '../../src/channels/slack/start-slack.js';
import { openSqliteStore } from '../../src/store/open-store.js';
import { dmChannelOf, FakeSlack } from '../helpers/fake-slack.js';
import { fakeAssistant, sample, standInHarness, testConfig } from './harness.js';

/**
 * Slack's delivery rules, through Bolt's real HTTP receiver: requests must be signed and
 * fresh; events are acknowledged within three seconds and answered after; and the same
 * question delivered again (a retry, or the same message under a new event id) is
 * answered once, while an event Slack only ever sent as a retry is still answered.
 */

const SUSAN = 'U0000003';
const SUSAN_DM = dmChannelOf(SUSAN);

const start = standInHarness();
const dm = (text: string, options: { ts?: string } = {}) => directMessage(text, { user: SUSAN, channel: SUSAN_DM, ...options });

describe('starting', () => {
  it('says what to fix when Slack rejects the bot token', async () => {
    const fake = await FakeSlack.start();
    fake.handle('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const started = startSlack(testConfig(fake), { pack: sample(), assistant: fakeAssistant(), store: openSqliteStore(':memory:'), logger: createLogger('error', () => undefined) });
    await expect(started).rejects.toThrow(
      "Slack rejected SLACK_BOT_TOKEN (invalid_auth). Copy the Bot User OAuth Token (xoxb-...) from your Slack app's OAuth & Permissions page, and check that the app is installed in the workspace.",
    );
    await fake.close();
  });
});

describe('request verification', () => {
  it('rejects a bad signature with 401 and does nothing with it', async () => {
    const { fake, store, send: sendSigned, handle } = await start();
    const response = await sendSigned(eventCallback(dm('When does it close?')), { secret: 'not-the-signing-secret-at-all-xx' });
    expect(response.status).toBe(401);
    await handle.idle();
    expect(fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(store.pending.list('slack')).toEqual([]);
    expect(store.questions.list(new Date(0))).toEqual([]);
  });

  it('rejects a body changed after signing', async () => {
    const { fake, send: sendSigned, handle } = await start();
    const request = eventCallback(dm('When does it close?'));
    const timestamp = Math.floor(Date.now() / 1000);
    const tampered = { ...request, body: request.body.replace('When does it close?', 'What is my personal status?') };
    const response = await sendSigned(tampered, { timestamp, signature: sign(request.body, timestamp) });
    expect(response.status).toBe(401);
    await handle.idle();
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('rejects a request signed more than five minutes ago (a replay)', async () => {
    const { fake, store, send: sendSigned, handle } = await start();
    const response = await sendSigned(eventCallback(dm('When does it close?')), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(response.status).toBe(401);
    await handle.idle();
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    expect(store.pending.list('slack')).toEqual([]);
  });

  it('rejects unsigned slash commands too', async () => {
    const { fake, send: sendSigned, handle } = await start();
    const response = await sendSigned(slashCommand('status', { user: SUSAN, responseUrl: fake.responseUrl() }), { signature: 'v1=abc' });
    expect(response.status).toBe(401);
    await handle.idle();
    expect(fake.callsTo('response_url')).toEqual([]);
  });

  it("answers Slack's URL verification challenge and serves /healthz", async () => {
    const { baseUrl } = await start();
    const challenge: SlackRequest = { body: JSON.stringify({ token: 't', challenge: 'c-123', type: 'url_verification' }), contentType: 'application/json' };
    const response = await send(baseUrl, challenge);
    expect(await response.json()).toEqual({ challenge: 'c-123' });
    const health = await fetch(`${baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect((await fetch(`${baseUrl}/nothing-here`)).status).toBe(404);
  });
});

describe('acknowledge first, answer after', () => {
  it('acknowledges an event while Slack is still slow to take the answer', async () => {
    const { fake, send: sendSigned, handle } = await start();
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    fake.handle('chat.postMessage', async (args) => {
      await slow;
      return { channel: args['channel'], ts: fake.nextTs() };
    });
    const response = await sendSigned(eventCallback(dm('When does it close?')));
    expect(response.status).toBe(200);
    expect(fake.delivered('chat.postMessage')).toEqual([]);
    release();
    await handle.idle();
    expect(fake.delivered('chat.postMessage')).toHaveLength(1);
  });
});

describe('repeat deliveries', () => {
  it('answers once when Slack retries the same event', async () => {
    const { fake, deliver, logs } = await start();
    const request = eventCallback(dm('When does it close?'), { eventId: 'Ev0RETRY01' });
    await deliver(request);
    await deliver(request, { retryNum: 1, retryReason: 'http_timeout' });
    await deliver(request, { retryNum: 2, retryReason: 'http_error' });
    expect(fake.delivered('chat.postMessage')).toHaveLength(1);
    expect(logs.filter((l) => l.includes('repeat delivery ignored'))).toEqual([
      expect.stringContaining('retry=1 reason=http_timeout'),
      expect.stringContaining('retry=2 reason=http_error'),
    ]);
  });

  it('answers once when the same message comes again under a new event id', async () => {
    const { fake, deliver } = await start();
    const event = dm('When does it close?', { ts: '1299000000.777777' });
    await deliver(eventCallback(event, { eventId: nextEventId() }));
    await deliver(eventCallback(event, { eventId: nextEventId() }));
    expect(fake.delivered('chat.postMessage')).toHaveLength(1);
  });

  it('answers once when a mention arrives twice at the same moment', async () => {
    const { fake, send: sendSigned, handle } = await start();
    const request = eventCallback(appMention('when does it close?', { user: SUSAN }));
    const responses = await Promise.all([sendSigned(request), sendSigned(request, { retryNum: 1, retryReason: 'http_timeout' })]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    await handle.idle();
    expect(fake.delivered('chat.postMessage').filter((c) => c.args['channel'] === IDS.channel)).toHaveLength(1);
  });

  it('answers an event that only ever arrived as a retry (sent while the bot was down)', async () => {
    const { fake, deliver } = await start();
    await deliver(eventCallback(dm('When does it close?')), { retryNum: 3, retryReason: 'http_error' });
    expect(fake.delivered('chat.postMessage')).toHaveLength(1);
  });

  it('answers two different messages with the same text twice', async () => {
    const { fake, deliver } = await start();
    await deliver(eventCallback(dm('When does it close?')));
    await deliver(eventCallback(dm('When does it close?')));
    expect(fake.delivered('chat.postMessage')).toHaveLength(2);
  });

  it('still recognises a repeat after the clock has moved on less than the dedupe window', async () => {
    const { fake, deliver, clock, config } = await start();
    const request = eventCallback(dm('When does it close?'));
    await deliver(request);
    clock.advance(config.timings.dedupeForMs - 1_000);
    await deliver(request, { retryNum: 1, retryReason: 'http_timeout' });
    expect(fake.delivered('chat.postMessage')).toHaveLength(1);
  });
});

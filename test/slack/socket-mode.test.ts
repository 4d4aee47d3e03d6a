import { afterEach, describe, expect, it } from 'vitest';
import { dmChannelOf } from '../helpers/fake-slack.js';
import { directMessage, eventCallback, IDS, slashCommand } from '../helpers/slack-requests.js';
import { expectNothingPersonalInChannels, fakeAssistant, startHarness, type Harness } from './harness.js';

/**
 * Socket Mode through Bolt's real SocketModeReceiver: it asks the fake Slack for a
 * connection (apps.connections.open with the app token), receives envelopes over the
 * WebSocket and acknowledges them; a redelivery (retry_attempt) is answered once.
 */

const SUSAN = 'U0000003';
const APP_TOKEN = 'xapp-1-A1234-1234567890-abcdefabcdef';

let h: Harness | undefined;
afterEach(async () => {
  if (h) expectNothingPersonalInChannels(h.fake, ['PERSONAL']);
  await h?.stop();
  h = undefined;
});

const start = async () => (h = await startHarness({ assistant: fakeAssistant(), env: { SLACK_APP_TOKEN: APP_TOKEN } }));

const eventEnvelope = (id: string, body: string, retry = 0) => ({
  envelope_id: id,
  type: 'events_api',
  accepts_response_payload: false,
  retry_attempt: retry,
  retry_reason: retry === 0 ? '' : 'timeout',
  payload: JSON.parse(body) as unknown,
});

describe('Socket Mode', () => {
  it('connects with the app token, no HTTP port of its own', async () => {
    const { fake, handle, config } = await start();
    expect(config.mode).toBe('socket');
    expect(handle.port).toBeNull();
    expect(fake.delivered('apps.connections.open')[0]?.token).toBe(APP_TOKEN);
  });

  it('acknowledges an event, answers it, and answers a redelivery (retry_attempt) only once', async () => {
    const { fake, handle, logs } = await start();
    const body = eventCallback(directMessage('When does it close?', { user: SUSAN, channel: dmChannelOf(SUSAN) })).body;
    fake.sendEnvelope(eventEnvelope('env-1', body));
    await fake.waitForAck('env-1');
    await handle.idle();
    fake.sendEnvelope(eventEnvelope('env-2', body, 1));
    await fake.waitForAck('env-2');
    await handle.idle();
    expect(fake.delivered('chat.postMessage').map((c) => [c.args['channel'], c.args['text']])).toEqual([[dmChannelOf(SUSAN), '*General* answer to: When does it close?']]);
    expect(logs.some((l) => l.includes('repeat delivery ignored') && l.includes('retry=1 reason=timeout'))).toBe(true);
  });

  it('answers a slash command privately', async () => {
    const { fake, handle } = await start();
    const responseUrl = fake.responseUrl();
    const payload = Object.fromEntries(new URLSearchParams(slashCommand('my personal status', { user: SUSAN, channel: IDS.channel, responseUrl }).body));
    fake.sendEnvelope({ envelope_id: 'env-3', type: 'slash_commands', accepts_response_payload: true, payload });
    await fake.waitForAck('env-3');
    await handle.idle();
    expect(fake.delivered('response_url').map((c) => [c.args['url'], c.args['response_type'], c.args['text']])).toEqual([[responseUrl, 'ephemeral', 'PERSONAL answer for E003']]);
  });
});

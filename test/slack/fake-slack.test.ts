import { LogLevel, webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../helpers/fake-slack.js';

/** The fake Slack itself, through Slack's real WebClient: other tests (reminder fan-out) build on it. */

let fake: FakeSlack | undefined;
afterEach(async () => fake?.close());

const client = (f: FakeSlack, options: webApi.WebClientOptions = {}) =>
  new webApi.WebClient('xoxb-test', { slackApiUrl: f.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR, ...options });

describe('FakeSlack', () => {
  it('records every call with its method, arguments, token and time', async () => {
    fake = await FakeSlack.start();
    const before = Date.now();
    await client(fake).chat.postMessage({ channel: 'C1', text: 'hello', blocks: [{ type: 'divider' }] });
    const [call] = fake.callsTo('chat.postMessage');
    expect(call).toMatchObject({ seq: 1, method: 'chat.postMessage', token: 'xoxb-test', status: 200, args: { channel: 'C1', text: 'hello', blocks: [{ type: 'divider' }] } });
    expect(call?.at).toBeGreaterThanOrEqual(before);
  });

  it('keeps posted messages, with metadata, for conversations.history (newest first, paged)', async () => {
    fake = await FakeSlack.start();
    const web = client(fake);
    const metadata = { event_type: 'reminder_sent', event_payload: { reminder: 'r-1', employee: 'E001' } };
    const first = await web.chat.postMessage({ channel: 'D1', text: 'one', metadata });
    await web.chat.postMessage({ channel: 'D1', text: 'two' });
    await web.chat.postMessage({ channel: 'D2', text: 'elsewhere' });
    const withMetadata = await web.conversations.history({ channel: 'D1', include_all_metadata: true });
    expect(withMetadata.messages?.map((m) => [m.text, m.metadata?.event_type])).toEqual([
      ['two', undefined],
      ['one', 'reminder_sent'],
    ]);
    const without = await web.conversations.history({ channel: 'D1' });
    expect(without.messages?.every((m) => m.metadata === undefined)).toBe(true);
    const page = await web.conversations.history({ channel: 'D1', limit: 1 });
    expect(page.messages?.map((m) => m.text)).toEqual(['two']);
    expect(page.has_more).toBe(true);
    const next = await web.conversations.history({ channel: 'D1', limit: 1, cursor: page.response_metadata?.next_cursor ?? '' });
    expect(next.messages?.map((m) => m.ts)).toEqual([first.ts]);
  });

  it('rate limits a method per window, answering 429 with Retry-After', async () => {
    fake = await FakeSlack.start();
    fake.rateLimit('chat.postMessage', 2, 60_000, 7);
    const web = client(fake, { rejectRateLimitedCalls: true });
    await web.chat.postMessage({ channel: 'C1', text: '1' });
    await web.chat.postMessage({ channel: 'C1', text: '2' });
    await expect(web.chat.postMessage({ channel: 'C1', text: '3' })).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 7 });
    expect(fake.history('C1').map((m) => m.text)).toEqual(['1', '2']);
  });

  it('fails the next calls with an HTTP status, then recovers', async () => {
    fake = await FakeSlack.start();
    fake.failNext('users.info', 1, 503);
    fake.addUser({ id: 'U1', email: 'pat@example.org' });
    const web = client(fake);
    await expect(web.users.info({ user: 'U1' })).rejects.toMatchObject({ code: 'slack_webapi_http_error', statusCode: 503 });
    expect((await web.users.info({ user: 'U1' })).user?.profile?.email).toBe('pat@example.org');
    await expect(web.users.info({ user: 'U2' })).rejects.toMatchObject({ data: { error: 'user_not_found' } });
    expect((await web.users.lookupByEmail({ email: 'PAT@example.org' })).user?.id).toBe('U1');
  });

  it('hangs a call until the client gives up', async () => {
    fake = await FakeSlack.start();
    fake.hangNext('views.publish', 1);
    const web = client(fake, { timeout: 100 });
    await expect(web.views.publish({ user_id: 'U1', view: { type: 'home', blocks: [] } })).rejects.toMatchObject({ code: 'slack_webapi_request_error' });
    expect(fake.callsTo('views.publish').map((c) => c.status)).toEqual([null]);
    await fake.waitFor('views.publish', { arrived: true });
  });

  it('lets a test replace any method, and says unknown_method for the rest', async () => {
    fake = await FakeSlack.start();
    fake.handle('team.info', () => ({ team: { id: 'T1234', name: 'Example' } }));
    const web = client(fake);
    expect((await web.team.info()).team?.name).toBe('Example');
    await expect(web.apiCall('no.such.method')).rejects.toMatchObject({ data: { error: 'unknown_method' } });
  });
});

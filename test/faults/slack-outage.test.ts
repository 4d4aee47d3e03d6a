import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { dmChannelOf, type FakeSlack } from '../helpers/fake-slack.js';
import { directMessage, eventCallback } from '../helpers/slack-requests.js';
import { at, postedKeys, schedulerOn, schedulerPack } from '../reminders/scheduler-harness.js';
import { fakeAssistant, startHarness, type Harness } from '../slack/harness.js';

/*
 * Slack's chat.postMessage failing for minutes while everything else works: answering
 * 500, answering 429, or not answering at all. The WebClient gives up on a hung call after
 * its timeout (here a fraction of a second; 15 s in production), so nothing waits for
 * minutes, and the minutes pass on the test's clock. Through
 * the outage the bot acknowledges every event at once, runs its reminder schedule every
 * minute and sweeps unanswered questions; nothing is posted twice; when Slack is back
 * every answer and every reminder still ahead of its milestone goes out exactly once.
 */

const SUSAN = 'U0000003';
const SUSAN_DM = dmChannelOf(SUSAN);
/** Wednesday 13 April 09:00: the preference-sheet reminders (4 DMs, 2 manager digests) are due. */
const DUE = 6;
/** Reminders are run (and questions swept) once a minute for this long: more runs than any retry count. */
const OUTAGE_MINUTES = 6;
const UNTIL_CLEARED = 100_000;

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const OUTAGES: readonly (readonly [string, (fake: FakeSlack) => void])[] = [
  ['answering 500', (fake) => fake.failNext('chat.postMessage', UNTIL_CLEARED, 500)],
  ['answering 429', (fake) => fake.rateLimitNext('chat.postMessage', UNTIL_CLEARED, 0)],
  ['not answering at all', (fake) => fake.hangNext('chat.postMessage', UNTIL_CLEARED)],
];

const minute = (n: number) => new Date(at('2011-04-13 09:00').getTime() + n * 60_000);

describe.each(OUTAGES)('Slack %s for minutes', (_name, outage) => {
  it('acknowledges at once, posts nothing twice, and delivers every answer and reminder once it is back', async () => {
    // One call per sweep: the sweep every minute is the retry that matters here.
    h = await startHarness({ assistant: fakeAssistant(), timings: { apiTimeoutMs: 150, apiRetries: 0 } });
    const pack = schedulerPack();
    const reminders = schedulerOn(h.fake, h.store, () => pack, { timeoutMs: 30 });
    await reminders.tick(at('2011-04-13 08:59'));
    outage(h.fake);

    const started = performance.now();
    const response = await h.send(eventCallback(directMessage('When does it close?', { user: SUSAN, channel: SUSAN_DM })));
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(3_000);
    await response.text();
    await h.handle.idle();

    for (let n = 0; n < OUTAGE_MINUTES; n++) {
      h.clock.advance(60_000);
      const run = await reminders.tick(minute(n));
      expect(run.failed).toEqual([]);
      await h.handle.retryPending();
    }
    expect(h.fake.delivered('chat.postMessage')).toEqual([]);
    expect(h.store.pending.list('slack')).toHaveLength(1);

    h.fake.resetHandlers();
    // The same store; a client with an ordinary timeout, so a slow healthy call is not taken for the outage.
    const back = await schedulerOn(h.fake, h.store, () => pack).tick(minute(OUTAGE_MINUTES));
    await h.handle.retryPending();
    expect(back.sent.length + back.reconciled.length).toBe(DUE);
    expect([...postedKeys(h.fake).values()]).toEqual(Array<number>(DUE).fill(1));
    expect(h.fake.delivered('chat.postMessage').filter((c) => c.args['channel'] === SUSAN_DM && c.args['metadata'] === undefined)).toHaveLength(1);
    expect(h.store.pending.list('slack')).toEqual([]);
  });
});

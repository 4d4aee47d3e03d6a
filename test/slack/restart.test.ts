import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeQuestion, type IncomingQuestion } from '../../src/channels/slack/incoming-question.js';
import { openSqliteStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { dmChannelOf, FakeSlack } from '../helpers/fake-slack.js';
import { directMessage, eventCallback } from '../helpers/slack-requests.js';
import { CONSULTATION_DAY, expectNothingPersonalInChannels, fakeAssistant, startHarness, TestClock, type Harness } from './harness.js';

/**
 * A question Bolt acknowledged but the process never answered (it died) is answered once
 * after the restart, if still fresh; repeats of deliveries seen before the restart are
 * still recognised. Each "process" is its own app and its own connection to one SQLite file.
 */

const SUSAN = 'U0000003';
const SUSAN_DM = dmChannelOf(SUSAN);

let dir: string;
let file: string;
let fake: FakeSlack;
const harnesses: Harness[] = [];
const stores: Store[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slack-restart-'));
  file = join(dir, 'restructure.sqlite');
  fake = await FakeSlack.start();
});

afterEach(async () => {
  expectNothingPersonalInChannels(fake, ['PERSONAL']);
  const all = harnesses.splice(0);
  for (const h of all) await h.stop();
  // A "dead" process's hung call fails once the fake closes; let it settle before closing its store.
  await fake.close();
  for (const h of all) await h.handle.idle();
  for (const s of stores.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

async function processOn(options: { clock?: TestClock; timings?: Parameters<typeof startHarness>[0]['timings'] } = {}): Promise<Harness> {
  const store = openSqliteStore(file);
  stores.push(store);
  const h = await startHarness({ assistant: fakeAssistant(), fake, store, ...options });
  harnesses.push(h);
  return h;
}

function pendingQuestion(receivedAt: Date, text = 'When does it close?'): IncomingQuestion {
  return { id: `q-${receivedAt.getTime()}`, surface: 'dm', teamId: 'T1234', userId: SUSAN, channelId: SUSAN_DM, text, ts: '1299000000.000001', threadTs: null, responseUrl: null, receivedAt };
}

describe('restart recovery', () => {
  it('answers once, after a restart, a question acknowledged but not answered before the process died', async () => {
    // The first process acknowledges the event, then hangs posting the answer, and dies.
    const first = await processOn({ timings: { apiTimeoutMs: 60_000 } });
    fake.hangNext('chat.postMessage', 1);
    const response = await first.send(eventCallback(directMessage('When does it close?', { user: SUSAN, channel: SUSAN_DM })));
    expect(response.status).toBe(200);
    await fake.waitFor('chat.postMessage', { arrived: true });
    expect(stores[0]?.pending.list('slack')).toHaveLength(1);
    await first.handle.stop(0);

    const second = await processOn();
    await second.handle.idle();
    expect(fake.delivered('chat.postMessage').map((c) => [c.args['channel'], c.args['text']])).toEqual([[SUSAN_DM, '*General* answer to: When does it close?']]);
    expect(second.store.pending.list('slack')).toEqual([]);
    expect(second.logs.some((l) => l.includes('answering a question received earlier'))).toBe(true);
  });

  it('does not answer again a retry of an event answered before the restart', async () => {
    const request = eventCallback(directMessage('When does it close?', { user: SUSAN, channel: SUSAN_DM }));
    const first = await processOn();
    await first.deliver(request);
    await first.handle.stop();
    const second = await processOn();
    await second.deliver(request, { retryNum: 1, retryReason: 'http_timeout' });
    expect(fake.delivered('chat.postMessage')).toHaveLength(1);
  });

  it('says sorry for a late answer, and answers for the moment it was asked', async () => {
    const asked = CONSULTATION_DAY;
    const seed = openSqliteStore(file);
    seed.pending.add({ id: 'q-late', channel: 'slack', receivedAt: asked, payload: serializeQuestion({ ...pendingQuestion(asked), id: 'q-late' }) });
    seed.close();
    const clock = new TestClock(new Date(asked.getTime() + 20 * 60_000));
    const assistant = fakeAssistant();
    const store = openSqliteStore(file);
    stores.push(store);
    const h = await startHarness({ assistant, fake, store, clock });
    harnesses.push(h);
    await h.handle.idle();
    expect(JSON.stringify(fake.delivered('chat.postMessage')[0]?.args['blocks'])).toContain('Sorry for the slow reply: you asked this at 10 Feb, 10:00.');
    expect(assistant.asked[0]?.now).toEqual(asked);
  });

  it('drops questions too old to answer, and ones it cannot read', async () => {
    const clock = new TestClock();
    const seed = openSqliteStore(file);
    const old = new Date(clock.now().getTime() - 2 * 60 * 60_000);
    seed.pending.add({ id: 'q-old', channel: 'slack', receivedAt: old, payload: serializeQuestion({ ...pendingQuestion(old), id: 'q-old' }) });
    seed.pending.add({ id: 'q-bad', channel: 'slack', receivedAt: clock.now(), payload: '{"not":"a question"}' });
    seed.pending.add({ id: 'q-teams', channel: 'teams', receivedAt: clock.now(), payload: '{}' });
    seed.close();
    const h = await processOn({ clock });
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    expect(h.store.pending.list('slack')).toEqual([]);
    expect(h.store.pending.list('teams')).toHaveLength(1);
    expect(h.logs.filter((l) => l.includes('unanswered question dropped')).map((l) => l.replace(/^.*dropped /, ''))).toEqual([
      'q=q-old reason=too old',
      'q=q-bad reason=unreadable',
    ]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/content/types.js';
import { openSqliteStore } from '../../src/store/open-store.js';
import { dmChannelOf, FakeSlack } from '../helpers/fake-slack.js';
import { directMessage, eventCallback } from '../helpers/slack-requests.js';
import { at, postedKeys, schedulerOn, schedulerPack } from '../reminders/scheduler-harness.js';
import { fakeAssistant, startHarness, type Harness } from '../slack/harness.js';
import { FAULT_CODES, openWithFault, type FaultKind, type SqliteFault } from './sqlite-fault.js';

/*
 * The database failing under a running bot (see sqlite-fault.ts for how each fault is
 * made). What the bot must do: keep answering, because an answer matters more than the
 * record of it; say in the log what failed; never crash; and never post a reminder whose
 * record could not be written first, so that when the fault clears each reminder goes
 * exactly once.
 */

const SUSAN = 'U0000003';
const SUSAN_DM = dmChannelOf(SUSAN);
/** Wednesday 13 April 09:00: the preference-sheet reminders (4 DMs, 2 manager digests) are due. */
const DUE = 6;

let dir: string;
let file: string;
let fault: SqliteFault | undefined;
let h: Harness | undefined;
let slack: FakeSlack | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sqlite-fault-'));
  file = join(dir, 'restructure.sqlite');
});

afterEach(async () => {
  await h?.stop();
  await slack?.close();
  fault?.close();
  h = slack = fault = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** The scheduler's first run, on a healthy store, a minute before the reminders are due. */
async function firstRun(fake: FakeSlack, pack: ContentPack): Promise<void> {
  const healthy = openSqliteStore(file);
  await schedulerOn(fake, healthy, () => pack).tick(at('2011-04-13 08:59'));
  healthy.close();
}

describe.each<FaultKind>(['locked', 'read-only', 'full'])('the database %s', (kind) => {
  const code = FAULT_CODES[kind];

  it('acknowledges and answers every question once, and logs what could not be recorded', async () => {
    fault = openWithFault(kind, file);
    h = await startHarness({ assistant: fakeAssistant(), store: fault.store });
    for (const text of ['When does it close?', 'Where are the briefings?']) {
      const started = performance.now();
      const response = await h.send(eventCallback(directMessage(text, { user: SUSAN, channel: SUSAN_DM })));
      // A locked file makes the receipt wait the busy timeout; Slack still hears back well inside 3 s.
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(3_000);
      await response.text();
      await h.handle.idle();
    }
    expect(h.fake.delivered('chat.postMessage').map((c) => [c.args['channel'], c.args['text']])).toEqual([
      [SUSAN_DM, '*General* answer to: When does it close?'],
      [SUSAN_DM, '*General* answer to: Where are the briefings?'],
    ]);
    const failures = h.logs.filter((l) => l.includes('could not record a received question; answering it anyway'));
    expect(failures).toHaveLength(2);
    expect(failures.every((l) => l.includes(`error=${code}`))).toBe(true);
    expect(h.logs.filter((l) => l.includes(' answered '))).toHaveLength(2);
  });

  it('posts no reminder whose record cannot be written, then each once when the fault clears', async () => {
    slack = await FakeSlack.start();
    const pack = schedulerPack();
    await firstRun(slack, pack);
    fault = openWithFault(kind, file);
    const logs: string[] = [];
    const faulty = schedulerOn(slack, fault.store, () => pack, { logs });
    await expect(faulty.tick(at('2011-04-13 09:00'))).rejects.toMatchObject({ code });
    expect(postedKeys(slack).size).toBe(0);
    expect(logs.some((l) => l.startsWith('error reminder run stopped: the store cannot be written') && l.endsWith(`error=${code}`))).toBe(true);

    const store = fault.clear();
    const report = await schedulerOn(slack, store, () => pack).tick(at('2011-04-13 09:01'));
    expect(report.sent).toHaveLength(DUE);
    expect([...postedKeys(slack).values()]).toEqual(Array<number>(DUE).fill(1));
  });
});

describe('the database locked in the middle of a fan-out', () => {
  it('stops after the post it could not record, then finds that post and sends the rest, each once', async () => {
    slack = await FakeSlack.start();
    const pack = schedulerPack();
    await firstRun(slack, pack);
    const store = openSqliteStore(file);
    const locker = new Database(file);
    fault = {
      store,
      clear: () => store,
      close() {
        if (locker.inTransaction) locker.exec('ROLLBACK');
        locker.close();
        store.close();
      },
    };
    // The second post is accepted by Slack, and the file is locked before the bot can record that.
    let posts = 0;
    slack.handle('chat.postMessage', (args, _call, fake) => {
      const message = fake.addMessage({ channel: String(args['channel']), text: String(args['text']), user: fake.botUserId, bot_id: fake.botId, metadata: args['metadata'] });
      if (++posts === 2) locker.exec('BEGIN EXCLUSIVE');
      return { channel: message.channel, ts: message.ts };
    });

    await expect(schedulerOn(slack, store, () => pack).tick(at('2011-04-13 09:00'))).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    expect(postedKeys(slack).size).toBe(2);
    expect(store.ledger.countByState()).toMatchObject({ sent: 1, sending: 1 });

    locker.exec('COMMIT');
    const report = await schedulerOn(slack, store, () => pack).tick(at('2011-04-13 09:01'));
    expect(report.reconciled).toHaveLength(1);
    expect(report.sent).toHaveLength(DUE - 2);
    expect([...postedKeys(slack).values()]).toEqual(Array<number>(DUE).fill(1));
  });
});

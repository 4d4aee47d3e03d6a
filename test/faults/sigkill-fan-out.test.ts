import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fanOutPackFiles } from '../../src/bench/fan-out-pack.js';
import { runFanOut } from '../../src/bench/fan-out-process.js';
import { writePackFiles } from '../../src/bench/write-pack.js';
import { loadPack } from '../../src/content/load-pack.js';

/*
 * The process sending a reminder to everyone, killed with SIGKILL part-way and started
 * again: a real Node process (the scheduler as main.ts builds it) posting to a fake Slack
 * on 127.0.0.1, with a real SQLite file. It is killed the moment Slack accepts post 40,
 * before the process hears back: that post is in Slack but recorded only as `sending`.
 * The restarted process must find it in the conversation instead of posting it again,
 * then send the rest: every recipient exactly once.
 */

const STAFF = 100;
const KILL_AT = 40;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the sending process killed in the middle of a fan-out', () => {
  it('sends every recipient exactly one reminder after a restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'fan-out-kill-'));
    const packDir = join(dir, 'pack');
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    writePackFiles(packDir, fanOutPackFiles(STAFF));
    const loaded = loadPack(packDir);
    if (!loaded.ok) throw new Error('the fan-out pack does not load');

    const result = await runFanOut({ pack: loaded.pack, packDir, dataDir, perSecond: null, intervalMs: 0, killAtPost: KILL_AT });

    // Killed after Slack took post 40: 39 recorded as sent, the 40th still `sending`, none of the rest tried.
    expect(result.afterKill).toMatchObject({ sent: KILL_AT - 1, sending: 1, failed: 0 });
    expect(result.last).toMatchObject({ reconciled: 1, sent: STAFF - KILL_AT, failed: 0, skipped: 0, pending: 0 });
    expect(result).toMatchObject({ recipients: STAFF, posts: STAFF, duplicates: 0, misses: 0 });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createLivePack, type LivePack } from '../../src/content/live-pack.js';
import { loadPack } from '../../src/content/load-pack.js';
import type { RunReport } from '../../src/reminders/run-reminders.js';
import type { ReminderScheduler } from '../../src/reminders/scheduler.js';
import { writePack, type TempPack } from '../helpers/pack-builder.js';
import { at, milestones, STAFF, startScheduler, type SchedulerHarness } from './scheduler-harness.js';

/*
 * HR moves "Preference sheets due" (for E001, E002, E004, E006) from Wednesday 20 April to
 * Wednesday 27 April by editing timeline.yaml; the live pack reloads and, as in main.ts,
 * each swap runs the scheduler.
 */

let tmp: TempPack | undefined;
let h: SchedulerHarness | undefined;
afterEach(async () => {
  await h?.close();
  tmp?.remove();
  h = tmp = undefined;
});

interface Setup {
  readonly live: LivePack<null>;
  /** The running process's scheduler. */
  readonly reminders: ReminderScheduler;
  /** Edits timeline.yaml and reloads; resolves with the run the swap started. */
  move(sheetsDue: string, now: Date): Promise<RunReport>;
}

async function setup(): Promise<Setup & SchedulerHarness> {
  tmp = writePack({ 'consultation/timeline.yaml': milestones('2011-04-20'), 'consultation/staff.csv': STAFF });
  const first = loadPack(tmp.dir);
  if (!first.ok) throw new Error('the test pack does not load');
  const live = createLivePack(tmp.dir, first.pack, () => null);
  h = await startScheduler(() => live.current().pack);
  const scheduler = h.scheduler();
  let onSwap: (() => Promise<RunReport>) | null = null;
  let swapped: Promise<RunReport> | null = null;
  live.onSwap(() => {
    swapped = onSwap?.() ?? null;
  });
  const folder = tmp;
  return {
    ...h,
    live,
    reminders: scheduler,
    async move(sheetsDue, now) {
      onSwap = () => scheduler.tick(now);
      folder.write('consultation/timeline.yaml', milestones(sheetsDue));
      expect(live.reload()).toEqual({ ok: true });
      if (swapped === null) throw new Error('the reload did not run the scheduler');
      return swapped;
    },
  };
}

const notice = (who: string, from = '2011-04-20', to = '2011-04-27') => `date-changed|sheets-due|${who}|moved-from:${from}|${to}`;
const AT_RISK = ['E001', 'E002', 'E004', 'E006'];

describe('a date HR moves in timeline.yaml', () => {
  it('tells each person concerned once, stops the old date’s reminders and plans the new one’s', async () => {
    const { reminders: scheduler, move, posted, slack } = await setup();
    await scheduler.tick(at('2011-04-11 10:00'));

    const run = await move('2011-04-27', at('2011-04-11 11:00'));
    expect(run.sent.sort()).toEqual(AT_RISK.map((e) => notice(e)));
    const text = String(slack.delivered('chat.postMessage')[0]?.args['text']);
    expect(text).toContain('**Date changed: Preference sheets due**\nWas: Wednesday 20 April 2011\nNow: Wednesday 27 April 2011');

    // Later runs, and a reload that changes nothing, do not repeat it.
    await scheduler.tick(at('2011-04-11 11:01'));
    await move('2011-04-27', at('2011-04-11 11:02'));
    expect(AT_RISK.map((e) => posted().get(notice(e)))).toEqual([1, 1, 1, 1]);

    // The old 7d (13 April) never goes; the new one (20 April) does.
    const wednesday = await scheduler.tick(at('2011-04-13 09:00'));
    expect(wednesday.sent.filter((k) => k.includes('sheets-due'))).toEqual([]);
    const next = await scheduler.tick(at('2011-04-20 09:00'));
    expect(next.sent.filter((k) => k.startsWith('dm|sheets-due')).sort()).toEqual(AT_RISK.map((e) => `dm|sheets-due|${e}|7d|2011-04-27`));
    expect([...posted().keys()].some((k) => k.endsWith('|2011-04-20') && k.includes('sheets-due'))).toBe(false);
  });

  it('announces a move made at the weekend on Monday morning, even across a restart', async () => {
    const { reminders: scheduler, move, posted } = await setup();
    await scheduler.tick(at('2011-04-08 10:00'));
    const saturday = await move('2011-04-27', at('2011-04-09 11:00'));
    expect(saturday.sent).toEqual([]);
    await scheduler.stop();

    // The process restarts on Sunday; on Monday at opening the notices go, once.
    const restarted = h!.scheduler();
    expect((await restarted.tick(at('2011-04-10 12:00'))).sent).toEqual([]);
    const monday = await restarted.tick(at('2011-04-11 09:00'));
    expect(monday.sent.sort()).toEqual(AT_RISK.map((e) => notice(e)));
    await restarted.tick(at('2011-04-11 09:01'));
    expect(posted().size).toBe(4);
  });

  it('notices a date moved while the bot was down', async () => {
    tmp = writePack({ 'consultation/timeline.yaml': milestones('2011-04-20'), 'consultation/staff.csv': STAFF });
    const load = () => {
      const result = loadPack(tmp!.dir);
      if (!result.ok) throw new Error('the test pack does not load');
      return result.pack;
    };
    let pack = load();
    h = await startScheduler(() => pack);
    const before = h.scheduler();
    await before.tick(at('2011-04-11 10:00'));
    await before.stop();

    tmp.write('consultation/timeline.yaml', milestones('2011-04-27'));
    pack = load();
    const run = await h.scheduler().tick(at('2011-04-12 10:00'));
    expect(run.sent.sort()).toEqual(AT_RISK.map((e) => notice(e)));
  });
});

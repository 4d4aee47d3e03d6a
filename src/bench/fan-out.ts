import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '../content/load-pack.js';
import { target, type BenchContext, type BenchGroup, type BenchRow } from './bench-row.js';
import { fanOutPackFiles } from './fan-out-pack.js';
import { runFanOut } from './fan-out-process.js';
import { round } from './stats.js';
import { writePackFiles } from './write-pack.js';

/**
 * Slack's limit, scaled: chat.postMessage and conversations.open each accept this many
 * calls a second. Slack's real pace for posts is about one a second (main.ts sends at
 * that pace), which would make 20,000 reminders a five-hour run; the bench keeps the
 * proportion of one post per interval and measures how close the fan-out comes to it.
 */
const PER_SECOND = 250;

/**
 * Reminder fan-out: one reminder to each of the synthetic pack's staff at once, by a real
 * process to a fake Slack that enforces a rate limit, killed with SIGKILL half-way
 * (as Slack accepts a post, before the process records it) and started again. Time
 * against the least the limit allows; duplicates and misses, counted per recipient.
 */
export const fanOut: BenchGroup = {
  name: 'reminder fan-out',
  async run(context: BenchContext): Promise<BenchRow[]> {
    const staff = context.synthetic.options.staff;
    const people = staff.toLocaleString('en-GB');
    const dir = mkdtempSync(join(tmpdir(), 'bench-fan-out-'));
    try {
      const packDir = join(dir, 'pack');
      const dataDir = join(dir, 'data');
      mkdirSync(dataDir);
      writePackFiles(packDir, fanOutPackFiles(staff, context.synthetic.options.seed));
      const loaded = loadPack(packDir);
      if (!loaded.ok) throw new Error('the fan-out pack does not load');
      const killAtPost = Math.floor(staff / 2);
      context.progress(`reminder fan-out: ${people} reminders at ${PER_SECOND} posts a second, the sender killed at post ${killAtPost} and restarted`);
      const result = await runFanOut({ pack: loaded.pack, packDir, dataDir, perSecond: PER_SECOND, intervalMs: 1_000 / PER_SECOND, killAtPost, progress: context.progress });

      const leastMs = (1_000 * result.recipients) / PER_SECOND;
      const pace = (1_000 * result.last.sent) / result.last.ms;
      return [
        {
          figure: `reminder fan-out to ${people} people, SIGKILL half-way and restart`,
          value: round(result.ms / 1_000, 1),
          unit: 's',
          target: null,
          ratio: { value: result.ms / leastMs, against: 'least the limit allows' },
          note:
            `least the limit allows ${round(leastMs / 1_000, 0)} s (${people} posts and DM opens at ${PER_SECOND}/s each); ` +
            `the restarted process posted again ${round((result.resumeMs ?? 0) / 1_000, 1)} s after the kill, having found the post the killed one made but did not record ` +
            `(${result.last.reconciled} found); 429s: ${result.rateLimited}`,
        },
        { figure: 'fan-out pace after the restart', value: round(pace, 0), unit: 'posts/s', target: null, note: `${result.last.sent} posts in ${round(result.last.ms / 1_000, 1)} s; the limit is ${PER_SECOND}/s` },
        { figure: `fan-out duplicates, ${people} people, across the crash`, value: result.duplicates, unit: '', target: target('<=', 0), note: `${result.posts} posts accepted for ${result.recipients} people` },
        { figure: `fan-out misses, ${people} people, across the crash`, value: result.misses, unit: '', target: target('<=', 0), note: 'people with no reminder at the end' },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

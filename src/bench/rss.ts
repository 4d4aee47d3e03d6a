import { target, type BenchContext, type BenchGroup, type BenchRow } from './bench-row.js';
import type { ChildReply } from './child-protocol.js';
import { peaksNote, RSS_TARGET_MB } from './peak-memory.js';
import { runChild } from './run-child.js';
import { median, round } from './stats.js';

const SECONDS = 5;
const RUNS = 3;

type ServeReply = Extract<ChildReply, { kind: 'serve' }>;

/**
 * Memory while serving the large pack, in a process of its own so the bench's other
 * packs and samples do not count: load, build the assistant, answer questions for a few
 * seconds, with the V8 flags of `npm start`. The kernel's high-water mark catches peaks
 * between samples.
 *
 * One process's peak depends on when V8 happens to collect garbage, and identical runs
 * have differed by a factor of two; so the figure is the median of a few fresh processes,
 * with every run's peak in the note, and how many went over the target.
 */
export const rss: BenchGroup = {
  name: 'peak RSS',
  async run(context: BenchContext): Promise<BenchRow[]> {
    const label = `${context.synthetic.options.staff.toLocaleString('en-GB')}-staff pack`;
    const replies: ServeReply[] = [];
    for (let i = 1; i <= RUNS; i++) {
      context.progress(`peak RSS: fresh process ${i} of ${RUNS} serving the ${label} for ${SECONDS} s`);
      const reply = await runChild({ kind: 'serve', dir: context.synthetic.dir, seconds: SECONDS, seed: context.synthetic.options.seed });
      if (reply.kind !== 'serve') throw new Error('unexpected reply from the bench child');
      replies.push(reply);
    }
    return [rssRow(replies, label)];
  },
};

/** The row for several runs: the median peak, each run's peak, and what the median run looked like when ready. */
export function rssRow(replies: readonly ServeReply[], label: string): BenchRow {
  const kernel = replies.every((r) => r.hwmMb !== null);
  const peaks = replies.map((r) => (kernel ? (r.hwmMb ?? r.maxRssMb) : r.maxRssMb));
  const readyPeaks = replies.map((r) => r.readyHwmMb).filter((mb): mb is number => mb !== null);
  const mb = (n: number) => `${round(n, 0)} MB`;
  const runs = peaksNote(peaks, 'processes');
  const ready =
    `medians: ${mb(median(replies.map((r) => r.startRssMb)))} before the pack is read (Node, tsx, code), ` +
    (readyPeaks.length === replies.length ? `${mb(median(readyPeaks))} peak while loading and building, ` : '') +
    `${mb(median(replies.map((r) => r.readyRssMb)))} resident when ready (heap used ${mb(median(replies.map((r) => r.readyHeapUsedMb)))}), ` +
    `then ${round(median(replies.map((r) => r.asks)), 0)} asks in ${SECONDS} s`;
  return {
    figure: kernel ? `peak RSS serving the ${label} (VmHWM, median of ${replies.length})` : `peak RSS serving the ${label} (median of ${replies.length})`,
    value: round(median(peaks), 1),
    unit: 'MB',
    target: target('<=', RSS_TARGET_MB),
    note: `${runs}; ${ready}${kernel ? '' : '; no /proc/self/status here, so sampled only'}`,
  };
}

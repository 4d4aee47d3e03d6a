import { target, type BenchContext, type BenchGroup, type BenchRow } from './bench-row.js';
import { loadAndBuild } from './loaded-pack.js';
import { runChild } from './run-child.js';
import { median, round, timed } from './stats.js';
import { loadPack } from '../content/load-pack.js';
import { createDefaultAssistant } from '../assistant/default-assistant.js';

const TARGET_MS = target('<=', 1000);
const COLD_RUNS = 3;

/**
 * Pack load + index build: what a restart or a hot reload costs before the bot answers
 * again. Measured as the median of several in-process runs after a warm-up (a hot
 * reload), and as the first load in fresh processes, where nothing is optimised yet (a
 * restart).
 */
export const packLoad: BenchGroup = {
  name: 'pack load + index build',
  async run(context: BenchContext): Promise<BenchRow[]> {
    return [
      ...(await measure(context, 'sample pack', context.sample.dir, 9)),
      ...(await measure(context, `${context.synthetic.options.staff.toLocaleString('en-GB')}-staff pack`, context.synthetic.dir, 5)),
    ];
  },
};

async function measure(context: BenchContext, label: string, dir: string, runs: number): Promise<BenchRow[]> {
  context.progress(`pack load: ${label}, 1 warm-up and ${runs} runs in-process`);
  loadAndBuild(dir);
  const loads: number[] = [];
  const builds: number[] = [];
  const totals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const load = timed(() => loadPack(dir));
    const result = load.value;
    if (!result.ok) throw new Error(`the pack in ${dir} does not load`);
    const build = timed(() => createDefaultAssistant(result.pack));
    loads.push(load.ms);
    builds.push(build.ms);
    totals.push(load.ms + build.ms);
  }
  context.progress(`pack load: ${label}, in ${COLD_RUNS} fresh processes`);
  const colds: { ms: number; loadMs: number; buildMs: number; sinceStartMs: number }[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const reply = await runChild({ kind: 'load', dir });
    if (reply.kind !== 'load') throw new Error('unexpected reply from the bench child');
    colds.push(reply);
  }
  const coldMs = colds.map((c) => c.ms);
  return [
    {
      figure: `pack load + index build, ${label} (median of ${runs})`,
      value: round(median(totals), 1),
      unit: 'ms',
      target: TARGET_MS,
      note: `loadPack ${round(median(loads), 0)} ms + createDefaultAssistant ${round(median(builds), 0)} ms`,
    },
    {
      figure: `pack load + index build, ${label}, cold process (median of ${COLD_RUNS})`,
      value: round(median(coldMs), 1),
      unit: 'ms',
      target: TARGET_MS,
      note:
        `the first load in a fresh process; ${round(Math.min(...coldMs), 0)}-${round(Math.max(...coldMs), 0)} ms; ` +
        `loadPack ${round(median(colds.map((c) => c.loadMs)), 0)} ms + createDefaultAssistant ${round(median(colds.map((c) => c.buildMs)), 0)} ms; ` +
        `${round(median(colds.map((c) => c.sinceStartMs)), 0)} ms from process start, with Node start-up, imports and TypeScript compilation`,
    },
  ];
}

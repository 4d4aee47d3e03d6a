import { target, type BenchContext, type BenchGroup, type BenchRow } from './bench-row.js';
import { runChild } from './run-child.js';
import { round } from './stats.js';

const SECONDS = 5;

/**
 * Memory while serving the large pack, in a process of its own so the bench's other
 * packs and samples do not count: load, build the assistant, answer questions for a few
 * seconds. The kernel's high-water mark catches peaks between samples.
 */
export const rss: BenchGroup = {
  name: 'peak RSS',
  async run(context: BenchContext): Promise<BenchRow[]> {
    const label = `${context.synthetic.options.staff.toLocaleString('en-GB')}-staff pack`;
    context.progress(`peak RSS: a fresh process serving the ${label} for ${SECONDS} s`);
    const reply = await runChild({ kind: 'serve', dir: context.synthetic.dir, seconds: SECONDS, seed: context.synthetic.options.seed });
    if (reply.kind !== 'serve') throw new Error('unexpected reply from the bench child');
    const mb = (n: number) => `${round(n, 0)} MB`;
    const sampled =
      `rss ${mb(reply.startRssMb)} before the pack is read (Node, tsx, code), ${mb(reply.readyRssMb)} when ready ` +
      `(heap used ${mb(reply.readyHeapUsedMb)}), at most ${mb(reply.maxRssMb)} over ${reply.asks} asks in ${reply.seconds} s`;
    return [
      reply.hwmMb === null
        ? { figure: `peak RSS serving the ${label}`, value: round(reply.maxRssMb, 1), unit: 'MB', target: target('<=', 200), note: `${sampled}; no /proc/self/status here, so sampled only` }
        : { figure: `peak RSS serving the ${label} (VmHWM)`, value: round(reply.hwmMb, 1), unit: 'MB', target: target('<=', 200), note: sampled },
    ];
  },
};

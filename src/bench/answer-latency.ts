import type { Assistant } from '../assistant/reply.js';
import { benchAsks, type Ask } from './bench-asks.js';
import { target, type BenchContext, type BenchGroup, type BenchRow } from './bench-row.js';
import { createRandom } from './random.js';
import { percentile, round, timed } from './stats.js';

const ASKS = 5_000;
const WARM_UP = 500;

/**
 * In-process answer latency: question + asker + now -> Reply, the core alone (no Slack),
 * over a working day's mix of general and personal questions (see bench-asks.ts).
 */
export const answerLatency: BenchGroup = {
  name: 'answer latency',
  async run(context: BenchContext): Promise<BenchRow[]> {
    const packs = [
      { label: 'sample pack', dir: context.sample.dir },
      { label: `${context.synthetic.options.staff.toLocaleString('en-GB')}-staff pack`, dir: context.synthetic.dir },
    ];
    const rows: BenchRow[] = [];
    for (const { label, dir } of packs) {
      const { pack, assistant } = context.loaded(dir);
      context.progress(`answer latency: ${label}, ${ASKS} asks after ${WARM_UP} to warm up`);
      const r = createRandom(context.synthetic.options.seed);
      run(assistant, benchAsks(pack, r, WARM_UP));
      const times = run(assistant, benchAsks(pack, r, ASKS));
      const note = `${ASKS} asks: eval questions, personal, team and named-report questions as staff; max ${round(Math.max(...times), 1)} ms`;
      rows.push(
        { figure: `answer latency p50, ${label}`, value: round(percentile(times, 50), 3), unit: 'ms', target: null },
        { figure: `answer latency p99, ${label}`, value: round(percentile(times, 99), 3), unit: 'ms', target: target('<=', 10), note },
      );
    }
    return rows;
  },
};

function run(assistant: Assistant, asks: readonly Ask[]): number[] {
  return asks.map((ask) => timed(() => assistant.reply(ask.question, ask.asker, ask.now)).ms);
}

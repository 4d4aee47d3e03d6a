import { createDefaultAssistant } from '../assistant/default-assistant.js';
import type { ContentPack } from '../content/types.js';
import { createBaseline } from '../eval/baseline.js';
import { readGeneralSet } from '../eval/eval-set.js';
import { runEval, type SystemScore } from '../eval/run-eval.js';
import { zonedToInstant } from '../time/zoned.js';
import { GENERAL_SETS } from '../eval/eval-sets.js';
import { generalQuestions } from './bench-asks.js';
import { target, type BenchContext, type BenchGroup, type BenchRow } from './bench-row.js';
import { median, percentile, round, timed } from './stats.js';

const MINISEARCH = 'MiniSearch';
/** The evaluation's own bar (src/cli/eval.ts); DESIGN.md sets none for search quality. */
const EVAL_TARGET = target('>=', 90, 'npm run eval');
/** Each general question is asked this many times per system: fewer on the large pack, where plain MiniSearch takes tens of milliseconds. */
const REPEATS = { sample: 20, synthetic: 6 };

/**
 * The engine against plain MiniSearch with default options over the same FAQs, rules and
 * passages (src/eval/baseline.ts): answer quality on the sample pack's evaluation
 * questions, and the cost of the engine's analyzer and ranking in index build and
 * answer time on both packs.
 */
export const engineVsBaseline: BenchGroup = {
  name: 'engine vs MiniSearch',
  async run(context: BenchContext): Promise<BenchRow[]> {
    context.progress('engine vs MiniSearch: fact-hit rates on the evaluation questions');
    const sample = context.loaded(context.sample.dir);
    const rows: BenchRow[] = [];
    for (const set of GENERAL_SETS) {
      const report = runEval(sample.pack, sample.assistant, readGeneralSet(set.file), []);
      rows.push(rateRow(`fact-hit rate, ${set.label}, sample pack`, report.engine, report.baseline, (s) => [s.factHits, s.inScope]));
      rows.push(rateRow(`correct abstention, ${set.label}, sample pack`, report.engine, report.baseline, (s) => [s.correctAbstentions, s.outOfScope]));
    }
    for (const [label, dir, repeats] of [
      ['sample pack', context.sample.dir, REPEATS.sample],
      [`${context.synthetic.options.staff.toLocaleString('en-GB')}-staff pack`, context.synthetic.dir, REPEATS.synthetic],
    ] as const) {
      context.progress(`engine vs MiniSearch: index build and general-question latency, ${label}`);
      rows.push(...speedRows(label, context.loaded(dir).pack, repeats));
    }
    return rows;
  },
};

function rateRow(figure: string, engine: SystemScore, baseline: SystemScore, of: (s: SystemScore) => [number, number]): BenchRow {
  const [hits, total] = of(engine);
  const [baseHits, baseTotal] = of(baseline);
  const rate = total === 0 ? 0 : (100 * hits) / total;
  const baseRate = baseTotal === 0 ? 0 : (100 * baseHits) / baseTotal;
  return {
    figure,
    value: round(rate, 1),
    unit: '%',
    target: EVAL_TARGET,
    ...(baseRate > 0 ? { ratio: { value: rate / baseRate, against: MINISEARCH } } : {}),
    note: `engine ${hits}/${total}, ${MINISEARCH} ${baseHits}/${baseTotal}`,
  };
}

function speedRows(label: string, pack: ContentPack, repeats: number): BenchRow[] {
  const engineBuilds: number[] = [];
  const baselineBuilds: number[] = [];
  let assistant = createDefaultAssistant(pack);
  let baseline = createBaseline(pack);
  for (let i = 0; i < 3; i++) {
    const e = timed(() => createDefaultAssistant(pack));
    const b = timed(() => createBaseline(pack));
    engineBuilds.push(e.ms);
    baselineBuilds.push(b.ms);
    assistant = e.value;
    baseline = b.value;
  }
  const questions = generalQuestions();
  const asker = { employeeId: null, isHr: false };
  const now = zonedToInstant(`${pack.consultation.opens}T09:00`, pack.consultation.timeZone);
  // Warm both up on every question, then interleave them so neither gets a quieter machine.
  for (const q of questions) {
    assistant.reply(q, asker, now);
    baseline(q);
  }
  const engineTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let i = 0; i < repeats; i++) {
    for (const q of questions) {
      engineTimes.push(timed(() => assistant.reply(q, asker, now)).ms);
      baselineTimes.push(timed(() => baseline(q)).ms);
    }
  }
  const ratio = (a: number, b: number) => (b > 0 ? { ratio: { value: a / b, against: MINISEARCH } } : {});
  const build = median(engineBuilds);
  const baseBuild = median(baselineBuilds);
  const rows: BenchRow[] = [
    { figure: `index build, ${label} (median of 3)`, value: round(build, 1), unit: 'ms', target: null, ...ratio(build, baseBuild), note: `${MINISEARCH} ${round(baseBuild, 1)} ms` },
  ];
  for (const p of [50, 99]) {
    const e = percentile(engineTimes, p);
    const b = percentile(baselineTimes, p);
    rows.push({
      figure: `general answer p${p}, ${label}`,
      value: round(e, 3),
      unit: 'ms',
      target: p === 99 ? target('<=', 10) : null,
      ...ratio(e, b),
      note: `${MINISEARCH} ${round(b, 3)} ms; ${questions.length} eval questions x ${repeats}`,
    });
  }
  return rows;
}

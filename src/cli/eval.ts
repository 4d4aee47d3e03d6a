import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDefaultAssistant } from '../assistant/default-assistant.js';
import { readGeneralSet, readPersonalSet } from '../eval/eval-set.js';
import { runEval, type SystemScore } from '../eval/run-eval.js';
import { SAMPLE_PACK_DIR } from './content-dir.js';
import { loadPackOrExit } from './load-or-exit.js';

const EVAL_DIR = fileURLToPath(new URL('../../test/eval/', import.meta.url));
const TARGET = 0.9;

const rate = (n: number, d: number) => (d === 0 ? 0 : n / d);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** `npm run eval [-- --json] [--verbose]`: fact-hit and correct-abstention rates, engine against plain MiniSearch. */
function main(argv: readonly string[]): void {
  const { values } = parseArgs({ args: [...argv], options: { json: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } });
  // The eval sets are written against the sample pack, so the eval always runs on it.
  const pack = loadPackOrExit(SAMPLE_PACK_DIR, 'eval');
  const general = readGeneralSet(`${EVAL_DIR}general.yaml`);
  // Written by someone who never saw general.yaml, and never used for tuning: the honest figure.
  const holdout = readGeneralSet(`${EVAL_DIR}holdout.yaml`);
  const personal = readPersonalSet(`${EVAL_DIR}personal.yaml`);
  const assistant = createDefaultAssistant(pack);
  const report = runEval(pack, assistant, general, personal);
  const held = runEval(pack, assistant, holdout, []);
  const facts = (s: SystemScore) => rate(s.factHits, s.inScope);
  const abstentions = (s: SystemScore) => rate(s.correctAbstentions, s.outOfScope);

  if (values.json) {
    console.log(
      JSON.stringify({
        ...report,
        factHitRate: facts(report.engine),
        abstentionRate: abstentions(report.engine),
        baselineFactHitRate: facts(report.baseline),
        baselineAbstentionRate: abstentions(report.baseline),
        holdout: { engine: held.engine, baseline: held.baseline, factHitRate: facts(held.engine), abstentionRate: abstentions(held.engine) },
      }),
    );
    return;
  }
  const row = (name: string, e: string, b: string, target: string) => console.log(`${name.padEnd(30)}${e.padStart(16)}${b.padStart(16)}${target.padStart(10)}`);
  console.log(`Eval on the sample pack: ${report.engine.inScope} in-scope questions, ${report.engine.outOfScope} out-of-scope, ${report.personal.total} personal`);
  row('figure', 'engine', 'MiniSearch', 'target');
  row('fact-hit rate', `${pct(facts(report.engine))} (${report.engine.factHits})`, `${pct(facts(report.baseline))} (${report.baseline.factHits})`, '>= 90%');
  row('correct abstention', `${pct(abstentions(report.engine))} (${report.engine.correctAbstentions})`, `${pct(abstentions(report.baseline))} (${report.baseline.correctAbstentions})`, '>= 90%');
  row('held-out fact-hit rate', `${pct(facts(held.engine))} (${held.engine.factHits}/${held.engine.inScope})`, `${pct(facts(held.baseline))} (${held.baseline.factHits})`, '>= 90%');
  row('held-out correct abstention', `${pct(abstentions(held.engine))} (${held.engine.correctAbstentions}/${held.engine.outOfScope})`, `${pct(abstentions(held.baseline))} (${held.baseline.correctAbstentions})`, '>= 90%');
  row('personal answers exact', `${report.personal.passed}/${report.personal.total}`, 'n/a', 'all');
  row('latency p50 (ms)', report.engine.p50Ms.toFixed(2), report.baseline.p50Ms.toFixed(2), '');
  row('latency p99 (ms)', report.engine.p99Ms.toFixed(2), report.baseline.p99Ms.toFixed(2), '<= 10');
  const met = facts(report.engine) >= TARGET && abstentions(report.engine) >= TARGET && report.personal.passed === report.personal.total;
  console.log(`targets ${met ? 'met' : 'NOT met'}; engine vs baseline fact-hit ${(facts(report.engine) - facts(report.baseline)) >= 0 ? '+' : ''}${pct(facts(report.engine) - facts(report.baseline))}, abstention ${pct(abstentions(report.engine) - abstentions(report.baseline))}`);
  if (values.verbose || !met) for (const miss of report.misses) console.log(`  miss: ${miss}`);
}

main(process.argv.slice(2));

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { answerLatency } from '../bench/answer-latency.js';
import type { BenchContext, BenchGroup, BenchRow } from '../bench/bench-row.js';
import { engineVsBaseline } from '../bench/engine-vs-baseline.js';
import { formatTable, rowNote } from '../bench/format-table.js';
import { checkOptions, generatePack, scaledOptions } from '../bench/gen-pack.js';
import { loadAndBuild, type LoadedPack } from '../bench/loaded-pack.js';
import { packLoad } from '../bench/pack-load.js';
import { fanOut } from '../bench/fan-out.js';
import { rss } from '../bench/rss.js';
import { slackEndToEnd } from '../bench/slack-e2e.js';
import { runSoak } from '../bench/soak.js';
import { writePackFiles } from '../bench/write-pack.js';
import { SAMPLE_PACK_DIR } from './content-dir.js';

/** The figures, one module each, in the order the table shows them. Add a group here. */
const GROUPS: readonly BenchGroup[] = [packLoad, answerLatency, engineVsBaseline, rss, slackEndToEnd, fanOut];

const USAGE = 'usage: npm run -s bench [-- --json] [--staff N] [--seed N] [--soak MINUTES]';

/**
 * `npm run bench [-- --json]`: the scale figures of DESIGN.md, measured on this machine
 * against the sample pack and a synthetic pack generated for the run (generation is
 * setup, not measured). Progress goes to stderr; the table, or one JSON object, to stdout.
 * `--soak MINUTES` instead runs the bot on the synthetic pack for that long and prints a
 * line a minute (see src/bench/soak.ts).
 */
async function main(argv: readonly string[]): Promise<number> {
  let json: boolean;
  let options: ReturnType<typeof scaledOptions>;
  let soakMinutes: number | null;
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        staff: { type: 'string', default: '20000' },
        seed: { type: 'string', default: '1' },
        soak: { type: 'string' },
      },
    });
    json = values.json;
    options = scaledOptions(Number(values.staff), Number(values.seed));
    const problem = checkOptions(options);
    if (problem !== null) throw new Error(problem);
    soakMinutes = values.soak === undefined ? null : Number(values.soak);
    if (soakMinutes !== null && !(Number.isInteger(soakMinutes) && soakMinutes >= 1)) throw new Error('--soak takes a whole number of minutes, at least 1');
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }

  const progress = (message: string) => console.error(`bench: ${message}`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-pack-'));
  try {
    progress(`generating a pack of ${options.staff} staff, ${options.posts} posts, ${options.faqs} FAQs and a ${(options.docBytes / 1024 / 1024).toFixed(1)} MB document`);
    writePackFiles(dir, generatePack(options));
    if (soakMinutes !== null) {
      await runSoak({ minutes: soakMinutes, dir, pack: loadAndBuild(dir).pack, seed: options.seed, print: (line) => console.log(line), progress });
      return 0;
    }
    const loaded = new Map<string, LoadedPack>();
    const context: BenchContext = {
      sample: { dir: SAMPLE_PACK_DIR },
      synthetic: { dir, options },
      loaded(packDir) {
        let entry = loaded.get(packDir);
        if (entry === undefined) {
          entry = loadAndBuild(packDir);
          loaded.set(packDir, entry);
        }
        return entry;
      },
      progress,
    };
    const started = Date.now();
    const rows: BenchRow[] = [];
    for (const group of GROUPS) rows.push(...(await group.run(context)));
    const environment = { node: process.version, platform: platform(), cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', seconds: Math.round((Date.now() - started) / 1000) };
    if (json) {
      console.log(JSON.stringify({ environment, synthetic: options, rows: rows.map((row) => ({ ...row, note: rowNote(row) || undefined })) }));
    } else {
      console.log(`Node ${environment.node} on ${environment.platform}, ${environment.cpus} x ${environment.cpu}; measured in ${environment.seconds} s`);
      console.log(formatTable(rows));
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);

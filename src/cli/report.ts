import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatContentError } from '../content/content-error.js';
import { readConsultation } from '../content/pack-files.js';
import type { ContentError } from '../content/types.js';
import { rankQuestionGroups } from '../hr/rank.js';
import { reportJson, reportText } from '../hr/report.js';
import { shippedAnalyzer } from '../search/shipped-analyzer.js';
import { openSqliteStore, STORE_FILE } from '../store/open-store.js';
import { isIsoDate, startOfDay } from '../time/zoned.js';
import { contentDir } from './content-dir.js';

const USAGE = 'usage: npm run -s report -- [--since YYYY-MM-DD] [--json] [--top N] [--content DIR]';

/**
 * `npm run -s report`: the recurring and unanswered questions in the bot's question log
 * (DATA_DIR), near-duplicates grouped, most badly answered first. `--since` starts the
 * window at midnight that day in the pack's time zone; without it, the whole log. Who
 * asked is never printed.
 */
function main(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let options: { since: string | null; json: boolean; top: number; content: string | undefined };
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { since: { type: 'string' }, json: { type: 'boolean', default: false }, top: { type: 'string' }, content: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.since !== undefined && !isIsoDate(values.since)) throw new Error(`--since: expected a real date written YYYY-MM-DD, e.g. 2011-02-01, found ${JSON.stringify(values.since)}`);
    const top = values.top === undefined ? 20 : Number(values.top);
    if (!Number.isInteger(top) || top < 1) throw new Error(`--top: expected a whole number of groups, e.g. 20, found ${JSON.stringify(values.top)}`);
    options = { since: values.since ?? null, json: values.json, top, content: values.content };
  } catch (error) {
    console.error(`report: ${error instanceof Error ? error.message : String(error)} (${USAGE})`);
    return 2;
  }

  const dataDir = resolve(env['DATA_DIR']?.trim() || './data');
  const file = join(dataDir, STORE_FILE);
  if (!existsSync(file)) {
    console.error(`report: there is no question log at ${file}; set DATA_DIR to the folder the bot keeps its state in`);
    return 2;
  }
  // Only the time zone is needed from the pack, so a broken FAQ elsewhere does not stop the report.
  const errors: ContentError[] = [];
  const consultation = readConsultation(resolve(contentDir(options.content, env)), errors);
  if (consultation === null) {
    console.error('report: the pack\'s consultation settings cannot be read:');
    for (const error of errors) console.error(`  ${formatContentError(error)}`);
    return 1;
  }
  const timeZone = consultation.value.timeZone;
  const since = options.since === null ? null : startOfDay(options.since, timeZone);

  const store = openSqliteStore(file);
  try {
    const records = store.questions.list(since ?? new Date(0));
    const report = { since, questions: records.length, groups: rankQuestionGroups(records, shippedAnalyzer()) };
    console.log(options.json ? JSON.stringify(reportJson(report), null, 2) : reportText(report, { timeZone, top: options.top }));
  } finally {
    store.close();
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2), process.env);

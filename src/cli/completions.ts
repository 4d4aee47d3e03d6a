import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatContentError } from '../content/content-error.js';
import { loadPack } from '../content/load-pack.js';
import { parseCompletionsCsv } from '../reminders/parse-completions-csv.js';
import { openStore } from '../store/index.js';
import { instantToZoned } from '../time/zoned.js';
import { contentDir } from './content-dir.js';

const USAGE = 'usage: npm run -s completions -- --import FILE [--content DIR]';

/**
 * `npm run -s completions -- --import done.csv`: records actions HR knows people have
 * done (forms returned on paper, by email), so their reminders stop and their managers'
 * digests leave them out. The file is `employee_id,action_id,completed_on`; it is checked
 * in full first and imported in one transaction, or not at all. Writes to the bot's store
 * in DATA_DIR (default ./data), which the running bot reads on its next minute.
 */
function main(argv: readonly string[], env: NodeJS.ProcessEnv, now: Date): number {
  let file: string;
  let dir: string;
  try {
    const { values } = parseArgs({ args: [...argv], options: { import: { type: 'string' }, content: { type: 'string' } }, strict: true, allowPositionals: false });
    if (!values.import) throw new Error('--import FILE is required');
    file = values.import;
    dir = contentDir(values.content, env);
  } catch (error) {
    console.error(`completions: ${error instanceof Error ? error.message : String(error)} (${USAGE})`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    console.error(`completions: cannot read ${file}${typeof code === 'string' ? ` (${code})` : ''}`);
    return 2;
  }
  const loaded = loadPack(dir);
  if (!loaded.ok) {
    console.error(`completions: the pack in ${dir} has ${loaded.errors.length} ${loaded.errors.length === 1 ? 'problem' : 'problems'} (run npm run check); nothing was imported.`);
    return 1;
  }
  const pack = loaded.pack;
  const today = instantToZoned(now, pack.consultation.timeZone).date;
  const parsed = parseCompletionsCsv(text, file, pack, today);
  if (!parsed.ok) {
    console.error(`${file} has ${parsed.errors.length} ${parsed.errors.length === 1 ? 'problem' : 'problems'}; nothing was imported:`);
    for (const error of parsed.errors) console.error(`  ${formatContentError(error)}`);
    return 1;
  }
  const store = openStore(env['DATA_DIR']?.trim() || './data');
  try {
    const added = store.actions.completeAll(parsed.completions);
    const already = parsed.completions.length - added;
    console.log(`Imported ${added} ${added === 1 ? 'completion' : 'completions'} from ${file}${already > 0 ? ` (${already} already recorded)` : ''}.`);
  } finally {
    store.close();
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2), process.env, new Date());

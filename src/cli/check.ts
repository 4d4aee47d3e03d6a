import { parseArgs } from 'node:util';
import { formatContentError } from '../content/content-error.js';
import { loadPack } from '../content/load-pack.js';
import { contentDir } from './content-dir.js';
import { packSummary } from './pack-summary.js';

/** `npm run check [-- --content DIR]`: what HR's pull requests run. Exit 1 on any content error. */
function main(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let dir: string;
  try {
    const { values } = parseArgs({ args: [...argv], options: { content: { type: 'string' } }, strict: true });
    dir = contentDir(values.content, env);
  } catch (error) {
    console.error(`check: ${error instanceof Error ? error.message : String(error)}\nusage: npm run check [-- --content DIR]`);
    return 2;
  }
  const result = loadPack(dir);
  if (!result.ok) {
    console.error(`The pack in ${dir} has ${result.errors.length} ${result.errors.length === 1 ? 'problem' : 'problems'}:`);
    for (const error of result.errors) console.error(`  ${formatContentError(error)}`);
    return 1;
  }
  console.log(`Pack OK: ${dir}`);
  for (const line of packSummary(result.pack)) console.log(line);
  return 0;
}

process.exitCode = main(process.argv.slice(2), process.env);

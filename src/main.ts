import { formatContentError } from './content/content-error.js';
import { loadPack } from './content/load-pack.js';
import { contentDir } from './cli/content-dir.js';
import { packSummary } from './cli/pack-summary.js';

/** Entry point: loads the pack and (until the answer engine lands) prints its summary. */
function main(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  const flag = argv.indexOf('--content');
  const dir = contentDir(flag >= 0 ? argv[flag + 1] : undefined, env);
  const result = loadPack(dir);
  if (!result.ok) {
    console.error(`The pack in ${dir} has problems:`);
    for (const error of result.errors) console.error(`  ${formatContentError(error)}`);
    return 1;
  }
  for (const line of packSummary(result.pack)) console.log(line);
  return 0;
}

process.exitCode = main(process.argv.slice(2), process.env);

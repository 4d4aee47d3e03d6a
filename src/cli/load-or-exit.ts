import { formatContentError } from '../content/content-error.js';
import { loadPack } from '../content/load-pack.js';
import type { ContentPack } from '../content/types.js';

/** Loads a pack for a command; on content errors prints them as `npm run check` does and exits 1. */
export function loadPackOrExit(dir: string, command: string): ContentPack {
  const result = loadPack(dir);
  if (result.ok) return result.pack;
  console.error(`${command}: the pack in ${dir} has ${result.errors.length} ${result.errors.length === 1 ? 'problem' : 'problems'}:`);
  for (const error of result.errors) console.error(`  ${formatContentError(error)}`);
  process.exit(1);
}

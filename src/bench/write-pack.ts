import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes a generated pack's files under `dir`, making folders as needed. */
export function writePackFiles(dir: string, files: ReadonlyMap<string, string>): void {
  for (const folder of ['consultation', 'faq', 'policies']) mkdirSync(join(dir, folder), { recursive: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

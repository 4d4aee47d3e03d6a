import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDefaultAssistant } from '../../src/assistant/default-assistant.js';
import type { Assistant } from '../../src/assistant/reply.js';
import { SAMPLE_PACK_DIR } from '../../src/cli/content-dir.js';
import { formatContentError } from '../../src/content/content-error.js';
import { createLivePack, type LivePack } from '../../src/content/live-pack.js';
import { loadPack } from '../../src/content/load-pack.js';

/**
 * A copy of the sample pack in a temp folder, served live with the real assistant, as
 * `npm start` serves it: for tests where HR writes files and the bot must pick them up.
 */
export interface LiveSample {
  readonly dir: string;
  readonly live: LivePack<Assistant>;
  remove(): void;
}

export function liveSampleCopy(): LiveSample {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  for (const folder of ['consultation', 'faq', 'policies']) cpSync(join(SAMPLE_PACK_DIR, folder), join(dir, folder), { recursive: true });
  const first = loadPack(dir);
  if (!first.ok) throw new Error(first.errors.map(formatContentError).join('\n'));
  const live = createLivePack<Assistant>(dir, first.pack, (pack) => createDefaultAssistant(pack));
  return {
    dir,
    live,
    remove: () => {
      live.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

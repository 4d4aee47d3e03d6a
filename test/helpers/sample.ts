import { createDefaultAssistant } from '../../src/assistant/default-assistant.js';
import type { Assistant } from '../../src/assistant/reply.js';
import { SAMPLE_PACK_DIR } from '../../src/cli/content-dir.js';
import { formatContentError } from '../../src/content/content-error.js';
import { loadPack } from '../../src/content/load-pack.js';
import type { ContentPack } from '../../src/content/types.js';
import { zonedToInstant } from '../../src/time/zoned.js';

let cached: { pack: ContentPack; assistant: Assistant } | null = null;

/** The sample pack and an assistant over it, built once per test file. */
export function sample(): { pack: ContentPack; assistant: Assistant } {
  if (cached) return cached;
  const result = loadPack(SAMPLE_PACK_DIR);
  if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
  cached = { pack: result.pack, assistant: createDefaultAssistant(result.pack) };
  return cached;
}

/** 09:00 on a day in the sample pack's time zone. */
export const day = (date: string): Date => zonedToInstant(`${date}T09:00`, 'Europe/London');

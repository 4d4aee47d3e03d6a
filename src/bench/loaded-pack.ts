import { performance } from 'node:perf_hooks';
import { createDefaultAssistant } from '../assistant/default-assistant.js';
import type { Assistant } from '../assistant/reply.js';
import { formatContentError } from '../content/content-error.js';
import { loadPack } from '../content/load-pack.js';
import type { ContentPack } from '../content/types.js';

export interface LoadedPack {
  readonly pack: ContentPack;
  readonly assistant: Assistant;
}

/** What every entry point does before it can answer: load and validate the pack, then build the assistant (its index). */
export function loadAndBuild(dir: string): LoadedPack {
  const { pack, assistant } = loadAndBuildTimed(dir);
  return { pack, assistant };
}

/** loadAndBuild, saying how long each half took, so a slow figure points at the pack loader or at the index. */
export function loadAndBuildTimed(dir: string): LoadedPack & { readonly loadMs: number; readonly buildMs: number } {
  const started = performance.now();
  const result = loadPack(dir);
  const loaded = performance.now();
  if (!result.ok) {
    throw new Error(`the pack in ${dir} has ${result.errors.length} problems, the first: ${formatContentError(result.errors[0] ?? { file: '?', line: null, field: null, message: '?' })}`);
  }
  const assistant = createDefaultAssistant(result.pack);
  return { pack: result.pack, assistant, loadMs: loaded - started, buildMs: performance.now() - loaded };
}

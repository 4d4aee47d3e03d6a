import type { ContentPack } from '../content/types.js';
import { createAnalyzer, type Analyzer } from '../search/analyzer.js';
import { loadLexicon } from '../search/lexicon.js';
import { createAssistant, type AssistantOptions } from './create-assistant.js';
import type { Assistant } from './reply.js';

/**
 * The lexicon ships with the code (it is not part of HR's pack), so it is read and compiled
 * once per process, not on every pack reload.
 */
let shipped: Analyzer | null = null;

/** The assistant with the shipped lexicon: what every entry point uses. */
export function createDefaultAssistant(pack: ContentPack, options: Omit<AssistantOptions, 'analyzer'> = {}): Assistant {
  shipped ??= createAnalyzer(loadLexicon());
  return createAssistant(pack, { ...options, analyzer: shipped });
}

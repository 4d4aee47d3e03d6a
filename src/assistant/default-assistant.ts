import type { ContentPack } from '../content/types.js';
import { shippedAnalyzer } from '../search/shipped-analyzer.js';
import { createAssistant, type AssistantOptions } from './create-assistant.js';
import type { Assistant } from './reply.js';

/** The assistant with the shipped lexicon: what every entry point uses. */
export function createDefaultAssistant(pack: ContentPack, options: Omit<AssistantOptions, 'analyzer'> = {}): Assistant {
  return createAssistant(pack, { ...options, analyzer: shippedAnalyzer() });
}

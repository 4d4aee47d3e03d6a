import { createAnalyzer, type Analyzer } from './analyzer.js';
import { loadLexicon } from './lexicon.js';

let shipped: Analyzer | null = null;

/**
 * The analyzer over the lexicon that ships with the code (not part of HR's pack): read and
 * compiled once per process, and shared by search, question grouping and reports, so they
 * all see a question the same way.
 */
export function shippedAnalyzer(): Analyzer {
  shipped ??= createAnalyzer(loadLexicon());
  return shipped;
}

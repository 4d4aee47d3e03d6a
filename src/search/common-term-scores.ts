import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';

/**
 * A MiniSearch result, or the same thing put together from its parts: `score` is the sum
 * of the entry's BM25+ scores for the terms it has, times how many of the question's terms
 * it has (MiniSearch's own rule), `match` the fields each term was found in.
 */
export interface Candidate {
  readonly id: string;
  readonly score: number;
  readonly queryTerms: readonly string[];
  readonly match: Readonly<Record<string, readonly string[]>>;
}

interface TermScores {
  /** By entry position: the entry's score for this term alone, 0 where it lacks it. */
  readonly score: Float64Array;
  /** By entry position: bit i set where the term is in field i. */
  readonly fields: Uint8Array;
}

/**
 * Scores for the pack's common words (in a fifth or more of its entries), worked out once
 * per word on first use, so that a question's common words add their scores to the entries
 * its rarer words found without MiniSearch walking every entry that has them. A common
 * word's score for an entry depends on the word and the entry only (BM25+ sums over
 * terms), so the cached score is the one MiniSearch would give. At most a few hundred
 * common words, at 9 bytes an entry each: about 3 MB on a 20,000-staff pack.
 */
export function createCommonTermScores(
  index: MiniSearch,
  ids: readonly string[],
  fieldNames: readonly string[],
): (narrowed: readonly SearchResult[], commonTerms: readonly string[], limit: number) => Candidate[] {
  const position = new Map(ids.map((id, i) => [id, i]));
  const cache = new Map<string, TermScores>();

  const scoresOf = (term: string): TermScores => {
    const cached = cache.get(term);
    if (cached) return cached;
    const scores: TermScores = { score: new Float64Array(ids.length), fields: new Uint8Array(ids.length) };
    for (const result of index.search(term, { tokenize: (q) => [q] })) {
      const at = position.get(String(result.id));
      if (at === undefined) continue;
      scores.score[at] = result.score;
      const found = result.match[term] ?? [];
      scores.fields[at] = fieldNames.reduce((bits, name, i) => (found.includes(name) ? bits | (1 << i) : bits), 0);
    }
    cache.set(term, scores);
    return scores;
  };

  return (narrowed, commonTerms, limit) => {
    const tables = commonTerms.map((term) => [term, scoresOf(term)] as const);
    // Scores first, as plain numbers; only the best `limit` entries are then built in full.
    const scored = narrowed.map((result, k) => {
      const at = position.get(String(result.id)) ?? -1;
      let sum = result.score / Math.max(1, result.queryTerms.length);
      let count = result.queryTerms.length;
      for (const [, scores] of tables) {
        const score = scores.score[at] ?? 0;
        if (score > 0) {
          sum += score;
          count += 1;
        }
      }
      return { k, at, score: sum * count };
    });
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, limit).map(({ k, at, score }): Candidate => {
      const result = narrowed[k] as SearchResult;
      const queryTerms = [...result.queryTerms];
      const match: Record<string, readonly string[]> = { ...result.match };
      for (const [term, scores] of tables) {
        if ((scores.score[at] ?? 0) <= 0) continue;
        queryTerms.push(term);
        const bits = scores.fields[at] ?? 0;
        match[term] = fieldNames.filter((_, i) => (bits & (1 << i)) !== 0);
      }
      return { id: String(result.id), score, queryTerms, match };
    });
  };
}

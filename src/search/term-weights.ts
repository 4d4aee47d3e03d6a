/*
 * How much each word of a question says about what it asks. Coverage (the share of a
 * question's weight that one pack entry matches) is both the ranking signal and the
 * confidence, so the weights decide when the assistant answers and when it abstains.
 *
 * Rarity in the pack (inverse document frequency) is the starting point, adjusted by what
 * kind of term it is:
 *   - a lexicon concept the pack uses ("ringfence", "jobfinder") names a topic of the
 *     restructure, so it weighs double its rarity;
 *   - an ordinary word the pack uses weighs its rarity, but no more than an unknown word:
 *     a word the pack happens to use once ("carry", "write", "night") is not thereby the
 *     point of the question;
 *   - a word the pack uses only in names (Banbury, Spiceball Park, Big Society) says where
 *     or who, not what, so it weighs little: "car park" does not ask about Spiceball Park;
 *   - a light word from the lexicon ("totally", "somewhere", "put", "stay") is everyday
 *     English that says how someone asks, not what about, so it weighs little whether or
 *     not the pack uses it: "a colleague is struggling badly, where can I point her" is
 *     about support, and leaving "badly" and "point" unmatched should not make the
 *     assistant doubt it;
 *   - a word the pack never uses may be the question's real topic ("canteen", "wifi"), so
 *     it weighs as much as a rare word: a question the pack cannot answer then stays
 *     mostly uncovered; a number the pack never uses is not ("im 0.6 fte, could i go up
 *     to 1.0", "I do 60% youth work"): it is a detail of the asker's case, so it is light;
 *   - a lexicon concept the pack never uses ("maternitypay", "annualleave") is a topic
 *     someone named and the pack does not cover, which weighs most of all.
 */

export type TermKind = 'concept' | 'word' | 'light' | 'name' | 'unknown' | 'unknown-concept';

/** What the lexicon says of a term. */
export interface TermVocabulary {
  isConcept(term: string): boolean;
  isLight(term: string): boolean;
  /** A word one letter off a stop or light word ("actualy"). */
  isMisspeltFiller(term: string): boolean;
}

export interface TermWeights {
  weight(term: string): number;
  kind(term: string): TermKind;
}

const CONCEPT_BOOST = 2;
/** An unknown word, and the most an ordinary word may weigh, as a share of the rarest term's weight. */
const ORDINARY_SHARE = 0.6;
const NAME_SHARE = 0.3;
const LIGHT_SHARE = 0.3;
const UNKNOWN_CONCEPT_SHARE = 1.5;
const NUMBER = /^\d+(?:\.\d+)?$/;

export function createTermWeights(
  entryCount: number,
  documentFrequency: ReadonlyMap<string, number>,
  namesOnly: ReadonlySet<string>,
  vocabulary: TermVocabulary,
): TermWeights {
  const rarity = (df: number) => Math.log(1 + entryCount / (df + 0.5));
  const ordinaryMax = ORDINARY_SHARE * rarity(0);
  const kind = (term: string): TermKind => {
    const concept = vocabulary.isConcept(term);
    if (vocabulary.isLight(term)) return 'light';
    // A number the pack never uses says something of the asker's case; a word it never uses
    // that is filler typed with a slip ("actualy") says how someone asks, like the filler
    // itself. The number is tested first: it is one regex, the slip a scan of every filler word.
    if (!documentFrequency.has(term)) return concept ? 'unknown-concept' : NUMBER.test(term) || vocabulary.isMisspeltFiller(term) ? 'light' : 'unknown';
    if (concept) return 'concept';
    return namesOnly.has(term) ? 'name' : 'word';
  };
  return {
    kind,
    weight(term) {
      const df = documentFrequency.get(term) ?? 0;
      switch (kind(term)) {
        case 'concept':
          return CONCEPT_BOOST * rarity(df);
        case 'word':
          return Math.min(rarity(df), ordinaryMax);
        case 'light':
          return LIGHT_SHARE * Math.min(rarity(df), ordinaryMax);
        case 'name':
          return NAME_SHARE * rarity(df);
        case 'unknown':
          return ordinaryMax;
        case 'unknown-concept':
          return UNKNOWN_CONCEPT_SHARE * rarity(0);
      }
    },
  };
}

/**
 * Terms that occur in the pack only in capitalised words (Spiceball Park, Banbury, Wood
 * Green). Matching on those means a question mentions a place or a name the pack also
 * mentions, not that the pack answers it: "where can I park at the Banbury office?"
 * matches "The Mill Art Centre, Spiceball Park, Banbury" on two names and nothing else.
 */
export function termsSeenOnlyInNames(texts: Iterable<string>, analyze: (text: string) => string[]): Set<string> {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const text of texts) {
    for (const word of text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
      // Acronyms (SEN, LADO, VR) are topics, not names: only Titlecase words count as names.
      (/^[A-Z][a-z]/.test(word) ? capitalised : lower).add(word);
    }
  }
  const common = new Set<string>();
  for (const word of lower) for (const t of analyze(word)) common.add(t);
  const names = new Set<string>();
  for (const word of capitalised) {
    if (lower.has(word.toLowerCase())) continue;
    for (const t of analyze(word)) if (!common.has(t)) names.add(t);
  }
  return names;
}

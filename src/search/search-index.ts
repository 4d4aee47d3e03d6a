import MiniSearch, { type SearchResult } from 'minisearch';
import type { ContentPack, Faq, PolicyRule } from '../content/types.js';
import { splitPassages, type Passage } from './passages.js';

/** The one thing search needs from the analyzer: text in, normalised terms out. */
export interface TermAnalyzer {
  analyze(text: string): string[];
}

export type SearchDoc =
  | { readonly kind: 'faq'; readonly id: string; readonly faq: Faq }
  | { readonly kind: 'policy'; readonly id: string; readonly rule: PolicyRule }
  | { readonly kind: 'passage'; readonly id: string; readonly passage: Passage };

export interface SearchHit {
  readonly doc: SearchDoc;
  /** MiniSearch's BM25+ score, boosted; only comparable within one search. */
  readonly score: number;
  /**
   * Share of the question's meaning the hit covers: the query terms it matched, each
   * weighted by how rare (informative) it is in the pack, over all query terms. A hit
   * that matches only names of places or people covers nothing.
   */
  readonly coverage: number;
  readonly matchedTerms: readonly string[];
}

interface IndexedFields {
  readonly id: string;
  /** What the entry answers: an FAQ's question and variants, a rule's title, a passage's headings. */
  readonly question: string;
  readonly body: string;
}

/**
 * Field weights and source preference. Matching an FAQ's question is the strongest
 * evidence (HR wrote it to answer exactly that); policy rules come next; a passage of the
 * document is the fallback. "An HR FAQ that matches beats a document passage."
 */
const FIELD_BOOST = { question: 2.5, body: 1 };
const KIND_BOOST: Record<SearchDoc['kind'], number> = { faq: 1.6, policy: 1.25, passage: 1 };

export interface SearchIndex {
  search(question: string, limit?: number): SearchHit[];
  readonly size: number;
  /** The analysed terms of a question, as the index sees them. */
  terms(question: string): string[];
}

export function buildSearchIndex(pack: ContentPack, analyzer: TermAnalyzer): SearchIndex {
  const docs = new Map<string, SearchDoc>();
  const fields: IndexedFields[] = [];
  for (const faq of pack.faqs) {
    const id = `faq:${faq.id}`;
    docs.set(id, { kind: 'faq', id, faq });
    fields.push({ id, question: [faq.question, ...faq.variants].join('\n'), body: `${faq.answer}\n${faq.tags.join(' ')}` });
  }
  for (const rule of pack.policies) {
    const id = `policy:${rule.id}`;
    docs.set(id, { kind: 'policy', id, rule });
    fields.push({ id, question: rule.title, body: rule.text });
  }
  for (const passage of splitPassages(pack.document)) {
    const id = `passage:${passage.id}`;
    docs.set(id, { kind: 'passage', id, passage });
    fields.push({ id, question: passage.heading, body: passage.text });
  }

  // Each field is analysed once: the terms feed both MiniSearch and the rarity table.
  const analysed = new Map<string, string[]>();
  const documentFrequency = new Map<string, number>();
  for (const f of fields) {
    const seen = new Set<string>();
    for (const text of [f.question, f.body]) {
      const terms = analyzer.analyze(text);
      analysed.set(text, terms);
      for (const t of terms) seen.add(t);
    }
    for (const t of seen) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  }
  const namesOnly = termsSeenOnlyInNames(fields, analyzer);

  const tokenize = (text: string): string[] => analysed.get(text) ?? analyzer.analyze(text);
  const index = new MiniSearch<IndexedFields>({
    fields: ['question', 'body'],
    idField: 'id',
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      boost: FIELD_BOOST,
      combineWith: 'OR',
      // Typos in longer words only: fuzzy matching of short words finds unrelated ones.
      fuzzy: (term) => (term.length >= 7 ? 1 : false),
      weights: { fuzzy: 0.6, prefix: 0.3 },
      boostDocument: (id: string) => KIND_BOOST[docs.get(id)?.kind ?? 'passage'],
    },
  });
  index.addAll(fields);
  analysed.clear();

  const total = fields.length;
  const rarity = (term: string) => Math.log(1 + total / ((documentFrequency.get(term) ?? 0) + 0.5));

  return {
    size: total,
    terms: (question) => uniqueTerms(analyzer.analyze(question)),
    search(question, limit = 5) {
      const queryTerms = uniqueTerms(analyzer.analyze(question));
      if (queryTerms.length === 0) return [];
      const weightOf = new Map(queryTerms.map((t) => [t, rarity(t)]));
      const totalWeight = [...weightOf.values()].reduce((a, b) => a + b, 0);
      return index
        .search(queryTerms.join(' '), { tokenize: (q) => q.split(' ') })
        .slice(0, limit)
        .flatMap((result: SearchResult) => {
          const doc = docs.get(String(result.id));
          if (!doc) return [];
          const matched = uniqueTerms(result.queryTerms);
          const topical = matched.filter((t) => !namesOnly.has(t));
          const covered = topical.length === 0 ? 0 : matched.reduce((sum, t) => sum + (weightOf.get(t) ?? 0), 0);
          return [{ doc, score: result.score, coverage: totalWeight === 0 ? 0 : covered / totalWeight, matchedTerms: matched }];
        });
    },
  };
}

function uniqueTerms(terms: readonly string[]): string[] {
  return [...new Set(terms)];
}

/**
 * Terms that occur in the pack only in capitalised words (Spiceball Park, Banbury, Wood
 * Green). Matching on those alone means a question mentions a place or a name the pack
 * also mentions, not that the pack answers it: "where can I park at the Banbury office?"
 * matches "The Mill Art Centre, Spiceball Park, Banbury" on two names and nothing else.
 */
function termsSeenOnlyInNames(fields: readonly IndexedFields[], analyzer: TermAnalyzer): Set<string> {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const f of fields) {
    for (const word of `${f.question}\n${f.body}`.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
      // Acronyms (SEN, LADO, VR) are topics, not names: only Titlecase words count as names.
      (/^[A-Z][a-z]/.test(word) ? capitalised : lower).add(word);
    }
  }
  const common = new Set<string>();
  for (const word of lower) for (const t of analyzer.analyze(word)) common.add(t);
  const names = new Set<string>();
  for (const word of capitalised) {
    if (lower.has(word.toLowerCase())) continue;
    for (const t of analyzer.analyze(word)) if (!common.has(t)) names.add(t);
  }
  return names;
}

import MiniSearch, { type SearchResult } from 'minisearch';
import type { ContentPack, Faq, PolicyRule } from '../content/types.js';
import { createCommonTermScores, type Candidate } from './common-term-scores.js';
import { splitPassages, type Passage } from './passages.js';
import { createTermWeights, termsSeenOnlyInNames, type TermKind } from './term-weights.js';

/** The one thing search needs from the analyzer: text in, normalised terms out. */
export interface TermAnalyzer {
  analyze(text: string): string[];
  /** Whether a term is a lexicon concept (a named topic); without it, no term is. */
  isConcept?(term: string): boolean;
  /** Whether a term is a lexicon light word (everyday English); without it, no term is. */
  isLight?(term: string): boolean;
  /** Whether a term is one letter off a stop or light word; without it, no term is. */
  isMisspeltFiller?(term: string): boolean;
}

export type SearchDoc =
  | { readonly kind: 'faq'; readonly id: string; readonly faq: Faq }
  | { readonly kind: 'policy'; readonly id: string; readonly rule: PolicyRule }
  | { readonly kind: 'passage'; readonly id: string; readonly passage: Passage };

export interface SearchHit {
  readonly doc: SearchDoc;
  /** MiniSearch's BM25+ score; only comparable within one search. */
  readonly score: number;
  /**
   * Share of the question's meaning the hit covers: the weights of the question's terms
   * it matched over the weights of all of them (see term-weights.ts). This is the
   * confidence the assistant answers on.
   */
  readonly coverage: number;
  /** The same share, counting only what the entry's own question (FAQ question and variants, rule title, passage heading) matched. */
  readonly titleCoverage: number;
  readonly matchedTerms: readonly string[];
}

interface IndexedFields {
  readonly id: string;
  /** What the entry answers: an FAQ's question and variants, a rule's title, a passage's headings. */
  readonly question: string;
  readonly body: string;
}

/** Words in what an entry answers (FAQ question, rule title, heading) count more than in its body. */
const FIELD_BOOST = { question: 2.5, body: 1 };
const FIELDS = ['question', 'body'] as const;

/**
 * MiniSearch finds candidates by BM25; they are then ranked by how much of the question
 * each covers, because covering the question's topic ("ringfence", "cabinet") matters
 * more than matching a common word many times:
 *
 *   rank = coverage x kind preference + 0.1 x title coverage + BM25 / best BM25
 *
 * "An HR FAQ that matches beats a document passage": HR wrote FAQs to be answers, so an
 * FAQ whose own question shares a term with the question is preferred over a rule, and a
 * rule over a passage; an FAQ matched only in its answer mentions the topic in passing and
 * gets no preference. Title coverage favours the entry that is about the question over
 * one that mentions it. BM25 (term frequency, field boost, length) counts as much as the
 * whole of coverage: with HR's many phrasings of an FAQ in its question field, how often and
 * where an entry uses the question's words is the best evidence of what it is about, and
 * weighing it lightly (a fifth) picked the right entry less often in `npm run eval`.
 */
const CANDIDATES = 40;
const TITLE_SHARE = 0.1;
const KIND_PREFERENCE: Record<SearchDoc['kind'], number> = { faq: 1.08, policy: 1.03, passage: 1 };
const RELEVANCE_SHARE = 1;

/**
 * A word found in more than this share of entries ("post", "staff", "new") is common. On a
 * 20,000-staff pack, asking MiniSearch for every entry that has any word of the question
 * matched half the index, and building and sorting those results was nearly all of the
 * answer time and the peak memory. Candidates are therefore the entries that have at least
 * one of the question's rarer words; on those entries the common words still score
 * exactly as before, from per-word scores kept once computed (common-term-scores.ts), so
 * MiniSearch walks only the rarer words' entries. At a fifth, the eval's answers were as
 * good as with every word; at a tenth, one more out-of-scope question was answered.
 */
const COMMON_SHARE = 0.2;

export interface SearchIndex {
  search(question: string, limit?: number): SearchHit[];
  readonly size: number;
  /** The analysed terms of a question, as the index sees them. */
  terms(question: string): string[];
  /** What kind of term each one is (see term-weights.ts). */
  kindOf(term: string): TermKind;
  /** How much a term says about what a question asks (see term-weights.ts). */
  weightOf(term: string): number;
  /** Whether a term is in more than a fifth of the entries ("post", "restructure"): it names no one thing. */
  isCommon(term: string): boolean;
}

export function buildSearchIndex(pack: ContentPack, analyzer: TermAnalyzer): SearchIndex {
  const docs = new Map<string, SearchDoc>();
  const fields: IndexedFields[] = [];
  // Names are told by capitals in what HR and the document wrote. FAQ variants are left
  // out: they are written as staff type in chat, where "the didcot hub" is lower case.
  const written: string[] = [];
  for (const faq of pack.faqs) {
    const id = `faq:${faq.id}`;
    docs.set(id, { kind: 'faq', id, faq });
    fields.push({ id, question: [faq.question, ...faq.variants].join('\n'), body: `${faq.answer}\n${faq.tags.join(' ')}` });
    written.push(faq.question, faq.answer);
  }
  for (const rule of pack.policies) {
    const id = `policy:${rule.id}`;
    docs.set(id, { kind: 'policy', id, rule });
    fields.push({ id, question: rule.title, body: rule.text });
    written.push(rule.title, rule.text);
  }
  for (const passage of splitPassages(pack.document)) {
    const id = `passage:${passage.id}`;
    docs.set(id, { kind: 'passage', id, passage });
    fields.push({ id, question: passage.heading, body: passage.text });
    written.push(passage.heading, passage.text);
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
  const namesOnly = termsSeenOnlyInNames(written, (text) => analyzer.analyze(text));
  const weights = createTermWeights(fields.length, documentFrequency, namesOnly, {
    isConcept: (term) => analyzer.isConcept?.(term) ?? false,
    isLight: (term) => analyzer.isLight?.(term) ?? false,
    isMisspeltFiller: (term) => analyzer.isMisspeltFiller?.(term) ?? false,
  });

  const commonCut = COMMON_SHARE * fields.length;
  const common = new Set([...documentFrequency].filter(([, df]) => df > commonCut).map(([term]) => term));
  const rarer = (a: string, b: string) => ((documentFrequency.get(b) ?? 0) < (documentFrequency.get(a) ?? 0) ? b : a);

  const tokenize = (text: string): string[] => analysed.get(text) ?? analyzer.analyze(text);
  const index = new MiniSearch<IndexedFields>({
    fields: [...FIELDS],
    idField: 'id',
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      boost: FIELD_BOOST,
      combineWith: 'OR',
      // No fuzzy matching: it did not find more right answers in the eval, and on a large
      // pack walking the vocabulary for near spellings dominated answer time.
      fuzzy: false,
      weights: { fuzzy: 0.6, prefix: 0.3 },
    },
  });
  index.addAll(fields);
  analysed.clear();

  const run = (terms: readonly string[]): SearchResult[] => index.search(terms.join(' '), { tokenize: (q) => q.split(' ') });
  const withCommonTerms = createCommonTermScores(index, fields.map((f) => f.id), FIELDS);
  /** Entries with at least one rarer word of the question, scored on all its words. */
  const findCandidates = (queryTerms: readonly string[]): Candidate[] => {
    const known = queryTerms.filter((t) => documentFrequency.has(t));
    const uncommon = known.filter((t) => !common.has(t));
    // A question of common words only ("what happens to the posts?") is narrowed by its rarest.
    const narrowing = uncommon.length > 0 ? uncommon : known.length > 0 ? [known.reduce(rarer)] : [];
    if (narrowing.length === 0) return [];
    return withCommonTerms(run(narrowing), known.filter((t) => common.has(t) && !narrowing.includes(t)), CANDIDATES);
  };

  return {
    size: fields.length,
    terms: (question) => uniqueTerms(analyzer.analyze(question)),
    kindOf: (term) => weights.kind(term),
    weightOf: (term) => weights.weight(term),
    isCommon: (term) => common.has(term),
    search(question, limit = 5) {
      const queryTerms = uniqueTerms(analyzer.analyze(question));
      if (queryTerms.length === 0) return [];
      const weightOf = new Map(queryTerms.map((t) => [t, weights.weight(t)]));
      const totalWeight = [...weightOf.values()].reduce((a, b) => a + b, 0);
      const share = (terms: readonly string[]) => terms.reduce((sum, t) => sum + (weightOf.get(t) ?? 0), 0) / totalWeight;
      const isTopical = (t: string) => weights.kind(t) !== 'name' && weights.kind(t) !== 'light';
      const topicalInQuestion = queryTerms.filter(isTopical).length;
      const candidates = findCandidates(queryTerms);
      const topScore = candidates[0]?.score ?? 1;
      const hits = candidates.flatMap((result) => {
        const doc = docs.get(result.id);
        if (!doc) return [];
        // In the question's order, as MiniSearch gives them.
        const matched = queryTerms.filter((t) => result.queryTerms.includes(t));
        // Sharing only names or light words with the question (a venue, "put") answers
        // nothing about it; nor does sharing one ordinary word with a question that asks
        // about more than one thing ("what is the capital of France?" is not about the
        // capital programme). One ordinary word with a name the entry also has is a place and
        // what is asked about there ("a hub in Didcot"), which is more.
        const topical = matched.filter(isTopical);
        const oneOrdinaryWord =
          topical.length === 1 && topicalInQuestion >= 2 && weights.kind(topical[0] ?? '') === 'word' && !matched.some((t) => weights.kind(t) === 'name');
        const coverage = topical.length === 0 || oneOrdinaryWord ? 0 : share(matched);
        const titleCoverage = share(matched.filter((t) => result.match[t]?.includes('question')));
        const preference = titleCoverage > 0 ? KIND_PREFERENCE[doc.kind] : 1;
        const relevance = result.score / topScore;
        const rank = coverage === 0 ? relevance : coverage * preference + TITLE_SHARE * titleCoverage + RELEVANCE_SHARE * relevance;
        return [{ doc, score: result.score, coverage, titleCoverage, matchedTerms: matched, rank }];
      });
      return hits
        // An entry that covers nothing of the question (it shares only names or one common
        // word with it) comes after every entry that covers something, however its BM25.
        .sort((a, b) => Number(b.coverage > 0) - Number(a.coverage > 0) || b.rank - a.rank)
        .slice(0, limit)
        .map(({ rank: _rank, ...hit }) => hit);
    },
  };
}

function uniqueTerms(terms: readonly string[]): string[] {
  return [...new Set(terms)];
}

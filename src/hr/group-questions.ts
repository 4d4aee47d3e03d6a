import type { Analyzer } from '../search/analyzer.js';

/** What grouping needs of a logged question. */
export interface GroupableQuestion {
  readonly id: string;
  readonly question: string;
  readonly askedAt: Date;
}

export interface QuestionGroup<T extends GroupableQuestion> {
  /** The id of the group's earliest question: how HR's "Answer" button finds the group again. */
  readonly key: string;
  /** Oldest first. */
  readonly members: readonly T[];
  /** The wording asked most often (the earliest on a tie), as it was first typed. */
  readonly question: string;
  /** The other wordings, most asked first, each as it was first typed. */
  readonly variants: readonly string[];
}

/**
 * Two questions are near-duplicates when at least half of their distinct search terms are
 * shared: Jaccard similarity |A ∩ B| / |A ∪ B| >= 0.5 on the analyzer's terms. The analyzer
 * has already folded spellings, synonyms and stems ("Is my job at risk?" and "Is my post at
 * risk?" both become {post, atrisk}), so this counts shared meaning, not shared letters.
 * Half is where, on the sample's questions, rewordings meet ("Can I park at the Banbury
 * office?" and "Is there car parking at the Banbury office?": 2 of 4 terms) and different
 * questions on one topic do not ("When does the consultation close?" and "... end?":
 * 1 of 3).
 */
export const NEAR_DUPLICATE = 0.5;

/**
 * Groups near-duplicate questions: a group is every question linked to another in it by a
 * chain of near-duplicates (the connected components of the "near-duplicate" relation), so
 * the result does not depend on the order questions arrive in. Questions with no search
 * terms at all ("??", "hello") group only with the same words.
 *
 * Cost: identical term sets are compared once, and prefix filtering (terms ordered rarest
 * first; two sets with Jaccard >= t must share one of their first |A| - ceil(t|A|) + 1
 * terms) keeps the comparisons to pairs that can reach the threshold.
 */
export function groupQuestions<T extends GroupableQuestion>(
  questions: readonly T[],
  analyzer: Pick<Analyzer, 'analyze'>,
  threshold: number = NEAR_DUPLICATE,
): QuestionGroup<T>[] {
  const ordered = [...questions].sort(byAsked);
  const position = new Map(ordered.map((q, i) => [q, i]));
  const shapes = new Map<string, { terms: string[]; members: T[] }>();
  for (const q of ordered) {
    const terms = termSet(q.question, analyzer);
    const key = terms.join('\u0000');
    const shape = shapes.get(key);
    if (shape) shape.members.push(q);
    else shapes.set(key, { terms, members: [q] });
  }
  const list = [...shapes.values()];

  const frequency = new Map<string, number>();
  for (const s of list) for (const t of s.terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);

  const parent = list.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const up = parent[parent[i] ?? i] ?? i;
      parent[i] = up;
      i = up;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const sets = list.map((s) => new Set(s.terms));
  const index = new Map<string, number[]>();
  list.forEach((shape, i) => {
    const sorted = [...shape.terms].sort(rarestFirst);
    const prefix = sorted.slice(0, sorted.length - Math.ceil(threshold * sorted.length - 1e-9) + 1);
    const candidates = new Set<number>();
    for (const term of prefix) for (const j of index.get(term) ?? []) candidates.add(j);
    for (const j of candidates) if (jaccard(sets[i] as Set<string>, sets[j] as Set<string>) >= threshold) union(i, j);
    for (const term of prefix) {
      const at = index.get(term);
      if (at) at.push(i);
      else index.set(term, [i]);
    }
  });

  const components = new Map<number, T[]>();
  list.forEach((shape, i) => {
    const root = find(i);
    const members = components.get(root) ?? [];
    members.push(...shape.members);
    components.set(root, members);
  });
  return [...components.values()]
    .map((members) => describe(members.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))))
    .sort((a, b) => (position.get(a.members[0] as T) ?? 0) - (position.get(b.members[0] as T) ?? 0));
}

/** The group holding the question with this id, if any. */
export function groupHolding<G extends QuestionGroup<GroupableQuestion>>(groups: readonly G[], questionId: string): G | null {
  return groups.find((g) => g.members.some((m) => m.id === questionId)) ?? null;
}

/** A question's wording for counting repeats: case, spacing and closing punctuation ignored. */
export function normaliseWording(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?!.]+$/, '')
    .trim();
}

function termSet(question: string, analyzer: Pick<Analyzer, 'analyze'>): string[] {
  const terms = [...new Set(analyzer.analyze(question))].sort();
  // A pseudo-term that no analysed text can produce (terms never hold a space).
  return terms.length > 0 ? terms : [`= ${normaliseWording(question)}`];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

function describe<T extends GroupableQuestion>(members: readonly T[]): QuestionGroup<T> {
  const wordings = new Map<string, { text: string; count: number; first: number }>();
  members.forEach((m, i) => {
    const key = normaliseWording(m.question);
    const seen = wordings.get(key);
    if (seen) seen.count++;
    else wordings.set(key, { text: m.question.trim(), count: 1, first: i });
  });
  const [top, ...rest] = [...wordings.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  return { key: (members[0] as T).id, members, question: top?.text ?? '', variants: rest.map((w) => w.text) };
}

/** Oldest first; questions asked at the same moment keep the order they were given in (sorting is stable). */
function byAsked(a: GroupableQuestion, b: GroupableQuestion): number {
  return a.askedAt.getTime() - b.askedAt.getTime();
}

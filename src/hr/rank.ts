import { CONFIDENCE_THRESHOLD } from '../assistant/answer-general.js';
import type { Analyzer } from '../search/analyzer.js';
import type { QuestionRecord } from '../store/question-log.js';
import { groupQuestions, type QuestionGroup } from './group-questions.js';

/**
 * An answer given with less confidence than this counts as weak: it cleared the bar for
 * answering, but only just, so the person may well not have got what they asked for.
 */
export const LOW_CONFIDENCE = Math.min(0.95, CONFIDENCE_THRESHOLD + 0.15);

export interface GroupStats {
  readonly asked: number;
  /** The bot said it did not know. */
  readonly abstained: number;
  /** Answered, but with confidence below LOW_CONFIDENCE and no thumbs up. */
  readonly lowConfidence: number;
  readonly thumbsDown: number;
  readonly thumbsUp: number;
  /** How badly the group was answered: the sum of `badness` over its questions. */
  readonly unanswered: number;
  /** FAQs HR has written for questions in the group, in the order they were written. */
  readonly answeredBy: readonly string[];
  readonly firstAskedAt: Date;
  readonly lastAskedAt: Date;
  /** The source the bot answered the group from most often, e.g. `faq/x.md`; null if it never answered. */
  readonly usualSource: string | null;
}

export interface RankedGroup extends QuestionGroup<QuestionRecord> {
  /** 1 for the group most in need of an answer. */
  readonly rank: number;
  readonly stats: GroupStats;
}

/**
 * How badly one question was answered, 0 (well) to 1 (not at all): abstained or thumbs
 * down 1, a weak answer 0.5. Once HR has answered it with an FAQ it counts 0: it is dealt
 * with, and stays in the report only as a count.
 */
export function badness(q: QuestionRecord): number {
  if (q.resolvedFaqId !== null) return 0;
  if (q.abstained || q.feedback === 'down') return 1;
  if (q.feedback !== 'up' && q.confidence !== null && q.confidence < LOW_CONFIDENCE) return 0.5;
  return 0;
}

/**
 * Groups the questions and ranks the groups: most badly answered first (so ten people the
 * bot failed come before ten it answered), then most asked, then most recently asked.
 */
export function rankQuestionGroups(questions: readonly QuestionRecord[], analyzer: Pick<Analyzer, 'analyze'>): RankedGroup[] {
  return groupQuestions(questions, analyzer)
    .map((group) => ({ ...group, stats: statsOf(group.members) }))
    .sort(
      (a, b) =>
        b.stats.unanswered - a.stats.unanswered ||
        b.stats.asked - a.stats.asked ||
        b.stats.lastAskedAt.getTime() - a.stats.lastAskedAt.getTime() ||
        (a.key < b.key ? -1 : 1),
    )
    .map((group, i) => ({ ...group, rank: i + 1 }));
}

/** The groups HR still has to answer: some question in them went badly and has not been answered since. */
export function needingAnswers(groups: readonly RankedGroup[]): RankedGroup[] {
  return groups.filter((g) => g.stats.unanswered > 0);
}

function statsOf(members: readonly QuestionRecord[]): GroupStats {
  const count = (test: (q: QuestionRecord) => boolean) => members.filter(test).length;
  const sources = new Map<string, number>();
  for (const q of members) if (q.bestSourceRef !== null && !q.abstained) sources.set(q.bestSourceRef, (sources.get(q.bestSourceRef) ?? 0) + 1);
  const usual = [...sources].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const answeredBy = [...new Set(members.filter((q) => q.resolvedFaqId !== null).sort((a, b) => (a.resolvedAt?.getTime() ?? 0) - (b.resolvedAt?.getTime() ?? 0)).map((q) => q.resolvedFaqId ?? ''))];
  return {
    asked: members.length,
    abstained: count((q) => q.abstained),
    lowConfidence: count((q) => badness(q) === 0.5),
    thumbsDown: count((q) => q.feedback === 'down'),
    thumbsUp: count((q) => q.feedback === 'up'),
    unanswered: members.reduce((sum, q) => sum + badness(q), 0),
    answeredBy,
    firstAskedAt: members[0]?.askedAt ?? new Date(0),
    lastAskedAt: members[members.length - 1]?.askedAt ?? new Date(0),
    usualSource: usual?.[0] ?? null,
  };
}

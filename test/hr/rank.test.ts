import { describe, expect, it } from 'vitest';
import { badness, LOW_CONFIDENCE, needingAnswers, rankQuestionGroups } from '../../src/hr/rank.js';
import { reportText } from '../../src/hr/report.js';
import { createAnalyzer } from '../../src/search/analyzer.js';
import { loadLexicon } from '../../src/search/lexicon.js';
import type { QuestionRecord } from '../../src/store/question-log.js';

const analyzer = createAnalyzer(loadLexicon());
let n = 0;
function q(question: string, fields: Partial<QuestionRecord> = {}): QuestionRecord {
  n++;
  return {
    id: `q${String(n).padStart(3, '0')}`,
    channel: 'slack',
    surface: 'dm',
    askedAt: new Date(Date.UTC(2011, 1, 1, 9, n)),
    question,
    intent: 'general',
    bestSourceRef: 'faq/x.md',
    confidence: 0.9,
    abstained: false,
    askerSlackId: 'U0000003',
    answeredAt: null,
    feedback: null,
    feedbackAt: null,
    sentToHrAt: null,
    resolvedFaqId: null,
    resolvedAt: null,
    notifiedAt: null,
    ...fields,
  };
}

describe('how badly a question was answered', () => {
  it.each([
    ['well answered', {}, 0],
    ['abstained', { abstained: true, confidence: 0.1 }, 1],
    ['thumbs down', { feedback: 'down' as const }, 1],
    ['weak answer', { confidence: LOW_CONFIDENCE - 0.01 }, 0.5],
    ['weak answer, but thumbs up', { confidence: LOW_CONFIDENCE - 0.01, feedback: 'up' as const }, 0],
    ['abstained, then HR answered it', { abstained: true, resolvedFaqId: 'parking' }, 0],
  ])('%s: %d', (_what, fields, expected) => {
    expect(badness(q('Q?', fields))).toBe(expected);
  });
});

describe('ranking groups', () => {
  it('puts the worst answered first, then the most asked; well answered groups are not waiting', () => {
    const questions = [
      // Asked most, answered well: recurring, but nothing to do.
      ...Array.from({ length: 5 }, () => q('When does the consultation close?')),
      q('Can I park at the Banbury office?', { abstained: true }),
      q('where can I park at the Banbury office', { abstained: true }),
      q('How much redundancy pay would I get?', { feedback: 'down' }),
      q('Can I bring my dog to work?', { confidence: 0.6 }),
    ];
    const ranked = rankQuestionGroups(questions, analyzer);
    expect(ranked.map((g) => [g.rank, g.question, g.stats.unanswered])).toEqual([
      [1, 'Can I park at the Banbury office?', 2],
      [2, 'How much redundancy pay would I get?', 1],
      [3, 'Can I bring my dog to work?', 0.5],
      [4, 'When does the consultation close?', 0],
    ]);
    expect(needingAnswers(ranked).map((g) => g.rank)).toEqual([1, 2, 3]);
    const text = reportText({ since: null, questions: questions.length, groups: ranked }, { timeZone: 'Europe/London', top: 3 });
    expect(text).toContain(' 3. "Can I bring my dog to work?"\n    asked once: 1 weakly answered; last asked Tuesday 1 February 2011');
    expect(text).toContain('and 1 more group (--json lists them all).');
    expect(text).not.toContain('U0000003');
  });

  it('shows a group HR has answered as answered, naming the FAQ', () => {
    const ranked = rankQuestionGroups([q('Can I park at the Banbury office?', { abstained: true, resolvedFaqId: 'parking', resolvedAt: new Date(Date.UTC(2011, 1, 2)) })], analyzer);
    expect(ranked[0]?.stats).toMatchObject({ unanswered: 0, abstained: 1, answeredBy: ['parking'] });
    expect(reportText({ since: null, questions: 1, groups: ranked }, { timeZone: 'Europe/London', top: 5 })).toContain('asked once: 1 not answered; HR answered it (FAQ parking)');
  });
});

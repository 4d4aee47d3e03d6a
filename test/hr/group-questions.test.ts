import { describe, expect, it } from 'vitest';
import { groupHolding, groupQuestions, normaliseWording } from '../../src/hr/group-questions.js';
import { createAnalyzer } from '../../src/search/analyzer.js';
import { loadLexicon } from '../../src/search/lexicon.js';

const analyzer = createAnalyzer(loadLexicon());

/** Questions as staff typed them, asked a second apart in this order. */
function asked(questions: readonly string[]) {
  return questions.map((question, i) => ({ id: `q${String(i).padStart(2, '0')}`, question, askedAt: new Date(Date.UTC(2011, 1, 10, 9, 0, i)) }));
}

/**
 * A golden set: the groups HR should see, each with why. If the analyzer's lexicon changes
 * and this moves, check the reason still holds before updating it.
 */
const GOLDEN: readonly [string, readonly string[]][] = [
  // Rewordings of one question; "car parking at Banbury office" links the short "parking at Banbury" (2 of 3 terms) to the rest.
  ['parking', ['Can I park at the Banbury office?', 'where can I park at the Banbury office', 'Is there car parking at the Banbury office?', 'Is there parking at Banbury?']],
  // "closing date" is the deadline concept plus close: 2 of 3 terms shared.
  ['closing', ['When does the consultation close?', 'What is the closing date for the consultation?']],
  // "end" is not "close" to the analyzer: only "consultation" is shared (1 of 3), so it stands alone.
  ['ending', ['when does consultation end']],
  // The lexicon makes "job" and "post" one concept.
  ['at risk', ['Is my post at risk?', 'Is my job at risk?']],
  // Same topic, different question: shares only "at risk" (1 of 3).
  ['redundancy risk', ['Am I at risk of redundancy?']],
  // Dogs at work and dogs in the office share one term of five: different questions.
  ['dog at work', ['Can I bring my dog to work?']],
  ['dog in office', ['Are dogs allowed in the office?']],
  // "work from home" is one concept to the lexicon; "during" and "while ... happens" differ: 2 of 4 terms.
  ['home working', ['Can I work from home during the restructure?', 'Can I work from home while the restructure happens?']],
  // The bare question shares one term of three with each: short questions need the same words.
  ['home working, bare', ['can i work from home']],
  ['pay', ['How much redundancy pay would I get?', 'How much redundancy pay will I get?']],
  // "holiday" and "annual leave" are one concept; "take" and "book" differ: 3 of 5 terms.
  ['leave', ['Can I take my annual leave during the consultation?', 'can I still book holiday during consultation']],
  // No search terms at all: grouped only with the same words.
  ['no words', ['??', '??']],
  ['greeting', ['hello']],
];

describe('grouping near-duplicate questions', () => {
  it('matches the golden groups', () => {
    const questions = GOLDEN.flatMap(([, qs]) => qs);
    const groups = groupQuestions(asked(questions), analyzer);
    expect(groups.map((g) => g.members.map((m) => m.question))).toEqual(GOLDEN.map(([, qs]) => qs));
  });

  it('does not depend on the order questions arrive in', () => {
    const questions = asked(GOLDEN.flatMap(([, qs]) => qs));
    const forwards = groupQuestions(questions, analyzer);
    const backwards = groupQuestions([...questions].reverse(), analyzer);
    expect(backwards.map((g) => g.members.map((m) => m.id))).toEqual(forwards.map((g) => g.members.map((m) => m.id)));
  });

  it('names a group by its most asked wording, keeps the others as variants and keys it by its first question', () => {
    const groups = groupQuestions(asked(['Is my job at risk?', 'Is my post at risk?', 'is my post at risk', 'Is my post at risk ?']), analyzer);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ key: 'q00', question: 'Is my post at risk?', variants: ['Is my job at risk?'] });
    expect(groupHolding(groups, 'q02')?.key).toBe('q00');
    expect(groupHolding(groups, 'nope')).toBeNull();
  });

  it('normalises wording only for case, spacing and closing punctuation', () => {
    expect(normaliseWording('  Is my  POST at risk ?! ')).toBe('is my post at risk');
    expect(normaliseWording('Is my post at risk, really?')).toBe('is my post at risk, really');
  });
});

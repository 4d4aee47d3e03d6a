import type { SearchIndex } from '../search/search-index.js';

/*
 * Checks made after search has chosen an entry and before the assistant answers with it.
 * Coverage (the share of the question's words the entry matches) cannot see three ways a
 * question the pack does not answer still matches it well:
 *   - the question names a topic the pack never mentions ("annual leave", "pension
 *     scheme"), but its other words (hub, workers, days) match an entry about something
 *     else; answering would put words in HR's mouth about the one thing asked;
 *   - the question asks for an amount of money ("how much does a nursery place cost?")
 *     and the entry states none: whatever it says, it does not say how much;
 *   - the question is about an institution the pack never names ("Swindon council",
 *     "Cheney School"): the pack's own council, schools and restructure are not that one's.
 */

export type UnansweredReason = 'unknown-topic' | 'no-amount' | 'unknown-institution';

/** A question asking for an amount in pounds, not "how much notice" or "how much time". */
const ASKS_FOR_MONEY = /£|\bpounds?\b|\bhow much\b.*\b(?:cost|costs|costing|price|prices|worth|salary|salaries|wage|wages)\b/i;
const STATES_AN_AMOUNT = /£\s?\d/;

/** Analysed (stemmed) nouns that follow an institution's name: "Swindon council", "Cheney School". */
const INSTITUTIONS = new Set(['council', 'district', 'borough', 'counti', 'school', 'academi', 'colleg', 'hospit', 'univers', 'trust']);

/** `terms` are the question's analysed terms (`index.terms(question)`), in order. */
export function whyNotAnswered(index: SearchIndex, question: string, terms: readonly string[], answerText: string): UnansweredReason | null {
  if (terms.some((t) => index.kindOf(t) === 'unknown-concept')) return 'unknown-topic';
  if (terms.some((t, i) => index.kindOf(t) === 'unknown' && INSTITUTIONS.has(terms[i + 1] ?? ''))) return 'unknown-institution';
  if (ASKS_FOR_MONEY.test(question) && !STATES_AN_AMOUNT.test(answerText)) return 'no-amount';
  return null;
}

import type { SearchIndex } from '../search/search-index.js';

/*
 * Checks made after search has chosen an entry and before the assistant answers with it.
 * Coverage (the share of the question's words the entry matches) cannot see four ways a
 * question the pack does not answer still matches it well:
 *   - the question names a topic the pack never mentions ("annual leave", "pension
 *     scheme"), but its other words (hub, workers, days) match an entry about something
 *     else; answering would put words in HR's mouth about the one thing asked;
 *   - the question asks for an amount of money ("how much does a nursery place cost?")
 *     and the entry states none: whatever it says, it does not say how much;
 *   - the question asks for another kind of value (how long, how many, which date, what
 *     grade, what phone number or email address, who was appointed) and the entry states
 *     none where it speaks of what was asked: "how long
 *     is the notice period?" matches a passage that sends people to Job Finder "for the
 *     duration of their notice period" and says "1 week" of something else;
 *   - the question is about an institution the pack never names ("Swindon council",
 *     "Cheney School"): the pack's own council, schools and restructure are not that one's.
 */

export type UnansweredReason = 'unknown-topic' | 'no-amount' | 'no-value' | 'unknown-institution';

/**
 * A question asking for an amount of money, not "how much notice" or "how much time": in
 * pounds or pence, a mileage rate, the cap on a week's pay that statutory redundancy pay
 * uses, a budget, or how much something costs, is charged, is spent or comes to per child.
 */
const ASKS_FOR_MONEY =
  /£|\bpounds?\b|\bpence\b|\bmileage rate\b|\b(?:cap|limit|maximum)\b[^.?]*\bweek'?s'? pay\b|\bweekly pay (?:cap|limit)\b|\bwhat(?:'?s| is| are)? the budgets? (?:for|of)\b|\bhow much\b.*\b(?:cost|costs|costing|price|prices|worth|salary|salaries|wage|wages|money|budget|budgets|funding|charge|charged|fee|fees|spend|spent|per (?:child|pupil|head|person|mile))\b/i;
const STATES_AN_AMOUNT = /£\s?\d/;

type ValueKind = 'duration' | 'count' | 'date' | 'grade' | 'phone' | 'email' | 'person';

const NUMBER = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a|an|half|several|few)`;
// "may" is a month only beside a day or a year: "staff may apply" names no date.
const MONTH = String.raw`(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|\d{1,2}(?:st|nd|rd|th)? may|may \d{1,4})\b`;

/**
 * A question that asks whether, not what: "for temps, does it matter how long they've been
 * in post?" is answered by yes or no and why, not by a length of time.
 */
const YES_NO = /(?:^|[,;:.?!]\s*)(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|had)\b[^,;:.?!]*\bhow (?:long|many|big)\b/i;

/** What a question asks for, tried in this order: "how many weeks" asks for a length of time, not a count. */
const ASKS_FOR: readonly (readonly [ValueKind, RegExp])[] = [
  ['duration', /\bhow long\b|\bhow many (?:more )?(?:weeks|days|months|years|yrs|hours|hrs)\b|\bfor how many\b/i],
  ['count', /\bhow many\b|\bnumber of\b|\bhow big\b/i],
  ['date', /\b(?:what|which|exact|actual|the) (?:date|day)s?\b|\bdates?\b|\bwhen exactly\b|\bwhat time\b|\bopening (?:times?|hours)\b/i],
  ['grade', /\b(?:what|which) grade\b/i],
  // Who holds a post or won something: a name is the answer. "Who reads the responses?" may be answered by a team.
  ['person', /\bwho(?:'s| has| have)? (?:got|been appointed|was appointed|won|is going to (?:chair|lead|head|run))\b|\bnames? of (?:the|our|my)\b/i],
  ['phone', /\b(?:phone|telephone|tel|mobile)\b|\bnumber (?:to|for) (?:ring|call)\b|\bcontact number\b/i],
  // An address, not "if I email my views" or "I lost the email".
  ['email', /\be-?mail address(?:es)?\b|\bwhat(?:'s|s| is)? (?:the|their|his|her|an?) e-?mail\b|\be-?mail (?:for|of)\b/i],
];

/** Dates and times, taken out before looking for a count: "21 February at 10.30" counts nothing. */
const DATE_OR_TIME = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)? ${MONTH}|\b${MONTH} \d{1,4}\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b|\b(?:19|20)\d\d\b`, 'gi');

/**
 * How an answer states each kind. A length of time may be given as the day it ends ("by
 * the end of April") or the days it runs between ("starts on 1 February and closes on
 * 4 April").
 */
const STATES: Record<ValueKind, RegExp> = {
  duration: new RegExp(
    String.raw`\b${NUMBER}[\s-]+(?:weeks?|days?|months?|years?|hours?|yrs?)\b|\b(?:weekly|monthly|annual|annually|until)\b|\b(?:by|before|from) (?:the end of )?(?:\d{1,2}(?:st|nd|rd|th)? )?${MONTH}|\b${MONTH}.*\b${MONTH}`,
    'i',
  ),
  count: new RegExp(String.raw`\b${NUMBER}\b`, 'i'),
  grade: /\bG\d{1,2}\b|\bgrade \d{1,2}\b/i,
  person: /\b[A-Z][a-z]+ [A-Z][a-z]+(?: [A-Z][a-z]+)?\b/,
  date: new RegExp(String.raw`\b${MONTH}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b|\b(?:19|20)\d\d\b`, 'i'),
  phone: /\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b\d{5,6}\b/,
  email: /[\w.+-]+@[\w-]+\.[\w.-]+/,
};

/** Analysed (stemmed) nouns that follow an institution's name: "Swindon council", "Bucks CC", "Cheney School". */
const INSTITUTIONS = new Set(['council', 'cc', 'district', 'borough', 'counti', 'school', 'academi', 'colleg', 'hospit', 'univers', 'trust']);

/**
 * `terms` are the question's analysed terms (`index.terms(question)`), in order;
 * `matchedTerms` those the chosen entry matched.
 */
export function whyNotAnswered(
  index: SearchIndex,
  question: string,
  terms: readonly string[],
  answerText: string,
  matchedTerms: readonly string[],
): UnansweredReason | null {
  if (terms.some((t) => index.kindOf(t) === 'unknown-concept')) return 'unknown-topic';
  if (terms.some((t, i) => index.kindOf(t) === 'unknown' && INSTITUTIONS.has(terms[i + 1] ?? ''))) return 'unknown-institution';
  if (ASKS_FOR_MONEY.test(question) && !STATES_AN_AMOUNT.test(answerText)) return 'no-amount';
  const asked = YES_NO.test(question) ? undefined : ASKS_FOR.find(([, pattern]) => pattern.test(question))?.[0];
  if (asked !== undefined && !statesValue(index, asked, terms, answerText, matchedTerms)) return 'no-value';
  return null;
}

/**
 * Whether the answer states a value in a sentence about what was asked: one that names the
 * weightiest topic of the question that the answer's text uses. Words the entry matched
 * only in its FAQ phrasings are not looked for in the answer's sentences; with none left
 * the value may be anywhere in the answer.
 */
function statesValue(index: SearchIndex, kind: ValueKind, terms: readonly string[], answerText: string, matchedTerms: readonly string[]): boolean {
  const text = answerText.replace(/\s+/g, ' ');
  const states = (sentence: string) => STATES[kind].test(kind === 'count' ? sentence.replace(DATE_OR_TIME, ' ') : sentence);
  // Each sentence is analysed once; together they give the text's terms, as a phrase never spans two sentences.
  const sentences = text.split(/(?<=[.!?;])\s+/).map((sentence) => ({ sentence, terms: index.terms(sentence) }));
  const inText = new Set(sentences.flatMap((s) => s.terms));
  // Whose phone number or email address: the person or place the question names, which the
  // answer must name too; someone else's number is not theirs.
  const contact = kind === 'phone' || kind === 'email';
  const named = terms.filter((t) => index.kindOf(t) === 'name');
  if (contact && named.some((t) => !inText.has(t))) return false;
  const topic =
    (contact ? named[0] : undefined) ??
    matchedTerms
      .filter((t) => inText.has(t) && (index.kindOf(t) === 'concept' || index.kindOf(t) === 'word'))
      .reduce<string | null>((best, t) => (best === null || index.weightOf(t) > index.weightOf(best) ? t : best), null);
  if (topic === null) return states(text);
  return sentences.some((s) => s.terms.includes(topic) && states(s.sentence));
}

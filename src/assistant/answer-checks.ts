import type { SearchIndex } from '../search/search-index.js';

/*
 * Checks made after search has chosen an entry and before the assistant answers with it.
 * Coverage (the share of the question's words the entry matches) cannot see these ways a
 * question the pack does not answer still matches it well:
 *   - the question names a topic the pack never mentions ("annual leave", "pension
 *     scheme"), but its other words (hub, workers, days) match an entry about something
 *     else; answering would put words in HR's mouth about the one thing asked;
 *   - the question asks for an amount of money ("how much does a nursery place cost?",
 *     "what does a G10 pay per year?") and the entry states none: whatever it says, it
 *     does not say how much;
 *   - the question asks for another kind of value (how long, how many of what, which date
 *     or exact day, when the next one is or when money is paid, what percentage, what
 *     grade, a phone number, email address, postcode or link, who was appointed or picked,
 *     who heads something, which company does something, what a review found) and the
 *     entry states none where it speaks of what was asked:
 *     "how long is the notice period?" matches a passage that sends people to Job Finder
 *     "for the duration of their notice period" and says "1 week" of something else;
 *   - the question is about an institution the pack never names ("Swindon council",
 *     "Cheney School"), another employer ("time I worked at another council") or a
 *     council of another kind than the pack's own ("is Oxford City Council restructuring
 *     too", asked of a county council's pack): the pack's own council, schools and
 *     restructure are not that one's;
 *   - the question asks what a named thing is or consists of ("what counts as exceptional
 *     circumstances?") and the entry only uses its name;
 *   - the question asks when something comes out ("when will the youth justice inspection
 *     report be published") and the entry never names it: the inspection's date is not its
 *     report's; nor is the consultation's closing date the deadline for VR;
 *   - the question asks for a running total ("how many have applied for VR so far"),
 *     which a pack written before the events cannot hold;
 *   - the question asks about travel costs for a trip the job makes (to a briefing, on
 *     home visits) and the entry speaks only of excess travel after a relocation.
 */

export type UnansweredReason = 'unknown-topic' | 'no-amount' | 'no-value' | 'unknown-institution';

/**
 * A question asking for an amount of money, not "how much notice" or "how much time": in
 * pounds or pence, a mileage rate, an hourly rate or a salary, the cap on a week's pay that
 * statutory redundancy pay uses, a budget, or how much something costs, is charged, is
 * spent or comes to per child, what something pays per year or what someone will pay.
 * What someone costs, as a ground for choosing, is not one, and nor is how much redundancy
 * pay comes to, which the pack gives in weeks of pay.
 */
const ASKS_FOR_MONEY =
  /£|\bpounds?\b|\bpence\b|\bmileage rate\b|\b(?:hourly|daily) rate\b|\brates? of pay\b|\bpay rates?\b|\bper hour\b|\bwhat(?:'?s| is| are) the (?:salary|salaries|wage|wages)\b|\b(?:cap|limit|maximum)\b[^.?]*\bweek'?s'? pay\b|\bweekly pay (?:cap|limit)\b|\b(?:cap|limit|maximum)\b[^.?]*\bweekly pay\b|\bwhat(?:'?s| is| are)? the (?:[a-z]+ )?budgets? (?:for|of|per)\b|\b(?:charged?|costs?|rates?) per (?:day|hour|session|visit|head|child|pupil|week|month|year)\b|\b(?:subsistence|overtime|expenses|meal) rates?\b|\bhow much\b[^.?]*\b(?:per|a) (?:year|annum|month|week|hour)\b|\bhow much (?:will|would|do|does|did|should|to) (?:[\w'’-]+ ){0,3}(?<!(?:redundancy|severance|statutory|protected|sick|maternity|holiday|notice) )pa(?:y|id)\b|\bhow much\b(?! (?:you|i|we|they|he|she|someone|people|staff) costs?\b).*\b(?:cost|costs|costing|price|prices|worth|salary|salaries|wage|wages|money|budget|budgets|funding|charge|charged|fee|fees|spend|spent|per (?:child|pupil|head|person|mile))\b/i;
const STATES_AN_AMOUNT = /£\s?\d/;

type ValueKind = 'duration' | 'percentage' | 'count' | 'day' | 'date' | 'grade' | 'phone' | 'email' | 'postcode' | 'link' | 'person' | 'finding';

const NUMERAL = String.raw`\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|half`;
/** A quantity as a length of time may give it: "a week", "several months". */
const NUMBER = String.raw`(?:${NUMERAL}|a|an|several|few)`;
// A count is written as a number, not as "a" or "several": "a separate review" counts no posts.
const COUNT_NUMBER = String.raw`(?:${NUMERAL}|single|both)`;
// "may" is a month only beside a day or a year: "staff may apply" names no date.
const MONTH = String.raw`(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|\d{1,2}(?:st|nd|rd|th)? may|may \d{1,4})\b`;

/**
 * A question that asks whether, not what: "for temps, does it matter how long they've been
 * in post?" is answered by yes or no and why, not by a length of time.
 */
const YES_NO = /(?:^|[,;:.?!]\s*)(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|had)\b[^,;:.?!]*\bhow (?:long|many|big)\b/i;

/**
 * What a named thing is or is made of ("what counts as exceptional circumstances", "what
 * exactly are the key service manager competencies", "what are the six tests", "can I see
 * the list of the competencies"): a pack may name the thing without saying what it is, so
 * the answer must say it, with the thing as the subject ("the competencies are ...",
 * "exceptional circumstances include ..."), not only use its name ("the competencies
 * agreed as part of the Key Service Manager process"). Each way of asking captures the
 * name in a group of its own.
 */
const ASKS_WHAT_IT_IS =
  /\bwhat counts as (?:an? |the )?([a-z][a-z\s'’-]*)|\bwhat exactly (?:are|is) (?:the |an? )?([a-z][a-z\s'’-]*)|\bwhat (?:are|were) the (?:two|three|four|five|six|seven|eight|nine|ten|\d+) ([a-z][a-z\s'’-]*)|\bwhat(?:'s|s| is) (?:actually |exactly )?in (?:the|a|an|these|those) ([a-z][a-z\s'’-]*)|\b(?:see|get|have|read) (?:the|a) (?:full |actual |whole )?list of (?:the )?([a-z][a-z\s'’-]*)/i;
/** Where the name of the thing asked about ends: "exceptional circumstances | for not relocating". */
const NAME_ENDS = /\s+(?:of|for|in|if|on|they|that|does|do|is|are|was|were|when|to|from|with|and|or|but|so)\b.*$/is;
const SAYS_WHAT_IT_IS = String.raw`\w*\b[^.?!]{0,40}?\b(?:are|include|includes|including|means|mean|covers|cover|consists?)\b`;

/** Whether the answer says what the thing the question asks about is; null when it asks no such thing. */
function saysWhatItIs(question: string, answerText: string): boolean | null {
  const match = ASKS_WHAT_IT_IS.exec(question);
  const phrase = match?.slice(1).find((group) => group !== undefined)?.replace(NAME_ENDS, '').trim();
  const head = phrase?.split(/\s+/).pop();
  if (head === undefined || head.length < 4) return null;
  // The head word's stem, so "competencies" meets "competency" and "circumstances" "circumstance".
  const stem = head.slice(0, Math.max(4, head.length - 3)).replace(/[^a-z]/gi, '');
  return new RegExp(String.raw`\b${stem}${SAYS_WHAT_IT_IS}`, 'i').test(answerText.replace(/\s+/g, ' '));
}

/** What a question asks for, tried in this order: "how many weeks" asks for a length of time, not a count. */
const ASKS_FOR: readonly (readonly [ValueKind, RegExp])[] = [
  ['duration', /\bhow long\b|\bhow many (?:more )?(?:weeks|days|months|years|yrs|hours|hrs)\b|\bfor how many\b|\bhow much (?:notice|time)\b/i],
  ['percentage', /\bwhat (?:percentage|proportion|per ?cent|%)\b|\bhow many per ?cent\b/i],
  // "How many times do we fill it in" asks how often ("at each phase"), not for a count.
  ['count', /\bhow many\b(?! times\b)|\bnumber of\b|\bhow big\b/i],
  // "What exact date in February": the day itself, not the month.
  ['day', /\bexact(?:ly)?\b.{0,12}\b(?:date|day)\b|\b(?:what|which) day\b/i],
  ['date', /\bwhat(?:'?s| is| are) the (?:closing date|deadlines?|cut ?off)\b|\b(?:deadlines?|closing date|cut ?off) (?:for|to)\b|\b(?:what|which|exact|actual|the) (?:date|day)s?\b|\bdates?\b|\bwhen exactly\b|\bwhen(?:'s|s| is| are| will)?\b[^?.,;]{0,30}\bnext\b|\bwhat time\b|\bopening (?:times?|hours)\b|\bwhen (?:will|would|do|does|is|are)\b[^?.,;]{0,40}\b(?:paid|pay out|paid out)\b/i],
  ['grade', /\b(?:what|which)(?: [a-z]+)? grade\b/i],
  // Who holds or heads a post, or which company won or runs something: a name is the answer.
  // "Who reads the responses?" may be answered by a team, "who's our boss meanwhile" by a role;
  // which union rep covers a service is a person.
  ['person', /\bwho(?:'s|s| has| have)? (?:actually |already |now )?(?:got|been appointed|was appointed|won|is going to (?:chair|lead|head|run))\b|\bwho (?:chairs|will chair|'ll chair|is chairing|will be chairing)\b|\bwho sits on\b|\bhas any(?:one|body) been (?:named|appointed|picked|chosen|selected|given)\b|\bwhich (?:company|companies|organisation|organisations|organization|organizations|provider|providers|firm|firms|charity|charities|agency|agencies)\b(?! (?:do|does|can|should|will|would) (?:i|we|you)\b)|\bwho(?:'s| has| have| was| were)? (?:been |already )*(?:picked|chosen|selected|lined up|earmarked|pencilled in|given)\b|\bwho(?: is|'s) it\b|\bwho(?:'s|s| is| will be|'s going to be|s going to be| is going to be)(?: the| our)?(?: current| new| actual)?(?: [\w'’&-]+){0,3}? (?:head|chief|director|manager|lead|leader)s? (?:of|at|for|in)\b|\bnames? of (?:the|our|my)\b|\bwhat(?:'s| is|s) (?:their|his|her) name\b|\bwho(?:'s| is| are)(?: the| our| my)? [\w\s'’]{0,30}\b(?:reps?|representatives?|secretary|secretaries|chair|contact)\b|\bwhich (?:[\w'’]+ )?(?:reps?|representatives?)\b/i],
  // "What's the out of hours team number?" asks for a phone number; "the number of posts" is a count, asked for above.
  // "Can't find it on my phone" names the device someone reads on, not a number they want.
  ['phone', /(?<!\b(?:my|on|by|from|via|over) )\b(?:phone|telephone|tel|mobile)\b|\bnumber (?:to|for) (?:ring|call)\b|\bcontact number\b|\bwhat(?:'?s| is) (?:the|their|his|her) [\w\s'’-]{0,40}\bnumber\b(?! of)/i],
  // An address, not "if I email my views" or "I lost the email".
  ['email', /\be-?mail address(?:es)?\b|\bwhat(?:'s|s| is)? (?:the|their|his|her|an?) e-?mail\b|\be-?mail (?:for|of)\b/i],
  ['postcode', /\bpost ?codes?\b/i],
  // A web address: "link to the consultation doc", "whats the url".
  ['link', /\blinks?\b|\burls?\b|\bweb ?address(?:es)?\b|\bwhat(?:'?s| is) the [\w\s'’-]{0,30}\bweb ?(?:site|page)\b|\bwhich web ?(?:site|page)\b/i],
  // What a review, an inspection or a debate found, or how a decision went ("did Schools Forum
  // go for it in the end"): a pack may name the event and not its findings or outcome.
  ['finding', /\bwhat (?:did|has|have) (?!(?:i|we|you)\b)[^?.,;]{0,60}?\b(?:find|found|say|said|conclude|concluded|show|showed|decide|decided)\b|\bdid\b[^?.;]*\bin the end\b|\bwhat came out of\b|\bwhat (?:were|are) the (?:findings|results|outcomes?|conclusions)\b/i],
];

/**
 * What a count or a length of time is of: the word after "how many" ("how many hay points",
 * "how many of the hubs") or after the unit ("how many weeks notice", "how many weeks of
 * pay"). The answer must state the value beside that word, not beside another topic.
 */
const COUNTED =
  /\bhow many (?:of (?:the|these|those|them) )?(?:(?:weeks|days|months|years|yrs|hours|hrs)(?:'|’)? (?:of )?)?(?!(?:times?|do|does|did|are|is|was|were|will|would|can|could|should|have|has|and|or|but|r|there)\b)([a-z].*)|\bhow long (?:is|are|will|would) (?:the|my|a|an|their|your|his|her) ([a-z].*)|\bhow much (notice\b.*)/i;

/**
 * A count as it stands today ("how many have applied for VR so far") or as it stood in an
 * earlier round ("how many took VR last time"): a consultation pack is written before the
 * events it describes and about this round, so no entry in it holds either.
 */
const RUNNING_TOTAL = /\bhow many\b.*\b(?:so far|to date|up to now|until now|at the moment|right now|last time|last year|in the past|historically|previous (?:restructures?|rounds?|times?))\b|\bhow many\b.*\b(?:have|has) (?:come in|been received|been submitted|been sent in|been put in)\b/i;

/**
 * Travel costs for a trip the job makes ("mileage for driving to the Wantage briefing",
 * "claim mileage for home visits"): the excess travel a relocation brings is another
 * matter, so the answer must speak of that trip and its cost together.
 */
const TRAVEL_COST = /\b(?:mileage|expenses|travel|petrol|fuel|parking)\b/i;
const TRIP =
  /\b(?:mileage|expenses|travel costs?|petrol|fuel)\b.{0,40}?\b(briefings?|interviews?|training|workshops?|meetings?|sessions?|visits?|focus groups?)\b|\b(?:to|for) (?:the |a |an )?(?:\w+ )?(briefings?|interviews?|training|workshops?|meetings?|sessions?|visits?)\b.{0,40}?\b(?:mileage|expenses|travel costs?)\b/i;

/**
 * A count of people ("how many people fit in the hall"): "people" says little as a topic,
 * but the count must still be of people, staff or posts, not of sessions or venues.
 */
const COUNTS_PEOPLE = /\bhow many (?:people|ppl|persons?|of us)\b/i;
const PEOPLE = /\b(?:people|staff|employees|persons|posts?|workers?|managers?|officers?|members|leaders?|practitioners?|psychologists?|roles?|jobs?)\b/i;

/** Numbers that name, not count: "Option 1", "Tier 4", "G12", "section 5.2" answer no "how many". */
const LABEL_NUMBER = /\b(?:options?|tiers?|phases?|sections?|appendix|appendices|levels?|stages?|grades?|steps?|annex|toolkit|g)\s?\d+(?:\.\d+)*\b/gi;

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
  percentage: /\d\s?%|\bper ?cent\b|\bhalf\b|\bquarter\b|\bthird\b/i,
  count: new RegExp(String.raw`\b${COUNT_NUMBER}\b`, 'i'),
  grade: /\bG\d{1,2}\b|\bgrade \d{1,2}\b/i,
  day: new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)? ${MONTH}|\b${MONTH} \d{1,2}(?:st|nd|rd|th)?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{4}-\d{2}-\d{2}\b`, 'i'),
  // A run of capitalised words; whether it is a person's name and not a post or a place is checked by personNamed.
  person: /\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b/g,
  date: new RegExp(String.raw`\b${MONTH}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b|\b(?:19|20)\d\d\b`, 'i'),
  phone: /\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b\d{5,6}\b/,
  email: /[\w.+-]+@[\w-]+\.[\w.-]+/,
  postcode: /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/,
  link: /\bhttps?:\/\/|\bwww\./i,
  // "recommendations arising from the planned inspection" is not what it found.
  finding: /\b(?:findings?|found|identified|concluded|showed|shown|agreed|told us|highlighted)\b/i,
};

/**
 * A word written straight before an institution's noun ("Swindon council", "Bucks CC",
 * "Cheney School", "District" in "West Oxfordshire District Council"), with the word before
 * it, so a phrase ending in it is read whole ("ring fences council wide" names no council
 * called "fences"). A determiner is no name: "inside the council" names no other council,
 * and in "the NHS or is it council jobs" no name comes before "council".
 */
const NAMED_INSTITUTION =
  /(?:\b([a-z'’-]+)\s+)?\b(?!(?:the|a|an|our|my|your|their|this|that|each|every|any|other|same|whole|local)\b)([a-z'’-]+)(?=\s+(?:council|councils|cc|district|borough|county|school|academy|college|hospital|university|trust)\b)/gi;

/** Another employer ("time I worked at another council"): the pack's rules are its own council's. */
const OTHER_EMPLOYER = /\b(?:another|other|previous|different|(?:my|a) (?:old|last|former)) (?:councils?|local authorit(?:y|ies)|employers?)\b/i;

/**
 * A kind of council ("Oxford City Council", "the district councils"): one of another kind
 * than the pack's own organisation (a county council) is another employer.
 */
const KIND_OF_COUNCIL = /\b(city|district|borough|county|town|parish|metropolitan|unitary) councils?\b/gi;

function namesAnotherKindOfCouncil(question: string, organisation: string): boolean {
  const own = organisation.toLowerCase();
  return [...question.matchAll(KIND_OF_COUNCIL)].some(([, kind]) => !own.includes(`${(kind ?? '').toLowerCase()} council`));
}

/**
 * `terms` are the question's analysed terms (`index.terms(question)`), in order;
 * `matchedTerms` those the chosen entry matched; `organisation` the pack's own
 * ("Oxfordshire County Council").
 */
export function whyNotAnswered(
  index: SearchIndex,
  question: string,
  terms: readonly string[],
  answerText: string,
  matchedTerms: readonly string[],
  organisation: string,
): UnansweredReason | null {
  if (namesUnknownTopic(index, terms)) return 'unknown-topic';
  if (OTHER_EMPLOYER.test(question) || namesAnotherKindOfCouncil(question, organisation)) return 'unknown-institution';
  if (namesUnknownInstitution(index, question)) return 'unknown-institution';
  if (ASKS_FOR_MONEY.test(question) && !STATES_AN_AMOUNT.test(answerText)) return 'no-amount';
  if (RUNNING_TOTAL.test(question)) return 'no-value';
  if (saysWhatItIs(question, answerText) === false) return 'no-value';
  if (datesWhatIsAsked(index, question, answerText) === false) return 'no-value';
  const tripMatch = TRIP.exec(question);
  const trip = tripMatch?.[1] ?? tripMatch?.[2];
  if (trip !== undefined && !saysTogether(answerText, TRAVEL_COST, new RegExp(String.raw`\b${trip.replace(/s$/i, '')}`, 'i'))) return 'no-value';
  const asked = YES_NO.test(question) ? undefined : ASKS_FOR.find(([, pattern]) => pattern.test(question))?.[0];
  if (asked !== undefined && !statesValue(index, asked, question, terms, answerText, matchedTerms)) return 'no-value';
  return null;
}

/** Whether the question's terms name a topic the lexicon knows and the pack never covers ("pension", "annual leave"). */
export function namesUnknownTopic(index: SearchIndex, terms: readonly string[]): boolean {
  return terms.some((t) => index.kindOf(t) === 'unknown-concept');
}

/**
 * Whether the answer states a value in a sentence about what was asked: one that names the
 * weightiest topic of the question that the answer's text uses. Words the entry matched
 * only in its FAQ phrasings are not looked for in the answer's sentences; with none left
 * the value may be anywhere in the answer.
 */
function statesValue(index: SearchIndex, kind: ValueKind, question: string, terms: readonly string[], answerText: string, matchedTerms: readonly string[]): boolean {
  const text = answerText.replace(/\s+/g, ' ');
  const ofPeople = kind === 'count' && COUNTS_PEOPLE.test(question);
  const states = (sentence: string) =>
    kind === 'person'
      ? personNamed(index, sentence)
      : STATES[kind].test(kind === 'count' ? sentence.replace(DATE_OR_TIME, ' ').replace(LABEL_NUMBER, ' ') : sentence) && (!ofPeople || PEOPLE.test(sentence));
  // Each sentence is analysed once; together they give the text's terms, as a phrase never spans two sentences.
  const sentences = sentencesOf(text).map((sentence) => ({ sentence, terms: index.terms(sentence) }));
  const inText = new Set(sentences.flatMap((s) => s.terms));
  // Whose phone number, email address or postcode: the person, place or service the question names
  // ("the job finder team"), which the answer must name too; someone else's number is not
  // theirs. A common word ("the restructure") names no one.
  const contact = kind === 'phone' || kind === 'email' || kind === 'postcode';
  const named = terms.filter((t) => index.kindOf(t) === 'name');
  const namesSomeone = (t: string) => index.kindOf(t) === 'name' || (index.kindOf(t) === 'concept' && !index.isCommon(t));
  if (contact && terms.some((t) => namesSomeone(t) && !inText.has(t))) return false;
  const counted = kind === 'count' || kind === 'duration' ? countedTerm(index, question) : null;
  // A count of something the pack never mentions ("how many hay points") is not in it.
  if (counted !== null && (index.kindOf(counted) === 'unknown' || index.kindOf(counted) === 'unknown-concept')) return false;
  // How long something lasts that the answer never names ("how long is the notice period",
  // answered by how long service must be) is not in it.
  if (kind === 'duration' && counted !== null && !inText.has(counted)) return false;
  // The topics the entry matched that its answer's text uses.
  const shared = matchedTerms.filter((t) => inText.has(t) && (index.kindOf(t) === 'concept' || index.kindOf(t) === 'word'));
  const topic =
    (contact ? named[0] : undefined) ??
    // Staff's own short forms ("TLs", "ed psychs") may not be the answer's words: then the weightiest topic it shares decides.
    (counted !== null && inText.has(counted) ? counted : undefined) ??
    shared.reduce<string | null>((best, t) => (best === null || index.weightOf(t) > index.weightOf(best) ? t : best), null);
  if (topic === null) return states(text);
  // "School improvement officers - how many and who directs their work": the count names no
  // noun, so a count beside any topic the answer shares with the question will do.
  const topics = kind === 'count' && counted === null ? shared : [topic];
  return sentences.some((s) => topics.some((t) => s.terms.includes(t)) && states(s.sentence));
}

/**
 * A number and the words after it, up to the first that ends a noun phrase: what it counts
 * ("seven hubs", "10 Community Hub Workers"). One is left out: "manage one hub" says "a hub".
 */
const NUMBER_AND_NOUN = new RegExp(String.raw`\b(?!(?:one|1|single)\b)(?:${COUNT_NUMBER})\b((?:\s+\(?[a-z'’-]+\)?){1,4})`, 'gi');
/** Words that end a noun phrase: "hubs r there", "posts in the new structure", "workers and 7". */
const ENDS_NOUN_PHRASE = /^(?:are|r|is|was|were|will|would|do|does|did|can|could|should|have|has|had|there|in|on|at|for|of|per|each|and|or|but|with|across|to|be|being|going|gonna|the|a|an|we|they|you|i|he|she|it|who|which|that|this|these|those|altogether|overall|total|now|then)$/i;

/** The terms of the noun phrase `words` start with, light words left out ("EI hubs r there" gives earlyintervention, hub). */
function nounPhraseTerms(index: SearchIndex, words: string): string[] {
  const phrase: string[] = [];
  for (const word of words.trim().split(/\s+/)) {
    const bare = word.replace(/[()]/g, '');
    if (ENDS_NOUN_PHRASE.test(bare)) break;
    phrase.push(bare);
  }
  return index.terms(phrase.join(' ')).filter((term) => index.kindOf(term) !== 'light');
}

/** The thing a noun phrase names: its last term ("EI hubs" names hubs, "Community Hub Workers" workers). */
function headOf(index: SearchIndex, words: string): string | null {
  const terms = nounPhraseTerms(index, words);
  return terms[terms.length - 1] ?? null;
}

/**
 * Whether the answer gives a number right before the thing a "how many" question counts
 * ("how many EI hubs": "seven hubs", not "70 Community Hub Workers"), or null when the
 * question is no such count. Entries that match a short question equally well ("how many
 * hubs" matches every entry about hubs) are told apart by this: the one that counts the
 * hubs answers it.
 */
export function countsWhatIsAsked(index: SearchIndex, question: string, answerText: string): boolean | null {
  if (YES_NO.test(question) || ASKS_FOR.find(([, pattern]) => pattern.test(question))?.[0] !== 'count') return null;
  const rest = COUNTED.exec(question)?.[1];
  const counted = rest === undefined ? null : headOf(index, rest);
  if (counted === null) return null;
  const text = answerText.replace(/\s+/g, ' ').replace(DATE_OR_TIME, ' ').replace(LABEL_NUMBER, ' ');
  return [...text.matchAll(NUMBER_AND_NOUN)].some(([, after]) => headOf(index, after ?? '') === counted);
}

/** "When will the youth justice inspection report come out": the thing whose publication is asked about. */
const WHEN_PUBLISHED =
  /\bwhen(?:'s|s)?(?: (?:will|is|are|does|do|would|should|might|could))? (?:the |a |an |our |my |their |this |that |these |those )?([a-z][a-z'’ -]*?) (?:(?:be|get|gets|meant to|supposed to|going to|gonna|due to) )*(?:published|publicised|come out|coming out|comes out|released|announced|out|available|made available|issued|circulated)\b/i;

/** "What's the deadline for VR applications": the thing whose deadline is asked for. */
const DEADLINE_FOR = /\b(?:deadlines?|closing dates?|cut ?off(?: dates?| points?)?) (?:for|to|on) (?:the |a |an |my |our |your |their )?([a-z][a-z'’ -]*)/i;

/**
 * Whether the answer names the thing a "when will X come out" question asks about: the
 * inspection's date is not its report's, nor a structure's date an org chart's unless the
 * answer says they are one. Null when the question asks no such thing.
 */
function datesWhatIsAsked(index: SearchIndex, question: string, answerText: string): boolean | null {
  const published = WHEN_PUBLISHED.exec(question)?.[1];
  if (published === undefined) {
    // Staff name what they send in by a deadline in many ways ("comments", "responses",
    // "views"): a deadline is checked only for named topics of the lexicon (VR, the
    // preference sheet), one of which the answer must name.
    const due = DEADLINE_FOR.exec(question)?.[1];
    const topics = due === undefined ? [] : nounPhraseTerms(index, due).filter((term) => index.kindOf(term) === 'concept');
    if (topics.length === 0) return null;
    const inAnswer = new Set(index.terms(answerText));
    return topics.some((topic) => inAnswer.has(topic));
  }
  const head = headOf(index, published);
  if (head === null || index.kindOf(head) === 'name') return null;
  return index.terms(answerText).includes(head);
}

/** Whether a word the pack never uses names a council, school, college or trust in the question. */
function namesUnknownInstitution(index: SearchIndex, question: string): boolean {
  return [...question.matchAll(NAMED_INSTITUTION)].some(([, before, name]) => {
    const terms = index.terms(`${before ?? ''} ${name ?? ''}`);
    const last = terms[terms.length - 1];
    return last !== undefined && index.kindOf(last) === 'unknown' && index.terms(name ?? '').includes(last);
  });
}

/** The term a count or a length of time is of, when the question names one that is not a light word ("people", "way"). */
function countedTerm(index: SearchIndex, question: string): string | null {
  const match = COUNTED.exec(question);
  const rest = match?.[1] ?? match?.[2] ?? match?.[3];
  if (rest === undefined) return null;
  // The words after it are analysed together, so a phrase ("ed psychs") is found as its concept.
  const term = index.terms(rest)[0];
  return term === undefined || index.kindOf(term) === 'light' ? null : term;
}

/** Words in capitalised runs that make them a post, a body or a place, not a person. */
const NOT_A_PERSON =
  /^(?:Director|Deputy|Head|Manager|Managers|Officer|Officers|Lead|Leader|Leaders|Worker|Workers|Secretary|Secretaries|Chair|Adviser|Advisers|Coordinator|Consultant|Assistant|Partner|Partners|Representative|Representatives|Team|Teams|Service|Services|Unit|Board|Branch|Council|Directorate|Partnership|Association|Union|Unions|Centre|Centres|Hall|Park|Road|Street|Square|House|School|Schools|City|County|Green)$/;

/**
 * Whether a sentence names a person: a run of two or three capitalised words (Liz
 * Franklin, Tim Barnett), none of them a post's, body's or place's word, and one of them
 * a word the pack writes only capitalised or never writes elsewhere. "Deputy Director",
 * "Branch Secretaries" and "Educational Transformation Manager" are capitalised too, but
 * they are posts.
 */
function personNamed(index: SearchIndex, sentence: string): boolean {
  return [...sentence.matchAll(STATES.person)].some(([run]) => {
    const words = run.split(' ');
    if (words.length > 3 || words.some((w) => NOT_A_PERSON.test(w))) return false;
    return index.terms(run).some((t) => index.kindOf(t) === 'name' || index.kindOf(t) === 'unknown');
  });
}

/** Whether one sentence of the text matches both patterns. */
function saysTogether(text: string, first: RegExp, second: RegExp): boolean {
  return sentencesOf(text).some((sentence) => first.test(sentence) && second.test(sentence));
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+/);
}

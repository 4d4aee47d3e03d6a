/**
 * Facts for a redundancy pay estimate that people type into a question: "I'm 45 and have
 * worked here 12 years on £520 a week". A wrong figure gives a confident wrong sum, so
 * this reads only what is said plainly: a number needs a word that says what it is
 * ("aged", "years' service", "a week"), a bound ("over 10 years", "need 2 years' service")
 * is not a value, and two different values for one fact leave it unknown. Unknown facts
 * are asked for, which costs the person one more message; a guess costs far more.
 */

export interface PayFacts {
  age?: number;
  completeYears?: number;
  /** Gross pounds a week, as said or as `annualSalary / 52` rounded to pennies. */
  weeklyPay?: number;
  /** Present only when weeklyPay was worked out from it, so the reply can say so. */
  annualSalary?: number;
}

export function parsePayFacts(text: string): PayFacts {
  const t = text.toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/\s+/g, ' ');
  const facts: PayFacts = {};
  const age = single(findAges(t));
  if (age !== undefined) facts.age = age;
  const years = single(findServiceYears(t));
  if (years !== undefined) facts.completeYears = years;
  Object.assign(facts, pay(t));
  return facts;
}

// Words just before a number that make it a bound or a rule, not the person's own figure:
// "over 10 years", "need 2 years' service", "retirement age 65". Such a number is skipped.
const BOUND_WORDS = new Set([
  'over', 'under', 'than', 'least', 'nearly', 'almost', 'up', 'need', 'needs', 'needed',
  'require', 'requires', 'required', 'minimum', 'maximum', 'after', 'before', 'until', 'within',
  'retirement', 'pension', 'normal',
]);
// For an age also "at age 41", "from age 22": how rules are worded, not how people say their age.
const AGE_BOUND_WORDS = new Set([...BOUND_WORDS, 'at', 'from', 'reach', 'reaches', 'reaching', 'when']);
// Words that offer a second figure: "£520 or maybe £540 a week", "10 to 12 years' service".
// Skipping that figure would leave the other standing, so it makes the whole fact unknown.
const CHOICE_WORDS = new Set(['or', 'to', 'between', 'maybe', 'either', 'perhaps']);
const CHOICE_AFTER = /^\s*(?:or|to|-|–)\s*£?\d/;

type Reading = 'value' | 'skip' | 'ambiguous';

function readBefore(t: string, index: number, bound: ReadonlySet<string> = BOUND_WORDS): Reading {
  // Two words back reaches "need at least", "more than", "or maybe" and no further, so
  // "I want to know, I'm 45" is not read as a bound.
  const words = t.slice(Math.max(0, index - 40), index).split(/[^a-z']+/).filter(Boolean).slice(-2);
  if (words.some((w) => CHOICE_WORDS.has(w))) return 'ambiguous';
  return words.some((w) => bound.has(w)) ? 'skip' : 'value';
}

/** The values read, with NaN for a figure that makes its fact ambiguous. */
function readValues(t: string, found: readonly Found[], bound?: ReadonlySet<string>): number[] {
  const values: number[] = [];
  for (const f of found) {
    const reading = CHOICE_AFTER.test(t.slice(f.end)) ? 'ambiguous' : readBefore(t, f.index, bound);
    if (reading !== 'skip') values.push(reading === 'ambiguous' ? Number.NaN : f.value);
  }
  return values;
}

// After an age: "or over", "+", "and above" make it a rule, as in "staff aged 41 or over".
const RULE_AFTER = /^\s*(?:\+|or (?:over|more|above|under|older|younger)\b|and (?:over|above|under)\b)/;

// An age after "I'm" only when nothing after it makes it another quantity: "I'm 45 and
// have..." is an age, "I'm 45 minutes away" or "I'm 3 and a half years in" is not.
const AGE_FOLLOWS = String.raw`(?=\s*(?:$|[,;!?)]|\.(?!\d)|and\b(?! a half)|with\b|but\b|so\b|now\b|or\b|(?:years?|yrs?)[ -]?old\b|(?:years?|yrs?) of age\b|y\/?o\b|-year-old\b))`;

const AGE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:i'?m|i am|im|and am)\s+(?:a\s+|now\s+)?(\d{1,3})${AGE_FOLLOWS}`, 'g'),
  /\b(?:my age is|aged?\s*[:=]?)\s*(\d{1,3})\b(?!\.\d)/g,
  /\bi turned (\d{1,3})\b(?!\.\d)/g,
  /(?<![\w£.,])(\d{1,3})\s*(?:(?:years?|yrs?)[ -]?old|-year-old|(?:years?|yrs?) of age|y\/?o)\b/g,
];

function findAges(t: string): number[] {
  const found = matches(t, AGE_PATTERNS).filter(({ end }) => !RULE_AFTER.test(t.slice(end)));
  return readValues(t, found, AGE_BOUND_WORDS);
}

const YEARS = String.raw`(\d{1,2}(?:\.\d+)?)\s*(?:full\s+|complete\s+|whole\s+)?(?:years?|yrs?)'?`;
// Service with this employer, not a career: "worked in social care for 20 years" may span employers.
const EMPLOYER = String.raw`(?:here|(?:for|with|at|in)\s+(?:the\s+|this\s+)?(?:[a-z]+\s+){0,2}?(?:council|authority|occ|organisation|organization|directorate))`;

const SERVICE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\w£.,])${YEARS}\s*(?:of\s+)?(?:continuous\s+|unbroken\s+|local government\s+)?(?:service|employment)\b`, 'g'),
  new RegExp(String.raw`\b(?:worked|been|employed|working)\s+${EMPLOYER}\s+(?:for\s+)?${YEARS}`, 'g'),
  new RegExp(String.raw`(?<![\w£.,])${YEARS}\s+${EMPLOYER}`, 'g'),
  new RegExp(String.raw`\b(?:length of service|service)\s*(?:is|of|:|=)?\s*${YEARS}`, 'g'),
];

function findServiceYears(t: string): number[] {
  // "12.5 years" has 12 complete years; that is arithmetic, not a guess.
  return readValues(t, matches(t, SERVICE_PATTERNS)).map(Math.floor);
}

interface Found {
  readonly value: number;
  /** Where the number starts and where the whole phrase ends. */
  readonly index: number;
  readonly end: number;
}

function matches(t: string, patterns: readonly RegExp[]): Found[] {
  const found: Found[] = [];
  for (const pattern of patterns) {
    for (const m of t.matchAll(pattern)) {
      const digits = m[1] ?? '';
      const start = (m.index ?? 0) + m[0].indexOf(digits);
      found.push({ value: Number(digits), index: start, end: (m.index ?? 0) + m[0].length });
    }
  }
  return found;
}

/** The one value stated, or undefined when none or different ones were. */
function single(values: readonly number[]): number | undefined {
  if (values.some(Number.isNaN)) return undefined;
  return new Set(values).size === 1 ? values[0] : undefined;
}

// Amounts: "£520", "£1,200.50", "31k", "£28K", "520 pounds"; millions are budgets, not pay.
const MONEY =
  /(?<![\w.,£])(£\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?(?:\s?(k|thousand)\b)?(\s?(?:m|mn|million|bn|billion)\b)?(\s?pounds\b)?/g;

const PERIOD_PREFIX = String.raw`^\s*(?:gross\s+)?`;
const WEEK_AFTER = new RegExp(`${PERIOD_PREFIX}(?:(?:a|per|each|every|\\/)\\s*(?:week|wk)\\b|\\/\\s*w\\b|p\\/w\\b|p\\.?\\s?w\\b\\.?|weekly\\b)`);
const YEAR_AFTER = new RegExp(`${PERIOD_PREFIX}(?:(?:a|per|each|every|\\/)\\s*(?:year|yr|annum)\\b|p\\.?\\s?a\\b\\.?|annually\\b|yearly\\b)`);
// A month, hour or day figure needs a conversion nobody asked for.
const OTHER_AFTER = new RegExp(
  `${PERIOD_PREFIX}(?:(?:a|an|per|each|every|\\/)\\s*(?:month|mth|hour|hr|day)\\b|p\\.?\\s?c\\.?\\s?m\\b|p\\.?\\s?[hm]\\b|monthly\\b|hourly\\b|daily\\b)`,
);
const APPROX = String.raw`(?:about|around|roughly|approx\.?|approximately|circa|c\.)?\s*`;
const WEEK_BEFORE = new RegExp(`(?:weekly|week's|a week)\\s+(?:gross\\s+)?(?:pay|wage|wages|salary|earnings)\\s*(?:is|of|was|:|=)?\\s*${APPROX}$`);
const YEAR_BEFORE = new RegExp(`(?:(?:annual|yearly|basic|gross)\\s+)?(?:salary|annual pay|annual wage)\\s*(?:is|of|was|:|=)?\\s*${APPROX}$`);
// Redundancy pay is worked out on gross actual pay: take-home pay would understate the sum,
// and a full-time-equivalent ("pro rata") salary is not what a part-timer is paid.
const NET_AFTER = /^[^.;!?,]{0,16}\b(?:net|after tax|take[- ]home|pro[- ]rata|fte|full[- ]time)\b/;
const NET_BEFORE = /(?:\b(?:take[- ]home|net|after tax)\b|\b(?:full[- ]time|fte)(?: equivalent)? (?:salary|pay|rate)\b)[^.;!?]*$/;
const PAY_WORD_BEFORE = /\b(?:earn|earns|earning|earnings|paid|pay|salary|wage|wages)\b[^.;!?]{0,20}$/;

function pay(t: string): Pick<PayFacts, 'weeklyPay' | 'annualSalary'> {
  const weekly: number[] = [];
  const annual: number[] = [];
  let choice = false;
  for (const m of t.matchAll(MONEY)) {
    const [, poundSign, whole = '', pence = '', thousands, millions, poundsWord] = m;
    const index = m.index ?? 0;
    const before = t.slice(Math.max(0, index - 40), index);
    const after = t.slice(index + m[0].length);
    if (millions || NET_BEFORE.test(before) || NET_AFTER.test(after) || OTHER_AFTER.test(after)) continue;
    const exact = (Number(whole.replace(/,/g, '')) + Number(pence || 0)) * (thousands ? 1000 : 1);
    const amount = Math.round(exact * 100) / 100; // 28.3k is 28299.999... in binary
    if (!(amount > 0)) continue;
    const period = WEEK_AFTER.test(after) ? 'week' : YEAR_AFTER.test(after) ? 'year' : WEEK_BEFORE.test(before) ? 'week' : YEAR_BEFORE.test(before) ? 'year' : null;
    // A bare number is money only with a period and a pay word: "I earn 520 a week", not
    // "meetings 2 a week"; "37 hours a week" never matches ("hours" sits in between).
    const isMoney = Boolean(poundSign || thousands || poundsWord) || (period !== null && PAY_WORD_BEFORE.test(before));
    if (!isMoney) continue;
    const reading = CHOICE_AFTER.test(after) ? 'ambiguous' : readBefore(t, index);
    // One of two figures, whichever has the period: "£520 or £540 a week", "£520 a week or £540".
    if (reading === 'ambiguous') choice = true;
    if (reading !== 'value' || period === null) continue;
    (period === 'week' ? weekly : annual).push(amount);
  }
  const week = single(weekly);
  const year = single(annual);
  // Two figures, or one offered as a choice: the person has to say which.
  if (choice || (weekly.length > 0 && week === undefined) || (annual.length > 0 && year === undefined)) return {};
  if (week !== undefined && year !== undefined) {
    // Both said: fine if they agree (within 2%, "about £27k a year"), unknown if they do not.
    return Math.abs(year / 52 - week) <= week * 0.02 ? { weeklyPay: week } : {};
  }
  if (week !== undefined) return { weeklyPay: week };
  if (year !== undefined) return { weeklyPay: Math.round((year / 52) * 100) / 100, annualSalary: year };
  return {};
}

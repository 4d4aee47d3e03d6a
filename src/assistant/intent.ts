import type { Intent } from './reply.js';

/**
 * Personal questions are answered from the pack's data, so routing must recognise them
 * in staff's own words. Patterns run on lower-cased text with straight quotes; a question
 * that is not clearly about the asker is a general question and goes to search.
 */
const FIRST_PERSON = /\b(i|i'm|im|i've|ive|me|my|mine|myself)\b/;

const PATTERNS: readonly [Exclude<Intent, 'general'>, RegExp][] = [
  ['my-team', /\b(my|our) (team|staff|direct reports?|reports|team members|people|managees)\b|\bpeople i (manage|line manage)\b|\bwho (do i|i) manage\b/],
  [
    'pay-estimate',
    /\b(how much|what|roughly|estimate|calculat\w*|entitled|would i get|will i get|worth)\b.*\b(redundancy|vr|severance|payout|pay ?off|package)\b|\b(redundancy|redundant|vr|severance|payout|pay ?off)\b.*\b(how much|(what|how much) (would|will|do|could) i (get|receive))\b|\b(redundancy|severance) (pay|payment|money|package|sum|amount)\b.*\b(i|me|my)\b|\bmy (redundancy|severance) (pay|payment|money|package|figure|sum|amount|entitlement|estimate)\b/,
  ],
  [
    'my-ring-fences',
    /\b(ring[- ]?fenc\w*|pools?|slot(?:ted|ting)? in(?:to)?|assimilat\w*)\b|\bwhich (new )?(jobs?|posts?|roles?|positions?) (can|could|should|do|am) i\b|\bwhat (new )?(jobs?|posts?|roles?|positions?) (can|could|should) i\b|\bwhat can i apply for\b/,
  ],
  [
    'my-deadlines',
    /\b(deadlines?|due|interviews?|preference (sheet|form)s?|key dates?|dates?|timeline|timetable|next steps?|what (do|should|must) i (need to )?do|coming up|(have|got) (i )?(got )?(to do|on)|what happens next for me|when (is|are|do|will|should|must) (my|i))\b/,
  ],
  [
    'my-status',
    /\b(my (job|post|role|position|status)|am i (at risk|affected|safe|ok|okay|being made redundant|going to be made redundant|redundant|displaced|losing)|will i (lose|keep|be made redundant|still have)|what('s| is)? (happens|happening|going to happen|will happen) to me|where do i stand|how am i affected|is my (job|post|role|position))\b/,
  ],
];

/**
 * "Do I still get my redundancy money if I turn a job down?" asks what the rules say, not
 * how much: a question that sets a condition or asks about keeping or losing the payment,
 * without asking for an amount, is a general question and is answered from the policy.
 */
const ASKS_A_RULE = /\b(still|lose|losing|lost|keep|forfeit|what if|what happens if|if (i|i'm|im|they|you|the|my|it))\b/;
const ASKS_AN_AMOUNT = /\b(how much|how many weeks|(what|how much) (would|will|do|could|should) i (get|receive)|estimate|calculat\w*|roughly|ballpark|work(ed)? (it|this|that) out)\b|£/;

export function normaliseQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The intent of a question. A personal pattern only counts when the question speaks in
 * the first person ("When is the consultation closing?" is general; "When is my
 * interview?" is personal); "my team" needs no other marker.
 */
export function detectIntent(question: string): Intent {
  const text = normaliseQuestion(question);
  const firstPerson = FIRST_PERSON.test(text);
  for (const [intent, pattern] of PATTERNS) {
    if (!pattern.test(text)) continue;
    if (intent === 'pay-estimate' && ASKS_A_RULE.test(text) && !ASKS_AN_AMOUNT.test(text)) continue;
    if (intent === 'my-team' || firstPerson) return intent;
  }
  return 'general';
}

/** Help and greetings get the help text, not a search. */
export function isHelpRequest(question: string): boolean {
  return /^(help|hi|hello|hey|what can you do|what do you do|how do(es)? (this|it) work|commands)[\s!?.]*$/.test(normaliseQuestion(question));
}

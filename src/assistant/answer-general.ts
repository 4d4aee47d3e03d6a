import type { ContentPack } from '../content/types.js';
import type { SearchHit, SearchIndex } from '../search/search-index.js';
import { countsWhatIsAsked, whyNotAnswered } from './answer-checks.js';
import { hrContactsText } from './hr-contacts.js';
import type { Intent, Reply, Source } from './reply.js';
import { faqSource, policySource, sectionSource, uniqueSources } from './sources.js';

/**
 * Below this share of the question's meaning covered by the chosen source (see
 * src/search/term-weights.ts), the assistant says it does not know. Half: a source must
 * cover at least as much of the question as it leaves uncovered. Checked with `npm run
 * eval`; raising it loses staff's own wording of in-scope questions faster than it
 * catches more of the questions the pack cannot answer.
 */
export const CONFIDENCE_THRESHOLD = 0.5;

/**
 * An FAQ whose own question matches, and which covers nearly as much of the question as
 * the best hit, wins over a passage or rule: HR wrote it to be the answer. "Nearly" is
 * this much less of the question's meaning.
 */
const FAQ_MARGIN = 0.05;

/**
 * When the assistant abstains but its best entry covers at least this share of the
 * question, in all or in what the entry answers (its FAQ question and variants, title or
 * heading), it names that entry, so someone who asked in words the pack does not use can
 * ask again in the pack's; it never quotes it as the answer. Staff's own wording is where
 * confidence fails most: in `npm run eval` the right entry is often the best one found for
 * a question the assistant then declines.
 */
const SUGGESTION_FLOOR = 0.25;

/** Long messages are cut before search: a pasted email should not make search slow. */
const MAX_QUESTION_CHARS = 1_000;

export function chooseHit(hits: readonly SearchHit[]): SearchHit | null {
  const best = hits[0];
  if (!best) return null;
  const faq = hits.find((h) => h.doc.kind === 'faq' && h.titleCoverage > 0);
  if (faq && faq !== best && faq.coverage >= best.coverage - FAQ_MARGIN && faq.coverage >= CONFIDENCE_THRESHOLD) return faq;
  return best;
}

/**
 * For a "how many" question, an entry that covers exactly as much of the question as the
 * chosen one and gives the count the question asks for, when the chosen one does not: a
 * short question ("how many hubs r there") matches every entry about hubs equally, and BM25
 * alone then picks whichever mentions hubs most.
 */
function countingHit(index: SearchIndex, asked: string, hits: readonly SearchHit[], chosen: SearchHit | null): SearchHit | null {
  if (chosen === null || countsWhatIsAsked(index, asked, answerText(chosen)) !== false) return chosen;
  const tied = (h: SearchHit) => Math.abs(h.coverage - chosen.coverage) < TIE && h.titleCoverage >= chosen.titleCoverage - TIE;
  return hits.find((h) => h !== chosen && tied(h) && countsWhatIsAsked(index, asked, answerText(h)) === true) ?? chosen;
}

/** Coverages this close are the same share of the question: the same terms matched. */
const TIE = 1e-6;

export function answerGeneral(
  pack: ContentPack,
  index: SearchIndex,
  question: string,
  intent: Intent = 'general',
): Reply {
  const asked = question.slice(0, MAX_QUESTION_CHARS);
  const whole = attempt(pack, index, question, asked, intent);
  if (!whole.unsure) return whole.reply;
  // A long message that says how someone feels before it asks: its question alone may be
  // answered with confidence where the whole message, mostly feelings, is not.
  const focus = questionPart(asked);
  if (focus === null) return whole.reply;
  const focused = attempt(pack, index, question, focus, intent);
  return focused.reply.abstained ? whole.reply : focused.reply;
}

/** The reply to `asked` (the message or its question part), and whether it abstained for want of confidence alone. */
function attempt(pack: ContentPack, index: SearchIndex, question: string, asked: string, intent: Intent): { reply: Reply; unsure: boolean } {
  const terms = index.terms(asked);
  const hits = index.search(asked, 5);
  const hit = countingHit(index, asked, hits, chooseHit(hits));
  if (!hit) return { reply: abstain(pack, question, intent, 0, terms.length === 0), unsure: false };
  const { text, sources } = render(pack, hit);
  // A question about something the pack does not cover gets no suggestion: the nearest
  // entry is then only nearest in its other words.
  if (whyNotAnswered(index, asked, terms, text, hit.matchedTerms, pack.consultation.organisation) !== null) return { reply: abstain(pack, question, intent, hit.coverage, false), unsure: false };
  if (hit.coverage < CONFIDENCE_THRESHOLD) {
    const closest = Math.max(hit.coverage, hit.titleCoverage) >= SUGGESTION_FLOOR ? titleOf(hit).trim() : undefined;
    return { reply: abstain(pack, question, intent, hit.coverage, false, closest), unsure: true };
  }
  const reply: Reply = {
    text,
    sources,
    confidence: round(hit.coverage),
    abstained: false,
    private: false,
    intent,
    actions: [],
  };
  return { reply, unsure: false };
}

/**
 * Messages shorter than this many words are taken whole. At ten words, more of staff's
 * "context, then question" messages were answered, but on question sets nobody had read
 * it also answered two questions the pack cannot answer, whose first sentence was what put
 * them out of its reach: in a short message the words before the question are as likely to
 * be the point as to be feelings.
 */
const LONG_MESSAGE_WORDS = 25;
const QUESTION_SENTENCE =
  /\?\s*$|(?:^|[,;:-]\s*)(?:so |and |but )?(?:what|whats|what's|when|whens|where|wheres|who|whos|who's|how|why|which|will|would|can|could|do|does|did|is|are|am|should|shall|has|have)\b/i;

/**
 * The sentences of a long message that ask something (end in "?", or start a sentence or a
 * clause with a question word: "so go on then, is riverside staying open"), or null when
 * the message is short, asks in every sentence, or asks in none.
 */
export function questionPart(message: string): string | null {
  if (message.split(/\s+/).filter(Boolean).length < LONG_MESSAGE_WORDS) return null;
  const sentences = message.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  const asking = sentences.filter((s) => QUESTION_SENTENCE.test(s));
  if (asking.length === 0 || asking.length === sentences.length) return null;
  return asking.join(' ');
}

/** What an entry answers, in the words HR or the document gave it. */
function titleOf(hit: SearchHit): string {
  const doc = hit.doc;
  switch (doc.kind) {
    case 'faq':
      return doc.faq.question;
    case 'policy':
      return doc.rule.title;
    case 'passage':
      return doc.passage.heading;
  }
}

/** What the reply says when it answers from an entry. */
function answerText(hit: SearchHit): string {
  const doc = hit.doc;
  switch (doc.kind) {
    case 'faq':
      return `**${doc.faq.question}**\n\n${doc.faq.answer}`;
    case 'policy':
      return `**${doc.rule.title}**\n\n${doc.rule.text.trim()}`;
    case 'passage':
      return `The consultation document says (${doc.passage.heading}):\n\n${quote(doc.passage.text)}`;
  }
}

function render(pack: ContentPack, hit: SearchHit): { text: string; sources: Source[] } {
  const doc = hit.doc;
  const text = answerText(hit);
  switch (doc.kind) {
    case 'faq':
      return { text, sources: uniqueSources([faqSource(doc.faq), ...doc.faq.sources.map((s) => sectionSource(pack, s))]) };
    case 'policy':
      return { text, sources: uniqueSources([policySource(doc.rule), ...doc.rule.sources.map((s) => sectionSource(pack, s))]) };
    case 'passage':
      return { text, sources: [sectionSource(pack, doc.passage.sectionId)] };
  }
}

function quote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * What the assistant can do, and how to reach a person: said whenever it cannot answer.
 * `closest` names the nearest entry it found, offered as a question to ask, not as an answer.
 */
export function abstain(pack: ContentPack, question: string, intent: Intent, confidence: number, noWords: boolean, closest?: string): Reply {
  const c = pack.consultation;
  const opening = noWords
    ? "I couldn't find a question in that message."
    : "I don't know the answer to that from the consultation papers, and I won't guess.";
  const text = [
    opening,
    '',
    ...(closest === undefined
      ? []
      : [`The nearest thing I found is “${closest}”. It may not be what you asked; if it is, ask me that in those words.`, '']),
    'I can answer questions about the consultation document, HR’s FAQs and policies, and, once I can match you to your staff record, your own post, ring fences, deadlines and a redundancy pay estimate.',
    '',
    `To ask HR directly: ${hrContactsText(c)}.`,
  ].join('\n');
  return {
    text,
    sources: [],
    confidence: round(confidence),
    abstained: true,
    private: false,
    intent,
    actions: noWords ? [] : [{ kind: 'ask-hr', question }],
    ...(closest === undefined ? {} : { nearest: closest }),
  };
}

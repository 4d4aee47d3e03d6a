import type { ContentPack, Faq } from '../content/types.js';
import type { QuestionLog, QuestionRecord } from '../store/question-log.js';

/** One person to tell that HR has answered what they asked: once per person per FAQ. */
export interface Notice {
  readonly askerSlackId: string;
  readonly faq: Faq;
  /** Their questions that the FAQ answers, oldest first. */
  readonly questions: readonly QuestionRecord[];
}

/**
 * Who still has to be told that HR answered their question. Only FAQs in the pack being
 * served count: an FAQ that was saved but is not live yet (another file in the pack is
 * broken) is announced once it is, so nobody is told about an answer the bot cannot give.
 * Claim a notice (`log.claimNotice`) before sending it, so it goes once.
 */
export function noticesToSend(log: QuestionLog, pack: ContentPack): Notice[] {
  const faqs = new Map(pack.faqs.map((f) => [f.id, f]));
  const notices = new Map<string, { askerSlackId: string; faq: Faq; questions: QuestionRecord[] }>();
  for (const q of log.awaitingNotice()) {
    const faq = q.resolvedFaqId === null ? undefined : faqs.get(q.resolvedFaqId);
    if (!faq || q.askerSlackId === null) continue;
    const key = `${q.askerSlackId}\u0000${faq.id}`;
    const notice = notices.get(key);
    if (notice) notice.questions.push(q);
    else notices.set(key, { askerSlackId: q.askerSlackId, faq, questions: [q] });
  }
  return [...notices.values()];
}

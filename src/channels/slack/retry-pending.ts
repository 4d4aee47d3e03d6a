import { answerQuestion } from './answer-question.js';
import { parseQuestion } from './incoming-question.js';
import type { SlackRuntime } from './runtime.js';

/** Askers' Slack ids are kept in the question log for follow-up for this long, then forgotten. */
const ASKER_ID_KEPT_MS = 90 * 24 * 60 * 60_000;

/**
 * Answers the questions received but never answered: at start (the process died before
 * answering) and then periodically (Slack was unreachable for longer than the WebClient
 * retries). A question older than `recoverWithinMs` is dropped: an answer that late would
 * be out of the blue. Also forgets what has expired.
 */
export async function retryPending(rt: SlackRuntime): Promise<void> {
  const now = rt.now();
  rt.store.deliveries.purge(now);
  rt.store.identities.purge(now);
  rt.store.questions.forgetAskers(new Date(now.getTime() - ASKER_ID_KEPT_MS));
  for (const pending of rt.store.pending.list('slack')) {
    if (rt.inFlight.has(pending.id)) continue;
    const q = parseQuestion(pending.payload);
    const stale = now.getTime() - pending.receivedAt.getTime() > rt.config.timings.recoverWithinMs;
    if (q === null || stale) {
      rt.store.pending.remove(pending.id);
      rt.log.warn('unanswered question dropped', { q: pending.id, reason: q === null ? 'unreadable' : 'too old' });
      continue;
    }
    rt.log.info('answering a question received earlier', { q: q.id, surface: q.surface });
    await answerQuestion(rt, q);
  }
}

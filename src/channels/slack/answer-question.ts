import type { Reply } from '../../assistant/reply.js';
import { resolveAsker } from './asker.js';
import { composeReply, isPrivateReply } from './compose-reply.js';
import { deliverAnswer } from './deliver.js';
import type { IncomingQuestion } from './incoming-question.js';
import { errorCode, pseudonym } from './structured-log.js';
import { questionText } from './question-text.js';
import { renderReply } from './render-reply.js';
import type { SlackRuntime } from './runtime.js';
import { platformError } from './platform-error.js';

/** An answer later than this says sorry and when the question was asked. */
const LATE_MS = 60_000;

export interface AnswerOptions {
  /**
   * False when the question's receipt could not be written (see `receive`): nothing is
   * pending to clear, and the question log is not tried either, because a store that just
   * failed would most likely fail again, and a locked one makes every write wait.
   */
  readonly recorded?: boolean;
}

/**
 * Answers one received question and delivers the answer, then clears it from the
 * pending store. Returns false when it could not be delivered: if Slack could not be
 * reached within the WebClient's retries the question stays pending, to be tried again;
 * if Slack refused (the app was removed from the channel, say) trying again cannot help,
 * so it is dropped. Never throws: a store that cannot write is logged, and the answer
 * still goes.
 */
export async function answerQuestion(rt: SlackRuntime, q: IncomingQuestion, options: AnswerOptions = {}): Promise<boolean> {
  const recorded = options.recorded ?? true;
  rt.inFlight.add(q.id);
  // Set when the answer went out but could not be cleared from the pending store.
  let keepClaimed = false;
  const started = Date.now();
  try {
    const content = rt.content();
    const who = await resolveAsker(rt, content.pack, q.userId);
    const question = questionText(q.text, rt.botUserId, content.pack);
    // The core answers for the moment the person asked, even when the answer is late.
    const reply = composeReply(content, question, who, q.receivedAt, rt.config.command);
    const isPrivate = isPrivateReply(reply) || q.surface === 'command' || q.surface === 'button';
    const entry = logEntry(q, question, reply);
    if (recorded) bestEffort(rt, q, 'the question in the question log', () => rt.store.questions.record(entry));
    const message = renderReply(reply, {
      questionId: q.id,
      askHr: rt.config.hrChannelId !== null,
      markDone: rt.markActionDone !== null,
      ...lateNotice(rt, q, content.pack.consultation.timeZone),
    });
    await deliverAnswer(rt, q, message, isPrivate);
    if (recorded) {
      keepClaimed = !bestEffort(rt, q, 'that the question was answered (this process will not answer it again; after a restart it may be)', () =>
        rt.store.transaction(() => {
          rt.store.questions.record({ ...entry, answeredAt: rt.now() });
          rt.store.pending.remove(q.id);
        }),
      );
    }
    rt.log.info('answered', {
      q: q.id,
      surface: q.surface,
      who: pseudonym(q.userId),
      matched: who.identity.match,
      hr: who.asker.isHr,
      intent: reply.intent,
      confidence: reply.confidence,
      abstained: reply.abstained,
      private: isPrivate,
      ms: Date.now() - started,
    });
    return true;
  } catch (error) {
    if (platformError(error) !== null) {
      if (recorded) bestEffort(rt, q, 'that the answer was refused', () => rt.store.pending.remove(q.id));
      rt.log.warn('answer refused by Slack; not retried', { q: q.id, surface: q.surface, error: errorCode(error) });
    } else if (!recorded) {
      rt.log.error('answer not delivered, and the question could not be recorded to try again: it is lost', { q: q.id, surface: q.surface, error: errorCode(error) });
    } else {
      rt.log.warn('answer not delivered; it stays pending and will be tried again', { q: q.id, surface: q.surface, error: errorCode(error) });
    }
    return false;
  } finally {
    // Still pending in the store but answered: kept claimed in memory, so the retry sweep does not send it again.
    if (!keepClaimed) rt.inFlight.delete(q.id);
  }
}

/** A write on the answer path: a failure is logged, never thrown, because the answer matters more than the record of it. */
function bestEffort(rt: SlackRuntime, q: IncomingQuestion, what: string, write: () => void): boolean {
  try {
    write();
    return true;
  } catch (error) {
    rt.log.error(`could not record ${what}`, { q: q.id, error: errorCode(error) });
    return false;
  }
}

function logEntry(q: IncomingQuestion, question: string, reply: Reply) {
  return {
    id: q.id,
    channel: 'slack',
    surface: q.surface,
    askedAt: q.receivedAt,
    question,
    intent: reply.intent,
    bestSourceRef: reply.sources[0]?.ref ?? null,
    confidence: reply.confidence,
    abstained: reply.abstained,
    askerSlackId: q.userId,
    answeredAt: null,
  };
}

function lateNotice(rt: SlackRuntime, q: IncomingQuestion, timeZone: string): { notice?: string } {
  if (rt.now().getTime() - q.receivedAt.getTime() < LATE_MS) return {};
  const at = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' }).format(q.receivedAt);
  return { notice: `:hourglass: Sorry for the slow reply: you asked this at ${at}.` };
}

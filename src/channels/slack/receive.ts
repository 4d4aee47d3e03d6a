import { questionFromBody, serializeQuestion, type IncomingQuestion } from './incoming-question.js';
import type { SlackRuntime } from './runtime.js';
import { errorCode } from './structured-log.js';

/** The context key under which the receiver hands a receipt to the listeners. */
export const RECEIPT_KEY = 'restructureReceipt';

/** A question as recorded on receipt; `duplicate` when the same delivery was received before. */
export class Receipt {
  constructor(
    readonly question: IncomingQuestion,
    readonly duplicate: boolean,
    /** False when the store could not record it: it is answered all the same, without the record. */
    readonly recorded = true,
  ) {}
}

/**
 * Records a question the moment a request arrives, before Bolt tells Slack "received":
 * claim its delivery keys (a repeat finds them taken) and write it to the pending store
 * (a crash before the answer leaves it there for the next start). One transaction, so a
 * question is either both claimed and pending, or neither. Null for a body without a
 * question. A repeat is recognised by its keys, not by Slack's retry headers: an event
 * sent while the bot was down arrives only as a retry, and must still be answered.
 */
export function receive(rt: SlackRuntime, body: unknown): Receipt | null {
  const received = questionFromBody(body, rt.config.command, rt.now());
  if (received === null) return null;
  const q = received.question;
  let fresh: boolean;
  try {
    fresh = rt.store.transaction(() => {
      if (!rt.store.deliveries.claim(received.keys, q.receivedAt, rt.config.timings.dedupeForMs)) return false;
      rt.store.pending.add({ id: q.id, channel: 'slack', receivedAt: q.receivedAt, payload: serializeQuestion(q) });
      return true;
    });
  } catch (error) {
    // A store that cannot write (locked, read-only, disk full) must not silence the bot: an
    // answer matters more than our record of it. What is lost is named in the log.
    rt.log.error('could not record a received question; answering it anyway, without protection against a repeat of it or a restart', {
      q: q.id,
      error: errorCode(error),
    });
    rt.inFlight.add(q.id);
    return new Receipt(q, false, false);
  }
  // Claimed now, answered by the listener in a moment: the retry sweep must not take it too.
  if (fresh) rt.inFlight.add(q.id);
  return new Receipt(q, !fresh);
}

/** The receipt the receiver made, or (if it could not) one made now. */
export function receiptFrom(rt: SlackRuntime, context: Readonly<Record<string, unknown>>, body: unknown): Receipt | null {
  const made = context[RECEIPT_KEY];
  return made instanceof Receipt ? made : receive(rt, body);
}

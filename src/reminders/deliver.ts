import { DeliveryError } from './delivery-error.js';
import type { LedgerEntry, ReminderLedger } from './ledger.js';
import type { PlannedReminder } from './planned-reminder.js';

/** Where reminders go. The Slack one is `SlackReminderChannel`; tests may use any other. */
export interface ReminderChannel {
  /** The conversation a recipient's reminders are posted in. Throws DeliveryError. */
  conversationFor(recipient: string): Promise<string>;
  /** Posts a reminder carrying its key; returns the message's id (Slack's ts). Throws DeliveryError. */
  post(conversation: string, reminder: PlannedReminder): Promise<string>;
  /** The id of a message in the conversation carrying `key`, or null. Throws DeliveryError. */
  findPosted(conversation: string, key: string): Promise<string | null>;
}

export interface DeliveryOptions {
  readonly ledger: ReminderLedger;
  readonly channel: ReminderChannel;
  /** Read at each step: a fan-out to thousands of people outlasts any one `now`. */
  readonly clock: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  /**
   * The pace of posts: one starts at most every `intervalMs`. Slack allows about one
   * message a second in a conversation and polices the app's overall rate with 429s; a
   * fan-out posts to a new DM each time, so a steady pace keeps the rate even, and
   * Retry-After covers the rest. The pause after a post is what is left of the interval,
   * so Slack's own latency does not slow the fan-out below its pace.
   */
  readonly intervalMs?: number;
  /** Waits on one 429 after another before leaving a reminder for the next run. */
  readonly maxRateLimitWaits?: number;
  /**
   * Whether a key is still in the current plan. HR can move a date while a fan-out is
   * running; reminders for the old date are then skipped, not sent.
   */
  readonly stillPlanned?: (key: string) => boolean;
}

export interface DeliveryReport {
  readonly sent: string[];
  /** Found already posted (with its key) after a crash: recorded as sent, not resent. */
  readonly reconciled: string[];
  readonly skipped: { readonly key: string; readonly reason: string }[];
  /** Could not be delivered, for HR to follow up: the person cannot be reached on Slack. */
  readonly failed: { readonly key: string; readonly recipient: string; readonly reason: string }[];
  /** Left for the next run: Slack did not answer, or kept rate-limiting. */
  readonly pending: { readonly key: string; readonly reason: string }[];
}

/**
 * Sends the due reminders that the ledger has not settled, one at a time.
 *
 * Crash safety rests on two writes around each post: `sending` (with the conversation)
 * before it, `sent` (with the message id) after. A crash between them leaves `sending`,
 * and a `sending` entry is never resent blind: its conversation's history is searched for
 * a message carrying its key (the post puts the key in the message's metadata), and only
 * if none is found is it sent again. So a crash after the post but before `sent` does not
 * send twice, and a crash after `sending` but before the post does not lose it.
 *
 * Runs must not overlap: two at once could both see a reminder `planned`. The scheduler
 * runs one at a time (and, past one process, only on the leader).
 */
export async function deliverReminders(due: readonly PlannedReminder[], options: DeliveryOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: [], reconciled: [], skipped: [], failed: [], pending: [] };
  const { ledger, clock } = options;
  const stillPlanned = options.stillPlanned ?? (() => true);

  for (const entry of ledger.inState('sending')) await reconcile(entry, options, report);

  for (const r of [...due].sort((a, b) => a.fireAt.getTime() - b.fireAt.getTime())) {
    const entry = ledger.ensure(r, clock());
    if (entry.state !== 'planned') continue;
    const now = clock();
    if (r.fireAt.getTime() > now.getTime()) continue;
    if (!stillPlanned(r.key)) {
      skip(r.key, 'its date changed before it was sent', options, report);
      continue;
    }
    // The only give-up for a reminder Slack did not take (no answer, 5xx, 429): its milestone
    // passing. A count of attempts would drop reminders still worth sending after an outage
    // of a few minutes, and the ledger already keeps a retry from posting twice.
    if (r.until.getTime() <= now.getTime()) {
      skip(r.key, 'missed: the milestone had passed when it could be sent', options, report);
      continue;
    }
    const began = clock().getTime();
    const posted = await send(r, options, report);
    // Paused even when nothing is left of the interval: a stop of the scheduler lands in the pause.
    if (posted && options.intervalMs) await options.sleep(Math.max(0, options.intervalMs - (clock().getTime() - began)));
  }
  return report;
}

/** True when a post was tried: the fan-out's pace counts posts, not lookups. */
async function send(r: PlannedReminder, options: DeliveryOptions, report: DeliveryReport): Promise<boolean> {
  const { ledger, channel, clock } = options;
  let conversation: string;
  try {
    conversation = await withRateLimit(() => channel.conversationFor(r.recipient), options);
  } catch (error) {
    const e = asDeliveryError(error);
    if (e.kind === 'unreachable' || e.kind === 'refused') fail(r, e.reason, options, report);
    else {
      // Nothing was posted: it stays `planned` for the next run.
      ledger.markNotSent(r.key, e.reason, clock());
      report.pending.push({ key: r.key, reason: e.reason });
    }
    return false;
  }
  ledger.markSending(r.key, conversation, clock());
  let ts: string;
  try {
    ts = await withRateLimit(() => channel.post(conversation, r), options);
  } catch (error) {
    const e = asDeliveryError(error);
    if (e.kind === 'unreachable' || e.kind === 'refused') fail(r, e.reason, options, report);
    else if (e.kind === 'rate-limited') {
      // A 429 means Slack did not post it.
      ledger.markNotSent(r.key, e.reason, clock());
      report.pending.push({ key: r.key, reason: e.reason });
    } else {
      // No answer: it may have been posted. It stays `sending`, to be looked for before any resend.
      report.pending.push({ key: r.key, reason: e.reason });
    }
    return true;
  }
  // Outside the try: a ledger that cannot record is a fault of ours, not Slack's, and must stop the run.
  ledger.markSent(r.key, ts, clock());
  report.sent.push(r.key);
  return true;
}

async function reconcile(entry: LedgerEntry, options: DeliveryOptions, report: DeliveryReport): Promise<void> {
  const { ledger, channel, clock } = options;
  const conversation = entry.conversation;
  if (conversation === null) {
    ledger.markNotSent(entry.key, 'no conversation recorded', clock());
    return;
  }
  let ts: string | null;
  try {
    ts = await withRateLimit(() => channel.findPosted(conversation, entry.key), options);
  } catch (error) {
    // Still unknown: it stays `sending`, and is not sent this run.
    report.pending.push({ key: entry.key, reason: `could not check whether it was sent: ${asDeliveryError(error).reason}` });
    return;
  }
  if (ts !== null) {
    ledger.markSent(entry.key, ts, clock(), 'found in the conversation after a restart');
    report.reconciled.push(entry.key);
  } else {
    ledger.markNotSent(entry.key, 'not found in the conversation after a restart', clock());
  }
}

async function withRateLimit<T>(call: () => Promise<T>, options: DeliveryOptions): Promise<T> {
  const maxWaits = options.maxRateLimitWaits ?? 30;
  for (let waits = 0; ; waits++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof DeliveryError) || error.kind !== 'rate-limited' || waits >= maxWaits) throw error;
      await options.sleep(error.retryAfterMs);
    }
  }
}

function skip(key: string, reason: string, options: DeliveryOptions, report: DeliveryReport): void {
  options.ledger.markSkipped(key, reason, options.clock());
  report.skipped.push({ key, reason });
}

function fail(r: PlannedReminder, reason: string, options: DeliveryOptions, report: DeliveryReport): void {
  options.ledger.markFailed(r.key, reason, options.clock());
  report.failed.push({ key: r.key, recipient: r.recipient, reason });
}

function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  return new DeliveryError('unknown', error instanceof Error ? error.message : String(error), 0, { cause: error });
}

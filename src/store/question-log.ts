import type { Database } from 'better-sqlite3';

export type Feedback = 'up' | 'down';

/**
 * One question and what the assistant did with it: what HR reads to see which questions
 * recur or go unanswered. The asker's chat id is kept only so they can be told when HR
 * answers, and is forgotten after a while (`forgetAskers`).
 */
export interface QuestionEntry {
  readonly id: string;
  /** Which channel it came through: `slack`, `console`. */
  readonly channel: string;
  /** Where in the channel: `dm`, `mention`, `command`. */
  readonly surface: string;
  readonly askedAt: Date;
  readonly question: string;
  readonly intent: string | null;
  /** The reply's first (strongest) source, e.g. `faq/is-my-job-safe.md`. */
  readonly bestSourceRef: string | null;
  readonly confidence: number | null;
  readonly abstained: boolean;
  readonly askerSlackId: string | null;
  readonly answeredAt: Date | null;
}

export interface QuestionRecord extends QuestionEntry {
  readonly feedback: Feedback | null;
  readonly feedbackAt: Date | null;
  readonly sentToHrAt: Date | null;
  /** The FAQ HR wrote (or updated) to answer this question, and when. */
  readonly resolvedFaqId: string | null;
  readonly resolvedAt: Date | null;
  /** When the asker was told that HR's answer exists; they are told once. */
  readonly notifiedAt: Date | null;
}

export interface QuestionLog {
  /** Adds the entry, or updates its answer if the id is known (feedback and escalation are kept). */
  record(entry: QuestionEntry): void;
  get(id: string): QuestionRecord | null;
  /** Last click wins. False when the question is unknown. */
  setFeedback(id: string, feedback: Feedback, at: Date): boolean;
  /** True the first time only, so a question goes to HR once however often the button is pressed. */
  markSentToHr(id: string, at: Date): boolean;
  /** Undoes `markSentToHr` when posting to HR failed, so the person can try again. */
  unmarkSentToHr(id: string): void;
  /** Clears the asker's chat id on questions asked before `askedBefore`; returns how many. */
  forgetAskers(askedBefore: Date): number;
  /** Questions asked at or after `since`, oldest first. */
  list(since: Date): QuestionRecord[];
  /** Records that HR answered these questions with an FAQ; returns how many were found. */
  resolve(ids: readonly string[], faqId: string, at: Date): number;
  /** Answered by HR, asker still known, not yet told: oldest first. */
  awaitingNotice(): QuestionRecord[];
  /** Marks these questions' askers as told; returns the ids not marked before (so a notice goes once). */
  claimNotice(ids: readonly string[], at: Date): string[];
  /** Undoes `claimNotice` when the notice could not be delivered, so the next attempt tries again. */
  releaseNotice(ids: readonly string[]): void;
}

interface Row {
  id: string;
  channel: string;
  surface: string;
  asked_at: number;
  answered_at: number | null;
  question: string;
  intent: string | null;
  best_source: string | null;
  confidence: number | null;
  abstained: number;
  asker_slack_id: string | null;
  feedback: Feedback | null;
  feedback_at: number | null;
  sent_to_hr_at: number | null;
  resolved_faq: string | null;
  resolved_at: number | null;
  notified_at: number | null;
}

const date = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

function fromRow(r: Row): QuestionRecord {
  return {
    id: r.id,
    channel: r.channel,
    surface: r.surface,
    askedAt: new Date(r.asked_at),
    answeredAt: date(r.answered_at),
    question: r.question,
    intent: r.intent,
    bestSourceRef: r.best_source,
    confidence: r.confidence,
    abstained: r.abstained === 1,
    askerSlackId: r.asker_slack_id,
    feedback: r.feedback,
    feedbackAt: date(r.feedback_at),
    sentToHrAt: date(r.sent_to_hr_at),
    resolvedFaqId: r.resolved_faq,
    resolvedAt: date(r.resolved_at),
    notifiedAt: date(r.notified_at),
  };
}

export class SqliteQuestionLog implements QuestionLog {
  private readonly upsert;
  private readonly select;
  private readonly feedback;
  private readonly sentToHr;
  private readonly notSentToHr;
  private readonly forget;
  private readonly since;
  private readonly resolveOne;
  private readonly awaiting;
  private readonly claim;
  private readonly release;

  constructor(private readonly db: Database) {
    this.upsert = db.prepare(`
      INSERT INTO question_log (id, channel, surface, asked_at, answered_at, question, intent, best_source, confidence, abstained, asker_slack_id)
      VALUES (@id, @channel, @surface, @askedAt, @answeredAt, @question, @intent, @bestSource, @confidence, @abstained, @askerSlackId)
      ON CONFLICT (id) DO UPDATE SET
        answered_at = excluded.answered_at, intent = excluded.intent, best_source = excluded.best_source,
        confidence = excluded.confidence, abstained = excluded.abstained`);
    this.select = db.prepare<[string], Row>('SELECT * FROM question_log WHERE id = ?');
    this.feedback = db.prepare<[Feedback, number, string]>('UPDATE question_log SET feedback = ?, feedback_at = ? WHERE id = ?');
    this.sentToHr = db.prepare<[number, string]>('UPDATE question_log SET sent_to_hr_at = ? WHERE id = ? AND sent_to_hr_at IS NULL');
    this.notSentToHr = db.prepare<[string]>('UPDATE question_log SET sent_to_hr_at = NULL WHERE id = ?');
    this.forget = db.prepare<[number]>('UPDATE question_log SET asker_slack_id = NULL WHERE asked_at < ? AND asker_slack_id IS NOT NULL');
    // Questions asked at the same moment (the terminal chat stands still in time) stay in the order they were asked.
    this.since = db.prepare<[number], Row>('SELECT * FROM question_log WHERE asked_at >= ? ORDER BY asked_at, rowid');
    this.resolveOne = db.prepare<[string, number, string]>('UPDATE question_log SET resolved_faq = ?, resolved_at = ? WHERE id = ?');
    this.awaiting = db.prepare<[], Row>(
      'SELECT * FROM question_log WHERE resolved_faq IS NOT NULL AND notified_at IS NULL AND asker_slack_id IS NOT NULL ORDER BY asked_at, id',
    );
    this.claim = db.prepare<[number, string]>('UPDATE question_log SET notified_at = ? WHERE id = ? AND notified_at IS NULL');
    this.release = db.prepare<[string]>('UPDATE question_log SET notified_at = NULL WHERE id = ?');
  }

  record(e: QuestionEntry): void {
    this.upsert.run({
      id: e.id,
      channel: e.channel,
      surface: e.surface,
      askedAt: e.askedAt.getTime(),
      answeredAt: e.answeredAt?.getTime() ?? null,
      question: e.question,
      intent: e.intent,
      bestSource: e.bestSourceRef,
      confidence: e.confidence,
      abstained: e.abstained ? 1 : 0,
      askerSlackId: e.askerSlackId,
    });
  }

  get(id: string): QuestionRecord | null {
    const row = this.select.get(id);
    return row ? fromRow(row) : null;
  }

  setFeedback(id: string, feedback: Feedback, at: Date): boolean {
    return this.feedback.run(feedback, at.getTime(), id).changes === 1;
  }

  markSentToHr(id: string, at: Date): boolean {
    return this.sentToHr.run(at.getTime(), id).changes === 1;
  }

  unmarkSentToHr(id: string): void {
    this.notSentToHr.run(id);
  }

  forgetAskers(askedBefore: Date): number {
    return this.forget.run(askedBefore.getTime()).changes;
  }

  list(since: Date): QuestionRecord[] {
    return this.since.all(since.getTime()).map(fromRow);
  }

  resolve(ids: readonly string[], faqId: string, at: Date): number {
    return this.db.transaction(() => ids.reduce((n, id) => n + this.resolveOne.run(faqId, at.getTime(), id).changes, 0))();
  }

  awaitingNotice(): QuestionRecord[] {
    return this.awaiting.all().map(fromRow);
  }

  claimNotice(ids: readonly string[], at: Date): string[] {
    return this.db.transaction(() => ids.filter((id) => this.claim.run(at.getTime(), id).changes === 1))();
  }

  releaseNotice(ids: readonly string[]): void {
    this.db.transaction(() => {
      for (const id of ids) this.release.run(id);
    })();
  }
}

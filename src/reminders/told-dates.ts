import type { ContentPack, When } from '../content/types.js';
import { planDateChanges } from './date-changes.js';
import { whenKey } from './milestone-times.js';
import type { PlannedReminder } from './planned-reminder.js';
import type { QuietHours } from './quiet-hours.js';
import type { Completions } from './recipients.js';

export interface ToldDatesInput {
  readonly pack: ContentPack;
  /** Milestone id -> the date people were last told (from the store). */
  readonly told: ReadonlyMap<string, When>;
  readonly completed: Completions;
  readonly now: Date;
  readonly policy: QuietHours;
}

export interface ToldDatesPlan {
  /** "Date changed" notices still to settle, for milestones whose date differs from what people were told. */
  readonly notices: PlannedReminder[];
  /** Milestones whose date differs from what people were told. */
  readonly moved: readonly string[];
  /** Milestones nobody has been told about yet (first run, or new in the pack): their date is simply recorded. */
  readonly unseen: readonly string[];
}

/**
 * The date changes to announce, worked out against the dates people were told rather
 * than against the pack before the last reload. The two agree while the bot runs; the
 * told dates also cover a restart between a reload and its notices going out, notices
 * held for working time over a weekend, and HR editing timeline.yaml while the bot was
 * down. The scheduler records a milestone's new date as told once all its notices are
 * settled, so until then every run plans the same notices (same keys) and the ledger
 * sends each once.
 */
export function dateChangesSinceTold(input: ToldDatesInput): ToldDatesPlan {
  const { pack, told } = input;
  const moved: string[] = [];
  const unseen: string[] = [];
  const previousTimeline = pack.timeline.map((m) => {
    const before = told.get(m.id);
    if (before === undefined) unseen.push(m.id);
    else if (whenKey(before) !== whenKey(m.when)) moved.push(m.id);
    return before === undefined ? m : { ...m, when: before };
  });
  if (moved.length === 0) return { notices: [], moved, unseen };
  const previous: ContentPack = { ...pack, timeline: previousTimeline };
  const notices = planDateChanges({ previous, pack, completed: input.completed, now: input.now, policy: input.policy });
  return { notices, moved, unseen };
}

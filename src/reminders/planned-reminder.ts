import type { Milestone } from '../content/types.js';

/**
 * - `announcement`: a milestone for everyone, posted once to the announcement channel.
 * - `dm`: a targeted milestone, to one person.
 * - `manager-digest`: to a manager, naming their direct reports who still have an
 *   essential action outstanding.
 * - `date-changed`: HR moved a milestone; one notice to each person it concerns (or one
 *   announcement for everyone).
 */
export const REMINDER_KINDS = ['announcement', 'dm', 'manager-digest', 'date-changed'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** The recipient of announcements: the channel configured for them, not a person. */
export const ANNOUNCE = 'announce';

export interface PlannedReminder {
  /**
   * Stable idempotency key: the same reminder planned again (after a restart, a reload,
   * another tick) has the same key, and any change of date gives a new one. The ledger and
   * the message metadata carry it.
   */
  readonly key: string;
  readonly kind: ReminderKind;
  /** An employee id, or ANNOUNCE. */
  readonly recipient: string;
  readonly milestone: Milestone;
  /** The offset as written (`7d`); for a date-changed notice, null. */
  readonly offset: string | null;
  /** When it should be sent: in working time, before the milestone when at all possible. */
  readonly fireAt: Date;
  /** When the milestone is (or its deadline falls); reminders count back from here. */
  readonly milestoneAt: Date;
  /** Until here the milestone is still ahead; a reminder not sent by then is skipped. */
  readonly until: Date;
  /** HR marked the action essential: the person cannot opt out of this one. */
  readonly essential: boolean;
  /** For a manager digest, the direct reports it names (employee ids); otherwise empty. */
  readonly about: readonly string[];
  /** Markdown (bold with **), as the channels render a Reply. */
  readonly text: string;
}

/**
 * `dm|tier3-preference-sheets|E005|7d|2011-05-06`: kind, milestone, recipient, offset and
 * the local date or time the reminder counts back from. The kind keeps a manager's own
 * reminder and their digest for the same milestone apart.
 */
export function reminderKey(kind: ReminderKind, milestoneId: string, recipient: string, offset: string, anchor: string): string {
  return [kind, milestoneId, recipient, offset, anchor].join('|');
}

/** The parts of a key, or null if it is not one: what a reminder's buttons carry back. */
export function parseReminderKey(key: string): { kind: ReminderKind; milestoneId: string; recipient: string; offset: string; anchor: string } | null {
  const [kind, milestoneId, recipient, offset, anchor, ...rest] = key.split('|');
  if (rest.length > 0 || !REMINDER_KINDS.some((k) => k === kind) || !milestoneId || !recipient || !offset || !anchor) return null;
  return { kind: kind as ReminderKind, milestoneId, recipient, offset, anchor };
}

/** Soonest first; ties by key, so a plan always lists in the same order. */
export function byFireTime(a: PlannedReminder, b: PlannedReminder): number {
  return a.fireAt.getTime() - b.fireAt.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * HR's view and its "Answer" buttons look at the questions of the last 30 days: long
 * enough for a question to recur, short enough that what it shows is still wanted.
 */
export const RECENT_DAYS = 30;

/** The weekly digest covers the seven days before it. */
export const DIGEST_DAYS = 7;

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60_000);
}

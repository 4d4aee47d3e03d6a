import { round } from './stats.js';

/** DESIGN.md's memory target, for the serving process and the bot alike. */
export const RSS_TARGET_MB = 200;

/**
 * How several fresh processes' peaks read in a note: "3 fresh bots peaked at 191, 187,
 * 188 MB", and how many went over the target. One process's peak depends on when V8
 * collects garbage, so the figure is their median and every run is shown.
 */
export function peaksNote(peaks: readonly number[], processes: string): string {
  const over = peaks.filter((mb) => mb > RSS_TARGET_MB).length;
  return `${peaks.length} fresh ${processes} peaked at ${peaks.map((p) => round(p, 0)).join(', ')} MB${over > 0 ? ` (${over} over ${RSS_TARGET_MB} MB)` : ''}`;
}

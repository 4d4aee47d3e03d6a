import type { Asker } from '../assistant/reply.js';
import type { ContentPack, Employee } from '../content/types.js';
import { readGeneralSet, readPersonalSet } from '../eval/eval-set.js';
import { PERSONAL_SET, TUNING_SET } from '../eval/eval-sets.js';
import { lastDay } from '../status/deadlines.js';
import { directReports } from '../status/post-status.js';
import { zonedToInstant } from '../time/zoned.js';
import { addDays } from './gen-timeline.js';
import type { Random } from './random.js';

export interface Ask {
  readonly question: string;
  readonly asker: Asker;
  readonly now: Date;
}

/** The evaluation's general questions: what staff really type, in and out of scope. */
export function generalQuestions(): string[] {
  return readGeneralSet(TUNING_SET.file).map((item) => item.q);
}

/**
 * The evaluation's personal questions, less those naming someone in the sample pack:
 * on another pack they become questions about a manager's own reports (see benchAsks).
 */
export function personalQuestions(pack: ContentPack): string[] {
  const names = [...pack.staff.values()].map((e) => e.name.toLowerCase());
  return readPersonalSet(PERSONAL_SET)
    .map((item) => item.q)
    .filter((q) => !names.some((name) => q.toLowerCase().includes(name)));
}

/**
 * A mix of asks like a working day's: general questions from unmatched and matched staff,
 * personal questions from anyone, managers asking about their team and about one of
 * their reports by name, on days across the timeline at 09:00 in the pack's zone.
 */
export function benchAsks(pack: ContentPack, r: Random, count: number): Ask[] {
  const general = generalQuestions();
  const personal = personalQuestions(pack);
  const staff = [...pack.staff.values()];
  const managers = staff.filter((e) => directReports(pack, e.id).length > 0);
  const span = daysBetween(pack.consultation.opens, lastTimelineDay(pack)) + 14;
  const as = (e: Employee | null): Asker => ({ employeeId: e?.id ?? null, isHr: false });
  const asks: Ask[] = [];
  for (let i = 0; i < count; i++) {
    const day = addDays(pack.consultation.opens, r.int(-7, span));
    const now = zonedToInstant(`${day}T09:00`, pack.consultation.timeZone);
    const kind = r.weighted<'general' | 'personal' | 'team' | 'report'>([
      ['general', 0.45],
      ['personal', 0.4],
      ['team', 0.1],
      ['report', 0.05],
    ]);
    const manager = managers.length > 0 ? r.pick(managers) : null;
    if ((kind === 'team' || kind === 'report') && manager !== null) {
      const report = r.pick(directReports(pack, manager.id));
      const question = kind === 'team' ? r.pick(["how's my team looking?", 'anyone in my team affected?']) : `what's the position for ${report.name}?`;
      asks.push({ question, asker: as(manager), now });
    } else if (kind === 'personal' && personal.length > 0) {
      asks.push({ question: r.pick(personal), asker: as(r.pick(staff)), now });
    } else {
      asks.push({ question: r.pick(general), asker: as(r.chance(0.5) ? null : r.pick(staff)), now });
    }
  }
  return asks;
}

function lastTimelineDay(pack: ContentPack): string {
  let last = pack.consultation.closes;
  for (const m of pack.timeline) if (lastDay(m.when) > last) last = lastDay(m.when);
  return last;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

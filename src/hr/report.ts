import { formatDate, instantToZoned } from '../time/zoned.js';
import type { RankedGroup } from './rank.js';

/**
 * The recurring and unanswered questions report, as text for a terminal and as JSON for
 * tools. It is built from fields picked one by one: who asked is never in it, not even as
 * an id, however the question log changes.
 */
export interface QuestionReport {
  /** Start of the window, or null for the whole log. */
  readonly since: Date | null;
  readonly questions: number;
  readonly groups: readonly RankedGroup[];
}

export interface ReportGroupJson {
  readonly rank: number;
  readonly question: string;
  readonly variants: readonly string[];
  readonly asked: number;
  readonly abstained: number;
  readonly lowConfidence: number;
  readonly thumbsDown: number;
  readonly thumbsUp: number;
  readonly unanswered: number;
  readonly answeredBy: readonly string[];
  readonly usualSource: string | null;
  readonly firstAsked: string;
  readonly lastAsked: string;
}

export function reportJson(report: QuestionReport): { since: string | null; questions: number; groups: ReportGroupJson[] } {
  return {
    since: report.since?.toISOString() ?? null,
    questions: report.questions,
    groups: report.groups.map((g) => ({
      rank: g.rank,
      question: g.question,
      variants: [...g.variants],
      asked: g.stats.asked,
      abstained: g.stats.abstained,
      lowConfidence: g.stats.lowConfidence,
      thumbsDown: g.stats.thumbsDown,
      thumbsUp: g.stats.thumbsUp,
      unanswered: g.stats.unanswered,
      answeredBy: [...g.stats.answeredBy],
      usualSource: g.stats.usualSource,
      firstAsked: g.stats.firstAskedAt.toISOString(),
      lastAsked: g.stats.lastAskedAt.toISOString(),
    })),
  };
}

/** How a group was answered, in words: `asked 4 times: 3 not answered, 1 thumbs down`. */
export function groupSummary(g: RankedGroup): string {
  const s = g.stats;
  const times = s.asked === 1 ? 'asked once' : `asked ${s.asked} times`;
  const bad = [
    s.abstained > 0 ? `${s.abstained} not answered` : '',
    s.thumbsDown > 0 ? `${s.thumbsDown} thumbs down` : '',
    s.lowConfidence > 0 ? `${s.lowConfidence} weakly answered` : '',
  ].filter(Boolean);
  const answered = s.answeredBy.length > 0 ? `; HR answered it (FAQ ${s.answeredBy.join(', ')})` : '';
  if (bad.length > 0) return `${times}: ${bad.join(', ')}${answered}`;
  const from = s.usualSource ? `, usually from ${s.usualSource}` : '';
  return `${times}${answered || `: answered${from}`}`;
}

/** The report for a terminal: the top `top` groups, numbered by rank. */
export function reportText(report: QuestionReport, options: { readonly timeZone: string; readonly top: number }): string {
  const day = (d: Date) => formatDate(instantToZoned(d, options.timeZone).date);
  const window = report.since ? `since ${day(report.since)}` : 'in the whole log';
  if (report.questions === 0) return `No questions ${window}.`;
  const groupWord = report.groups.length === 1 ? 'group' : 'groups';
  const lines = [
    `${report.questions} ${report.questions === 1 ? 'question' : 'questions'} ${window}, in ${report.groups.length} ${groupWord} of near-duplicates. Who asked is never shown.`,
    'Most badly answered first (not answered, thumbs down, weak answers), then most asked.',
  ];
  for (const g of report.groups.slice(0, options.top)) {
    lines.push('', `${String(g.rank).padStart(2)}. "${g.question}"`, `    ${groupSummary(g)}; last asked ${day(g.stats.lastAskedAt)}`);
    if (g.variants.length > 0) lines.push(`    also asked as: ${g.variants.slice(0, 5).map((v) => `"${v}"`).join('; ')}${g.variants.length > 5 ? `; and ${g.variants.length - 5} more` : ''}`);
  }
  const more = report.groups.length - options.top;
  if (more > 0) lines.push('', `and ${more} more ${more === 1 ? 'group' : 'groups'} (--json lists them all).`);
  return lines.join('\n');
}

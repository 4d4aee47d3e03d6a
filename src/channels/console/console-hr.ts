import { randomUUID } from 'node:crypto';
import type { Reply } from '../../assistant/reply.js';
import { formatContentError } from '../../content/content-error.js';
import type { ReloadResult } from '../../content/live-pack.js';
import type { ContentPack } from '../../content/types.js';
import { draftFor, type FaqDraft } from '../../hr/faq-draft.js';
import { ABSENT, faqFileFor, fileHash, type FaqTarget } from '../../hr/faq-file.js';
import { publishFaq } from '../../hr/publish-faq.js';
import { rankQuestionGroups, type RankedGroup } from '../../hr/rank.js';
import { daysBefore, RECENT_DAYS } from '../../hr/recent.js';
import { groupSummary, reportText } from '../../hr/report.js';
import type { WriteBytes } from '../../hr/write-file-atomic.js';
import type { Analyzer } from '../../search/analyzer.js';
import { shippedAnalyzer } from '../../search/shipped-analyzer.js';
import type { Store } from '../../store/store.js';
import { instantToZoned } from '../../time/zoned.js';

export interface ConsoleHrOptions {
  /** Where questions are logged (channel `console`) and HR's report reads from. */
  readonly store: Store;
  /** Validates the pack folder again and swaps it in; null where nothing serves a live pack. */
  readonly reload: (() => ReloadResult) | null;
  readonly analyzer?: Pick<Analyzer, 'analyze'>;
  readonly write?: WriteBytes;
}

export interface ConsoleContext {
  readonly pack: ContentPack;
  readonly now: Date;
}

/** The report's groups shown at once; `/answer N` picks from them. */
const SHOWN = 10;
const END_OF_ANSWER = '.';

type Collecting =
  | { readonly stage: 'answer'; readonly group: RankedGroup; readonly draft: FaqDraft; readonly target: FaqTarget; readonly lines: string[] }
  | { readonly stage: 'source'; readonly group: RankedGroup; readonly draft: FaqDraft; readonly target: FaqTarget; readonly answer: string };

/**
 * The terminal's HR mode: the operator acts as HR, sees the recurring and unanswered
 * questions (`/report`), and answers one (`/answer N`) over the next input lines, since a
 * terminal has no forms. The FAQ goes through the same checked, atomic write and reload
 * as Slack's modal. Questions asked in the chat are logged like Slack's, with no asker.
 */
export class ConsoleHr {
  private actingAsHr = false;
  private lastReport: readonly RankedGroup[] = [];
  private collecting: Collecting | null = null;
  private readonly analyzerInstance: Pick<Analyzer, 'analyze'> | null;

  constructor(private readonly options: ConsoleHrOptions | null) {
    this.analyzerInstance = options?.analyzer ?? null;
  }

  get acting(): boolean {
    return this.actingAsHr;
  }

  /** True while `/answer` is reading the answer or its source: the next line is for it. */
  get busy(): boolean {
    return this.collecting !== null;
  }

  /** Records a question and the reply in the question log. */
  log(question: string, reply: Reply, now: Date): void {
    this.options?.store.questions.record({
      id: randomUUID(),
      channel: 'console',
      surface: 'chat',
      askedAt: now,
      question,
      intent: reply.intent,
      bestSourceRef: reply.sources[0]?.ref ?? null,
      confidence: reply.confidence,
      abstained: reply.abstained,
      askerSlackId: null,
      answeredAt: now,
    });
  }

  /** Handles `/hr`, `/report`, `/answer N` and `/reload`; null for any other command. */
  command(command: string, arg: string, ctx: ConsoleContext): string | null {
    switch (command) {
      case '/hr':
        if (this.options === null) return 'HR mode needs the question log, which this chat was started without.';
        this.actingAsHr = !this.actingAsHr;
        return this.actingAsHr
          ? 'You are acting as HR: /report shows the questions to answer, /answer N answers one as an FAQ, /reload reloads the pack. /hr again to stop.'
          : 'You are no longer acting as HR.';
      case '/report':
        return this.refusal('see the report') ?? this.report(ctx);
      case '/answer':
        return this.refusal('answer questions as FAQs') ?? this.startAnswer(arg, ctx);
      case '/reload':
        return this.refusal('reload the pack') ?? this.reload(ctx);
      default:
        return null;
    }
  }

  /** One line of input while `busy`. */
  input(raw: string, ctx: ConsoleContext): string {
    const c = this.collecting;
    if (c === null) return '';
    if (c.stage === 'answer') {
      if (raw.trim() !== END_OF_ANSWER) {
        c.lines.push(raw);
        return '';
      }
      const answer = c.lines.join('\n').trim();
      this.collecting = { stage: 'source', group: c.group, draft: c.draft, target: c.target, answer };
      const current = c.draft.sources.length > 0 ? `; press Enter to keep ${c.draft.sources.join(', ')}` : '';
      return `Source: the id of a section of consultation/document.md (e.g. ${exampleSections(ctx.pack)}), several separated by commas${current}:`;
    }
    this.collecting = null;
    const typed = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return this.save(c.group, c.draft, c.target, c.answer, typed.length > 0 ? typed : [...c.draft.sources], ctx);
  }

  private refusal(what: string): string | null {
    return this.actingAsHr ? null : `Only HR can ${what}: type /hr to act as HR.`;
  }

  private groups(ctx: ConsoleContext): { since: Date; questions: number; groups: RankedGroup[] } {
    const since = daysBefore(ctx.now, RECENT_DAYS);
    const records = this.options?.store.questions.list(since).filter((q) => q.askedAt.getTime() <= ctx.now.getTime()) ?? [];
    return { since, questions: records.length, groups: rankQuestionGroups(records, this.analyzerInstance ?? shippedAnalyzer()) };
  }

  private report(ctx: ConsoleContext): string {
    const { since, questions, groups } = this.groups(ctx);
    this.lastReport = groups.slice(0, SHOWN);
    const text = reportText({ since, questions, groups }, { timeZone: ctx.pack.consultation.timeZone, top: SHOWN });
    return groups.length > 0 ? `${text}\n\n/answer N writes the answer to group N as an FAQ.` : text;
  }

  private startAnswer(arg: string, ctx: ConsoleContext): string {
    const n = Number(arg);
    const group = Number.isInteger(n) ? this.lastReport[n - 1] : undefined;
    if (this.lastReport.length === 0) return 'Run /report first, then /answer N for one of its groups.';
    if (!group) return `Write /answer and a group number from the last /report, 1 to ${this.lastReport.length}.`;
    const draft = draftFor(ctx.pack, { question: group.question, variants: group.variants, usualSource: group.stats.usualSource });
    const target: FaqTarget = draft.existing
      ? { file: draft.existing.file, baseHash: fileHash(ctx.pack.dir, draft.existing.file) }
      : { file: faqFileFor(draft.id), baseHash: ABSENT };
    this.collecting = { stage: 'answer', group, draft, target, lines: [] };
    const lines = [`Answering "${group.question}" (${groupSummary(group)}).`];
    if (draft.variants.length > 0) lines.push(`Other ways it was asked, kept as variants: ${draft.variants.map((v) => `"${v}"`).join('; ')}`);
    lines.push(
      draft.existing
        ? `This improves ${draft.existing.file}, which answers it now:\n${draft.existing.answer}`
        : `This will be a new FAQ, ${target.file}.`,
      `Type the answer (Markdown), then a line with a single ${END_OF_ANSWER} to finish:`,
    );
    return lines.join('\n');
  }

  private save(group: RankedGroup, draft: FaqDraft, target: FaqTarget, answer: string, sources: string[], ctx: ConsoleContext): string {
    const options = this.options;
    if (options === null) return '';
    const result = publishFaq({
      dir: ctx.pack.dir,
      pack: ctx.pack,
      store: options.store,
      target,
      input: { id: draft.id, question: draft.question, variants: draft.variants, answer, sources, updated: instantToZoned(ctx.now, ctx.pack.consultation.timeZone).date },
      answers: group.members.map((m) => m.id),
      now: ctx.now,
      reload: options.reload,
      ...(options.write ? { write: options.write } : {}),
    });
    if (!result.ok) return [...result.errors.map(formatContentError), 'Nothing was written. /answer again to retry.'].join('\n');
    const saved = `Saved ${result.file}${result.created ? ' (a new FAQ)' : ''}.`;
    const recorded = `It answers ${result.answered} logged ${result.answered === 1 ? 'question' : 'questions'}; anyone who asked in Slack is told once, when it is live there.`;
    if (result.reload === null) return `${saved} It is used once the pack is reloaded. ${recorded}`;
    if (result.reload.ok) return `${saved} The pack reloaded: I'm answering from it now. ${recorded}`;
    return [`${saved} But the pack has other problems, so I'm still answering from the last version that worked:`, ...result.reload.errors.map((e) => `  ${formatContentError(e)}`)].join('\n');
  }

  private reload(ctx: ConsoleContext): string {
    const reload = this.options?.reload ?? null;
    if (reload === null) return 'Reloading is not available here.';
    const result = reload();
    if (!result.ok) return [`The pack has ${result.errors.length} ${result.errors.length === 1 ? 'problem' : 'problems'}; still answering from the last version that worked:`, ...result.errors.map((e) => `  ${formatContentError(e)}`)].join('\n');
    return `Reloaded the pack (${ctx.pack.dir}).`;
  }
}

function exampleSections(pack: ContentPack): string {
  return pack.document.sections
    .slice(0, 3)
    .map((s) => s.id)
    .join(', ');
}

import type { types } from '@slack/bolt';
import type { Reply, Source, SourceKind } from '../../assistant/reply.js';
import { assertNever } from '../../assert-never.js';
import { ACTION } from './action-ids.js';
import { escapeSlackText } from './escape.js';
import { markdownToMrkdwn } from './mrkdwn.js';

export interface SlackMessage {
  /** Shown in notifications and by clients that cannot show blocks. */
  readonly text: string;
  readonly blocks: types.KnownBlock[];
}

export interface RenderOptions {
  /** The question's id in the log, carried by the feedback and Ask HR buttons. */
  readonly questionId: string;
  /** Offer "Ask HR" on an abstention (only when an HR channel is configured). */
  readonly askHr: boolean;
  /** Offer "Done" buttons for outstanding actions (only when something records them). */
  readonly markDone: boolean;
  /** A line above the answer, e.g. an apology for answering late. mrkdwn, already escaped. */
  readonly notice?: string;
}

/** Slack's limits: 3,000 characters of text in a section, 50 blocks in a message, 75 in a button, 2,000 in its value. */
const SECTION_LIMIT = 3_000;
const BUTTON_TEXT_LIMIT = 75;
const BUTTON_VALUE_LIMIT = 2_000;
const MAX_SECTIONS = 40;
const MAX_SOURCES = 9;
const TEXT_LIMIT = 3_500;

/** A Reply as a Slack message: the answer, where it comes from (and how fresh), and what can be done next. */
export function renderReply(reply: Reply, options: RenderOptions): SlackMessage {
  const mrkdwn = markdownToMrkdwn(reply.text);
  const blocks: types.KnownBlock[] = [];
  if (options.notice) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: options.notice }] });
  blocks.push(...answerSections(mrkdwn));
  const sources = sourcesBlock(reply.sources);
  if (sources) blocks.push(sources);
  blocks.push(actionsBlock(reply, options));
  const done = options.markDone ? markDoneBlock(reply) : null;
  if (done) blocks.push(done);
  return { text: truncate(mrkdwn, TEXT_LIMIT), blocks };
}

export function answerSections(mrkdwn: string): types.SectionBlock[] {
  const chunks = splitText(mrkdwn, SECTION_LIMIT);
  const shown = chunks.slice(0, MAX_SECTIONS);
  if (chunks.length > shown.length) shown.push('_(The answer is too long for Slack; the rest is in the sources below.)_');
  return shown.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

export function sourcesBlock(sources: readonly Source[]): types.ContextBlock | null {
  if (sources.length === 0) return null;
  const shown = sources.slice(0, MAX_SOURCES).map((s) => ({ type: 'mrkdwn' as const, text: sourceLine(s) }));
  const more = sources.length - MAX_SOURCES;
  if (more > 0) shown.push({ type: 'mrkdwn', text: `and ${more} more` });
  return { type: 'context', block_id: 'sources', elements: shown };
}

function sourceLine(source: Source): string {
  const updated = source.updated ? ` · updated ${source.updated}` : '';
  return `${icon(source.kind)} ${escapeSlackText(source.title)}${updated}`;
}

function icon(kind: SourceKind): string {
  switch (kind) {
    case 'document':
      return ':page_facing_up:';
    case 'faq':
      return ':grey_question:';
    case 'policy':
      return ':scales:';
    case 'data':
      return ':bar_chart:';
    default:
      return assertNever(kind);
  }
}

function actionsBlock(reply: Reply, options: RenderOptions): types.ActionsBlock {
  const elements: types.Button[] = [];
  // The nearest entry, one click away: the asker need not retype HR's wording of it.
  if (reply.abstained && reply.nearest !== undefined) {
    elements.push({
      type: 'button',
      action_id: ACTION.askNearest,
      text: { type: 'plain_text', text: truncate(`Ask: ${reply.nearest}`, BUTTON_TEXT_LIMIT) },
      value: truncate(escapeSlackText(reply.nearest), BUTTON_VALUE_LIMIT),
    });
  }
  if (options.askHr && reply.actions.some((a) => a.kind === 'ask-hr')) {
    elements.push({ type: 'button', action_id: ACTION.askHr, style: 'primary', text: { type: 'plain_text', text: 'Ask HR' }, value: options.questionId });
  }
  elements.push(
    { type: 'button', action_id: ACTION.feedbackUp, text: { type: 'plain_text', text: ':+1: Helpful', emoji: true }, value: options.questionId },
    { type: 'button', action_id: ACTION.feedbackDown, text: { type: 'plain_text', text: ':-1: Not helpful', emoji: true }, value: options.questionId },
  );
  return { type: 'actions', block_id: 'feedback', elements };
}

export function markDoneBlock(reply: Reply): types.ActionsBlock | null {
  const todo = reply.actions.flatMap((a) => (a.kind === 'mark-done' ? [a] : [])).slice(0, 5);
  if (todo.length === 0) return null;
  return {
    type: 'actions',
    block_id: 'todo',
    elements: todo.map((a, i) => ({
      type: 'button',
      action_id: `${ACTION.markDone}:${i}`,
      text: { type: 'plain_text', text: truncate(`Done: ${a.label}`, BUTTON_TEXT_LIMIT) },
      value: a.actionId,
    })),
  };
}

/** Splits at blank lines, then lines, then anywhere, so no piece is longer than `limit`. */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const push = (part: string, joiner: string) => {
    if (current === '') current = part;
    else if (current.length + joiner.length + part.length <= limit) current += joiner + part;
    else {
      pieces.push(current);
      current = part;
    }
  };
  for (const paragraph of text.split(/\n{2,}/)) {
    if (paragraph.length <= limit) {
      push(paragraph, '\n\n');
      continue;
    }
    for (const line of paragraph.split('\n')) {
      for (let i = 0; i < line.length || i === 0; i += limit) push(line.slice(i, i + limit), '\n');
    }
  }
  if (current !== '' || pieces.length === 0) pieces.push(current === '' ? ' ' : current);
  return pieces;
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

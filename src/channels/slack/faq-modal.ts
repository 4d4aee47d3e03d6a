import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { ContentPack, Section } from '../../content/types.js';
import type { FaqDraft } from '../../hr/faq-draft.js';
import { RECENT_DAYS } from '../../hr/recent.js';
import { FAQ_BLOCK, VIEW } from './action-ids.js';
import { escapeSlackText } from './escape.js';

/**
 * HR's modal for answering questions as an FAQ: prefilled with the question, its other
 * wordings and (for an FAQ being improved) its answer and sources. What the modal must
 * carry to the submission travels in `private_metadata`: which logged question the group
 * was found from, the FAQ file being updated and the hash it had when the modal opened
 * (so a save over someone else's is refused).
 */
export interface FaqModalState {
  /** A logged question in the group being answered; null when the shortcut's message matched none. */
  readonly anchor: string | null;
  /** Start of the window the group was found in (ms). */
  readonly since: number;
  /** The FAQ being updated (`faq/x.md`) and its id, or null for a new FAQ. */
  readonly file: string | null;
  readonly id: string | null;
  /** Hash of that file when the modal opened. */
  readonly baseHash: string | null;
  /**
   * For a new FAQ, the id proposed when the modal opened (free then): if its file exists
   * at saving, someone saved it meanwhile; any other id HR typed that exists is a duplicate.
   */
  readonly proposed: string | null;
}

const State = z.object({
  anchor: z.string().nullable(),
  since: z.number(),
  file: z.string().nullable(),
  id: z.string().nullable(),
  baseHash: z.string().nullable(),
  proposed: z.string().nullable(),
});

export function parseModalState(metadata: string): FaqModalState | null {
  try {
    const parsed = State.safeParse(JSON.parse(metadata));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Slack's limits: 100 options in a static select, 75 characters of option text, 150 of value, 3,000 of input. */
export const STATIC_SELECT_LIMIT = 100;
const OPTION_TEXT = 75;
const OPTION_VALUE = 150;
export const INPUT_LIMIT = 3_000;

export interface FaqModalInput {
  readonly pack: ContentPack;
  readonly draft: FaqDraft;
  readonly state: FaqModalState;
  /** How many logged questions the group holds (0 from a message no one asked the bot). */
  readonly asked: number;
}

export function faqModal(input: FaqModalInput): types.ModalView {
  const { pack, draft, state } = input;
  const intro =
    draft.existing !== null
      ? `Improving \`${draft.existing.file}\`, which I have been answering these questions from.`
      : 'A new FAQ. Once saved, I answer from it at once, with it as the source.';
  const who =
    input.asked === 0
      ? 'Nobody asked me this, so nobody will be told.'
      : `${input.asked === 1 ? 'One question' : `${input.asked} questions`} in the last ${RECENT_DAYS} days; the people who asked are told once it is live. Who they are is not shown.`;
  const blocks: types.KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: `${intro}\n${who}` } }];
  if (draft.existing === null) {
    blocks.push(textInput(FAQ_BLOCK.id, 'FAQ id', draft.id, { hint: 'Lower-case letters, digits and dashes. It is saved as faq/<id>.md and used in citations.', maxLength: 80 }));
  }
  blocks.push(
    textInput(FAQ_BLOCK.question, 'Question', draft.question, { maxLength: 300 }),
    textInput(FAQ_BLOCK.variants, 'Other ways people ask it', draft.variants.join('\n'), {
      multiline: true,
      optional: true,
      hint: 'One per line. They help me recognise the question however it is put.',
    }),
    textInput(FAQ_BLOCK.answer, 'Answer', draft.answer, {
      multiline: true,
      hint: 'Markdown: **bold**, - lists. Staff see exactly this, with its source.',
    }),
    sourceInput(pack, draft.sources),
  );
  return {
    type: 'modal',
    callback_id: VIEW.hrFaq,
    private_metadata: JSON.stringify(state),
    title: { type: 'plain_text', text: 'Answer as an FAQ' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}

/** What an FAQ too long for a Slack input gets instead: the file has to be edited directly. */
export function tooLongModal(file: string): types.ModalView {
  return noticeModal(`\`${escapeSlackText(file)}\`'s answer is longer than Slack lets me show in a form (${INPUT_LIMIT} characters). Please edit the file directly.`);
}

/** A modal that only says something. */
export function noticeModal(mrkdwn: string, title = 'Answer as an FAQ'): types.ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: title },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: mrkdwn } }],
  };
}

export interface FaqSubmission {
  readonly id: string | null;
  readonly question: string;
  readonly variants: string[];
  readonly answer: string;
  readonly sources: string[];
}

type StateValues = Readonly<Record<string, Readonly<Record<string, { value?: string | null; selected_options?: readonly { value?: string }[] | null }>>>>;

export function readSubmission(values: StateValues): FaqSubmission {
  const text = (block: string) => values[block]?.[FAQ_BLOCK.element]?.value ?? '';
  return {
    id: values[FAQ_BLOCK.id] ? text(FAQ_BLOCK.id).trim() : null,
    question: text(FAQ_BLOCK.question).trim(),
    variants: text(FAQ_BLOCK.variants)
      .split('\n')
      .map((v) => v.trim())
      .filter(Boolean),
    answer: text(FAQ_BLOCK.answer),
    sources: (values[FAQ_BLOCK.source]?.[FAQ_BLOCK.element]?.selected_options ?? []).flatMap((o) => (o.value ? [o.value] : [])),
  };
}

/** The document's sections as select options, those matching `query` (for an external select) first 100. */
export function sectionOptions(pack: ContentPack, query = ''): types.PlainTextOption[] {
  const q = query.trim().toLowerCase();
  return pack.document.sections
    .filter((s) => s.id.length <= OPTION_VALUE && (q === '' || s.title.toLowerCase().includes(q) || s.id.includes(q)))
    .slice(0, STATIC_SELECT_LIMIT)
    .map(option);
}

function option(section: Section): types.PlainTextOption {
  const text = section.title.length > OPTION_TEXT ? `${section.title.slice(0, OPTION_TEXT - 1)}…` : section.title;
  return { text: { type: 'plain_text', text }, value: section.id };
}

/**
 * A static select while the document has at most 100 sections (Slack's limit), searched as
 * HR types; an external select beyond that, answered by `sectionOptions`.
 */
function sourceInput(pack: ContentPack, chosen: readonly string[]): types.InputBlock {
  const sections = new Map(pack.document.sections.map((s) => [s.id, s]));
  const initial = chosen.flatMap((id) => {
    const s = sections.get(id);
    return s && s.id.length <= OPTION_VALUE ? [option(s)] : [];
  });
  const fits = pack.document.sections.length <= STATIC_SELECT_LIMIT;
  const common = {
    action_id: FAQ_BLOCK.element,
    placeholder: { type: 'plain_text' as const, text: 'Sections of the consultation document' },
    max_selected_items: 5,
    ...(initial.length > 0 ? { initial_options: initial } : {}),
  };
  const element: types.MultiStaticSelect | types.MultiExternalSelect = fits
    ? { type: 'multi_static_select', options: sectionOptions(pack), ...common }
    : { type: 'multi_external_select', min_query_length: 1, ...common };
  return {
    type: 'input',
    block_id: FAQ_BLOCK.source,
    label: { type: 'plain_text', text: 'Source' },
    hint: { type: 'plain_text', text: 'The section of the consultation document the answer rests on; shown to staff as its source.' },
    element,
  };
}

function textInput(
  blockId: string,
  label: string,
  initial: string,
  options: { multiline?: boolean; optional?: boolean; hint?: string; maxLength?: number } = {},
): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: { type: 'plain_text', text: label },
    optional: options.optional ?? false,
    ...(options.hint ? { hint: { type: 'plain_text' as const, text: options.hint } } : {}),
    element: {
      type: 'plain_text_input',
      action_id: FAQ_BLOCK.element,
      multiline: options.multiline ?? false,
      max_length: options.maxLength ?? INPUT_LIMIT,
      ...(initial !== '' ? { initial_value: initial.slice(0, options.maxLength ?? INPUT_LIMIT) } : {}),
    },
  };
}

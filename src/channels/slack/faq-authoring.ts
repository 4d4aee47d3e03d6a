import type { types } from '@slack/bolt';
import { formatContentError } from '../../content/content-error.js';
import type { ContentError } from '../../content/types.js';
import { draftFor } from '../../hr/faq-draft.js';
import { ABSENT, duplicateIdError, faqFileFor, fileHash } from '../../hr/faq-file.js';
import { groupHolding } from '../../hr/group-questions.js';
import { publishFaq, type PublishFaqResult } from '../../hr/publish-faq.js';
import { rankQuestionGroups, type RankedGroup } from '../../hr/rank.js';
import { daysBefore, RECENT_DAYS } from '../../hr/recent.js';
import { instantToZoned } from '../../time/zoned.js';
import { FAQ_BLOCK } from './action-ids.js';
import { faqModal, INPUT_LIMIT, noticeModal, parseModalState, readSubmission, tooLongModal, type FaqModalState } from './faq-modal.js';
import type { SlackRuntime } from './runtime.js';
import { pseudonym } from './structured-log.js';

/**
 * HR answering questions as an FAQ from Slack: open the modal for a group of logged
 * questions (or a message no one asked the bot), and save what HR submits through the
 * same checked, atomic path as the terminal, then reload the pack. Callers check that the
 * person is HR.
 */

export interface RecentGroups {
  readonly since: Date;
  readonly questions: number;
  readonly groups: readonly RankedGroup[];
}

/** The last RECENT_DAYS of the question log, grouped and ranked. */
export function recentGroups(rt: SlackRuntime, now: Date, since: Date = daysBefore(now, RECENT_DAYS)): RecentGroups {
  const records = rt.store.questions.list(since);
  return { since, questions: records.length, groups: rankQuestionGroups(records, rt.hrTools.analyzer) };
}

export interface ModalOrigin {
  /** A logged question in the group; null for a message nobody asked the bot. */
  readonly anchor: string | null;
  readonly since: Date;
  /** The question to start from when there is no group. */
  readonly fallback: string;
}

export function faqModalFor(rt: SlackRuntime, origin: ModalOrigin): types.ModalView {
  const { pack } = rt.content();
  const group = origin.anchor === null ? null : groupHolding(recentGroups(rt, rt.now(), origin.since).groups, origin.anchor);
  const asked = group
    ? { question: group.question, variants: group.variants, usualSource: group.stats.usualSource }
    : { question: origin.fallback, variants: [], usualSource: null };
  const draft = draftFor(pack, asked);
  if (draft.existing !== null && draft.existing.answer.length > INPUT_LIMIT) return tooLongModal(draft.existing.file);
  const state: FaqModalState = {
    anchor: group?.key ?? null,
    since: origin.since.getTime(),
    file: draft.existing?.file ?? null,
    id: draft.existing?.id ?? null,
    baseHash: draft.existing ? fileHash(pack.dir, draft.existing.file) : null,
    proposed: draft.existing ? null : draft.id,
  };
  return faqModal({ pack, draft, state, asked: group?.members.length ?? 0 });
}

export type ViewAck = { response_action: 'errors'; errors: Record<string, string> } | { response_action: 'update'; view: types.ModalView };

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Saves an FAQ from a submitted modal. Synchronous from the file check to the rename, so
 * of two HR users saving the same FAQ at once the second is told it changed. Problems go
 * back into the modal beside the field they are about, so nothing HR typed is lost.
 */
export function submitFaq(rt: SlackRuntime, userId: string, view: { private_metadata: string; state: { values: Parameters<typeof readSubmission>[0] } }): ViewAck {
  const state = parseModalState(view.private_metadata);
  const submitted = readSubmission(view.state.values);
  if (state === null) return errorsAck({ [FAQ_BLOCK.answer]: 'This form is from an older version of the app: close it and open it again.' });
  const newFaq = state.file === null;
  const id = state.id ?? submitted.id ?? '';
  if (newFaq && !SLUG.test(id)) return errorsAck({ [FAQ_BLOCK.id]: 'expected lower-case letters, digits and dashes, e.g. redundancy-pay' });

  const { pack } = rt.content();
  if (newFaq && id !== state.proposed && fileHash(pack.dir, faqFileFor(id)) !== ABSENT) {
    return errorsAck({ [FAQ_BLOCK.id]: formatContentError(duplicateIdError(faqFileFor(id), null, id, faqFileFor(id))) });
  }
  const now = rt.now();
  const group = state.anchor === null ? null : groupHolding(recentGroups(rt, now, new Date(state.since)).groups, state.anchor);
  const target = state.file === null ? { file: faqFileFor(id), baseHash: ABSENT } : { file: state.file, baseHash: state.baseHash ?? ABSENT };
  const result = publishFaq({
    dir: pack.dir,
    pack,
    store: rt.store,
    target,
    input: { id, question: submitted.question, variants: submitted.variants, answer: submitted.answer, sources: submitted.sources, updated: instantToZoned(now, pack.consultation.timeZone).date },
    answers: group?.members.map((m) => m.id) ?? [],
    now,
    reload: rt.hrTools.reloadPack,
    write: rt.hrTools.writeFaqBytes,
  });
  if (!result.ok) {
    rt.log.info('faq not saved', { file: target.file, problems: result.errors.length, who: pseudonym(userId) });
    return errorsAck(fieldErrors(result.errors, newFaq));
  }
  const people = new Set(group?.members.flatMap((m) => (m.askerSlackId !== null && m.notifiedAt === null ? [m.askerSlackId] : [])) ?? []).size;
  rt.log.info('faq saved', { file: result.file, created: result.created, answers: result.answered, live: result.reload?.ok ?? false, who: pseudonym(userId) });
  return { response_action: 'update', view: noticeModal(savedText(rt, result, people), 'FAQ saved') };
}

function savedText(rt: SlackRuntime, result: Extract<PublishFaqResult, { ok: true }>, people: number): string {
  const saved = `Saved \`${result.file}\`${result.created ? ' (a new FAQ)' : ''}.`;
  const told = people === 0 ? '' : people === 1 ? ' The person who asked is being told.' : ` The ${people} people who asked are being told.`;
  if (result.reload === null) return `${saved} I'll answer from it once the pack is reloaded.`;
  if (result.reload.ok) return `${saved} I'm answering from it now, citing it as the source.${told}`;
  const where = rt.config.hrChannelId ? ` (listed in <#${rt.config.hrChannelId}>)` : '';
  return `${saved} But another file in the pack has problems${where}, so I'm still answering from the last version that worked. Once they are fixed I'll answer from it${people > 0 ? ' and tell the people who asked' : ''}.`;
}

/** Each problem beside the field it is about; problems with the file as a whole under the answer. */
function fieldErrors(errors: readonly ContentError[], hasIdBlock: boolean): Record<string, string> {
  const byBlock: Record<string, string[]> = {};
  for (const e of errors) {
    const field = e.field ?? '';
    const block =
      field === 'id' && hasIdBlock
        ? FAQ_BLOCK.id
        : field === 'question'
          ? FAQ_BLOCK.question
          : field.startsWith('variants')
            ? FAQ_BLOCK.variants
            : field.startsWith('source')
              ? FAQ_BLOCK.source
              : FAQ_BLOCK.answer;
    (byBlock[block] ??= []).push(formatContentError(e));
  }
  return Object.fromEntries(Object.entries(byBlock).map(([block, messages]) => [block, messages.join('\n')]));
}

function errorsAck(errors: Record<string, string>): ViewAck {
  return { response_action: 'errors', errors };
}

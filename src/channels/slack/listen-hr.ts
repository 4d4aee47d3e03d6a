import type { App } from '@slack/bolt';
import { z } from 'zod';
import { daysBefore, RECENT_DAYS } from '../../hr/recent.js';
import { ACTION, FAQ_BLOCK, SHORTCUT, VIEW } from './action-ids.js';
import { plainMessage } from './ask-hr-messages.js';
import { sendDm } from './deliver.js';
import { faqModalFor, submitFaq, type ModalOrigin } from './faq-authoring.js';
import { sectionOptions } from './faq-modal.js';
import { questionText } from './question-text.js';
import { postToResponseUrl } from './response-url.js';
import type { SlackRuntime } from './runtime.js';
import { errorCode, pseudonym } from './structured-log.js';

const REFUSED = 'Only HR can answer questions as FAQs.';

/**
 * HR's actions: "Answer" on a group in the Home tab, the "Answer as an FAQ" message
 * shortcut, the FAQ modal's submission and its source list. Every one checks that the
 * person is HR first: the buttons are only shown to HR, but a request can be made by hand.
 */
export function listenHr(app: App, rt: SlackRuntime): void {
  app.action(ACTION.hrAnswer, async ({ ack, body, action }) => {
    await ack();
    if (action.type !== 'button' || !('trigger_id' in body)) return;
    const userId = body.user.id;
    const origin = homeOrigin(action.value);
    await rt.tasks.run(
      (async () => {
        if (!(await rt.hr.isHr(userId, rt.now()))) return refuse(rt, userId, null);
        if (origin === null) return;
        await openModal(rt, userId, body.trigger_id, origin);
      })(),
    );
  });

  app.shortcut(SHORTCUT.answerAsFaq, async ({ ack, shortcut }) => {
    await ack();
    if (shortcut.type !== 'message_action') return;
    const userId = shortcut.user.id;
    await rt.tasks.run(
      (async () => {
        if (!(await rt.hr.isHr(userId, rt.now()))) return refuse(rt, userId, shortcut.response_url);
        await openModal(rt, userId, shortcut.trigger_id, messageOrigin(rt, shortcut.message));
      })(),
    );
  });

  app.view(VIEW.hrFaq, async ({ ack, body, view }) => {
    const userId = body.user.id;
    if (!(await rt.hr.isHr(userId, rt.now()))) {
      rt.log.info('hr action refused', { action: 'save-faq', who: pseudonym(userId) });
      await ack({ response_action: 'errors', errors: { [FAQ_BLOCK.answer]: REFUSED } });
      return;
    }
    await ack(submitFaq(rt, userId, view));
  });

  // Only when the document has more sections than a static select holds (see faqModal).
  app.options<'block_suggestion'>({ type: 'block_suggestion', block_id: FAQ_BLOCK.source }, async ({ ack, body }) => {
    const isHr = await rt.hr.isHr(body.user.id, rt.now());
    await ack({ options: isHr ? sectionOptions(rt.content().pack, typeof body.value === 'string' ? body.value : '') : [] });
  });
}

async function openModal(rt: SlackRuntime, userId: string, triggerId: string, origin: ModalOrigin): Promise<void> {
  try {
    await rt.client.views.open({ trigger_id: triggerId, view: faqModalFor(rt, origin) });
    rt.log.info('faq modal opened', { from: origin.anchor === null ? 'message' : 'group', who: pseudonym(userId) });
  } catch (error) {
    rt.log.warn('faq modal not opened', { error: errorCode(error) });
  }
}

async function refuse(rt: SlackRuntime, userId: string, responseUrl: string | null): Promise<void> {
  rt.log.info('hr action refused', { action: 'answer-as-faq', who: pseudonym(userId) });
  const message = plainMessage(REFUSED);
  const posted = responseUrl !== null && (await postToResponseUrl(responseUrl, { response_type: 'ephemeral', replace_original: false, ...message }, rt.config.timings));
  if (!posted) await sendDm(rt, userId, message).catch((error: unknown) => rt.log.warn('refusal not delivered', { error: errorCode(error) }));
}

const HomeButton = z.object({ anchor: z.string().min(1), since: z.number() });

function homeOrigin(value: string | undefined): ModalOrigin | null {
  try {
    const parsed = HomeButton.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? { anchor: parsed.data.anchor, since: new Date(parsed.data.since), fallback: '' } : null;
  } catch {
    return null;
  }
}

interface ShortcutMessage {
  readonly text?: string;
  readonly blocks?: unknown;
}

/**
 * The logged question a message is about: the bot's own answer carries its question's id
 * on its buttons, a post in HR's channel names it ("Reference: `id`"), and a person's own
 * message is matched by its words. Ids are only trusted if the log knows them.
 */
function messageOrigin(rt: SlackRuntime, message: ShortcutMessage): ModalOrigin {
  const now = rt.now();
  const recent = daysBefore(now, RECENT_DAYS);
  const { pack } = rt.content();
  const blocks = JSON.stringify(message.blocks ?? []);
  const ids = [
    ...[...blocks.matchAll(/"value":"([0-9a-f-]{36})"/g)].map((m) => m[1] ?? ''),
    ...[...blocks.matchAll(/Reference: `([0-9a-f-]{36})`/g)].map((m) => m[1] ?? ''),
  ];
  const known = ids.map((id) => rt.store.questions.get(id)).find((q) => q !== null);
  const text = questionText(message.text ?? '', rt.botUserId, pack);
  const logged = known ?? [...rt.store.questions.list(recent)].reverse().find((q) => q.question.trim().toLowerCase() === text.toLowerCase()) ?? null;
  if (logged === null) return { anchor: null, since: recent, fallback: text };
  return { anchor: logged.id, since: logged.askedAt < recent ? logged.askedAt : recent, fallback: logged.question };
}

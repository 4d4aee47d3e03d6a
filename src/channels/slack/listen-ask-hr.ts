import type { App } from '@slack/bolt';
import { hrContactsText } from '../../assistant/hr-contacts.js';
import { ACTION, ASK_HR_BLOCK, VIEW } from './action-ids.js';
import { askHrModal, hrChannelMessage, plainMessage } from './ask-hr-messages.js';
import { sendDm } from './deliver.js';
import { errorCode, pseudonym } from './structured-log.js';
import { postToResponseUrl } from './response-url.js';
import type { SlackRuntime } from './runtime.js';

/**
 * "Ask HR" under an abstention: a modal confirms and asks whether to give their name, then
 * the question is posted to HR's channel (once, however often the button is pressed) and
 * the asker is told it went. Only the person who asked can send it.
 */
export function listenAskHr(app: App, rt: SlackRuntime): void {
  app.action(ACTION.askHr, async ({ ack, body, action }) => {
    await ack();
    if (action.type !== 'button' || !action.value || !('trigger_id' in body)) return;
    const userId = body.user.id;
    const responseUrl = 'response_url' in body ? body.response_url : undefined;
    const refusal = refusalFor(rt, action.value, userId);
    if (refusal !== null) {
      const message = plainMessage(refusal);
      await rt.tasks.run<unknown>(
        responseUrl
          ? postToResponseUrl(responseUrl, { response_type: 'ephemeral', replace_original: false, ...message }, rt.config.timings)
          : sendDm(rt, userId, message),
      );
      return;
    }
    const entry = rt.store.questions.get(action.value);
    if (entry === null || rt.config.hrChannelId === null) return;
    await rt.tasks.run(rt.client.views.open({ trigger_id: body.trigger_id, view: askHrModal(entry.id, entry.question, rt.config.hrChannelId) }));
  });

  app.view(VIEW.askHr, async ({ ack, body, view }) => {
    await ack();
    const userId = body.user.id;
    const questionId = view.private_metadata;
    const share = view.state.values[ASK_HR_BLOCK.share]?.[ASK_HR_BLOCK.shareAction]?.selected_options?.some((o) => o.value === ASK_HR_BLOCK.shareValue) ?? false;
    await rt.tasks.run(sendToHr(rt, questionId, userId, share));
  });
}

function refusalFor(rt: SlackRuntime, questionId: string, userId: string): string | null {
  const entry = rt.store.questions.get(questionId);
  const contacts = hrContactsText(rt.content().pack.consultation);
  if (entry === null || rt.config.hrChannelId === null) return `I can't send that question to HR any more. You can contact HR directly: ${contacts}.`;
  if (entry.askerSlackId !== userId) return `Only the person who asked can send this question to HR. You can contact HR directly: ${contacts}.`;
  if (entry.sentToHrAt !== null) return 'That question has already gone to HR.';
  return null;
}

async function sendToHr(rt: SlackRuntime, questionId: string, userId: string, share: boolean): Promise<void> {
  const refusal = refusalFor(rt, questionId, userId);
  const entry = rt.store.questions.get(questionId);
  const channel = rt.config.hrChannelId;
  if (refusal !== null || entry === null || channel === null) {
    await sendDm(rt, userId, plainMessage(refusal ?? 'That question could not be sent to HR.'));
    return;
  }
  // Claimed before posting, so two quick submissions post once.
  if (!rt.store.questions.markSentToHr(questionId, rt.now())) return;
  try {
    const message = hrChannelMessage(questionId, entry.question, share ? userId : null);
    await rt.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
  } catch (error) {
    rt.store.questions.unmarkSentToHr(questionId);
    rt.log.warn('question not posted to HR', { q: questionId, error: errorCode(error) });
    await sendDm(rt, userId, plainMessage(`I couldn't reach HR's channel just now, so your question has not been sent. Please try the button again later, or contact HR: ${hrContactsText(rt.content().pack.consultation)}.`));
    return;
  }
  rt.log.info('question sent to HR', { q: questionId, named: share, who: pseudonym(userId) });
  await sendDm(
    rt,
    userId,
    plainMessage(share ? "I've sent your question to HR with your name, so they can reply to you." : "I've sent your question to HR without your name."),
  );
}

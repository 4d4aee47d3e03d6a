import { assertNever } from '../../assert-never.js';
import { isDmChannel } from './direct-messages.js';
import type { IncomingQuestion } from './incoming-question.js';
import { errorCode } from './structured-log.js';
import type { SlackMessage } from './render-reply.js';
import { postToResponseUrl } from './response-url.js';
import { platformError } from './platform-error.js';
import type { SlackRuntime } from './runtime.js';

/** Said in the channel (to the asker only) when the answer went to their DMs. */
export const SENT_BY_DM = "I've sent you my answer in a direct message, because it's about you.";

/**
 * Puts an answer where it belongs. The rule it enforces: a private answer goes only to
 * the asker, by DM or as an ephemeral message; a channel only ever sees general answers,
 * in a thread under the question. Throws when Slack cannot be reached (the question
 * stays pending and is tried again); a part that is only a courtesy never throws.
 */
export async function deliverAnswer(rt: SlackRuntime, q: IncomingQuestion, message: SlackMessage, isPrivate: boolean): Promise<void> {
  switch (q.surface) {
    case 'dm':
      // The event came from the person's own DM with the app (channel_type im).
      return postMessage(rt, q.channelId, q.threadTs, message, isPrivate);
    case 'mention':
      if (!isPrivate) return postMessage(rt, q.channelId, q.threadTs ?? q.ts, message, false);
      return deliverPrivately(rt, q, message);
    case 'command':
    case 'button':
      // Slash command answers are always private: the command is typed where others read.
      // So are answers to a button, which anyone who sees the message may press.
      if (q.responseUrl && (await postToResponseUrl(q.responseUrl, { response_type: 'ephemeral', replace_original: false, ...message }, rt.config.timings))) return;
      return postMessage(rt, await rt.dms.open(q.userId), null, message, true);
    default:
      return assertNever(q.surface);
  }
}

/** Sends a message to a person's DM with the app. */
export async function sendDm(rt: SlackRuntime, userId: string, message: SlackMessage): Promise<void> {
  return postMessage(rt, await rt.dms.open(userId), null, message, true);
}

async function postMessage(rt: SlackRuntime, channel: string, threadTs: string | null, message: SlackMessage, isPrivate: boolean): Promise<void> {
  if (isPrivate && !isDmChannel(channel)) throw new Error('refused to post a private answer outside a DM');
  await rt.client.chat.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    unfurl_links: false,
    unfurl_media: false,
  });
}

/** A personal answer to a mention: to the asker's DMs, with a pointer only they see; ephemeral if no DM can be opened. */
async function deliverPrivately(rt: SlackRuntime, q: IncomingQuestion, message: SlackMessage): Promise<void> {
  let dm: string | null = null;
  try {
    dm = await rt.dms.open(q.userId);
  } catch (error) {
    // Slack refusing (not failing) to open a DM: fall back to an ephemeral answer.
    if (platformError(error) === null) throw error;
    rt.log.warn('could not open a DM; answering ephemerally', { q: q.id, error: errorCode(error) });
  }
  const thread = q.threadTs ? { thread_ts: q.threadTs } : {};
  if (dm === null) {
    await rt.client.chat.postEphemeral({ channel: q.channelId, user: q.userId, text: message.text, blocks: message.blocks, ...thread });
    return;
  }
  await postMessage(rt, dm, null, message, true);
  try {
    await rt.client.chat.postEphemeral({ channel: q.channelId, user: q.userId, text: SENT_BY_DM, ...thread });
  } catch (error) {
    rt.log.warn('pointer to the DM not shown', { q: q.id, error: errorCode(error) });
  }
}

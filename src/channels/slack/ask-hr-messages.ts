import type { types } from '@slack/bolt';
import { ASK_HR_BLOCK, VIEW } from './action-ids.js';
import { escapeSlackText } from './escape.js';
import type { SlackMessage } from './render-reply.js';

const QUOTE_LIMIT = 2_800;

/** A person's own words, escaped and quoted: shown exactly as typed, pinging nobody. */
export function quoted(question: string): string {
  const text = question.length > QUOTE_LIMIT ? `${question.slice(0, QUOTE_LIMIT)}…` : question;
  return text
    .split('\n')
    .map((line) => `>${line === '' ? '' : ` ${escapeSlackText(line)}`}`)
    .join('\n');
}

/** The modal that asks before anything goes to HR: the question, and whether to give their name. */
export function askHrModal(questionId: string, question: string, hrChannelId: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEW.askHr,
    private_metadata: questionId,
    title: { type: 'plain_text', text: 'Ask HR' },
    submit: { type: 'plain_text', text: 'Send to HR' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `I'll post your question in <#${hrChannelId}> for HR to answer:\n${quoted(question)}` } },
      {
        type: 'input',
        block_id: ASK_HR_BLOCK.share,
        optional: true,
        label: { type: 'plain_text', text: 'Your name' },
        element: {
          type: 'checkboxes',
          action_id: ASK_HR_BLOCK.shareAction,
          options: [{ text: { type: 'plain_text', text: 'Include my name, so HR can reply to me' }, value: ASK_HR_BLOCK.shareValue }],
        },
        hint: { type: 'plain_text', text: "If you leave this unticked, HR won't see who asked." },
      },
    ],
  };
}

/** The post in HR's channel. Without consent it says nothing about who asked. */
export function hrChannelMessage(questionId: string, question: string, askerId: string | null): SlackMessage {
  const who = askerId ? `Asked by <@${askerId}>, who is happy to be contacted.` : 'Asked anonymously: the person chose not to share their name.';
  return {
    text: "A question the assistant couldn't answer",
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*A question I couldn't answer from the consultation papers:*\n${quoted(question)}` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `${who} Reference: \`${questionId}\`` }] },
    ],
  };
}

export function plainMessage(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

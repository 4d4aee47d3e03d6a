import type { types } from '@slack/bolt';
import type { ContentError } from '../../content/types.js';
import { shareablePackError } from '../../hr/pack-problems.js';
import { escapeSlackText } from './escape.js';
import type { SlackMessage } from './render-reply.js';

/** One message holds this many; the rest are counted, and `npm run check` lists them all. */
const SHOWN = 40;

/**
 * What HR's channel is told when an edit breaks the pack: every problem exactly as
 * `npm run check` reports it (file, line, field; staff.csv's cell values withheld, see
 * `shareablePackError`), and that the bot is still answering from the last good pack.
 */
export function packErrorsMessage(errors: readonly ContentError[]): SlackMessage {
  const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
  const lines = errors.slice(0, SHOWN).map((e) => escapeSlackText(shareablePackError(e)));
  const more = errors.length - SHOWN;
  const head = `:warning: *The consultation pack has ${count}*, so I'm still answering from the last version that worked. Fix ${errors.length === 1 ? 'it' : 'them'} and save again:`;
  return {
    text: `The consultation pack has ${count}; still answering from the last good version`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: head } },
      ...codeSections(lines),
      ...(more > 0 ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: `and ${more} more: \`npm run check\` lists them all.` }] }] : []),
    ],
  };
}

/** Lines as code blocks, each within a section's 3,000 characters. */
function codeSections(lines: readonly string[]): types.SectionBlock[] {
  const chunks: string[][] = [[]];
  let size = 0;
  for (const line of lines) {
    const clipped = line.length > 1_000 ? `${line.slice(0, 999)}…` : line;
    if (size + clipped.length > 2_800) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]?.push(clipped);
    size += clipped.length + 1;
  }
  return chunks.filter((c) => c.length > 0).map((c) => ({ type: 'section', text: { type: 'mrkdwn', text: `\`\`\`\n${c.join('\n')}\n\`\`\`` } }));
}

export const PACK_FIXED: SlackMessage = {
  text: 'The consultation pack loads again',
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: ':white_check_mark: The consultation pack loads again: I am answering from the new version.' } }],
};

import type { types } from '@slack/bolt';
import type { RankedGroup } from '../../hr/rank.js';
import { groupSummary } from '../../hr/report.js';
import { RECENT_DAYS } from '../../hr/recent.js';
import { ACTION } from './action-ids.js';
import { escapeSlackText } from './escape.js';

/** The groups shown, so the Home tab stays well inside Slack's 100 blocks. */
export const HR_HOME_GROUPS = 5;

/**
 * HR's part of the Home tab (only HR's Home tab gets it): the recurring questions the bot
 * answered worst, each with "Answer" to write the FAQ. The button carries the group's
 * first question and the window start, so the submission finds the same group again.
 */
export function hrHomeBlocks(groups: readonly RankedGroup[], totalQuestions: number, since: Date): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: 'HR: questions to answer' } },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `${totalQuestions} ${totalQuestions === 1 ? 'question' : 'questions'} in the last ${RECENT_DAYS} days. Near-duplicates are grouped; the ones I answered worst come first. Who asked is never shown.`,
        },
      ],
    },
  ];
  if (groups.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: 'Nothing waiting: every recent question got an answer nobody objected to.' } });
    return blocks;
  }
  for (const g of groups.slice(0, HR_HOME_GROUPS)) {
    const also = g.variants.length > 0 ? `\n_Also asked as:_ ${g.variants.slice(0, 3).map((v) => `“${escapeSlackText(clip(v, 150))}”`).join(', ')}${g.variants.length > 3 ? ` and ${g.variants.length - 3} more` : ''}` : '';
    blocks.push({
      type: 'section',
      block_id: `hr_group_${g.rank}`,
      text: { type: 'mrkdwn', text: `*${g.rank}. “${escapeSlackText(clip(g.question, 500))}”*\n${groupSummary(g)}${also}` },
      accessory: {
        type: 'button',
        action_id: ACTION.hrAnswer,
        text: { type: 'plain_text', text: 'Answer' },
        value: JSON.stringify({ anchor: g.key, since: since.getTime() }),
      },
    });
  }
  return blocks;
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

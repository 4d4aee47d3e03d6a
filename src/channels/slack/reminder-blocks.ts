import type { types } from '@slack/bolt';
import type { PlannedReminder } from '../../reminders/planned-reminder.js';
import { ACTION } from './action-ids.js';
import { answerSections } from './render-reply.js';

/**
 * A reminder as Block Kit. A reminder DM gets what the person can do about it: "Done"
 * when the milestone asks for an action, "Remind me tomorrow", and "Stop these nudges"
 * only when HR has not marked it essential (the listener refuses it on an essential one
 * too, in case an old message is clicked). Channel announcements, manager digests and
 * date-change notices get no buttons: they are read, not acted on by one person.
 */
export function reminderBlocks(reminder: PlannedReminder, mrkdwn: string): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = answerSections(mrkdwn);
  if (reminder.kind !== 'dm') return blocks;
  const button = (actionId: string, text: string): types.Button => ({ type: 'button', action_id: actionId, text: { type: 'plain_text', text }, value: reminder.key });
  const elements: types.Button[] = [];
  if (reminder.milestone.action) elements.push({ ...button(ACTION.reminderDone, 'Done'), style: 'primary' });
  elements.push(button(ACTION.reminderSnooze, 'Remind me tomorrow'));
  if (!reminder.essential) {
    elements.push({
      ...button(ACTION.reminderStop, 'Stop these nudges'),
      confirm: {
        title: { type: 'plain_text', text: 'Stop reminders?' },
        text: { type: 'plain_text', text: "You won't get reminders HR hasn't marked essential. Essential ones still come." },
        confirm: { type: 'plain_text', text: 'Stop them' },
        deny: { type: 'plain_text', text: 'Keep them' },
      },
    });
  }
  blocks.push({ type: 'actions', block_id: 'reminder', elements });
  return blocks;
}

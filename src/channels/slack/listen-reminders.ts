import type { App } from '@slack/bolt';
import { ACTION } from './action-ids.js';
import { resolveAsker } from './asker.js';
import { sendDm } from './deliver.js';
import { publishHome } from './publish-home.js';
import { pressReminderButton, type ReminderButton } from './reminder-buttons.js';
import { postToResponseUrl } from './response-url.js';
import type { SlackRuntime } from './runtime.js';
import { pseudonym } from './structured-log.js';

const BUTTONS: Readonly<Record<string, ReminderButton>> = {
  [ACTION.reminderDone]: 'done',
  [ACTION.reminderSnooze]: 'snooze',
  [ACTION.reminderStop]: 'stop',
};

/** The buttons on reminder DMs: Done, Remind me tomorrow, Stop these nudges. The answer is seen only by the person who pressed. */
export function listenReminders(app: App, rt: SlackRuntime): void {
  app.action(new RegExp(`^(${ACTION.reminderDone}|${ACTION.reminderSnooze}|${ACTION.reminderStop})$`), async ({ ack, body, action }) => {
    await ack();
    if (action.type !== 'button' || !('action_id' in action) || !action.value) return;
    const button = BUTTONS[action.action_id];
    if (button === undefined) return;
    const key = action.value;
    const userId = body.user.id;
    const responseUrl = 'response_url' in body ? body.response_url : undefined;
    await rt.tasks.run(
      (async () => {
        const { pack } = rt.content();
        const who = await resolveAsker(rt, pack, userId);
        const result = pressReminderButton({
          button,
          key,
          employeeId: who.asker.employeeId,
          pack,
          actions: rt.store.actions,
          policy: rt.config.reminderHours,
          now: rt.now(),
        });
        rt.log.info('reminder button', { who: pseudonym(userId), button, recorded: result.recorded });
        const told = responseUrl
          ? await postToResponseUrl(responseUrl, { response_type: 'ephemeral', replace_original: false, text: result.text }, rt.config.timings)
          : false;
        if (!told) await sendDm(rt, userId, { text: result.text, blocks: [{ type: 'section', text: { type: 'plain_text', text: result.text } }] });
        // The Home tab lists outstanding actions: one done here leaves it.
        if (result.recorded === 'done') await publishHome(rt, userId);
      })(),
    );
  });
}

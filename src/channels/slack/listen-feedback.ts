import type { App } from '@slack/bolt';
import { ACTION } from './action-ids.js';
import { pseudonym } from './structured-log.js';
import { postToResponseUrl } from './response-url.js';
import type { SlackRuntime } from './runtime.js';

/** Thumbs up or down under an answer; the last click wins. */
export function listenFeedback(app: App, rt: SlackRuntime): void {
  app.action(new RegExp(`^(${ACTION.feedbackUp}|${ACTION.feedbackDown})$`), async ({ ack, body, action }) => {
    await ack();
    if (action.type !== 'button' || !('action_id' in action) || !action.value) return;
    const feedback = action.action_id === ACTION.feedbackUp ? 'up' : 'down';
    const stored = rt.store.questions.setFeedback(action.value, feedback, rt.now());
    rt.log.info('feedback', { q: action.value, feedback, stored, who: pseudonym(body.user.id) });
    const responseUrl = 'response_url' in body ? body.response_url : undefined;
    if (stored && responseUrl) {
      const text = feedback === 'up' ? 'Thanks, glad that helped.' : "Thanks for saying so: HR reviews answers people didn't find helpful.";
      await rt.tasks.run(postToResponseUrl(responseUrl, { response_type: 'ephemeral', replace_original: false, text }, rt.config.timings));
    }
  });
}

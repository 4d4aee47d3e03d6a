import type { App } from '@slack/bolt';
import { ACTION } from './action-ids.js';
import { resolveAsker } from './asker.js';
import { pseudonym } from './structured-log.js';
import { publishHome } from './publish-home.js';
import { postToResponseUrl } from './response-url.js';
import type { SlackRuntime } from './runtime.js';

/** The Home tab: published when opened; "Done" buttons on outstanding actions (when something records them). */
export function listenHome(app: App, rt: SlackRuntime): void {
  app.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home') return;
    rt.store.homeViewers.touch(event.user, rt.now());
    await rt.tasks.run(publishHome(rt, event.user));
  });

  app.action(new RegExp(`^${ACTION.markDone}:\\d+$`), async ({ ack, body, action }) => {
    await ack();
    const markDone = rt.markActionDone;
    if (markDone === null || action.type !== 'button' || !action.value) return;
    const actionId = action.value;
    const userId = body.user.id;
    await rt.tasks.run(
      (async () => {
        const { pack } = rt.content();
        const who = await resolveAsker(rt, pack, userId);
        const known = pack.timeline.some((m) => m.action?.id === actionId);
        if (who.asker.employeeId === null || !known) return;
        markDone(who.asker.employeeId, actionId, rt.now());
        rt.log.info('action marked done', { who: pseudonym(userId), action: actionId });
        const responseUrl = 'response_url' in body ? body.response_url : undefined;
        if (responseUrl) await postToResponseUrl(responseUrl, { response_type: 'ephemeral', replace_original: false, text: 'Marked as done.' }, rt.config.timings);
        await publishHome(rt, userId);
      })(),
    );
  });
}

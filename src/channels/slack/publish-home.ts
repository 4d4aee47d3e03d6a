import { needingAnswers } from '../../hr/rank.js';
import { resolveAsker } from './asker.js';
import { recentGroups } from './faq-authoring.js';
import { hrHomeBlocks } from './render-hr-home.js';
import { errorCode, pseudonym } from './structured-log.js';
import { renderHome } from './render-home.js';
import type { SlackRuntime } from './runtime.js';
import { unmatchedOverview } from './unmatched.js';

/** Publishes a person's Home tab (views.publish). Returns false if Slack could not be reached. */
export async function publishHome(rt: SlackRuntime, userId: string): Promise<boolean> {
  try {
    const now = rt.now();
    const { pack, assistant } = rt.content();
    const who = await resolveAsker(rt, pack, userId);
    const match = who.identity.match;
    const overview = assistant.overview(who.asker, now) ?? unmatchedOverview(pack, match === 'no-email' ? 'no-email' : 'not-in-staff-list');
    const hrBlocks = who.asker.isHr ? hrSection(rt, now) : [];
    const view = renderHome({ pack, overview, command: rt.config.command, markDone: rt.markActionDone !== null, now, hrBlocks });
    await rt.client.views.publish({ user_id: userId, view });
    rt.log.info('home published', { who: pseudonym(userId), matched: match });
    return true;
  } catch (error) {
    rt.log.warn('home not published', { who: pseudonym(userId), error: errorCode(error) });
    return false;
  }
}

/** Republishes every Home tab that has been opened, one at a time (views.publish is rate limited). */
export async function republishHomes(rt: SlackRuntime): Promise<void> {
  const viewers = rt.store.homeViewers.list(new Date(0));
  let failed = 0;
  for (const userId of viewers) if (!(await publishHome(rt, userId))) failed++;
  rt.log.info('home tabs republished', { viewers: viewers.length, failed });
}

/** HR's part of the Home tab: the recent questions still waiting for an answer. */
function hrSection(rt: SlackRuntime, now: Date) {
  const recent = recentGroups(rt, now);
  return hrHomeBlocks(needingAnswers(recent.groups), recent.questions, recent.since);
}

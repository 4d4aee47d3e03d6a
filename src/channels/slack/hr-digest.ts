import cron, { type ScheduledTask } from 'node-cron';
import { needingAnswers, rankQuestionGroups } from '../../hr/rank.js';
import { groupSummary } from '../../hr/report.js';
import { daysBefore, DIGEST_DAYS } from '../../hr/recent.js';
import { formatDate, instantToZoned } from '../../time/zoned.js';
import { escapeSlackText } from './escape.js';
import type { SlackMessage } from './render-reply.js';
import type { SlackRuntime } from './runtime.js';
import { errorCode } from './structured-log.js';

/** Mondays at 09:00, in the pack's time zone. */
export const DIGEST_SCHEDULE = '0 9 * * 1';
const SHOWN = 5;

/**
 * The weekly digest in HR's channel: how many questions came in over the seven days
 * before `now`, and the recurring ones answered worst. Only general questions are
 * listed: the channel is read by more than one person, and questions about someone's own
 * post are likelier to hold their details. Nobody who asked is named. Returns whether it
 * was posted (not without an HR channel, or when Slack refused).
 */
export async function runDigest(rt: SlackRuntime, now: Date): Promise<boolean> {
  const channel = rt.config.hrChannelId;
  if (channel === null) return false;
  const records = rt.store.questions.list(daysBefore(now, DIGEST_DAYS)).filter((q) => q.askedAt.getTime() <= now.getTime() && q.intent === 'general');
  const groups = rankQuestionGroups(records, rt.hrTools.analyzer);
  const message = digestMessage(records.length, needingAnswers(groups), now, rt.content().pack.consultation.timeZone);
  try {
    await rt.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
    rt.log.info('weekly digest posted', { questions: records.length, groups: groups.length });
    return true;
  } catch (error) {
    rt.log.warn('weekly digest not posted', { error: errorCode(error) });
    return false;
  }
}

export function digestMessage(questions: number, waiting: ReturnType<typeof needingAnswers>, now: Date, timeZone: string): SlackMessage {
  const day = formatDate(instantToZoned(now, timeZone).date);
  const head = `:bar_chart: *Weekly digest*: ${questions} general ${questions === 1 ? 'question' : 'questions'} in the seven days to ${day}.`;
  if (waiting.length === 0) {
    return { text: 'Weekly digest of staff questions', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `${head}\nNothing is waiting for an answer.` } }] };
  }
  const lines = waiting.slice(0, SHOWN).map((g, i) => `${i + 1}. “${escapeSlackText(g.question.slice(0, 300))}”: ${groupSummary(g)}`);
  const more = waiting.length > SHOWN ? `\n…and ${waiting.length - SHOWN} more.` : '';
  return {
    text: 'Weekly digest of staff questions',
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `${head} These recur or went unanswered, worst first:` } },
      { type: 'section', text: { type: 'mrkdwn', text: `${lines.join('\n')}${more}` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Answer them from the app’s Home tab (HR only): an answer is saved as an FAQ, and the people who asked are told.' }] },
    ],
  };
}

/** Runs the digest on schedule until stopped. The time zone is the pack's when it starts. */
export function scheduleDigest(rt: SlackRuntime): { stop(): Promise<void> } {
  const task: ScheduledTask = cron.schedule(DIGEST_SCHEDULE, async () => void (await rt.tasks.run(runDigest(rt, rt.now()))), {
    name: 'hr-digest',
    timezone: rt.content().pack.consultation.timeZone,
    noOverlap: true,
    logger: {
      info: (m) => rt.log.debug(`node-cron: ${m}`),
      warn: (m) => rt.log.warn(`node-cron: ${m}`),
      error: (m) => rt.log.error(`node-cron: ${m instanceof Error ? m.name : m}`),
      debug: () => undefined,
    },
  });
  return {
    async stop() {
      await task.stop();
      await task.destroy();
    },
  };
}

import { webApi, type Logger } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { ContentPack } from '../../content/types.js';
import { SlackReminderChannel } from '../../reminders/slack-reminder-channel.js';
import { slackClientOptions } from './create-app.js';
import { forBolt } from './create-logger.js';
import { markdownToMrkdwn } from './mrkdwn.js';
import { reminderBlocks } from './reminder-blocks.js';

/**
 * Where the scheduler posts reminders: DMs and the announcement channel, rendered as the
 * Slack channel renders replies, with the reminder buttons. Its WebClient is not the
 * answers' one: it must never retry on its own (a resent post whose fate is unknown is
 * how a reminder arrives twice) and must hand 429s back, since delivery waits out
 * Retry-After itself and keeps count.
 */
export function createSlackReminderChannel(config: SlackConfig, pack: () => ContentPack, logger: Logger): SlackReminderChannel {
  const client = new webApi.WebClient(config.botToken, {
    ...slackClientOptions(config, forBolt(logger)),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
  return new SlackReminderChannel(client, { pack, announceChannel: config.announceChannelId, render: markdownToMrkdwn, blocks: reminderBlocks });
}

/**
 * The Slack channel: a Bolt app (Socket Mode or HTTP) that turns Slack traffic into
 * questions for the core and delivers its Replies. What belongs here: receiving (signed,
 * deduplicated, recorded before acknowledging), identity and roles, rendering a Reply as
 * Block Kit, and delivery that keeps anything personal out of channels. What does not:
 * answering, which is the core's (`assistant.reply`), and state, which is `store/`'s.
 */
export { startSlack, type SlackDeps, type SlackHandle } from './start-slack.js';
export { createLogger } from './create-logger.js';
export { markdownToMrkdwn } from './mrkdwn.js';
export { createSlackReminderChannel } from './reminder-channel.js';
export { structuredLog } from './structured-log.js';
export type { MarkActionDone } from './runtime.js';

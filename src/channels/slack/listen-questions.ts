import type { App } from '@slack/bolt';
import { ACTION } from './action-ids.js';
import { answerQuestion } from './answer-question.js';
import { answerHrCommand, isHrCommand } from './hr-command.js';
import { receiptFrom } from './receive.js';
import type { SlackRuntime } from './runtime.js';

/**
 * The ways to ask: a DM to the app, an @mention in a channel, the slash command, and the
 * "Ask: <the nearest entry>" button under an abstention.
 * Bolt has already told Slack "received" (events) or we do it first thing (commands),
 * so the answer can take as long as Slack's API needs.
 */
export function listenQuestions(app: App, rt: SlackRuntime): void {
  const handle = async (context: Readonly<Record<string, unknown>>, body: unknown): Promise<void> => {
    const receipt = receiptFrom(rt, context, body);
    if (receipt === null) return;
    if (receipt.duplicate) {
      rt.log.info('repeat delivery ignored', {
        surface: receipt.question.surface,
        retry: typeof context['retryNum'] === 'number' ? context['retryNum'] : undefined,
        reason: typeof context['retryReason'] === 'string' ? context['retryReason'] : undefined,
      });
      return;
    }
    await rt.tasks.run(answerQuestion(rt, receipt.question, { recorded: receipt.recorded }));
  };

  app.event('message', async ({ context, body }) => handle(context, body));
  app.event('app_mention', async ({ context, body }) => handle(context, body));
  app.command(rt.config.command, async ({ ack, context, body }) => {
    await ack();
    if (isHrCommand(body.text)) {
      await rt.tasks.run(answerHrCommand(rt, body.user_id, body.response_url));
      return;
    }
    await handle(context, body);
  });
  app.action(ACTION.askNearest, async ({ ack, context, body }) => {
    await ack();
    await handle(context, body);
  });
}

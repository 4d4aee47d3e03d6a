import type { ServerResponse } from 'node:http';
import { App, HTTPModuleFunctions, HTTPReceiver, SocketModeReceiver, type Logger, type Receiver, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';

/**
 * The WebClient's options: Slack's URL (or SLACK_API_URL), a per-call timeout so a hung
 * connection is abandoned, and the retry policy for 429 (after Retry-After), 5xx and
 * network errors, all from config so tests can make them fast.
 */
export function slackClientOptions(config: SlackConfig, logger: Logger): webApi.WebClientOptions {
  const t = config.timings;
  return {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    logger,
    timeout: t.apiTimeoutMs,
    retryConfig: { retries: t.apiRetries, factor: t.apiRetryFactor, minTimeout: t.apiRetryMinMs, maxTimeout: t.apiRetryMaxMs },
    rejectRateLimitedCalls: false,
  };
}

export interface BotIdentity {
  readonly userId: string;
  readonly botId: string;
}

/** Turns a request body into context properties for the listeners; called before Bolt acknowledges. */
export type OnReceipt = (body: unknown) => Record<string, unknown>;

/**
 * A Bolt app on the receiver the config asks for: Socket Mode, or HTTP with the Events
 * API at /slack/events and GET /healthz. Our receipt hook runs inside the receiver,
 * before Bolt acknowledges, because Bolt acks events before any listener runs: a question
 * must be on disk before Slack is told it arrived. The bot's ids are passed in (from our
 * own auth.test) so Bolt makes no call of its own per event.
 */
export function createApp(config: SlackConfig, logger: Logger, bot: BotIdentity, onReceipt: OnReceipt): App {
  const clientOptions = slackClientOptions(config, logger);
  const receiver: Receiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({
          appToken: config.appToken ?? '',
          logger,
          installerOptions: { clientOptions },
          customPropertiesExtractor: (args: { body?: unknown }) => onReceipt(args.body),
        })
      : new HTTPReceiver({
          signingSecret: config.signingSecret ?? '',
          endpoints: '/slack/events',
          port: config.port,
          logger,
          // Ack first, answer after: Slack wants a response within three seconds.
          processBeforeResponse: false,
          customRoutes: [{ path: '/healthz', method: ['GET'], handler: healthz }],
          customPropertiesExtractor: (req) => onReceipt(HTTPModuleFunctions.parseHTTPRequestBody(req)),
        });
  return new App({
    token: config.botToken,
    botId: bot.botId,
    botUserId: bot.userId,
    receiver,
    logger,
    logLevel: logger.getLevel(),
    clientOptions,
    convoStore: false,
  });
}

function healthz(_req: unknown, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ ok: true }));
}

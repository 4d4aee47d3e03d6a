import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { webApi, type Logger } from '@slack/bolt';
import type { Assistant } from '../../assistant/reply.js';
import type { SlackConfig } from '../../config.js';
import type { ReloadResult } from '../../content/live-pack.js';
import type { ContentError, ContentPack } from '../../content/types.js';
import { writeAllBytes, type WriteBytes } from '../../hr/write-file-atomic.js';
import { shippedAnalyzer } from '../../search/shipped-analyzer.js';
import type { Store } from '../../store/store.js';
import { createApp, slackClientOptions, type BotIdentity } from './create-app.js';
import { forBolt } from './create-logger.js';
import { DirectMessages } from './direct-messages.js';
import { HrDirectory } from './hr-directory.js';
import { IdentityResolver } from './identity.js';
import { listenAskHr } from './listen-ask-hr.js';
import { listenFeedback } from './listen-feedback.js';
import { runDigest, scheduleDigest } from './hr-digest.js';
import { listenHr } from './listen-hr.js';
import { notifyAnswered } from './notify-answered.js';
import { PACK_FIXED, packErrorsMessage } from './pack-errors-message.js';
import { listenHome } from './listen-home.js';
import { listenQuestions } from './listen-questions.js';
import { listenReminders } from './listen-reminders.js';
import { errorCode, structuredLog } from './structured-log.js';
import { republishHomes } from './publish-home.js';
import { RECEIPT_KEY, receive } from './receive.js';
import type { SlackMessage } from './render-reply.js';
import { retryPending } from './retry-pending.js';
import type { Content, MarkActionDone, SlackRuntime } from './runtime.js';
import { platformError } from './platform-error.js';
import { Tasks } from './tasks.js';

export interface SlackDeps {
  readonly pack: ContentPack;
  readonly assistant: Assistant;
  readonly store: Store;
  /** Bolt's Logger interface; see `createLogger`. */
  readonly logger: Logger;
  /** The clock. Only entry points (and tests) choose it. */
  readonly now?: () => Date;
  /** Records "Done" on an outstanding action; without it no Done buttons are shown. */
  readonly markActionDone?: MarkActionDone;
  /** Validates the pack folder again and swaps it in (`LivePack.reload`): for HR's FAQs and `reload`. */
  readonly reloadPack?: () => ReloadResult;
  /** How FAQ files are written; tests pass one that fails as a full disk does. */
  readonly writeFaqBytes?: WriteBytes;
}

export interface SlackHandle {
  /** HTTP mode: the port listened on (PORT=0 picks a free one); null in Socket Mode. */
  readonly port: number | null;
  /** Swaps in a new pack and its assistant, then republishes every opened Home tab (resolves when done). */
  onPackChanged(pack: ContentPack, assistant: Assistant): Promise<void>;
  /** Tells HR's channel that the pack on disk is broken and the last good one is still serving. */
  reportPackErrors(errors: readonly ContentError[]): Promise<void>;
  /** Posts HR's weekly digest for the seven days before `now` (scheduled Mondays 09:00, pack time). */
  runDigest(now: Date): Promise<boolean>;
  /** Tries unanswered questions again now (it also happens on a timer). */
  retryPending(): Promise<void>;
  /** Resolves when no answer or publish is in progress. */
  idle(): Promise<void>;
  /** Stops receiving, then waits (up to `graceMs`) for answers in progress. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts the Slack channel: checks the bot token with Slack (auth.test), starts Bolt on
 * Socket Mode or HTTP, answers any question left unanswered by a previous run, and keeps
 * retrying unanswered ones while Slack is unreachable.
 */
export async function startSlack(config: SlackConfig, deps: SlackDeps): Promise<SlackHandle> {
  const log = structuredLog(deps.logger);
  const boltLogger = forBolt(deps.logger);
  const client = new webApi.WebClient(config.botToken, slackClientOptions(config, boltLogger));
  const bot = await whoAmI(client);
  let content: Content = { pack: deps.pack, assistant: deps.assistant };
  const store = deps.store;
  const rt: SlackRuntime = {
    config,
    store,
    log,
    now: deps.now ?? (() => new Date()),
    tasks: new Tasks(),
    client,
    botUserId: bot.userId,
    identities: new IdentityResolver(client, store.identities, config.timings.identityCacheMs),
    hr: new HrDirectory(client, config.hrUserIds, config.hrUsergroupId, config.timings.hrGroupCacheMs, log),
    dms: new DirectMessages(client),
    inFlight: new Set(),
    markActionDone: deps.markActionDone ?? null,
    content: () => content,
    hrTools: {
      analyzer: shippedAnalyzer(),
      reloadPack: deps.reloadPack ?? null,
      writeFaqBytes: deps.writeFaqBytes ?? writeAllBytes,
    },
  };

  const app = createApp(config, boltLogger, bot, (body) => {
    try {
      const receipt = receive(rt, body);
      return receipt ? { [RECEIPT_KEY]: receipt } : {};
    } catch (error) {
      // The listener records it instead; the receiver must not fail on our account.
      log.error('could not record a received question', { error: errorCode(error) });
      return {};
    }
  });
  app.error(async (error) => log.error('listener failed', { error: errorCode(error) }));
  listenQuestions(app, rt);
  listenHome(app, rt);
  listenFeedback(app, rt);
  listenAskHr(app, rt);
  listenHr(app, rt);
  listenReminders(app, rt);

  let port: number | null = null;
  if (config.mode === 'http') {
    const server = await app.start(config.host === null ? config.port : { port: config.port, host: config.host });
    port = (server.address() as AddressInfo).port;
  } else {
    await app.start();
  }

  let sweeping: Promise<void> | null = null;
  const sweep = (): Promise<void> => {
    sweeping ??= rt.tasks
      .run(retryPending(rt))
      .catch((error: unknown) => log.error('retrying unanswered questions failed', { error: errorCode(error) }))
      .finally(() => {
        sweeping = null;
      });
    return sweeping;
  };
  void sweep();
  const timer = setInterval(() => void sweep(), config.timings.retryPendingEveryMs);
  timer.unref();
  // Answers HR saved while the bot was down are announced now.
  void rt.tasks.run(notifyAnswered(rt));
  const digest = scheduleDigest(rt);
  log.info('slack channel started', { mode: config.mode, port: port ?? undefined });

  // Whether HR's channel was last told the pack is broken, so it can be told when it is fixed.
  let packBroken = false;
  const postToHr = async (message: SlackMessage, what: string) => {
    if (config.hrChannelId === null) return;
    try {
      await client.chat.postMessage({ channel: config.hrChannelId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
    } catch (error) {
      log.warn(`${what} not posted to HR's channel`, { error: errorCode(error) });
    }
  };

  let stopped = false;
  return {
    port,
    async onPackChanged(pack, assistant) {
      content = { pack, assistant };
      log.info('pack changed; republishing home tabs');
      const fixed = packBroken ? postToHr(PACK_FIXED, 'pack fixed notice') : Promise.resolve();
      packBroken = false;
      await rt.tasks.run(Promise.all([fixed, republishHomes(rt), notifyAnswered(rt)]));
    },
    async reportPackErrors(errors) {
      packBroken = true;
      log.warn('pack errors reported to HR', { problems: errors.length });
      await rt.tasks.run(postToHr(packErrorsMessage(errors), 'pack errors'));
    },
    runDigest: (now) => rt.tasks.run(runDigest(rt, now)),
    retryPending: sweep,
    idle: () => rt.tasks.idle(),
    async stop(graceMs = 10_000) {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await digest.stop();
      await app.stop();
      const waited = await Promise.race([rt.tasks.idle().then(() => true), sleep(graceMs, false, { ref: false })]);
      if (!waited) log.warn('stopped with answers still in progress; they will be answered after the next start');
      log.info('slack channel stopped');
    },
  };
}

/** The bot's own ids, and the first check of the token: a wrong one fails here, saying what to fix. */
async function whoAmI(client: webApi.WebClient): Promise<BotIdentity> {
  try {
    const result = await client.auth.test();
    if (!result.user_id || !result.bot_id) throw new Error('auth.test did not name a bot user');
    return { userId: result.user_id, botId: result.bot_id };
  } catch (error) {
    const code = platformError(error);
    if (code !== null) {
      throw new Error(
        `Slack rejected SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-...) from your Slack app's OAuth & Permissions page, and check that the app is installed in the workspace.`,
        { cause: error },
      );
    }
    throw error;
  }
}

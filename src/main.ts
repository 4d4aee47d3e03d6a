import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@slack/bolt';
import { createDefaultAssistant } from './assistant/default-assistant.js';
import type { Assistant } from './assistant/reply.js';
import { runConsoleChat } from './channels/console/console-chat.js';
import { createLogger, createSlackReminderChannel, startSlack, structuredLog } from './channels/slack/index.js';
import { contentDir } from './cli/content-dir.js';
import { loadPackOrExit } from './cli/load-or-exit.js';
import { ConfigError, loadConfig, type Config, type SlackConfig } from './config.js';
import { formatContentError } from './content/content-error.js';
import { createLivePack, type LivePack } from './content/live-pack.js';
import { createReminderScheduler, type ReminderScheduler } from './reminders/scheduler.js';
import { openStore, type Store } from './store/index.js';

/**
 * Entry point: config -> pack -> store -> channel. With no Slack tokens set it runs the
 * terminal chat on the pack, so `npm install && npm start` works on a fresh machine.
 * The pack is watched: a valid edit is swapped in, a broken one is reported and the last
 * good pack keeps serving.
 */
async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  // A .env file is a convenience for admins; the real environment wins over it.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  const flag = argv.indexOf('--content');
  const dir = contentDir(flag >= 0 ? argv[flag + 1] : (config.contentDir ?? undefined), env);
  const first = loadPackOrExit(dir, 'start');
  const store = openStore(config.dataDir);
  // Read per reply, so an action marked done shows as done at once.
  const completedActions = (employeeId: string) => store.actions.completedBy(employeeId);
  const live = createLivePack<Assistant>(dir, first, (pack) => createDefaultAssistant(pack, { completedActions }));
  const logger = createLogger(config.logLevel);
  live.onErrors((errors) => {
    logger.error(`the pack in ${dir} has ${errors.length} problems; still serving the last good pack`);
    // staff.csv cells are personal data: its messages can quote them, so the log names only the place.
    for (const error of errors) {
      logger.error(`  ${error.file.endsWith('staff.csv') ? `${error.file} line ${error.line ?? '?'}: ${error.field ?? ''} (run npm run check for the detail)` : formatContentError(error)}`);
    }
  });
  live.watch();

  if (config.mode === 'console') {
    await runConsoleChat({
      content: () => ({ pack: live.current().pack, assistant: live.current().built }),
      input: process.stdin,
      output: process.stdout,
      startedAt: new Date(),
      interactive: process.stdin.isTTY === true,
      reminders: { actions: store.actions, policy: config.reminderHours },
      hr: { store, reload: () => live.reload() },
    });
    live.close();
    store.close();
    return;
  }

  const markActionDone = (employeeId: string, actionId: string, at: Date) => void store.actions.complete({ employeeId, actionId, source: 'home', completedAt: at });
  const slack = await startSlack(config.slack, { pack: first, assistant: live.current().built, store, logger, markActionDone, reloadPack: () => live.reload() });
  live.onSwap((next) => void slack.onPackChanged(next.pack, next.built));
  live.onErrors((errors) => void slack.reportPackErrors(errors));
  const scheduler = startReminders(config.slack, live, store, logger);
  const shutdown = async () => {
    live.close();
    await scheduler.stop();
    await slack.stop();
    store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

/**
 * The reminder scheduler on the live pack: catches up on what was missed while the bot was
 * down, then runs every minute; a reload runs it at once, so a moved date is announced
 * (once) and its reminders follow the new date.
 */
function startReminders(config: SlackConfig, live: LivePack<Assistant>, store: Store, logger: Logger): ReminderScheduler {
  const log = structuredLog(logger);
  if (config.announceChannelId === null) log.warn('ANNOUNCE_CHANNEL is not set: reminders for everyone are not posted (people still get their own)');
  const pack = () => live.current().pack;
  const scheduler = createReminderScheduler({
    pack,
    actions: store.actions,
    state: store.reminderState,
    ledger: store.ledger,
    channel: createSlackReminderChannel(config, pack, logger),
    policy: config.reminderHours,
    announce: config.announceChannelId !== null,
    clock: () => new Date(),
    sleep: (ms) => sleep(ms),
    // About one post a second: Slack's pace for chat.postMessage (see deliverReminders).
    intervalMs: 1_000,
    log,
  });
  void scheduler.start().catch(() => undefined);
  live.onSwap(() => void scheduler.tick().catch(() => undefined));
  return scheduler;
}

await main(process.argv.slice(2), process.env);

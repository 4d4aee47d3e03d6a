import { existsSync } from 'node:fs';
import { createDefaultAssistant } from './assistant/default-assistant.js';
import type { Assistant } from './assistant/reply.js';
import { runConsoleChat } from './channels/console/console-chat.js';
import { createLogger, startSlack } from './channels/slack/index.js';
import { contentDir } from './cli/content-dir.js';
import { loadPackOrExit } from './cli/load-or-exit.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { formatContentError } from './content/content-error.js';
import { createLivePack } from './content/live-pack.js';
import { openStore } from './store/index.js';

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
  const live = createLivePack<Assistant>(dir, first, (pack) => createDefaultAssistant(pack));
  const store = openStore(config.dataDir);
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
    });
    live.close();
    store.close();
    return;
  }

  const slack = await startSlack(config.slack, { pack: first, assistant: live.current().built, store, logger });
  live.onSwap((next) => void slack.onPackChanged(next.pack, next.built));
  const shutdown = async () => {
    live.close();
    await slack.stop();
    store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

await main(process.argv.slice(2), process.env);

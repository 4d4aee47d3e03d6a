import { createDefaultAssistant } from './assistant/default-assistant.js';
import { runConsoleChat } from './channels/console/console-chat.js';
import { contentDir } from './cli/content-dir.js';
import { loadPackOrExit } from './cli/load-or-exit.js';

/**
 * Entry point: config -> pack -> assistant -> channel. With no Slack tokens set it runs
 * the terminal chat on the pack, so `npm install && npm start` works on a fresh machine.
 */
async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const flag = argv.indexOf('--content');
  const pack = loadPackOrExit(contentDir(flag >= 0 ? argv[flag + 1] : undefined, env), 'start');
  const assistant = createDefaultAssistant(pack);
  await runConsoleChat({
    pack,
    assistant,
    input: process.stdin,
    output: process.stdout,
    startedAt: new Date(),
    interactive: process.stdin.isTTY === true,
  });
}

await main(process.argv.slice(2), process.env);

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createDefaultAssistant } from '../assistant/default-assistant.js';
import type { Asker, Reply } from '../assistant/reply.js';
import type { ContentPack } from '../content/types.js';
import { isIsoDate, zonedToInstant } from '../time/zoned.js';
import { contentDir } from './content-dir.js';
import { loadPackOrExit } from './load-or-exit.js';

const USAGE = 'usage: npm run -s ask -- [--content DIR] [--as EMPLOYEE_ID] [--at YYYY-MM-DD] [--json] [QUESTION]';

function fail(message: string): never {
  console.error(`ask: ${message}`);
  process.exit(2);
}

/** `--at` names a day; the assistant stands at 09:00 that day in the pack's time zone. */
export function instantForDay(pack: ContentPack, day: string): Date {
  return zonedToInstant(`${day}T09:00`, pack.consultation.timeZone);
}

function render(question: string, reply: Reply, json: boolean): string {
  if (json) {
    return JSON.stringify({
      question,
      text: reply.text,
      abstained: reply.abstained,
      confidence: reply.confidence,
      sources: reply.sources.map((s) => ({ title: s.title, ref: s.ref })),
      private: reply.private,
    });
  }
  const sources = reply.sources.length > 0 ? ` [sources: ${reply.sources.map((s) => s.ref).join(', ')}]` : '';
  return `${reply.text.replace(/\s*\n\s*/g, ' ')}${sources}`;
}

async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { content: { type: 'string' }, as: { type: 'string' }, at: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.at !== undefined && !isIsoDate(values.at)) fail(`--at "${values.at}" is not a date; write it as YYYY-MM-DD`);
  const pack = loadPackOrExit(contentDir(values.content, env), 'ask');
  if (values.as !== undefined && !pack.staff.has(values.as)) fail(`--as "${values.as}" is not an employee id in this pack's staff.csv`);

  const assistant = createDefaultAssistant(pack);
  const asker: Asker = { employeeId: values.as ?? null, isHr: false };
  const now = values.at === undefined ? new Date() : instantForDay(pack, values.at);
  const answer = (question: string) => console.log(render(question, assistant.reply(question, asker, now), values.json));

  if (positionals.length > 0) {
    answer(positionals.join(' '));
    return;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) answer(line);
}

await main(process.argv.slice(2), process.env);

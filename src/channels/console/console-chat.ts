import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Assistant, Asker } from '../../assistant/reply.js';
import type { ContentPack } from '../../content/types.js';
import { lastDay } from '../../status/deadlines.js';
import { formatDate, instantToZoned, isIsoDate, zonedToInstant } from '../../time/zoned.js';
import { renderForTerminal } from './render-terminal.js';

export interface ConsoleOptions {
  /** The pack and assistant being served, read per line: a reload swaps them underneath. */
  readonly content: () => { readonly pack: ContentPack; readonly assistant: Assistant };
  readonly input: Readable;
  readonly output: Writable;
  /** The real moment the chat starts (the entry point reads the clock, not this module). */
  readonly startedAt: Date;
  /** Show a prompt: only when a person is typing, not when input is piped. */
  readonly interactive: boolean;
}

const HELP = `Commands:
  /as EMPLOYEE_ID   be a person from the pack's staff list (e.g. /as E030); /as nobody to be no one
  /at YYYY-MM-DD    stand on a day of the timeline (e.g. /at 2011-03-28)
  /whoami           who and when you are
  /help             this list
  /quit             leave (or end of input)
Anything else is a question, e.g. "Is my post at risk?", "When does the consultation close?",
"How much redundancy pay would I get?", "How is my team affected?"`;

/** The day the chat starts on: today, unless today is outside the pack's timeline. */
export function startingInstant(pack: ContentPack, now: Date): { at: Date; note: string | null } {
  const tz = pack.consultation.timeZone;
  const today = instantToZoned(now, tz).date;
  const last = pack.timeline.reduce((max, m) => (lastDay(m.when) > max ? lastDay(m.when) : max), pack.consultation.closes);
  if (today >= pack.consultation.opens && today <= last) return { at: now, note: null };
  const opens = pack.consultation.opens;
  return {
    at: zonedToInstant(`${opens}T09:00`, tz),
    note: `Today is outside this consultation's timeline, so the chat stands on ${formatDate(opens)}, the day it opened. Use /at to move.`,
  };
}

/**
 * The terminal chat: the same core as Slack, one line in, one reply out. Reads until the
 * end of input, so `echo "Is my post at risk?" | npm start` works.
 */
export async function runConsoleChat(options: ConsoleOptions): Promise<void> {
  const { output } = options;
  const pack = () => options.content().pack;
  const tz = pack().consultation.timeZone;
  const write = (text: string) => output.write(`${text}\n`);
  const start = startingInstant(pack(), options.startedAt);
  let now = start.at;
  let asker: Asker = { employeeId: null, isHr: false };

  const whoami = () => {
    const who = asker.employeeId === null ? 'nobody in particular (general answers only)' : `${pack().staff.get(asker.employeeId)?.name ?? asker.employeeId} (${asker.employeeId})`;
    return `You are ${who}, on ${formatDate(instantToZoned(now, tz).date)}.`;
  };

  write(`${pack().consultation.title} (${pack().consultation.organisation})`);
  write('Ask a question, or /help for commands.');
  if (start.note) write(start.note);

  const rl = createInterface({ input: options.input, crlfDelay: Infinity, terminal: false });
  const prompt = () => {
    if (options.interactive) output.write('> ');
  };
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    const [command, ...args] = line.split(/\s+/);
    const arg = args.join(' ');
    switch (command?.toLowerCase()) {
      case '':
        break;
      case '/quit':
      case '/exit':
        rl.close();
        return;
      case '/help':
        write(HELP);
        break;
      case '/whoami':
        write(whoami());
        break;
      case '/as':
        if (arg === '' || arg.toLowerCase() === 'nobody') {
          asker = { employeeId: null, isHr: false };
          write(whoami());
        } else if (pack().staff.has(arg)) {
          asker = { employeeId: arg, isHr: false };
          write(whoami());
        } else {
          write(`"${arg}" is not an employee id in the staff list; try e.g. /as ${[...pack().staff.keys()][0] ?? 'E001'}.`);
        }
        break;
      case '/at':
        if (!isIsoDate(arg)) {
          write('Write the date as YYYY-MM-DD, e.g. /at 2011-03-28.');
        } else {
          now = zonedToInstant(`${arg}T09:00`, tz);
          write(whoami());
        }
        break;
      default:
        if (command?.startsWith('/')) write(`Unknown command ${command.slice(0, 20)}; /help lists them.`);
        else write(renderForTerminal(options.content().assistant.reply(line, asker, now)));
    }
    write('');
    prompt();
  }
}

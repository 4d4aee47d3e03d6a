import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Assistant, Asker } from '../../assistant/reply.js';
import type { ContentPack } from '../../content/types.js';
import { lastDay } from '../../status/deadlines.js';
import { formatDate, instantToZoned, isIsoDate, zonedToInstant } from '../../time/zoned.js';
import { ConsoleHr, type ConsoleHrOptions } from './console-hr.js';
import { consoleReminders, type ConsoleRemindersOptions } from './console-reminders.js';
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
  /** Where `/done` is recorded and the reminders' working hours; `/at` shows reminders either way. */
  readonly reminders?: ConsoleRemindersOptions;
  /** The question log (questions are logged to it) and what HR mode needs; without it, neither. */
  readonly hr?: ConsoleHrOptions;
}

const HELP = `Commands:
  /as EMPLOYEE_ID   be a person from the pack's staff list (e.g. /as E030); /as nobody to be no one
  /at YYYY-MM-DD    stand on a day of the timeline (e.g. /at 2011-03-28); shows the reminders sent on the way
  /done ACTION_ID   mark one of your actions done (e.g. /done tier4-preference-sheet); no more reminders about it
  /ask              ask the nearer question I offered when I did not know an answer
  /whoami           who and when you are
  /hr               act as HR (again to stop), for:
    /report         the recurring and unanswered questions of the last 30 days, worst answered first
    /answer N       answer group N of the report as an FAQ: type the answer, a line with ".", then its source
    /reload         check the pack's files again and use them if they are valid
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
  const reminders = consoleReminders(options.reminders);
  const hr = new ConsoleHr(options.hr ?? null);
  // The entry named by the last abstention, for /ask: Slack offers it as a button.
  let nearest: string | undefined;
  const ask = (question: string) => {
    const reply = options.content().assistant.reply(question, { ...asker, isHr: hr.acting }, now);
    hr.log(question, reply, now);
    write(renderForTerminal(reply));
    nearest = reply.nearest;
    if (nearest !== undefined) write(`(/ask asks “${nearest}”)`);
  };

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
    if (hr.busy) {
      const out = hr.input(raw, { pack: pack(), now });
      if (out !== '') write(out);
      if (!hr.busy) write('');
      prompt();
      continue;
    }
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
          const before = now;
          now = zonedToInstant(`${arg}T09:00`, tz);
          write(whoami());
          for (const text of reminders.onTheWay(pack(), before, now, asker.employeeId)) write(text);
        }
        break;
      case '/done':
        write(reminders.markDone(pack(), asker.employeeId, arg, now));
        break;
      case '/ask':
        if (nearest === undefined) write('There is nothing to ask: I offer a nearer question only when I do not know an answer.');
        else ask(nearest);
        break;
      default: {
        if (command?.startsWith('/')) {
          write(hr.command(command.toLowerCase(), arg, { pack: pack(), now }) ?? `Unknown command ${command.slice(0, 20)}; /help lists them.`);
          break;
        }
        ask(line);
      }
    }
    write('');
    prompt();
  }
}

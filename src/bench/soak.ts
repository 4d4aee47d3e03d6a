import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeSlack } from '../../test/helpers/fake-slack.js';
import type { ContentPack } from '../content/types.js';
import { instantToZoned } from '../time/zoned.js';
import { generalQuestions, personalQuestions } from './bench-asks.js';
import { startBot } from './bot-process.js';
import { createRandom } from './random.js';
import { askers, botEnvironment } from './slack-e2e.js';
import { SlackLoad, type Asked } from './slack-load.js';
import { percentile, round } from './stats.js';

export interface SoakOptions {
  readonly minutes: number;
  /** The pack to serve (copied; its timeline gets the soak's reminders) and the same pack loaded. */
  readonly dir: string;
  readonly pack: ContentPack;
  readonly seed: number;
  /** One line a minute, and a summary at the end. */
  readonly print: (line: string) => void;
  readonly progress: (message: string) => void;
}

const PER_SECOND = 10;
const ASKERS = 200;
/** People reminded each minute: main.ts posts about one reminder a second. */
const REMINDED_EACH_MINUTE = 20;

/**
 * `npm run bench -- --soak MINUTES`: the bot as deployed (main.ts, HTTP mode, its own
 * process) on the large pack for MINUTES, answering mixed questions arriving at 10 a
 * second from 200 people while reminders fire every minute (a milestone a minute, each
 * reminding 20 people; working hours set to the whole day and week so they fire at any
 * time, bank holidays aside). Prints, every minute, the bot's resident memory and the
 * minute's answer latency, so drift shows. Not part of CI.
 */
export async function runSoak(options: SoakOptions): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-soak-'));
  const fake = await FakeSlack.start();
  const packDir = join(work, 'pack');
  try {
    const r = createRandom(options.seed);
    const start = nextMinute(new Date(Date.now() + 60_000));
    copyWithReminders(options.dir, packDir, options.pack, start, options.minutes, r);
    options.progress(`soak: starting the bot (main.ts) on a copy of the pack with a reminder to ${REMINDED_EACH_MINUTE} people every minute`);
    const bot = await startBot(
      { ...botEnvironment(fake, packDir, join(work, 'data')), REMINDER_HOURS: '00:00-24:00', REMINDER_DAYS: '1-7' },
      work,
    );
    try {
      const load = new SlackLoad(fake, bot.baseUrl);
      const people = askers(options.pack, r, ASKERS);
      const questions = [...generalQuestions(), ...personalQuestions(options.pack)];
      const began = performance.now();
      const first = bot.memory();
      options.print(`soak: ${options.minutes} min, ${PER_SECOND} questions a second from ${ASKERS} people; bot pid ${bot.pid}, ${first ? `${round(first.rssMb, 1)} MB resident at start` : 'no /proc here: memory not shown'}`);

      let minute: Asked[] = [];
      const inFlight = new Set<Promise<void>>();
      let asked = 0;
      let remindersBefore = 0;
      let problemsBefore = 0;
      const all: number[] = [];
      for (let m = 1; m <= options.minutes; m++) {
        const askedBefore = asked;
        // Open loop: questions leave on the clock, whether or not earlier ones were answered.
        const until = began + m * 60_000;
        for (let due = performance.now(); due < until; due += 1_000 / PER_SECOND) {
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
          const user = people[asked++ % people.length] ?? '';
          const ask = load.ask(user, r.pick(questions)).then((a) => void minute.push(a));
          inFlight.add(ask);
          void ask.finally(() => inFlight.delete(ask));
        }
        const done = minute;
        minute = [];
        const replies = done.map((a) => a.replyMs).filter((ms): ms is number => ms !== null);
        all.push(...replies);
        const memory = bot.memory();
        const reminders = load.reminders - remindersBefore;
        remindersBefore = load.reminders;
        const problems = bot.problems.length - problemsBefore;
        problemsBefore = bot.problems.length;
        options.print(
          [
            `minute ${m}:`,
            memory ? `rss ${round(memory.rssMb, 1)} MB (peak ${round(memory.hwmMb, 1)} MB),` : '',
            `asked ${asked - askedBefore}, answered ${replies.length}${done.length > replies.length ? ` (${done.length - replies.length} not within 30 s)` : ''},`,
            replies.length > 0 ? `p50 ${round(percentile(replies, 50), 1)} ms, p99 ${round(percentile(replies, 99), 1)} ms,` : '',
            done.length > 0 ? `acks max ${round(Math.max(...done.map((a) => a.ackMs)), 1)} ms,` : '',
            `reminders ${reminders} (${load.reminders} so far),`,
            `bot warnings ${problems}`,
          ]
            .filter(Boolean)
            .join(' '),
        );
        // The fake keeps every call; a long soak would grow this process, not the bot's.
        fake.calls.splice(0);
      }
      await Promise.all([...inFlight]);
      all.push(...minute.map((a) => a.replyMs).filter((ms): ms is number => ms !== null));
      const last = bot.memory();
      options.print(
        `soak done: ${asked} questions, ${all.length} answered in time, p50 ${round(percentile(all, 50), 1)} ms, p99 ${round(percentile(all, 99), 1)} ms; ` +
          `${load.reminders} reminders posted; ${first && last ? `rss ${round(first.rssMb, 1)} -> ${round(last.rssMb, 1)} MB, peak ${round(last.hwmMb, 1)} MB` : 'memory not shown'}` +
          `${bot.problems.length > 0 ? `; first bot warning: ${bot.problems[0] ?? ''}` : ''}`,
      );
    } finally {
      await bot.stop();
    }
  } finally {
    await fake.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function nextMinute(at: Date): Date {
  return new Date(Math.ceil(at.getTime() / 60_000) * 60_000);
}

/**
 * The pack, with a milestone a minute for the length of the soak (and two more), each
 * with a reminder a minute before it to a different 20 people, so one fires every
 * minute from `start`.
 */
function copyWithReminders(from: string, to: string, pack: ContentPack, start: Date, minutes: number, r: ReturnType<typeof createRandom>): void {
  for (const folder of ['consultation', 'faq', 'policies']) cpSync(join(from, folder), join(to, folder), { recursive: true });
  // People the fake Slack knows: those with a Slack id in the pack.
  const staff = r.shuffled([...pack.staff.values()].filter((e) => e.slackUserId !== null).map((e) => e.id));
  const timeZone = pack.consultation.timeZone;
  const entries: string[] = [];
  for (let i = 0; i < minutes + 2; i++) {
    const local = instantToZoned(new Date(start.getTime() + (i + 1) * 60_000), timeZone);
    const audience = Array.from({ length: REMINDED_EACH_MINUTE }, (_, k) => `employee:${staff[(i * REMINDED_EACH_MINUTE + k) % staff.length] ?? ''}`);
    entries.push(
      [
        `  - id: soak-check-in-${i + 1}`,
        `    title: "Check-in call ${i + 1}"`,
        `    at: ${local.date} ${local.time}`,
        `    audience: [${audience.join(', ')}]`,
        '    reminders: [1m]',
        '    status: confirmed',
        '    source: making-appointments',
      ].join('\n'),
    );
  }
  const timeline = join(to, 'consultation/timeline.yaml');
  writeFileSync(timeline, `${readFileSync(timeline, 'utf8').trimEnd()}\n${entries.join('\n')}\n`);
}

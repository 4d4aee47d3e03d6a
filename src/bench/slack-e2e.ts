import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeSlack } from '../../test/helpers/fake-slack.js';
import { TEST_SIGNING_SECRET } from '../../test/helpers/slack-requests.js';
import type { ContentPack } from '../content/types.js';
import { generalQuestions, personalQuestions } from './bench-asks.js';
import { target, type BenchContext, type BenchGroup, type BenchRow } from './bench-row.js';
import { startBot, type BotProcess } from './bot-process.js';
import { peaksNote, RSS_TARGET_MB } from './peak-memory.js';
import { createRandom, type Random } from './random.js';
import { SlackLoad, type Asked } from './slack-load.js';
import { median, percentile, round } from './stats.js';

const CONVERSATIONS = 50;
const WARM_UP_EACH = 2;
const QUESTIONS_EACH = 20;
/** Slack's limit: a request not acknowledged within 3 seconds is retried. */
const ACK_LIMIT_MS = 3_000;
/** Identical runs, each with a fresh bot: a process's peak memory depends on when V8 collects garbage. */
const RUNS = 3;

type Memory = ReturnType<BotProcess['memory']>;

interface Run {
  readonly asked: readonly Asked[];
  readonly seconds: number;
  /** When the bot started listening: the pack loaded and the index built. */
  readonly started: Memory;
  /** At the end, with the peak over the whole run. */
  readonly ended: Memory;
  readonly problems: readonly string[];
}

/**
 * Slack end to end: the bot as deployed (main.ts, HTTP mode, a SQLite file) in its own
 * process on the large pack, 50 people asking in their DMs at once, each asking again as
 * soon as the last answer arrives. Timed from the signed event leaving to the answer
 * reaching the fake Web API; also how long the acknowledgement took. Run a few times with
 * the same people and questions, each in a fresh bot: timings are pooled, and the peak
 * memory is the median run's, every run's shown.
 */
export const slackEndToEnd: BenchGroup = {
  name: 'Slack end to end',
  async run(context: BenchContext): Promise<BenchRow[]> {
    const label = `${context.synthetic.options.staff.toLocaleString('en-GB')}-staff pack`;
    const { pack } = context.loaded(context.synthetic.dir);
    const runs: Run[] = [];
    for (let i = 1; i <= RUNS; i++) {
      context.progress(`Slack end to end: run ${i} of ${RUNS}, starting the bot (main.ts) on the ${label}`);
      runs.push(await oneRun(context, pack));
    }
    return rows(runs, label);
  },
};

async function oneRun(context: BenchContext, pack: ContentPack): Promise<Run> {
  const work = mkdtempSync(join(tmpdir(), 'bench-slack-'));
  const fake = await FakeSlack.start();
  let bot: BotProcess | null = null;
  try {
    bot = await startBot(botEnvironment(fake, context.synthetic.dir, join(work, 'data')), work);
    const started = bot.memory();
    const load = new SlackLoad(fake, bot.baseUrl);
    const r = createRandom(context.synthetic.options.seed);
    const people = askers(pack, r, CONVERSATIONS);
    const questions = [...generalQuestions(), ...personalQuestions(pack)];
    const converse = (count: number) => Promise.all(people.map(async (user) => {
      const asked: Asked[] = [];
      for (let i = 0; i < count; i++) asked.push(await load.ask(user, r.pick(questions)));
      return asked;
    }));

    context.progress(`Slack end to end: ${CONVERSATIONS} conversations, ${WARM_UP_EACH} questions each to warm up, then ${QUESTIONS_EACH} each`);
    await converse(WARM_UP_EACH);
    const askedFrom = performance.now();
    const asked = (await converse(QUESTIONS_EACH)).flat();
    const seconds = (performance.now() - askedFrom) / 1000;
    return { asked, seconds, started, ended: bot.memory(), problems: [...bot.problems] };
  } finally {
    await bot?.stop();
    await fake.close();
    rmSync(work, { recursive: true, force: true });
  }
}

export function botEnvironment(fake: FakeSlack, contentDir: string, dataDir: string): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-0000000000-0000000000-benchtoken',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CONTENT_DIR: contentDir,
    LOG_LEVEL: 'info',
    // Any channel id: the fake accepts posts anywhere, and the bot says nothing about a missing one.
    ANNOUNCE_CHANNEL: 'C0ANNOUNCE',
  };
}

/** Slack ids of staff the pack knows by Slack id: each is a different person in a different DM. */
export function askers(pack: ContentPack, r: Random, count: number): string[] {
  const ids = [...pack.staff.values()].map((e) => e.slackUserId).filter((id): id is string => id !== null);
  return r.shuffled(ids).slice(0, count);
}

function rows(runs: readonly Run[], label: string): BenchRow[] {
  const asked = runs.flatMap((run) => run.asked);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const answered = asked.map((a) => a.replyMs).filter((ms): ms is number => ms !== null);
  const acks = asked.filter((a) => a.status === 200).map((a) => a.ackMs);
  const inTime = asked.filter((a) => a.status === 200 && a.ackMs < ACK_LIMIT_MS).length;
  const missing = asked.length - answered.length;
  const setting = `${asked.length} questions in ${runs.length} runs, ${QUESTIONS_EACH} each from ${CONVERSATIONS} people at once, general and personal, to the bot in its own process`;
  const result: BenchRow[] = [
    { figure: `Slack end to end p50, ${CONVERSATIONS} conversations, ${label}`, value: round(percentile(answered, 50), 1), unit: 'ms', target: null },
    {
      figure: `Slack end to end p99, ${CONVERSATIONS} conversations, ${label}`,
      value: round(percentile(answered, 99), 1),
      unit: 'ms',
      target: null,
      note: `${setting}; ${round(answered.length / seconds, 0)} answers a second; max ${round(Math.max(...answered), 0)} ms${missing > 0 ? `; ${missing} never answered` : ''}`,
    },
    {
      figure: `Slack acks inside 3 s, ${CONVERSATIONS} conversations`,
      value: round((100 * inTime) / asked.length, 2),
      unit: '%',
      target: target('>=', 100, 'issue 7'),
      note: `${inTime}/${asked.length}; ack p50 ${round(percentile(acks, 50), 1)} ms, p99 ${round(percentile(acks, 99), 1)} ms, max ${round(Math.max(...acks), 1)} ms`,
    },
  ];
  const memory = memoryRow(runs, label);
  if (memory !== null) result.push(memory);
  const problems = runs.flatMap((run) => run.problems);
  if (problems.length > 0) result.push({ figure: 'bot warnings and errors during the run', value: problems.length, unit: 'lines', target: target('<=', 0, 'a clean run'), note: problems[0]?.slice(0, 200) ?? '' });
  return result;
}

/** The median run's peak, each run's peak, and the medians once listening and at the end; null without /proc. */
export function memoryRow(runs: readonly Pick<Run, 'started' | 'ended'>[], label: string): BenchRow | null {
  const ended = runs.map((run) => run.ended).filter((m): m is NonNullable<Memory> => m !== null);
  if (ended.length !== runs.length || ended.length === 0) return null;
  const started = runs.map((run) => run.started).filter((m): m is NonNullable<Memory> => m !== null);
  const peaks = ended.map((m) => m.hwmMb);
  const mb = (n: number) => `${round(n, 0)} MB`;
  return {
    figure: `peak RSS of the bot process serving Slack, ${label} (VmHWM, median of ${runs.length})`,
    value: round(median(peaks), 1),
    unit: 'MB',
    target: target('<=', RSS_TARGET_MB),
    note:
      `the bot as npm start runs it, with Bolt, the store and the reminder scheduler; ${peaksNote(peaks, 'bots')}; medians: ` +
      (started.length === runs.length ? `${mb(median(started.map((m) => m.hwmMb)))} peak once listening, ` : '') +
      `${mb(median(ended.map((m) => m.rssMb)))} resident at the end`,
  };
}

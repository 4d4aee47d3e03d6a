import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { FakeSlack, type Args } from '../../test/helpers/fake-slack.js';
import type { ContentPack } from '../content/types.js';
import type { LedgerState } from '../reminders/ledger.js';
import { parseReminderKey } from '../reminders/planned-reminder.js';
import { openStore } from '../store/open-store.js';
import { FAN_OUT_AT } from './fan-out-pack.js';

/**
 * One reminder to everyone in a pack, sent by a real process (fan-out-child.ts) to a
 * fake Slack on 127.0.0.1 with a real SQLite file, optionally killed with SIGKILL as
 * Slack accepts post N (before the process hears back, the hardest moment: posted, not
 * recorded) and started again to finish. Counts what every recipient got. Used by
 * `npm run bench` and by the crash test.
 */

export interface FanOutRequest {
  /** The child's environment, read with loadConfig as main.ts reads it. */
  readonly env: Readonly<Record<string, string>>;
  /** ISO instant the child stands on when it starts. */
  readonly at: string;
  /** Pause after each post (main.ts: 1 s, Slack's pace). */
  readonly intervalMs: number;
}

export interface FanOutTotals {
  readonly sent: number;
  readonly reconciled: number;
  readonly skipped: number;
  readonly failed: number;
  /** Left waiting after the last run. */
  readonly pending: number;
  readonly runs: number;
  readonly ms: number;
}

export type FanOutReply = ({ readonly kind: 'done' } & FanOutTotals) | { readonly kind: 'error'; readonly message: string };

export interface FanOutOptions {
  /** The pack in `packDir`, loaded: whom to expect, and the Slack users to look up by email. */
  readonly pack: ContentPack;
  readonly packDir: string;
  readonly dataDir: string;
  /** Calls Slack accepts per second, for chat.postMessage and conversations.open each; null for no limit. */
  readonly perSecond: number | null;
  readonly intervalMs: number;
  /** Kill the sending process as Slack accepts this post; null to let it finish. */
  readonly killAtPost: number | null;
  readonly progress?: (message: string) => void;
}

export interface FanOutResult {
  readonly recipients: number;
  /** chat.postMessage calls Slack accepted. */
  readonly posts: number;
  /** Posts beyond the first to a recipient. */
  readonly duplicates: number;
  /** Recipients who got nothing. */
  readonly misses: number;
  /** Calls answered 429. */
  readonly rateLimited: number;
  /** From the first process starting to the last one finishing. */
  readonly ms: number;
  /** The ledger between the kill and the restart; null when nothing was killed. */
  readonly afterKill: Record<LedgerState, number> | null;
  /** From the kill to the restarted process's first post accepted; null when nothing was killed. */
  readonly resumeMs: number | null;
  /** What the process that finished reported. */
  readonly last: FanOutTotals;
}

const CHILD = fileURLToPath(new URL('./fan-out-child.ts', import.meta.url));
// `--import tsx` is resolved from the working directory: the repository root has it.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const keyOf = (args: Args) => ((args['metadata'] as Args | undefined)?.['event_payload'] as Args | undefined)?.['key'];

export async function runFanOut(options: FanOutOptions): Promise<FanOutResult> {
  const slack = await FakeSlack.start();
  try {
    const expected = new Set([...options.pack.staff.keys()]);
    lookUpStaffByEmail(slack, options.pack);
    if (options.perSecond !== null) {
      slack.rateLimit('chat.postMessage', options.perSecond, 1_000, 1);
      slack.rateLimit('conversations.open', options.perSecond, 1_000, 1);
    }

    const perRecipient = new Map<string, number>();
    let posts = 0;
    let child: ChildProcess | null = null;
    let killedAt: number | null = null;
    let resumedAt: number | null = null;
    slack.handle('chat.postMessage', (args, _call, fake) => {
      const message = fake.addMessage({ channel: String(args['channel']), text: String(args['text']), user: fake.botUserId, bot_id: fake.botId, metadata: args['metadata'] });
      const key = keyOf(args);
      const recipient = typeof key === 'string' ? (parseReminderKey(key)?.recipient ?? key) : 'unkeyed';
      perRecipient.set(recipient, (perRecipient.get(recipient) ?? 0) + 1);
      posts++;
      if (killedAt !== null) resumedAt ??= performance.now();
      if (posts === options.killAtPost && child !== null) {
        child.kill('SIGKILL');
        killedAt = performance.now();
        options.progress?.(`fan-out: killed the sending process (SIGKILL) as Slack accepted post ${posts}`);
      }
      if (posts % 5_000 === 0) options.progress?.(`fan-out: ${posts} posts accepted`);
      return { channel: message.channel, ts: message.ts };
    });

    // The bot had been running: its last run was the minute before the reminder is due.
    const seed = openStore(options.dataDir);
    seed.reminderState.setLastRun(new Date(FAN_OUT_AT.getTime() - 60_000));
    seed.close();

    const request: FanOutRequest = {
      env: {
        SLACK_BOT_TOKEN: 'xoxb-0000000000-0000000000-fanoutbench',
        SLACK_SIGNING_SECRET: 'fan-out-bench-signing-secret',
        SLACK_API_URL: slack.apiUrl,
        DATA_DIR: options.dataDir,
        CONTENT_DIR: options.packDir,
        LOG_LEVEL: 'warn',
      },
      at: FAN_OUT_AT.toISOString(),
      intervalMs: options.intervalMs,
    };
    const started = performance.now();
    let last = await runOnce(request, (c) => (child = c));
    let afterKill: Record<LedgerState, number> | null = null;
    if (last === null) {
      const store = openStore(options.dataDir);
      afterKill = store.ledger.countByState();
      store.close();
      options.progress?.('fan-out: starting the sending process again');
      last = await runOnce(request, (c) => (child = c));
      if (last === null) throw new Error('the restarted fan-out process was killed too');
    }
    const ms = performance.now() - started;

    let duplicates = 0;
    for (const n of perRecipient.values()) duplicates += Math.max(0, n - 1);
    return {
      recipients: expected.size,
      posts,
      duplicates,
      misses: [...expected].filter((id) => !perRecipient.has(id)).length,
      rateLimited: slack.calls.filter((c) => c.status === 429).length,
      ms,
      afterKill,
      resumeMs: killedAt !== null && resumedAt !== null ? resumedAt - killedAt : null,
      last,
    };
  } finally {
    await slack.close();
  }
}

/** Staff without a Slack id in the pack are found by email, as Slack would find them (an index, not a scan of 20,000). */
function lookUpStaffByEmail(slack: FakeSlack, pack: ContentPack): void {
  const byEmail = new Map<string, string>();
  for (const e of pack.staff.values()) {
    if (e.slackUserId === null) byEmail.set(e.email.toLowerCase(), `W${String(byEmail.size + 1).padStart(8, '0')}`);
  }
  slack.handle('users.lookupByEmail', (args) => {
    const email = String(args['email'] ?? '').toLowerCase();
    const id = byEmail.get(email);
    return id ? { user: { id, deleted: false, is_bot: false, profile: { email } } } : { ok: false, error: 'users_not_found' };
  });
}

/** One sending process: its totals, or null when it was killed with SIGKILL. */
function runOnce(request: FanOutRequest, started: (child: ChildProcess) => void): Promise<FanOutTotals | null> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], { cwd: ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    started(child);
    let stderr = '';
    let reply: FanOutReply | null = null;
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2_000);
    });
    child.on('message', (message: FanOutReply) => {
      reply = message;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const got = reply as FanOutReply | null;
      if (got?.kind === 'done') {
        const { kind: _kind, ...totals } = got;
        resolve(totals);
      } else if (got?.kind === 'error') reject(new Error(`fan-out process: ${got.message}`));
      else if (signal === 'SIGKILL') resolve(null);
      else reject(new Error(`fan-out process exited (${signal ?? `code ${code ?? '?'}`}) without a reply${stderr ? `: ${stderr.trim()}` : ''}`));
    });
    child.send(request);
  });
}

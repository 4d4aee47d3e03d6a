import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildForStart, repoPath, startCommand } from './start-command.js';

/**
 * The bot as deployed, `npm start` (src/main.ts compiled, with the start script's node
 * flags) in a process of its own, in HTTP mode
 * against a fake Slack: what the end-to-end figures and the soak measure. Its memory is
 * read from the kernel, so the load generator and the fake Slack in this process do not
 * count.
 */
export interface BotProcess {
  readonly pid: number;
  /** Where it listens for Slack's requests (`/slack/events`). */
  readonly baseUrl: string;
  /** Resident memory now and at its peak, from /proc; null where there is none. */
  memory(): { readonly rssMb: number; readonly hwmMb: number } | null;
  /** Its log lines at warn and error, newest last (at most the last 200). */
  readonly problems: string[];
  /** SIGTERM (main.ts shuts down in order), SIGKILL after 10 s. */
  stop(): Promise<void>;
}

const STARTED = /slack channel started mode=http port=(\d+)/;
/** Variables the bot reads; the caller's own are left out, so a developer's Slack settings never reach the bench. */
const BOT_VARIABLES = /^(SLACK_|PORT$|HOST$|DATA_DIR$|CONTENT_DIR$|LOG_LEVEL$|ANNOUNCE_CHANNEL$|REMINDER_)/;

/**
 * Builds the bot as `npm start` does, starts it with `env` (SLACK_API_URL pointing at the
 * fake, PORT=0) in `cwd`, a folder with no .env file, and resolves once it says it is
 * listening.
 */
export function startBot(env: Readonly<Record<string, string>>, cwd: string, timeoutMs = 120_000): Promise<BotProcess> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !BOT_VARIABLES.test(key)));
  const start = startCommand();
  buildForStart();
  // The entry point by its full path: the working directory is not the repository.
  const child = spawn(process.execPath, [...start.nodeFlags, repoPath(start.entry)], { cwd, env: { ...inherited, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const problems: string[] = [];
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exit.then(() => (exited = true));

  return new Promise((resolve, reject) => {
    let buffered = '';
    let tail = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the bot did not start within ${timeoutMs / 1000} s: ${tail.trim()}`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited (${signal ?? `code ${code ?? '?'}`}) before it started: ${tail.trim()}`));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2_000);
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (/ (WARN|ERROR) /.test(line)) {
          problems.push(line);
          if (problems.length > 200) problems.shift();
        }
        const started = STARTED.exec(line);
        if (started === null) continue;
        clearTimeout(timer);
        resolve({
          pid: child.pid ?? 0,
          baseUrl: `http://127.0.0.1:${started[1]}`,
          memory: () => memoryOf(child.pid ?? 0),
          problems,
          async stop() {
            if (exited) return;
            child.kill('SIGTERM');
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            await exit;
            clearTimeout(kill);
          },
        });
      }
    });
  });
}

function memoryOf(pid: number): { rssMb: number; hwmMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
    const rss = kb('VmRSS');
    const hwm = kb('VmHWM');
    return Number.isNaN(rss) ? null : { rssMb: rss / 1024, hwmMb: hwm / 1024 };
  } catch {
    return null;
  }
}

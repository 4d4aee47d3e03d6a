import { z } from 'zod';
import { quietHoursFrom, type QuietHours, type QuietHoursSettings } from './reminders/quiet-hours.js';

/**
 * Environment -> typed configuration, read once at start by the entry point. Which way
 * the bot runs follows from the Slack variables set:
 * - none of them: `console` (a terminal chat on the same core);
 * - SLACK_APP_TOKEN (with SLACK_BOT_TOKEN): `socket` - Socket Mode, no public URL needed;
 * - SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET: `http` - Events API at /slack/events on PORT.
 * Every problem is reported at once, each saying what to set and where to find it.
 */

export type Mode = 'console' | 'socket' | 'http';
export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

/** Timings that tests shrink; production uses `SLACK_TIMINGS`. */
export interface SlackTimings {
  /** A Web API call that takes longer is abandoned and retried (a hung connection must not block an answer). */
  readonly apiTimeoutMs: number;
  /** WebClient retries (429 after Retry-After, 5xx, network errors), with exponential backoff. */
  readonly apiRetries: number;
  readonly apiRetryMinMs: number;
  readonly apiRetryMaxMs: number;
  readonly apiRetryFactor: number;
  /** How long a delivery's ids are remembered; Slack retries an event for about ten minutes. */
  readonly dedupeForMs: number;
  /** Questions received but unanswered at a restart are answered if asked within this. */
  readonly recoverWithinMs: number;
  /** How often unanswered questions (Slack down past the retry budget) are tried again. */
  readonly retryPendingEveryMs: number;
  /** How long a Slack user's email (from users.info) is trusted. */
  readonly identityCacheMs: number;
  /** How long the HR user group's members are trusted. */
  readonly hrGroupCacheMs: number;
}

/**
 * Five retries over about five minutes (Slack's own `fiveRetriesInFiveMinutes`): long
 * enough to ride out a short outage or a rate limit, short enough that an answer is still
 * wanted; past that the question stays pending and is retried every minute.
 */
export const SLACK_TIMINGS: SlackTimings = {
  apiTimeoutMs: 15_000,
  apiRetries: 5,
  apiRetryMinMs: 1_000,
  apiRetryMaxMs: 5 * 60_000,
  apiRetryFactor: 3.86,
  dedupeForMs: 60 * 60_000,
  recoverWithinMs: 60 * 60_000,
  retryPendingEveryMs: 60_000,
  identityCacheMs: 24 * 60 * 60_000,
  hrGroupCacheMs: 10 * 60_000,
};

export interface SlackConfig {
  readonly mode: 'socket' | 'http';
  readonly botToken: string;
  /** Socket Mode only. */
  readonly appToken: string | null;
  /** Required for HTTP; unused in Socket Mode. */
  readonly signingSecret: string | null;
  /** HTTP mode: where /slack/events and /healthz listen. */
  readonly port: number;
  /** HTTP mode: the interface to listen on; null for all of them. */
  readonly host: string | null;
  /** Overrides https://slack.com/api/ (tests, proxies). */
  readonly apiUrl: string | null;
  /** The slash command, e.g. `/restructure`. */
  readonly command: string;
  readonly hrUserIds: readonly string[];
  readonly hrUsergroupId: string | null;
  /** Where "Ask HR" posts questions the bot could not answer; without it there is no button. */
  readonly hrChannelId: string | null;
  /** Where reminders for everyone are posted; without it they are not posted (people still get their own DMs). */
  readonly announceChannelId: string | null;
  /** The same working hours as the common config: "Remind me tomorrow" needs them. */
  readonly reminderHours: QuietHours;
  readonly timings: SlackTimings;
}

interface CommonConfig {
  readonly dataDir: string;
  /** CONTENT_DIR, or null for the sample pack. */
  readonly contentDir: string | null;
  readonly logLevel: LogLevelName;
  /** When reminders may go out (REMINDER_HOURS, REMINDER_DAYS; bank holidays in England and Wales off). */
  readonly reminderHours: QuietHours;
}

export type Config = CommonConfig & ({ readonly mode: 'console'; readonly slack: null } | { readonly mode: 'socket' | 'http'; readonly slack: SlackConfig });

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const WHERE = 'Set it in the environment or in a .env file (see .env.example).';

const BOT_TOKEN_HELP = "the Bot User OAuth Token (xoxb-...) from your Slack app's OAuth & Permissions page";
const APP_TOKEN_HELP = "an App-Level Token (xapp-...) with the connections:write scope, from your Slack app's Basic Information page, App-Level Tokens";
const SIGNING_SECRET_HELP = "the Signing Secret from your Slack app's Basic Information page, App Credentials";

/** The part of a secret before its first dash, if short: enough to tell token kinds apart, never the secret. */
function prefixOf(value: string): string {
  const dash = value.indexOf('-');
  return dash > 0 && dash <= 5 ? ` (it starts with "${value.slice(0, dash + 1)}")` : '';
}

const secret = (name: string, help: string) =>
  z
    .string()
    .refine((v) => !/\s/.test(v) && !/^["']|["']$/.test(v), { error: `${name} has spaces or quotes in it: paste exactly ${help}. ${WHERE}` });

const token = (name: string, prefix: string, help: string) =>
  secret(name, help).refine((v) => v.startsWith(prefix) && v.length > prefix.length + 10, {
    error: (issue) => `${name} must be ${help}; the value set is not one${prefixOf(String(issue.input))}. ${WHERE}`,
  });

const slackUserId = /^[UW][A-Z0-9]{2,}$/;

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: token('SLACK_BOT_TOKEN', 'xoxb-', BOT_TOKEN_HELP).optional(),
  SLACK_APP_TOKEN: token('SLACK_APP_TOKEN', 'xapp-', APP_TOKEN_HELP).optional(),
  SLACK_SIGNING_SECRET: secret('SLACK_SIGNING_SECRET', SIGNING_SECRET_HELP)
    .refine((v) => !/^(xox|xapp-)/.test(v), { error: `SLACK_SIGNING_SECRET holds a token, not the signing secret: use ${SIGNING_SECRET_HELP}. ${WHERE}` })
    .optional(),
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, { error: 'PORT must be a port number such as 3000.' })
    .transform(Number)
    .refine((n) => n <= 65_535, { error: 'PORT must be a port number such as 3000.' })
    .optional(),
  HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:-]+$/, { error: 'HOST must be an interface address such as 127.0.0.1 or 0.0.0.0 (leave it unset to listen on all).' })
    .optional(),
  SLACK_API_URL: z.url({ protocol: /^https?$/, error: 'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/ (leave it unset to use Slack).' }).optional(),
  SLACK_COMMAND: z
    .string()
    .regex(/^\/[a-z0-9_-]{1,31}$/, { error: 'SLACK_COMMAND must be a slash command such as /restructure (lower case, no spaces), the same as in slack-manifest.yaml.' })
    .optional(),
  SLACK_HR_USER_IDS: z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((ids) => ids.every((id) => slackUserId.test(id)), {
      error: 'SLACK_HR_USER_IDS must be Slack member ids separated by commas, e.g. U0123ABCD,U0456EFGH (a profile\'s "Copy member ID").',
    })
    .optional(),
  SLACK_HR_USERGROUP_ID: z
    .string()
    .regex(/^S[A-Z0-9]{2,}$/, { error: 'SLACK_HR_USERGROUP_ID must be a user group id such as S0123ABCD (not its @handle).' })
    .optional(),
  SLACK_HR_CHANNEL: z
    .string()
    .regex(/^[CG][A-Z0-9]{2,}$/, { error: "SLACK_HR_CHANNEL must be a channel id such as C0123ABCD (at the bottom of the channel's details), not its name." })
    .optional(),
  ANNOUNCE_CHANNEL: z
    .string()
    .regex(/^[CG][A-Z0-9]{2,}$/, { error: "ANNOUNCE_CHANNEL must be a channel id such as C0123ABCD (at the bottom of the channel's details), not its name." })
    .optional(),
  REMINDER_HOURS: z.string().optional(),
  REMINDER_DAYS: z.string().optional(),
  DATA_DIR: z.string().optional(),
  CONTENT_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], { error: 'LOG_LEVEL must be one of debug, info, warn, error.' }).optional(),
});

type Env = z.infer<typeof EnvSchema>;

/** Reads the configuration from `env`; throws `ConfigError` listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`SLACK_APP_TOKEN=` in .env) means unset.
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape).flatMap((key) => {
      const value = env[key]?.trim();
      return value ? [[key, value]] : [];
    }),
  );
  const parsed = EnvSchema.safeParse(present);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  const values: Partial<Env> = parsed.success ? parsed.data : {};

  const has = (key: keyof Env) => present[key] !== undefined;
  const anySlack = has('SLACK_BOT_TOKEN') || has('SLACK_APP_TOKEN') || has('SLACK_SIGNING_SECRET');
  const mode: Mode = !anySlack ? 'console' : has('SLACK_APP_TOKEN') ? 'socket' : 'http';
  if (mode !== 'console' && !has('SLACK_BOT_TOKEN')) {
    problems.push(`SLACK_BOT_TOKEN is not set: the bot needs ${BOT_TOKEN_HELP}. ${WHERE} (To use the terminal chat instead, unset every SLACK_ variable.)`);
  }
  if (mode === 'http' && !has('SLACK_SIGNING_SECRET')) {
    problems.push(
      `SLACK_SIGNING_SECRET is not set: HTTP mode needs ${SIGNING_SECRET_HELP}, to check that requests come from Slack. ${WHERE} Or set SLACK_APP_TOKEN to use Socket Mode, which needs no public URL.`,
    );
  }
  const reminderHours = reminderHoursFrom(present, problems);
  if (problems.length > 0 || reminderHours === null) throw new ConfigError(problems);

  const common: CommonConfig = {
    dataDir: values.DATA_DIR ?? './data',
    contentDir: values.CONTENT_DIR ?? null,
    logLevel: values.LOG_LEVEL ?? 'info',
    reminderHours,
  };
  if (mode === 'console') return { ...common, mode, slack: null };
  return {
    ...common,
    mode,
    slack: {
      mode,
      botToken: values.SLACK_BOT_TOKEN ?? '',
      appToken: values.SLACK_APP_TOKEN ?? null,
      signingSecret: values.SLACK_SIGNING_SECRET ?? null,
      port: values.PORT ?? 3000,
      host: values.HOST ?? null,
      apiUrl: values.SLACK_API_URL ?? null,
      command: values.SLACK_COMMAND ?? '/restructure',
      hrUserIds: values.SLACK_HR_USER_IDS ?? [],
      hrUsergroupId: values.SLACK_HR_USERGROUP_ID ?? null,
      hrChannelId: values.SLACK_HR_CHANNEL ?? null,
      announceChannelId: values.ANNOUNCE_CHANNEL ?? null,
      reminderHours,
      timings: SLACK_TIMINGS,
    },
  };
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * REMINDER_HOURS (`09:00-17:30`) and REMINDER_DAYS (`1-5`, ISO weekday numbers with 1 for
 * Monday, or `mon-fri`, `mon,tue,thu`), each checked on its own so the message names the
 * variable at fault. Read from the raw values, so they are checked even when another
 * variable is wrong. Null (with the problems added) if either is wrong.
 */
function reminderHoursFrom(present: Readonly<Record<string, string>>, problems: string[]): QuietHours | null {
  const hours = present['REMINDER_HOURS'];
  const days = present['REMINDER_DAYS']?.replace(/[1-7]/g, (d) => DAY_NAMES[Number(d) - 1] ?? d);
  const valid = (settings: QuietHoursSettings): boolean => {
    try {
      quietHoursFrom(settings);
      return true;
    } catch {
      return false;
    }
  };
  const hoursOk = valid({ hours });
  const daysOk = valid({ days });
  if (!hoursOk) problems.push(`REMINDER_HOURS must be working hours such as 09:00-17:30 (24-hour clock, opening before closing). ${WHERE}`);
  if (!daysOk) problems.push(`REMINDER_DAYS must be working days such as 1-5 (1 is Monday, 7 Sunday) or mon,tue,thu. ${WHERE}`);
  return hoursOk && daysOk ? quietHoursFrom({ hours, days }) : null;
}

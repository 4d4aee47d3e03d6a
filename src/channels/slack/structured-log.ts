import { createHash } from 'node:crypto';
import type { Logger } from '@slack/bolt';

export type LogValue = string | number | boolean | null | undefined;
export type LogFields = Readonly<Record<string, LogValue>>;

/**
 * One line per event, `message key=value ...`, so logs can be searched without ever
 * holding what people asked or anything about them: callers pass ids, intents and
 * counts, never question text, names, emails or statuses.
 */
export interface Log {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export function structuredLog(logger: Logger): Log {
  const line = (message: string, fields: LogFields = {}) =>
    [message, ...Object.entries(fields).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${String(v)}`]))].join(' ');
  return {
    debug: (m, f) => logger.debug(line(m, f)),
    info: (m, f) => logger.info(line(m, f)),
    warn: (m, f) => logger.warn(line(m, f)),
    error: (m, f) => logger.error(line(m, f)),
  };
}

/** A stable stand-in for a Slack user id in logs: lines about one person can be followed, not read back to them. */
export function pseudonym(userId: string): string {
  return createHash('sha256').update(`restructure:${userId}`).digest('hex').slice(0, 10);
}

/** The error's code or name, never its message: Slack errors can echo back what was sent. */
export function errorCode(error: unknown): string {
  if (error !== null && typeof error === 'object') {
    const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; name?: unknown };
    const detail = typeof e.data?.error === 'string' ? `:${e.data.error}` : typeof e.statusCode === 'number' ? `:${e.statusCode}` : '';
    if (typeof e.code === 'string') return `${e.code}${detail}`;
    if (typeof e.name === 'string') return `${e.name}${detail}`;
  }
  return 'unknown';
}

import { LogLevel, type Logger } from '@slack/bolt';
import type { LogLevelName } from '../../config.js';

const SEVERITY: Readonly<Record<LogLevel, number>> = { [LogLevel.DEBUG]: 0, [LogLevel.INFO]: 1, [LogLevel.WARN]: 2, [LogLevel.ERROR]: 3 };

/**
 * A Logger (Bolt's interface) writing one line per entry to stderr, or to `write` (tests
 * capture lines there). Bolt and its WebClient log request and response bodies at debug
 * level, which hold what people asked and were told, so `forBolt` drops their debug lines
 * whatever LOG_LEVEL says.
 */
export function createLogger(level: LogLevelName, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  let current = level as LogLevel;
  let name = 'restructure';
  const emit = (at: LogLevel, parts: unknown[]) => {
    if (SEVERITY[at] < SEVERITY[current]) return;
    const text = parts.map((p) => (p instanceof Error ? `${p.name}: ${p.message}` : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
    write(`${new Date().toISOString()} ${at.toUpperCase()} [${name}] ${text}`);
  };
  return {
    debug: (...m: unknown[]) => emit(LogLevel.DEBUG, m),
    info: (...m: unknown[]) => emit(LogLevel.INFO, m),
    warn: (...m: unknown[]) => emit(LogLevel.WARN, m),
    error: (...m: unknown[]) => emit(LogLevel.ERROR, m),
    setLevel: (l: LogLevel) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n: string) => {
      name = n;
    },
  };
}

/** The logger handed to Bolt and the WebClient: their debug lines carry message bodies, so they never pass. */
export function forBolt(logger: Logger): Logger {
  return {
    debug: () => undefined,
    info: (...m: unknown[]) => logger.info(...m),
    warn: (...m: unknown[]) => logger.warn(...m),
    error: (...m: unknown[]) => logger.error(...m),
    // Bolt sets its own level on the logger it is given; the level is ours to choose.
    setLevel: () => undefined,
    getLevel: () => logger.getLevel(),
    setName: () => undefined,
  };
}

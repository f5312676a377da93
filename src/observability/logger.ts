/**
 * A small structured logger: one JSON object per line on stderr (stdout is kept for what a user
 * asked for: the URL and token at boot, a token from `token create`). Every field goes through
 * `redact`, so a cause chain can be logged as is.
 */
import { redact } from './redact.ts';
import { LOG_LEVELS, type LogLevel } from './log-level.ts';

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where lines go; defaults to stderr. Tests pass an array's push. */
  readonly write?: (line: string) => void;
  readonly now?: () => Date;
}

export function createLogger(options: LoggerOptions): Logger {
  const threshold = LOG_LEVELS.indexOf(options.level);
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  const now = options.now ?? (() => new Date());
  const log = (level: Exclude<LogLevel, 'silent'>) => (message: string, fields?: LogFields) => {
    if (LOG_LEVELS.indexOf(level) < threshold) return;
    const record = { time: now().toISOString(), level, message, ...(fields === undefined ? {} : (redact(fields) as object)) };
    write(`${JSON.stringify(record)}\n`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** For tests and commands that must print nothing but their result. */
export const silentLogger: Logger = createLogger({ level: 'silent' });

/**
 * The gateway's structured logger: pino, one JSON object per line on stderr (stdout is kept for
 * what a user asked for: the URL and token at boot, a token from `token create`). The rest of the
 * code sees the small `Logger` interface, so tests pass `write` and read the lines back.
 *
 * Line format (docs/observability.md): `time` (ISO 8601), `level` (a name, not pino's number),
 * `message`, then the fields. Lines written for a request name its `requestId` themselves: they
 * are all written in the HTTP layer, which has it at hand (an Identity Store call's debug line
 * included: src/http/middleware/access-log.ts), so no AsyncLocalStorage is needed to find it.
 * Secrets never reach a line: every field goes through redact.ts (secret-named keys at any depth,
 * bearer tokens and JWTs inside text, error cause chains), and pino's own `redact` paths censor
 * the well-known header locations again as a second line of defence.
 */
import { pino, type DestinationStream } from 'pino';
import type { LogLevel } from './log-level.ts';
import { REDACTED, redact } from './redact.ts';

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** Whether lines of `level` are written: lets a caller skip work only such lines need. */
  isEnabled(level: Exclude<LogLevel, 'silent'>): boolean;
}

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where lines go; defaults to stderr. Tests pass an array's push. */
  readonly write?: (line: string) => void;
  readonly now?: () => Date;
}

/** Where credentials travel in request and error objects; redact.ts catches these too. */
const REDACT_PATHS = [
  'authorization', 'headers.authorization', '*.headers.authorization', 'req.headers.authorization', 'headers.cookie', '*.headers.cookie',
  'token', '*.token', 'secret', '*.secret', 'password', '*.password', 'secretAccessKey', '*.secretAccessKey', 'sessionToken', '*.sessionToken',
];

export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  const now = options.now ?? (() => new Date());
  const destination: DestinationStream = { write };
  const base = pino(
    {
      level: options.level,
      // No pid/hostname on every line: the platform adds where a line came from.
      base: null,
      messageKey: 'message',
      timestamp: () => `,"time":"${now().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    destination,
  );
  const log = (level: Exclude<LogLevel, 'silent'>) => (message: string, fields?: LogFields) => {
    if (!base.isLevelEnabled(level)) return;
    base[level](fields === undefined ? {} : (redact(fields) as object), message);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error'), isEnabled: (level) => base.isLevelEnabled(level) };
}

/** For tests and commands that must print nothing but their result. */
export const silentLogger: Logger = createLogger({ level: 'silent' });

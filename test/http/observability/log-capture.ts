/** A gateway logger (debug unless told) whose lines the test reads back, parsed, next to the raw text. */
import { createLogger, type Logger } from '../../../src/observability/logger.ts';
import type { LogLevel } from '../../../src/observability/log-level.ts';

export interface LogCapture {
  readonly logger: Logger;
  readonly raw: string[];
  lines(): Record<string, unknown>[];
  withMessage(message: string): Record<string, unknown>[];
}

export function captureLogs(level: LogLevel = 'debug'): LogCapture {
  const raw: string[] = [];
  const lines = (): Record<string, unknown>[] => raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    logger: createLogger({ level, write: (line) => void raw.push(line) }),
    raw,
    lines,
    withMessage: (message) => lines().filter((line) => line.message === message),
  };
}

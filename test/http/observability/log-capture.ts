/** A debug-level gateway logger whose lines the test reads back, parsed, next to the raw text. */
import { createLogger, type Logger } from '../../../src/observability/logger.ts';

export interface LogCapture {
  readonly logger: Logger;
  readonly raw: string[];
  lines(): Record<string, unknown>[];
  withMessage(message: string): Record<string, unknown>[];
}

export function captureLogs(): LogCapture {
  const raw: string[] = [];
  const lines = (): Record<string, unknown>[] => raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    logger: createLogger({ level: 'debug', write: (line) => void raw.push(line) }),
    raw,
    lines,
    withMessage: (message) => lines().filter((line) => line.message === message),
  };
}

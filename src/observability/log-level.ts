/**
 * Log levels, ordered from chattiest to quietest. `silent` turns logging off (tests, `token create`).
 * A const tuple rather than an `enum`, so the config table and the logger share one list.
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

export type LogLevel = (typeof LOG_LEVELS)[number];

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

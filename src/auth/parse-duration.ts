/**
 * Durations for `token create --expires-in`: an integer and a unit (`90s`, `15m`, `12h`, `365d`,
 * `52w`). Parsed here rather than handed to jsonwebtoken's `ms` so that typos fail loudly instead
 * of meaning milliseconds.
 */
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 } as const;

/** Seconds, or undefined when the text is not a positive duration. */
export function parseDurationSeconds(text: string): number | undefined {
  const match = /^(\d{1,6})([smhdw])$/.exec(text.trim());
  if (match === null) return undefined;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
  return seconds > 0 ? seconds : undefined;
}

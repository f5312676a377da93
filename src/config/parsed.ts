/**
 * The result of reading one environment variable: a value or a problem to report. Parsers return
 * it instead of throwing so `loadConfig` can collect every problem before failing.
 */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

export const problem = (message: string): Parsed<never> => ({ ok: false, problem: message });

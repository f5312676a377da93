/**
 * node:util parseArgs with the CLI's conventions: strict (unknown options are errors, not
 * silently ignored), and failures returned as a usage message instead of thrown.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export type CommandLine<T extends Options> =
  | { readonly ok: true; readonly values: ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: true }>>['values']; readonly positionals: string[] }
  | { readonly ok: false; readonly problem: string };

export function parseCommandLine<T extends Options>(args: readonly string[], options: T): CommandLine<T> {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    return { ok: true, values, positionals };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * `scim-bridge token create | list | revoke`: bearer tokens for identity providers
 * (docs/authentication.md). Results go to stdout (`TOKEN=$(npx scim-bridge token create ...)`
 * works), notes and problems to stderr.
 */
import { EXIT, type CliIo, type ExitCode } from './cli-io.ts';
import { TOKEN_HELP, tokenUsage } from './token-help.ts';
import { tokenCreate } from './token-create.ts';
import { tokenList } from './token-list.ts';
import { tokenRevoke } from './token-revoke.ts';

export { TOKEN_HELP } from './token-help.ts';

const SUBCOMMANDS = { create: tokenCreate, list: tokenList, revoke: tokenRevoke } as const;

export async function tokenCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = args;
  if (first === undefined) return tokenUsage(io, 'Missing subcommand: token create, token list or token revoke');
  if (first === '-h' || first === '--help' || rest.includes('-h') || rest.includes('--help')) {
    io.stdout(TOKEN_HELP);
    return EXIT.ok;
  }
  if (!Object.hasOwn(SUBCOMMANDS, first)) return tokenUsage(io, `Unknown token subcommand: ${first}`);
  return SUBCOMMANDS[first as keyof typeof SUBCOMMANDS](rest, io);
}

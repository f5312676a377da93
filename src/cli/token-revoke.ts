/**
 * `scim-bridge token revoke <jti>`: adds the token id to the denylist in gateway state. Every
 * gateway sharing that state refuses the token from its next request on (docs/authentication.md,
 * "Revocation"). Idempotent; a jti missing from the registry (a token created with memory: state,
 * or before the registry existed) is denylisted all the same, with a warning.
 */
import { EXIT, type CliIo, type ExitCode } from './cli-io.ts';
import { openTokenState } from './open-token-state.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { tokenUsage } from './token-help.ts';

/** jtis this gateway issues are UUIDs; older or hand-made ones only need to be sane. */
const TOKEN_ID = /^[\x21-\x7e]{1,200}$/;

export async function tokenRevoke(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const line = parseCommandLine(args, {});
  if (!line.ok) return tokenUsage(io, line.problem);
  const [jti, ...extra] = line.positionals;
  if (jti === undefined) return tokenUsage(io, 'Missing token id: token revoke <jti> (see token list)');
  if (extra.length > 0) return tokenUsage(io, `Unexpected argument: ${extra.join(' ')}`);
  if (!TOKEN_ID.test(jti)) return tokenUsage(io, 'The token id must be 1 to 200 printable characters without spaces (the JTI column of token list)');
  const opened = await openTokenState(io);
  if (!opened.ok) {
    io.stderr(opened.problem);
    return EXIT.failure;
  }
  const { state } = opened;
  try {
    const known = (await state.listIssuedTokens()).find((token) => token.jti === jti);
    const result = await state.revokeToken(jti, new Date());
    const who = known === undefined ? '' : ` (subject ${known.subject})`;
    if (result.outcome === 'already-revoked') {
      io.stdout(`Token ${jti}${who} was already revoked at ${result.revokedAt.toISOString()}.`);
    } else {
      io.stdout(`Revoked token ${jti}${who}; gateways sharing this state refuse it from their next request on.`);
    }
    if (known === undefined) io.stderr(`Warning: ${jti} is not in the issued-token registry (check the id with \`token list\`); it is denylisted anyway.`);
    return EXIT.ok;
  } finally {
    await state.close();
  }
}

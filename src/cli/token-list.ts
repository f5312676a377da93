/**
 * `scim-bridge token list`: the issued-token registry as a table (or `--json`), oldest first:
 * token id (jti), subject, scopes, issue and expiry dates, status. Never the tokens themselves,
 * which are not stored anywhere.
 */
import type { IssuedToken } from '../state/port.ts';
import { EXIT, type CliIo, type ExitCode } from './cli-io.ts';
import { openTokenState } from './open-token-state.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { tokenUsage } from './token-help.ts';

export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(token: IssuedToken, now: Date): TokenStatus {
  if (token.revokedAt !== undefined) return 'revoked';
  if (token.expiresAt !== undefined && token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

export async function tokenList(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const line = parseCommandLine(args, { json: { type: 'boolean' } });
  if (!line.ok) return tokenUsage(io, line.problem);
  if (line.positionals.length > 0) return tokenUsage(io, `Unexpected argument: ${line.positionals.join(' ')}`);
  const opened = await openTokenState(io);
  if (!opened.ok) {
    io.stderr(opened.problem);
    return EXIT.failure;
  }
  let tokens: IssuedToken[];
  try {
    tokens = await opened.state.listIssuedTokens();
  } finally {
    await opened.state.close();
  }
  const now = new Date();
  const rows = tokens.map((token) => ({
    jti: token.jti,
    subject: token.subject,
    scopes: [...token.scopes],
    issuedAt: token.issuedAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    status: tokenStatus(token, now),
  }));
  if (line.values.json === true) {
    io.stdout(JSON.stringify(rows, null, 2));
    return EXIT.ok;
  }
  if (rows.length === 0) {
    io.stderr('No tokens recorded in gateway state (tokens created before the registry, or with memory: state, are not listed).');
    return EXIT.ok;
  }
  const table = [
    ['JTI', 'SUBJECT', 'SCOPES', 'ISSUED', 'EXPIRES', 'STATUS'],
    ...rows.map((row) => [row.jti, row.subject, row.scopes.join(' '), row.issuedAt, row.expiresAt ?? 'never', row.status === 'revoked' ? `revoked ${row.revokedAt ?? ''}` : row.status]),
  ];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((cells) => cells[column]?.length ?? 0))) ?? [];
  for (const cells of table) io.stdout(cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd());
  return EXIT.ok;
}

/**
 * `scim-bridge token create`: prints a bearer token for an IdP and records it in gateway state's
 * issued-token registry (for `token list` and `token revoke`) when that state is reachable.
 */
import { issueToken, type IssuedBearerToken } from '../auth/issue-token.ts';
import { loadTokenKeys } from '../auth/load-token-keys.ts';
import { parseDurationSeconds } from '../auth/parse-duration.ts';
import { isScope, SCOPES, type Scope } from '../auth/token-claims.ts';
import { ConfigError, isConfigError, type ConfigIssue } from '../config/config-error.ts';
import { openGatewayState } from '../state/open-gateway-state.ts';
import { EXIT, type CliIo, type ExitCode } from './cli-io.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { tokenUsage } from './token-help.ts';
import { readStateUrl, readTokenKeySettings } from './token-settings.ts';

/** The subject is written to logs and state as the externalId issuer: printable, bounded. */
const SUBJECT = /^[\x21-\x7e](?:[\x20-\x7e]{0,126}[\x21-\x7e])?$/;

export async function tokenCreate(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const line = parseCommandLine(args, {
    subject: { type: 'string' },
    scope: { type: 'string', multiple: true },
    'expires-in': { type: 'string' },
  });
  if (!line.ok) return tokenUsage(io, line.problem);
  if (line.positionals.length > 0) return tokenUsage(io, `Unexpected argument: ${line.positionals.join(' ')}`);
  const { values } = line;
  const subject = values.subject?.trim() ?? '';
  if (subject === '') return tokenUsage(io, 'Missing --subject <idp-name>');
  if (!SUBJECT.test(subject)) return tokenUsage(io, '--subject must be 1 to 128 printable ASCII characters, e.g. okta-prod');
  const scopes: Scope[] = [];
  for (const scope of values.scope ?? []) {
    if (!isScope(scope)) return tokenUsage(io, `--scope must be one of ${SCOPES.join(', ')} (got ${JSON.stringify(scope)})`);
    scopes.push(scope);
  }
  const expiresIn = values['expires-in'];
  const expiresInSeconds = expiresIn === undefined ? undefined : parseDurationSeconds(expiresIn);
  if (expiresIn !== undefined && expiresInSeconds === undefined) return tokenUsage(io, `--expires-in must be a number and a unit (s, m, h, d, w), e.g. 365d (got ${JSON.stringify(expiresIn)})`);

  // Every bad variable in one message, as for `serve`.
  const issues: ConfigIssue[] = [];
  const collect = async <T>(read: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (!isConfigError(error)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  const keys = await collect(() => loadTokenKeys(readTokenKeySettings(io.env), io.cwd));
  const stateUrl = await collect(() => readStateUrl(io.env));
  if (keys === undefined || stateUrl === undefined) {
    io.stderr(new ConfigError(issues).message);
    return EXIT.failure;
  }
  const signingKey = keys.signing;
  if (signingKey === undefined) {
    io.stderr('SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE alone cannot sign tokens: set SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE (ES256) or SCIM_BRIDGE_JWT_SECRET (HS256).');
    return EXIT.failure;
  }
  const issued = issueToken({ key: signingKey, subject, scopes, ...(expiresInSeconds === undefined ? {} : { expiresInSeconds }) });
  await recordToken(stateUrl, issued, io);
  io.stdout(issued.token);
  io.stderr(`Token for ${subject} (${issued.algorithm}; scopes ${issued.scopes.join(' ')}; ${issued.expiresAt === undefined ? 'no expiry' : `expires ${issued.expiresAt.toISOString()}`}; id ${issued.tokenId}).`);
  return EXIT.ok;
}

/** The registry is for listing and revoking; a token is valid without it, so failure only warns. */
async function recordToken(stateUrl: string, issued: IssuedBearerToken, io: CliIo): Promise<void> {
  if (stateUrl === 'memory:') return; // nothing would outlive this process
  try {
    const state = await openGatewayState(stateUrl, { cwd: io.cwd });
    try {
      await state.recordIssuedToken({
        jti: issued.tokenId,
        subject: issued.subject,
        scopes: issued.scopes,
        issuedAt: issued.issuedAt,
        ...(issued.expiresAt === undefined ? {} : { expiresAt: issued.expiresAt }),
      });
    } finally {
      await state.close();
    }
  } catch (error) {
    io.stderr(`Warning: the token was not recorded in gateway state (${error instanceof Error ? error.message : String(error)}); it is valid all the same, but \`token list\` will not show it.`);
  }
}

/**
 * `scim-bridge token create`: prints a bearer token for an IdP (a JWT signed with
 * SCIM_BRIDGE_JWT_SECRET, HS256). Only the token goes to stdout, so
 * `TOKEN=$(npx scim-bridge token create --subject okta)` works; notes go to stderr. The token is
 * also recorded in gateway state's issued-token registry (SCIM_BRIDGE_STATE) when reachable.
 */
import { isScope, SCOPES, type Scope } from '../auth/token-claims.ts';
import { issueToken } from '../auth/issue-token.ts';
import { parseDurationSeconds } from '../auth/parse-duration.ts';
import { tokenKeyFromSecret } from '../auth/token-key.ts';
import { ConfigError, type ConfigIssue } from '../config/config-error.ts';
import { CONFIG_VARIABLES } from '../config/config-variables.ts';
import { readVariable } from '../config/load-config.ts';
import { openGatewayState } from '../state/open-gateway-state.ts';
import { EXIT, type CliIo, type ExitCode } from './cli-io.ts';
import { parseCommandLine } from './parse-command-line.ts';

export const TOKEN_HELP = `Usage: scim-bridge token create --subject <idp-name> [--scope scim:read|scim:write] [--expires-in 365d]

Prints a bearer token for an identity provider. Requires SCIM_BRIDGE_JWT_SECRET (the same secret
the gateway runs with). The subject names the IdP: it becomes the externalId issuer and the
audit-log actor.

Options:
  --subject NAME      The IdP's name, e.g. okta-prod (required)
  --scope SCOPE       scim:read or scim:write; repeat for both (default: both)
  --expires-in SPAN   Lifetime such as 90d, 12h, 52w (units s, m, h, d, w; default: no expiry)
  -h, --help          Show this help`;

export async function tokenCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const line = parseCommandLine(args, {
    help: { type: 'boolean', short: 'h' },
    subject: { type: 'string' },
    scope: { type: 'string', multiple: true },
    'expires-in': { type: 'string' },
  });
  if (!line.ok) return usage(io, line.problem);
  const { values, positionals } = line;
  if (values.help === true) {
    io.stdout(TOKEN_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || positionals[0] !== 'create') return usage(io, positionals.length === 0 ? 'Missing subcommand: token create' : `Unknown token subcommand: ${positionals.join(' ')}`);
  const subject = values.subject?.trim() ?? '';
  if (subject === '') return usage(io, 'Missing --subject <idp-name>');
  const scopes: Scope[] = [];
  for (const scope of values.scope ?? []) {
    if (!isScope(scope)) return usage(io, `--scope must be one of ${SCOPES.join(', ')} (got ${JSON.stringify(scope)})`);
    scopes.push(scope);
  }
  const expiresIn = values['expires-in'];
  const expiresInSeconds = expiresIn === undefined ? undefined : parseDurationSeconds(expiresIn);
  if (expiresIn !== undefined && expiresInSeconds === undefined) return usage(io, `--expires-in must be a number and a unit (s, m, h, d, w), e.g. 365d (got ${JSON.stringify(expiresIn)})`);

  // Only the two variables this command needs; the rest of the gateway's config is not required here.
  const issues: ConfigIssue[] = [];
  const rawSecret = readVariable(io.env, 'SCIM_BRIDGE_JWT_SECRET');
  const secret = CONFIG_VARIABLES.SCIM_BRIDGE_JWT_SECRET.parse(rawSecret, 'aws');
  if (!secret.ok) {
    const problem = rawSecret === undefined ? 'is required to sign tokens; use the value the gateway runs with (new: openssl rand -base64 48)' : secret.problem;
    issues.push({ variable: 'SCIM_BRIDGE_JWT_SECRET', problem });
  }
  const stateUrl = CONFIG_VARIABLES.SCIM_BRIDGE_STATE.parse(readVariable(io.env, 'SCIM_BRIDGE_STATE'), 'aws');
  if (!stateUrl.ok) issues.push({ variable: 'SCIM_BRIDGE_STATE', problem: stateUrl.problem });
  if (!secret.ok || !stateUrl.ok || secret.value === undefined) {
    io.stderr(new ConfigError(issues).message);
    return EXIT.failure;
  }

  const issued = issueToken({ key: tokenKeyFromSecret(secret.value), subject, scopes, ...(expiresInSeconds === undefined ? {} : { expiresInSeconds }) });
  await recordToken(stateUrl.value, issued, io);
  io.stdout(issued.token);
  io.stderr(`Token for ${subject} (scopes ${issued.scopes.join(' ')}; ${issued.expiresAt === undefined ? 'no expiry' : `expires ${issued.expiresAt.toISOString()}`}; id ${issued.tokenId}).`);
  return EXIT.ok;
}

/** The registry is for listing and revoking; a token is valid without it, so failure only warns. */
async function recordToken(stateUrl: string, issued: ReturnType<typeof issueToken>, io: CliIo): Promise<void> {
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
    io.stderr(`Warning: the token was not recorded in gateway state (${error instanceof Error ? error.message : String(error)}); it is valid all the same.`);
  }
}

function usage(io: CliIo, problem: string): ExitCode {
  io.stderr(`${problem}\n\n${TOKEN_HELP}`);
  return EXIT.usage;
}

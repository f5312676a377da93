/** Help and usage errors shared by the `token` subcommands. */
import { EXIT, type CliIo, type ExitCode } from './cli-io.ts';

export const TOKEN_HELP = `Usage: scim-bridge token create --subject <idp-name> [--scope scim:read|scim:write] [--expires-in 365d]
       scim-bridge token list [--json]
       scim-bridge token revoke <jti>

create  Prints a bearer token for an identity provider, signed with SCIM_BRIDGE_JWT_SECRET (HS256)
        or SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE (ES256; preferred when set), and records it in gateway
        state. The subject names the IdP: it becomes the externalId issuer and the audit-log actor.
        Several tokens may be valid at once, so a new one can be rolled out before the old is revoked.
list    Shows the tokens recorded in gateway state (id, subject, scopes, dates, status), never a token.
revoke  Denylists a token id (jti) in gateway state; every gateway sharing that state refuses the
        token from its next request on.

list and revoke use SCIM_BRIDGE_STATE, as \`serve\` does (default sqlite:./data/state.db).

Options:
  --subject NAME      (create) The IdP's name, e.g. okta-prod (required)
  --scope SCOPE       (create) scim:read or scim:write; repeat for both (default: both)
  --expires-in SPAN   (create) Lifetime such as 90d, 12h, 52w (units s, m, h, d, w; default: no expiry)
  --json              (list) One JSON array instead of a table
  -h, --help          Show this help`;

export function tokenUsage(io: CliIo, problem: string): ExitCode {
  io.stderr(`${problem}\n\n${TOKEN_HELP}`);
  return EXIT.usage;
}

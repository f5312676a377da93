/**
 * Revocation on every request: a token that verifies is looked up in the denylist that
 * `scim-bridge token revoke` writes to gateway state, which every instance shares (SQLite file or
 * PostgreSQL). There is no cache, so a revocation takes effect on the next request on every
 * instance; the lookup is one primary-key read (docs/authentication.md, "Revocation").
 *
 * When gateway state does not answer, the request fails closed with a 503: a token that might be
 * revoked is never let through, and the IdP retries later.
 */
import { ScimError } from '../scim/errors.ts';
import { tokenFailure, type TokenVerifier } from './verify-token.ts';

/** The denylist lookup; GatewayState.isTokenRevoked in production. */
export type IsTokenRevoked = (tokenId: string) => Promise<boolean>;

/** Seconds an IdP is asked to wait when the denylist cannot be read. */
const STATE_UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export function withRevocationCheck(verify: TokenVerifier, isRevoked: IsTokenRevoked): TokenVerifier {
  return async (token) => {
    const result = await verify(token);
    if (!result.ok) return result;
    let revoked: boolean;
    try {
      revoked = await isRevoked(result.principal.tokenId);
    } catch (error) {
      throw ScimError.unavailable('The gateway cannot check the bearer token against its revocation list right now (gateway state does not answer).', STATE_UNAVAILABLE_RETRY_AFTER_SECONDS, error);
    }
    return revoked ? tokenFailure('revoked') : result;
  };
}
